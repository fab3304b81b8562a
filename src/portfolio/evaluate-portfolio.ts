/**
 * `evaluatePortfolio`: the same decision as `evaluate`, over a stream of accounts. In input
 * order, one result per record — a decision, or an error record for a record that fails parsing
 * or evaluation; accounts in = decisions + error records out, always, and one bad record never
 * stops the others. Memory does not grow with the portfolio: nothing is kept but the tally the
 * caller asks for.
 *
 * @module
 */
import { parseAccount } from '../account';
import { ValidationError, makeIssue, type Issue } from '../errors';
import { parseDate } from '../calendar';
import { evaluate, loadPolicy, policyInForce, type Decision, type EvaluateOptions, type PolicySet } from '../rules';
import { isLoadedPolicy } from '../rules/validate';

/** One result of a portfolio run. */
export type PortfolioResult =
  | { readonly ok: true; readonly index: number; readonly decision: Decision }
  | { readonly ok: false; readonly index: number; readonly line?: number; readonly accountId?: string; readonly issues: readonly Issue[] };

/** The error record written for a record that could not be evaluated. */
export interface ErrorRecord {
  readonly index: number;
  /** Line of the input file, for NDJSON and CSV. */
  readonly line?: number;
  readonly accountId?: string;
  readonly issues: readonly Issue[];
}

/** Counts over a portfolio run. */
export interface PortfolioSummary {
  readonly accounts: number;
  readonly decisions: number;
  readonly errors: number;
  readonly byLevel: Readonly<Record<string, number>>;
  readonly byNextStep: Readonly<Record<string, number>>;
  readonly byChannel: Readonly<Record<string, number>>;
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
    if (d.nextAction) bump(this.#channels, d.nextAction.channel);
    if (d.nextAction?.requiresHumanApproval) this.#approval++;
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
      byChannel: sortedByKey(this.#channels),
      awaitingApproval: this.#approval,
      obligationsDue: this.#due,
      obligationsOverdue: this.#overdue,
    };
  }
}

function idOf(record: unknown): string | undefined {
  if (record !== null && typeof record === 'object' && !Array.isArray(record)) {
    const id = (record as { id?: unknown }).id;
    if (typeof id === 'string') return id;
  }
  return undefined;
}

/**
 * Evaluates one raw record into a portfolio result; never throws for bad data.
 *
 * @param record - A raw account (or a value a reader could not parse, see `issues`).
 * @param index - Its position in the input.
 * @param policy - A loaded policy set.
 * @param options - As for `evaluate` (compiled engine).
 * @returns The decision or the error record.
 */
export function evaluateRecord(record: unknown, index: number, policy: PolicySet, options: EvaluateOptions): PortfolioResult {
  try {
    const account = parseAccount(record);
    return { ok: true, index, decision: evaluate(account, policy, { ...options, engine: 'compiled' }) };
  } catch (error) {
    const accountId = idOf(record);
    const issues =
      error instanceof ValidationError
        ? error.issues
        : [makeIssue('custom', [], accountId ?? null, `an account the library can evaluate (internal error: ${(error as Error).message})`)];
    return accountId === undefined ? { ok: false, index, issues } : { ok: false, index, accountId, issues };
  }
}

/** A record a reader could not turn into a value (a malformed NDJSON line, a bad CSV row). */
export interface UnreadableRecord {
  readonly unreadable: true;
  /** Line of the input file. */
  readonly line?: number;
  readonly accountId?: string;
  readonly issues: readonly Issue[];
}

/** Tells whether a value is an {@link UnreadableRecord}. */
export function isUnreadable(value: unknown): value is UnreadableRecord {
  return value !== null && typeof value === 'object' && (value as { unreadable?: unknown }).unreadable === true;
}

/**
 * The error result of a record a reader could not read.
 *
 * @param record - The unreadable record.
 * @param index - Its position in the input.
 * @returns The error result, with the line and the account id when known.
 */
export function unreadableResult(record: UnreadableRecord, index: number): PortfolioResult {
  return {
    ok: false,
    index,
    ...(record.line === undefined ? {} : { line: record.line }),
    ...(record.accountId === undefined ? {} : { accountId: record.accountId }),
    issues: record.issues,
  };
}

/**
 * Evaluates a stream of raw account records under a policy.
 *
 * @param accounts - An iterable or async iterable of raw records (parsed JSON), or of
 *   {@link UnreadableRecord}s from a reader.
 * @param policy - A policy, a set of versions, or a loaded policy (validated once here).
 * @param options - `{ asOf }`; the compiled engine is used.
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
  policy: unknown,
  options: EvaluateOptions,
): AsyncGenerator<PortfolioResult> {
  const set = isLoadedPolicy(policy) ? policy : loadPolicy(policy);
  // A date no version covers is one mistake, reported once rather than on every account.
  policyInForce(set, parseDate(options?.asOf, ['asOf']));
  let index = 0;
  for await (const record of accounts as AsyncIterable<unknown>) {
    yield isUnreadable(record) ? unreadableResult(record, index) : evaluateRecord(record, index, set, options);
    index++;
  }
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
