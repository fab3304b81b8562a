/**
 * `decisionChanges`: what is new today, for the recovery officers' worklist. Two runs of the same
 * portfolio (yesterday's decisions and today's, as `hlm-recovery evaluate` writes them) are
 * matched by account id, and the accounts whose alert level, steps, channel or legal obligations
 * changed are listed with their decision before and after, beside the accounts new in today's
 * run, the accounts gone from it, and every error record of either run: no record of either run
 * is dropped without being accounted for.
 *
 * Streaming: the previous run is read first and only a compact key of each of its decisions is
 * kept (level, steps, channel, obligations; the repeated values shared); the current run is then
 * read one record at a time and each change given as soon as it is known, in the current run's
 * order, the previous run's leftovers (accounts gone, its error records) last, in its order.
 *
 * @module
 */
import { isAccountId } from '../account';
import { ValidationError, makeIssue, type Issue, type IssueCode, type PathSegment } from '../errors';
import { AMOUNT_OUTPUT_PATTERN } from '../money';
import { isUnreadable } from '../rules';

/** What a worklist looks at in a decision: a compact key, the same in both runs. */
export interface DecisionSnapshot {
  /** The alert level. */
  readonly level: { readonly rank: number; readonly id: string; readonly label: string };
  /** The steps of the decision's actions, in order; empty when nothing is due. */
  readonly steps: readonly string[];
  /** The channel of its contact with the tenant (its first action not `internal`), or `null` when it has none. */
  readonly channel: string | null;
  /** The day of its first action, or `null` when nothing is due. */
  readonly date: string | null;
  /** The amount due its first action states (`"512.30"`), or `null`. Shown, never compared. */
  readonly amountDue: string | null;
  /**
   * Its legal obligations, by date then code. Compared by code, date and status, except the date
   * of `human_review`, which is the day of the step awaiting approval and moves with every run.
   */
  readonly obligations: readonly ObligationKey[];
}

/** An obligation as the worklist compares it. */
export interface ObligationKey {
  readonly code: string;
  readonly date: string;
  readonly status: string;
}

/** How one obligation moved between the runs: `before` null when it is new, `after` null when it is gone. */
export interface ObligationChange {
  readonly code: string;
  readonly before: { readonly date: string; readonly status: string } | null;
  readonly after: { readonly date: string; readonly status: string } | null;
}

/** The parts of a decision whose change puts an account on the worklist. */
export type ChangedField = 'level' | 'steps' | 'channel' | 'obligations';

/**
 * The kind of an entry: `changed` (decided in both runs, something changed), `new` (decided in the
 * current run, absent from the previous one), `gone` (decided in the previous run, absent from the
 * current one), `error` (an error record of either run, or a record that is not one).
 */
export type ChangeKind = 'changed' | 'new' | 'gone' | 'error';

/**
 * Why an entry is an error: `error-record` (the run's own error record: the account could not be
 * evaluated), `unreadable` (a record the reader could not read: a line that is not JSON),
 * `not-a-record` (a value that is neither a decision nor an error record), `duplicate` (an
 * account id already met in the same run).
 */
export type ChangeErrorReason = 'error-record' | 'unreadable' | 'not-a-record' | 'duplicate';

/** What an error entry says. */
export interface ChangeError {
  readonly reason: ChangeErrorReason;
  /** What is wrong, each issue with its path (messages in English; `localizeIssues` for French). */
  readonly issues: readonly Issue[];
  /** For an error record: the line of the accounts file evaluated that it names, when it names one. */
  readonly inputLine: number | null;
  /** For a duplicate: the position in the same run of the account's first record. */
  readonly duplicateOf: number | null;
}

