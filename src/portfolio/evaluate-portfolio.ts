/**
 * `evaluatePortfolio`: the same decision as `evaluate`, over a stream of accounts. In input
 * order, one result per record — a decision, or an error record for a record that fails parsing
 * or evaluation; accounts in = decisions + error records out, always, and one bad record never
 * stops the others. Memory does not grow with the portfolio: nothing is kept but the tally the
 * caller asks for.
 *
 * @module
 */
import {
  errorResult,
  isUnreadable,
  prepareRun,
  type Decision,
  type ErrorRecord,
  type PolicySource,
  type RecordResult,
  type RunOptions,
  type UnreadableRecord,
} from '../rules';

export { isUnreadable };
export type { ErrorRecord, UnreadableRecord };

/** One result of a portfolio run: a decision, or the error record that takes the account's place. */
export type PortfolioResult = RecordResult;

/** Counts over a portfolio run. */
export interface PortfolioSummary {
  readonly accounts: number;
  readonly decisions: number;
  readonly errors: number;
  readonly byLevel: Readonly<Record<string, number>>;
  /** Decisions by their next step (the first action), `(none)` for a decision without one. */
  readonly byNextStep: Readonly<Record<string, number>>;
  /** Every action due, by step: the internal steps beside the contact with the tenant. */
  readonly byAction: Readonly<Record<string, number>>;
  /** Decisions by each channel their actions use (`internal` for the back office's steps). */
  readonly byChannel: Readonly<Record<string, number>>;
  /** Actions a person must approve before they are carried out. */
  readonly awaitingApproval: number;
  readonly obligationsDue: number;
  readonly obligationsOverdue: number;
}

/** A map as a plain record, keys sorted: the stable key order of every summary. @internal */
export function sortedByKey<T>(map: ReadonlyMap<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of [...map.keys()].sort()) out[key] = map.get(key)!;
  return out;
}

/** Adds `n` (1 by default) to the count of `key`. @internal */
export function bump(map: Map<string, number>, key: string, n = 1): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

/**
 * Tallies results as they stream by, for the summary at the end of a run.
 *
 * @example
 * ```ts
 * const tally = new PortfolioTally();
 * for await (const r of evaluatePortfolio(accounts, defaultPolicy, { asOf })) tally.add(r);
 * tally.summary().errors; // => 0
 * ```
 */
export class PortfolioTally {
  #accounts = 0;
  #errors = 0;
  #approval = 0;
  #due = 0;
  #overdue = 0;
  readonly #levels = new Map<string, number>();
  readonly #steps = new Map<string, number>();
  readonly #actions = new Map<string, number>();
  readonly #channels = new Map<string, number>();

  /** Counts one result. */
  add(result: PortfolioResult): void {
    this.#accounts++;
    if (!result.ok) {
      this.#errors++;
      return;
    }
    const d = result.decision;
    bump(this.#levels, `${d.level.rank} ${d.level.id}`);
    bump(this.#steps, d.nextAction?.step ?? '(none)');
    for (const a of d.actions) {
      bump(this.#actions, a.step);
      if (a.requiresHumanApproval) this.#approval++;
    }
    for (const channel of new Set(d.actions.map((a) => a.channel))) bump(this.#channels, channel);
    for (const o of d.obligations) {
      if (o.status === 'due') this.#due++;
      if (o.status === 'overdue') this.#overdue++;
    }
  }

  /** Adds the counts of another tally's summary (from a worker thread, say). */
  merge(summary: PortfolioSummary): void {
    this.#accounts += summary.accounts;
    this.#errors += summary.errors;
    this.#approval += summary.awaitingApproval;
    this.#due += summary.obligationsDue;
    this.#overdue += summary.obligationsOverdue;
    const addAll = (m: Map<string, number>, counts: Readonly<Record<string, number>>) => {
      for (const [k, n] of Object.entries(counts)) bump(m, k, n);
    };
    addAll(this.#levels, summary.byLevel);
    addAll(this.#steps, summary.byNextStep);
    addAll(this.#actions, summary.byAction);
    addAll(this.#channels, summary.byChannel);
  }

  /** The counts so far, keys sorted. */
  summary(): PortfolioSummary {
    return {
      accounts: this.#accounts,
      decisions: this.#accounts - this.#errors,
      errors: this.#errors,
      byLevel: sortedByKey(this.#levels),
      byNextStep: sortedByKey(this.#steps),
      byAction: sortedByKey(this.#actions),
      byChannel: sortedByKey(this.#channels),
      awaitingApproval: this.#approval,
      obligationsDue: this.#due,
      obligationsOverdue: this.#overdue,
    };
  }
}

/**
 * The error result of a record a reader could not read.
 *
 * @param record - The unreadable record.
 * @param index - Its position in the input.
 * @returns The error result, with the line and the account id when known.
 * @example
 * ```ts
 * unreadableResult({ unreadable: true, line: 4, issues }, 3); // => { ok: false, index: 3, line: 4, issues }
 * ```
 */
export function unreadableResult(record: UnreadableRecord, index: number): PortfolioResult {
  return errorResult(record, index, null);
}

/**
 * Evaluates a stream of raw account records under a policy.
 *
 * @param accounts - An iterable or async iterable of raw records (parsed JSON), or of
 *   {@link UnreadableRecord}s from a reader.
 * @param policy - A policy, a set of versions, or a loaded policy (validated once here).
 * @param options - `{ asOf, engine? }`, as for `prepareRun`.
 * @returns The results in input order, one per record.
 * @throws {@link ValidationError} once, before any record, when the policy itself is invalid.
 * @example
 * ```ts
 * for await (const r of evaluatePortfolio(readAccounts('accounts.ndjson'), defaultPolicy, { asOf: '2026-11-23' })) {
 *   if (r.ok) store(r.decision); else report(r.issues);
 * }
 * ```
 */
export async function* evaluatePortfolio(
  accounts: Iterable<unknown> | AsyncIterable<unknown>,
  policy: PolicySource,
  options: RunOptions,
): AsyncGenerator<PortfolioResult> {
  // The policy, asOf and the version in force are checked once, before any record.
  const run = prepareRun(policy, options);
  let index = 0;
  for await (const record of accounts as AsyncIterable<unknown>) yield await run.evaluateRecord(record, index++);
}

/**
 * The line written for a result: the decision, or the error record.
 *
 * @param result - A portfolio result.
 * @returns Plain JSON.
 *
 * @example
 * ```ts
 * resultRecord({ ok: false, index: 3, accountId: 'X', issues: [] }); // => { index: 3, accountId: 'X', issues: [] }
 * ```
 */
export function resultRecord(result: PortfolioResult): Decision | ErrorRecord {
  if (result.ok) return result.decision;
  return {
    index: result.index,
    ...(result.line === undefined ? {} : { line: result.line }),
    ...(result.accountId === undefined ? {} : { accountId: result.accountId }),
    issues: result.issues,
  };
}