/** One entry of the worklist. Plain JSON, with the same keys whatever its kind. */
export interface DecisionChange {
  readonly kind: ChangeKind;
  /** The account, or `null` for an error that names none. */
  readonly accountId: string | null;
  /** The run the entry's record belongs to: `current`, except for `gone` and the previous run's errors. */
  readonly run: 'previous' | 'current';
  /** The record's position in that run, from 0. */
  readonly index: number;
  /** The record's line in that run's file, when the reader gave it (an unreadable record); else `null`. */
  readonly line: number | null;
  /** For `changed`: what changed, in the order level, steps, channel, obligations; else empty. */
  readonly changed: readonly ChangedField[];
  /** For `changed`: `up` or `down` when the alert level's rank moves, else `same`; `null` for the other kinds. */
  readonly levelMove: 'up' | 'down' | 'same' | null;
  /** The account's decision in the previous run, when it had one. */
  readonly before: DecisionSnapshot | null;
  /** The account's decision in the current run, when it has one. */
  readonly after: DecisionSnapshot | null;
  /** For a change of obligations: each obligation new, gone or moved (date or status). */
  readonly obligations: readonly ObligationChange[];
  /** For `error`: why, and the issues. */
  readonly error: ChangeError | null;
}

/** Counts of one run. */
export interface RunCounts {
  /** Records read. */
  readonly records: number;
  /** Decisions among them (a duplicate account counts as an error). */
  readonly decisions: number;
  /** Error records, unreadable records, values that are not records and duplicates. */
  readonly errors: number;
  /** The evaluation date of its first decision, or `null` without one. */
  readonly asOf: string | null;
}

/** The counts of {@link decisionChanges}. */
export interface ChangesSummary {
  readonly previous: RunCounts;
  readonly current: RunCounts;
  /** Accounts decided in both runs. */
  readonly compared: number;
  /** Of those, the ones whose level, steps, channel and obligations are all the same. */
  readonly unchanged: number;
  /** Entries `changed`: `compared` = `unchanged` + `changed`. */
  readonly changed: number;
  /** Entries `new`. */
  readonly new: number;
  /** Entries `gone`. */
  readonly gone: number;
  /** Entries `error`: the previous run's errors plus the current run's. */
  readonly errors: number;
  /** Changed accounts by what changed (an account may count in several). */
  readonly byField: {
    readonly level: number;
    readonly levelUp: number;
    readonly levelDown: number;
    readonly steps: number;
    readonly channel: number;
    readonly obligations: number;
  };
}

/** Options of {@link decisionChanges}. */
export interface ChangesOptions {
  /** Called once, after the last entry, with the counts (also the generator's return value). */
  readonly onSummary?: (summary: ChangesSummary) => void;
}

/** A record of a run, read: a decision's key, or an error. */
type RunRecord =
  | {
      readonly type: 'decision';
      readonly accountId: string;
      readonly asOf: string | null;
      readonly snapshot: DecisionSnapshot;
    }
  | {
      readonly type: 'error';
      readonly accountId: string | null;
      readonly line: number | null;
      readonly error: ChangeError;
    };

/** What is kept of a record of the previous run, by account id. */
type Kept =
  | { type: 'decision'; readonly index: number; readonly snapshot: DecisionSnapshot; seen: boolean }
  | { type: 'error'; readonly index: number; readonly record: RunRecord & { type: 'error' }; seen: boolean }
  /** An account met first in the current run: kept to tell a duplicate. */
  | { type: 'current'; readonly index: number; seen: true };

/** What a run yields: the NDJSON of `evaluate` parsed, its results, or a reader's unreadable records. */
/** The records of a run: decisions and error records as `evaluate` writes them, in any iterable. */
export type Records = Iterable<unknown> | AsyncIterable<unknown>;

const NOT_A_RECORD =
  'a decision or an error record, as hlm-recovery evaluate writes them (one JSON object a line in NDJSON)';

/** The issue of a value that is not a record, at `path` in it. */
function notARecord(path: readonly PathSegment[], received: unknown, what: string): ChangeError {
  return {
    reason: 'not-a-record',
    issues: [
      makeIssue(path.length === 0 ? 'invalid_type' : 'invalid_value', path, received, `${what}: ${NOT_A_RECORD}`),
    ],
    inputLine: null,
    duplicateOf: null,
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isDate = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);
const isLine = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 1;

/**
 * Values met again and again (levels, lists of steps, obligations, channels), shared: the key of
 * each previous decision then holds references, not copies.
 */
class Pool {
  readonly #values = new Map<string, unknown>();

  shared<T>(key: string, make: () => T): T {
    const known = this.#values.get(key);
    if (known !== undefined) return known as T;
    const value = make();
    this.#values.set(key, value);
    return value;
  }
}

/** Most issues kept of an error record read back, as many as the library gives a value. */
const MAX_ISSUES = 100;

/**
 * The issues of an error record read back from a file, rebuilt by `makeIssue` (bounded, their
 * message in English, whatever the language of the run), at most {@link MAX_ISSUES}.
 */
function issuesOf(value: unknown): Issue[] | null {
  if (!Array.isArray(value)) return null;
  const issues: Issue[] = [];
  for (const i of value.slice(0, MAX_ISSUES)) {
    if (!isObject(i) || !isText(i.code) || !isText(i.expected) || !Array.isArray(i.path)) return null;
    if (!i.path.every((s) => typeof s === 'string' || (typeof s === 'number' && Number.isSafeInteger(s)))) return null;
    issues.push(makeIssue(i.code as IssueCode, i.path as PathSegment[], i.received, i.expected));
  }
  return issues;
}

/** A decision's key, or the error that says which field is missing or wrong. */
function snapshotOf(d: Record<string, unknown>, pool: Pool): DecisionSnapshot | ChangeError {
  const level = d.level;
  if (!isObject(level) || !isText(level.id) || !Number.isSafeInteger(level.rank) || !isText(level.label))
    return notARecord(['level'], level, 'an alert level { id, rank, label }');
  const actions = d.actions;
  if (!Array.isArray(actions)) return notARecord(['actions'], actions, 'a list of actions');
  for (const [i, a] of actions.entries()) {
    if (!isObject(a) || !isText(a.step) || !isText(a.channel) || !isDate(a.date))
      return notARecord(['actions', i], a, 'an action { step, channel, date }');
  }
  const obligations = d.obligations;
  if (!Array.isArray(obligations)) return notARecord(['obligations'], obligations, 'a list of obligations');
  for (const [i, o] of obligations.entries()) {
    if (!isObject(o) || !isText(o.code) || !isDate(o.date) || !isText(o.status))
      return notARecord(['obligations', i], o, 'an obligation { code, date, status }');
  }
  const rank = level.rank as number;
  const steps = actions.map((a) => a.step as string);
  const contact = actions.find((a) => a.channel !== 'internal');
  const first = actions[0] as Record<string, unknown> | undefined;
  const variables = first?.variables;
  const amount = isObject(variables) ? variables.amountDue : undefined;
  const keys = (obligations as Record<string, string>[])
    .map((o) => ({ code: o.code!, date: o.date!, status: o.status! }))
    .sort((a, b) => compareText(a.date, b.date) || compareText(a.code, b.code));
  const channel = contact === undefined ? null : (contact.channel as string);
  return Object.freeze({
    level: pool.shared(`level\u0000${rank}\u0000${level.id}\u0000${level.label}`, () =>
      Object.freeze({ rank, id: level.id as string, label: level.label as string }),
    ),
    steps: pool.shared(`steps\u0000${steps.join('\u0000')}`, () => Object.freeze(steps)),
    channel: channel === null ? null : pool.shared(`channel\u0000${channel}`, () => channel),
    date: first === undefined ? null : (first.date as string),
    amountDue: isText(amount) && AMOUNT_OUTPUT_PATTERN.test(amount) ? amount : null,
    obligations: pool.shared(`obligations\u0000${JSON.stringify(keys)}`, () =>
      Object.freeze(keys.map((k) => Object.freeze(k))),
    ),
  });
}

const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Reads one record of a run: a decision (as written, or an `{ ok: true, decision }` result), an
 * error record (as written, or an `{ ok: false, … }` result), an unreadable record from a
 * reader, or anything else (an error saying what is missing).
 */
function readRecord(value: unknown, pool: Pool): RunRecord {
  if (isUnreadable(value)) {
    const issues = issuesOf(value.issues) ?? [];
    return {
      type: 'error',
      accountId: isAccountId(value.accountId) ? value.accountId : null,
      line: isLine(value.line) ? value.line : null,
      error: { reason: 'unreadable', issues, inputLine: null, duplicateOf: null },
    };
  }
  if (!isObject(value))
    return { type: 'error', accountId: null, line: null, error: notARecord([], value, 'a JSON object') };
  // A result of evaluatePortfolio: its decision, or its error record.
  const record = value.ok === true && isObject(value.decision) ? value.decision : value;
  const accountId = isAccountId(record.accountId) ? record.accountId : null;
  if (record.level === undefined && Object.hasOwn(record, 'issues')) {
    const issues = issuesOf(record.issues);
    if (issues === null)
      return { type: 'error', accountId, line: null, error: notARecord(['issues'], record.issues, 'a list of issues') };
    return {
      type: 'error',
      accountId,
      line: null,
      error: { reason: 'error-record', issues, inputLine: isLine(record.line) ? record.line : null, duplicateOf: null },
    };
  }
  if (accountId === null)
    return {
      type: 'error',
      accountId: null,
      line: null,
      error: notARecord(['accountId'], record.accountId, 'an account id'),
    };
  const snapshot = snapshotOf(record, pool);
  if ('reason' in snapshot) return { type: 'error', accountId, line: null, error: snapshot };
  return { type: 'decision', accountId, asOf: isDate(record.asOf) ? record.asOf : null, snapshot };
}

/** The error of a record whose account was already met in the same run. */
function duplicate(accountId: string, first: number, run: 'previous' | 'current'): ChangeError {
  return {
    reason: 'duplicate',
    issues: [
      makeIssue(
        'duplicate_id',
        ['accountId'],
        accountId,
        `each account once in a run: this account is also record ${first + 1} of the ${run} run, which is the one compared`,
      ),
    ],
    inputLine: null,
    duplicateOf: first,
  };
}

/**
 * Whether an obligation's date is the date of an action of the decision, not a date of the law:
 * `human_review` (a person approves a step with legal effect first) is dated the day the step is
 * proposed, which moves with every run until a person approves it. Its date is shown, never
 * compared: a step still awaiting approval is not news; its coming or going is.
 */
function followsAction(o: ObligationKey): boolean {
  return o.code === 'human_review';
}

/** How the obligations moved: each one new, gone, or with another date or status. */
function obligationChanges(before: readonly ObligationKey[], after: readonly ObligationKey[]): ObligationChange[] {
  const left = [...before];
  const right = [...after];
  const out: ObligationChange[] = [];
  const take = (match: (a: ObligationKey, b: ObligationKey) => boolean, keep: boolean) => {
    for (let i = 0; i < left.length; ) {
      const a = left[i]!;
      const j = right.findIndex((b) => match(a, b));
      if (j === -1) {
        i++;
        continue;
      }
      const b = right[j]!;
      left.splice(i, 1);
      right.splice(j, 1);
      if (keep)
        out.push({
          code: a.code,
          before: { date: a.date, status: a.status },
          after: { date: b.date, status: b.status },
        });
    }
  };
  take((a, b) => a.code === b.code && a.date === b.date && a.status === b.status, false);
  take((a, b) => a.code === b.code && a.status === b.status && followsAction(a), false);
  take((a, b) => a.code === b.code && a.date === b.date, true);
  take((a, b) => a.code === b.code, true);
  for (const a of left) out.push({ code: a.code, before: { date: a.date, status: a.status }, after: null });
  for (const b of right) out.push({ code: b.code, before: null, after: { date: b.date, status: b.status } });
  const dateOf = (c: ObligationChange) => (c.after ?? c.before)!.date;
  return out.sort((x, y) => compareText(dateOf(x), dateOf(y)) || compareText(x.code, y.code));
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((s, i) => s === b[i]);

/** An obligation as compared: code, status, and its date unless it {@link followsAction}. */
const dutyKey = (o: ObligationKey) => `${o.code}\u0000${followsAction(o) ? '' : o.date}\u0000${o.status}`;

/** Whether two lists hold the same obligations, as {@link dutyKey} compares them. */
function sameObligations(a: readonly ObligationKey[], b: readonly ObligationKey[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  const x = a.map(dutyKey).sort();
  const y = b.map(dutyKey).sort();
  return x.every((k, i) => k === y[i]);
}

/** An entry, with every key in its place. */
function entry(fields: Partial<DecisionChange> & Pick<DecisionChange, 'kind' | 'run' | 'index'>): DecisionChange {
  return {
    kind: fields.kind,
    accountId: fields.accountId ?? null,
    run: fields.run,
    index: fields.index,
    line: fields.line ?? null,
    changed: fields.changed ?? [],
    levelMove: fields.levelMove ?? null,
    before: fields.before ?? null,
    after: fields.after ?? null,
    obligations: fields.obligations ?? [],
    error: fields.error ?? null,
  };
}

/** The entry of an error of a run, with the other run's decision of the account when known. */
function errorEntry(
  run: 'previous' | 'current',
  index: number,
  r: RunRecord & { type: 'error' },
  other: DecisionSnapshot | null = null,
): DecisionChange {
  return entry({
    kind: 'error',
    accountId: r.accountId,
    run,
    index,
    line: r.line,
    ...(run === 'current' ? { before: other } : { after: other }),
    error: r.error,
  });
}

/** Running counts of one run. */
class RunTally {
  records = 0;
  errors = 0;
  asOf: string | null = null;

  add(r: RunRecord): void {
    this.records++;
    if (r.type === 'error') this.errors++;
    else this.asOf ??= r.asOf;
  }

  counts(): RunCounts {
    return { records: this.records, decisions: this.records - this.errors, errors: this.errors, asOf: this.asOf };
  }
}

function iterableOf(value: unknown, name: 'previous' | 'current'): Records {
  const v = value as { [Symbol.iterator]?: unknown; [Symbol.asyncIterator]?: unknown } | null | undefined;
  if (
    v === null ||
    v === undefined ||
    typeof v === 'string' ||
    (typeof v[Symbol.iterator] !== 'function' && typeof v[Symbol.asyncIterator] !== 'function')
  )
    throw new ValidationError([
      makeIssue('invalid_type', [name], value, 'an iterable or async iterable of decisions and error records'),
    ]);
  return v as Records;
}

/**
 * The worklist of what changed between two runs of a portfolio: the accounts whose alert level,
 * steps (the steps of the decision's actions), channel (of the contact with the tenant) or legal
 * obligations (code, date, status; the date of `human_review`, the day of the step awaiting
 * approval, is not compared) changed, with the decision before and after; the accounts new
 * in the current run and those gone from it; and every error record of either run (with the other
 * run's decision of the account when it has one). Accounts are matched by their id.
 *
 * Every record of both runs is accounted for: a current record is a `changed`, `new` or `error`
 * entry, or unchanged; a previous record is matched, `gone` or an `error` entry. A previous error
 * record whose account the current run decides is given at that account's place, `after` set.
 * Order: the current run's, then the previous run's leftovers in its order. The previous run is
 * read whole first, keeping a compact key per decision (the ids new in the current run are kept
 * too, to tell a duplicate); the current run is streamed.
 *
 * @param previous - The earlier run: decisions and error records as `evaluate` writes them (the
 *   NDJSON parsed), results of `evaluatePortfolio`, or a reader's unreadable records.
 * @param current - The later run, the same way.
 * @param options - `{ onSummary? }`.
 * @returns The entries, as an async generator whose return value is the {@link ChangesSummary}.
 * @throws {@link ValidationError} `invalid_type` when a run is not iterable. A record that is not
 *   a decision never throws: it is an `error` entry that says what is missing.
 * @example
 * ```ts
 * let summary;
 * for await (const c of decisionChanges(yesterday, today, { onSummary: (s) => (summary = s) })) {
 *   if (c.kind === 'changed' && c.levelMove === 'up') worklist.push(c.accountId);
 * }
 * summary.changed; // => 12, the accounts whose decision changed
 * ```
 */
export async function* decisionChanges(
  previous: Records,
  current: Records,
  options: ChangesOptions = {},
): AsyncGenerator<DecisionChange, ChangesSummary, undefined> {
  const before = iterableOf(previous, 'previous');
  const after = iterableOf(current, 'current');
  const pool = new Pool();
  const kept = new Map<string, Kept>();
  /** The previous run's errors that no account id ties to the current run, by position. */
  const loose: { index: number; record: RunRecord & { type: 'error' } }[] = [];
  const prev = new RunTally();
  let index = 0;
  for await (const value of before as AsyncIterable<unknown>) {
    const i = index++;
    let r = readRecord(value, pool);
    const known = r.accountId === null ? undefined : kept.get(r.accountId);
    if (r.type === 'decision' && known !== undefined) {
      r = { type: 'error', accountId: r.accountId, line: null, error: duplicate(r.accountId, known.index, 'previous') };
    }
    prev.add(r);
    if (r.type === 'decision') kept.set(r.accountId, { type: 'decision', index: i, snapshot: r.snapshot, seen: false });
    else if (r.accountId !== null && known === undefined)
      kept.set(r.accountId, { type: 'error', index: i, record: r, seen: false });
    else loose.push({ index: i, record: r });
  }

  const cur = new RunTally();
  let unchanged = 0;
  let changed = 0;
  let added = 0;
  let gone = 0;
  const byField = { level: 0, levelUp: 0, levelDown: 0, steps: 0, channel: 0, obligations: 0 };
  index = 0;
  for await (const value of after as AsyncIterable<unknown>) {
    const i = index++;
    let r = readRecord(value, pool);
    const known = r.accountId === null ? undefined : kept.get(r.accountId);
    if (r.type === 'decision' && known?.seen === true) {
      r = { type: 'error', accountId: r.accountId, line: null, error: duplicate(r.accountId, known.index, 'current') };
    }
    cur.add(r);
    if (known === undefined && r.accountId !== null) kept.set(r.accountId, { type: 'current', index: i, seen: true });
    const unseen = known !== undefined && !known.seen ? known : undefined;
    if (unseen !== undefined) unseen.seen = true;
    if (r.type === 'error') {
      yield errorEntry('current', i, r, unseen?.type === 'decision' ? unseen.snapshot : null);
      if (unseen?.type === 'error') yield errorEntry('previous', unseen.index, unseen.record);
      continue;
    }
    if (unseen?.type === 'error') {
      yield errorEntry('previous', unseen.index, unseen.record, r.snapshot);
      continue;
    }
    if (unseen === undefined) {
      added++;
      yield entry({ kind: 'new', accountId: r.accountId, run: 'current', index: i, after: r.snapshot });
      continue;
    }
    const a = (unseen as Kept & { type: 'decision' }).snapshot;
    const b = r.snapshot;
    const what: ChangedField[] = [];
    if (a.level.rank !== b.level.rank || a.level.id !== b.level.id) what.push('level');
    if (!sameList(a.steps, b.steps)) what.push('steps');
    if (a.channel !== b.channel) what.push('channel');
    const sameDuties = sameObligations(a.obligations, b.obligations);
    if (!sameDuties) what.push('obligations');
    if (what.length === 0) {
      unchanged++;
      continue;
    }
    changed++;
    const levelMove = b.level.rank > a.level.rank ? 'up' : b.level.rank < a.level.rank ? 'down' : 'same';
    if (what.includes('level')) byField.level++;
    if (levelMove === 'up') byField.levelUp++;
    if (levelMove === 'down') byField.levelDown++;
    if (what.includes('steps')) byField.steps++;
    if (what.includes('channel')) byField.channel++;
    if (!sameDuties) byField.obligations++;
    yield entry({
      kind: 'changed',
      accountId: r.accountId,
      run: 'current',
      index: i,
      changed: what,
      levelMove,
      before: a,
      after: b,
      obligations: sameDuties ? [] : obligationChanges(a.obligations, b.obligations),
    });
  }

  // The previous run's leftovers, in its order: accounts gone, and its errors not given yet.
  const leftovers: { index: number; change: DecisionChange }[] = [];
  for (const [accountId, k] of kept) {
    if (k.seen) continue;
    if (k.type === 'decision') {
      gone++;
      leftovers.push({
        index: k.index,
        change: entry({ kind: 'gone', accountId, run: 'previous', index: k.index, before: k.snapshot }),
      });
    } else leftovers.push({ index: k.index, change: errorEntry('previous', k.index, k.record) });
  }
  for (const l of loose) leftovers.push({ index: l.index, change: errorEntry('previous', l.index, l.record) });
  leftovers.sort((x, y) => x.index - y.index);
  for (const l of leftovers) yield l.change;

  const summary: ChangesSummary = {
    previous: prev.counts(),
    current: cur.counts(),
    compared: unchanged + changed,
    unchanged,
    changed,
    new: added,
    gone,
    errors: prev.errors + cur.errors,
    byField,
  };
  options.onSummary?.(summary);
  return summary;
}
