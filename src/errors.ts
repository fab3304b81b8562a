/**
 * Typed errors shared by every layer of hlm-recovery.
 *
 * Every problem with an input is an {@link Issue}: a stable snake_case `code`, the JSON `path`
 * of the offending value, the value `received`, what was `expected`, and a `message` rendered
 * from those fields by `renderMessage` — the one place where messages are written.
 *
 * At the boundary, `parseX` functions throw a {@link ValidationError} carrying every issue found,
 * and `safeParseX` functions return a {@link SafeResult} instead of throwing.
 *
 * @module
 */
import { MAX_RECEIVED_CHARS, PREVIEW_CHARS, UNWRITABLE, cut, jsonPreview, shortened, sizeOf } from './bounded';

export { MAX_RECEIVED_CHARS };

/**
 * Stable issue codes. A code never changes meaning once released; hosts may switch on it.
 *
 * - `invalid_amount`: not an EUR amount as a strict decimal string with at most 2 decimals.
 * - `invalid_number`: not a finite number of the expected kind (integer, ratio…).
 * - `invalid_date`: not a real calendar date written `YYYY-MM-DD`.
 * - `invalid_type`: a value of the wrong JSON type.
 * - `invalid_value`: a value outside the allowed set (an enum, a pattern).
 * - `unknown_department`: not a French department code (`"01"`…`"95"`, `"2A"`, `"2B"`, `"971"`…).
 * - `unknown_zone`: not one of the holiday zones.
 * - `division_by_zero`: a ratio whose denominator is zero.
 * - `out_of_range`: a number or date outside the range the operation supports.
 * - `missing`: a required field is absent.
 * - `unrecognized_key`: a key the contract does not know (often a typo in an export).
 * - `forbidden_key`: `__proto__`, `constructor` or `prototype`, refused in any data.
 * - `too_big` / `too_small`: a size or value beyond a documented limit.
 * - `custom`: a domain rule not covered above; `expected` says which.
 *
 * Policy files add domain codes:
 * - `unknown_fact`, `unknown_operator`, `unknown_param`, `unknown_level`: a name the policy uses
 *   that does not exist (the message suggests the nearest one);
 * - `operator_mismatch`: an operator that does not apply to the fact or to the value given;
 * - `duplicate_id`: two levels, steps or channel rules with one id;
 * - `forbidden_charge`: a fee or a penalty, which the law forbids (loi 89-462 art. 4);
 * - `missing_human_approval`: a step with legal effect that no person approves (GDPR art. 22);
 * - `missing_legal_prerequisite`: a step the policy would allow before the law does;
 * - `not_monotone`: levels whose ranks or thresholds do not rise;
 * - `unreachable_rule`: a level or channel rule that an earlier one always pre-empts;
 * - `cadence_below_practice`: contacts closer than 7 days (a warning);
 * - `versions_overlap`, `versions_gap`: dated versions that overlap or leave days uncovered.
 */
export type IssueCode =
  | 'invalid_amount'
  | 'invalid_number'
  | 'invalid_date'
  | 'invalid_type'
  | 'invalid_value'
  | 'unknown_department'
  | 'unknown_zone'
  | 'division_by_zero'
  | 'out_of_range'
  | 'missing'
  | 'unrecognized_key'
  | 'forbidden_key'
  | 'too_big'
  | 'too_small'
  | 'custom'
  | 'unknown_fact'
  | 'unknown_operator'
  | 'unknown_param'
  | 'unknown_level'
  | 'operator_mismatch'
  | 'duplicate_id'
  | 'forbidden_charge'
  | 'missing_human_approval'
  | 'missing_legal_prerequisite'
  | 'not_monotone'
  | 'unreachable_rule'
  | 'cadence_below_practice'
  | 'versions_overlap'
  | 'versions_gap';

/** One step of a JSON path: an object key or an array index. */
export type PathSegment = string | number;

/**
 * One problem found in an input.
 *
 * **Bounded.** An issue never echoes a large input: whatever was refused (a 10 MiB ledger, a
 * 50,000,000-character name, a 10,000,000-character key), the issue stays under about 1 KB, so an
 * error record, a log line or a CSV cell stays small. `makeIssue`, which builds every issue
 * of the library, applies the bounds:
 *
 * - `received` is the value as given when it is a string of at most `MAX_RECEIVED_CHARS`
 *   (200) characters, or another value whose JSON text has at most 200 characters. Beyond, it is
 *   a string of at most 200 characters: the first 150 characters of that JSON text, an ellipsis
 *   and, in parentheses, the full size: `'"aaaa…" (50,000,000 characters)'` for a string
 *   (the ellipsis inside the quotes), `'[{"date":"2026-01-01","kind":"re… (a list of 200,000 items)'`
 *   for an array, `'{"key0":0,"key1":1,"ke… (an object of 5,000 keys)'` for an object,
 *   `'1000… (a bigint of 5,001 digits)'` for a bigint. The preview never cuts an escape (`\n`,
 *   `\u0000`) or a surrogate pair in two. A value that cannot be written as JSON at all (a
 *   `toJSON` that throws) is `'a value that cannot be written as JSON'`.
 * - a string segment of `path` longer than 200 characters is cut the same way
 *   (`'kkkk… (10,000,000 characters)'`); {@link formatPath} shows at most 60 characters of a key.
 * - `expected` has at most 500 characters (it may quote outside data, e.g. an internal error).
 * - `message` shows the value as `received` holds it.
 *
 * The bounds are idempotent: `makeIssue(i.code, path, i.received, i.expected)`, to move an issue
 * to another path, keeps `received` and `expected` as they are.
 *
 * **JSON-safe.** `received` is never ±Infinity, which `JSON.stringify` would write `null`: the
 * number JSON.parse reads as Infinity (`1e400`) is received as the string `'a number too large to
 * read (beyond about 1.8e308, such as 1e400)'` (`'a negative number too large…'` for -Infinity).
 *
 * @example
 * ```ts
 * {
 *   code: 'invalid_amount',
 *   path: ['ledger', 3, 'amount'],
 *   received: '12,50',
 *   expected: 'an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"',
 *   message: 'ledger[3].amount: expected an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"; received "12,50"'
 * }
 * ```
 */
export interface Issue {
  /** Stable machine-readable code, see {@link IssueCode}. */
  readonly code: IssueCode;
  /** JSON path of the offending value; `[]` for the input itself. A key over 200 characters is cut. */
  readonly path: readonly PathSegment[];
  /** What was expected, in plain words (at most 500 characters). */
  readonly expected: string;
  /**
   * The value received, as given (JSON-safe when the input was JSON) when it is within 200
   * characters (see above); otherwise a string of at most 200 characters: a preview of its JSON
   * text and its full size, e.g. `'"aaaa…" (50,000,000 characters)'`.
   */
  readonly received: unknown;
  /**
   * The full message, built from the fields above by `renderMessage`: the path, what was
   * expected, the value received (bounded as `received` is) and, for a JSON number given where
   * text is expected, how to write it.
   */
  readonly message: string;
}

/** Result of a `safe*` function: the value, or every issue found. */
export type SafeResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/** Longest `expected` text of an issue. */
const MAX_EXPECTED_CHARS = 500;
/** Most characters of a key that {@link formatPath} shows. */
const PATH_KEY_CHARS = 60;

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** What a message and `received` say of ±Infinity: JSON.parse makes it of a number such as 1e400. */
const TOO_LARGE = 'a number too large to read (beyond about 1.8e308, such as 1e400)';
const TOO_LARGE_NEGATIVE = 'a negative number too large to read (beyond about -1.8e308, such as -1e400)';

/**
 * The value an issue keeps as `received`: as given within the bound, else its bounded form; and
 * ±Infinity, which JSON cannot carry (it would become `null`), as the words that describe it.
 */
function boundedReceived(value: unknown): unknown {
  if (value === Infinity) return TOO_LARGE;
  if (value === -Infinity) return TOO_LARGE_NEGATIVE;
  return shortened(value) ?? value;
}

/** A path segment an issue keeps: a key over {@link MAX_RECEIVED_CHARS} characters is cut. */
function boundedSegment(segment: PathSegment): PathSegment {
  return typeof segment === 'string' && segment.length > MAX_RECEIVED_CHARS
    ? `${cut(segment, PREVIEW_CHARS)}… (${sizeOf(segment)})`
    : segment;
}

/**
 * Formats a path the way a developer writes it in JavaScript. A key longer than 60 characters is
 * shown cut, with an ellipsis.
 *
 * @param path - Segments, keys and indexes.
 * @returns The path as text; `(root)` for the empty path.
 * @example
 * ```ts
 * formatPath(['ledger', 3, 'amount']); // => 'ledger[3].amount'
 * formatPath(['lease', 'rent']);       // => 'lease.rent'
 * formatPath(['a key']);               // => '["a key"]'
 * ```
 */
export function formatPath(path: readonly PathSegment[]): string {
  if (path.length === 0) return '(root)';
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') out += `[${segment}]`;
    else if (segment.length > PATH_KEY_CHARS) out += `[${JSON.stringify(`${cut(segment, PATH_KEY_CHARS)}…`)}]`;
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/**
 * Describes a received value for a message, safely and briefly: strings are quoted, special
 * numbers are named (Infinity, which JSON.parse makes of 1e400, as a number too large), a value
 * beyond {@link MAX_RECEIVED_CHARS} is shown as its bounded form, with its full size.
 *
 * @param value - Anything.
 * @returns A short, printable description.
 * @example
 * ```ts
 * describeValue('12,5');                // => '"12,5"'
 * describeValue(NaN);                   // => 'NaN'
 * describeValue(undefined);             // => 'nothing (the field is absent)'
 * describeValue(JSON.parse('1e400'));   // => 'a number too large to read (beyond about 1.8e308, such as 1e400)'
 * describeValue('a'.repeat(5000));      // => '"aaaa…" (5,000 characters)', written with 149 "a"
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is absent)';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (value === Infinity) return TOO_LARGE;
    if (value === -Infinity) return TOO_LARGE_NEGATIVE;
    return `the number ${String(value)}`;
  }
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  const short = shortened(value);
  if (typeof value === 'bigint') return `the bigint ${short ?? `${value.toString()}n`}`;
  if (short !== null) return short;
  if (typeof value === 'string') return JSON.stringify(value);
  const text = jsonPreview(value, MAX_RECEIVED_CHARS)?.text;
  if (text !== undefined && text !== '') return text;
  try {
    return String(value);
  } catch {
    return UNWRITABLE;
  }
}

/**
 * Options of {@link makeIssue}.
 *
 * @example
 * ```ts
 * makeIssue('invalid_type', ['id'], 7, 'a string', { wants: 'text' }).message;
 * // => 'id: expected a string; received the number 7; write it in quotes as text'
 * ```
 */
export interface IssueOptions {
  /**
   * The kind of text the value must be, so that a number received gets the fix in its message:
   * `'amount'`, `'date'` or `'text'`. The codes `invalid_amount` and `invalid_date` imply theirs.
   */
  readonly wants?: 'text' | 'amount' | 'date';
}

const WRITE_AS_TEXT = {
  amount: 'write amounts as decimal strings in quotes, e.g. "1234.56"',
  date: 'write dates as text in quotes, e.g. "2026-11-22"',
  text: 'write it in quotes as text',
} as const;

/** The fix for a JSON number given where text is expected, or `undefined`. */
function numberHint(code: IssueCode, received: unknown, options: IssueOptions | undefined): string | undefined {
  if (typeof received !== 'number') return undefined;
  // The code knows best: a leaf of the account schema declares invalid_amount for any failure.
  const wants = code === 'invalid_amount' ? 'amount' : code === 'invalid_date' ? 'date' : options?.wants;
  return wants === undefined ? undefined : WRITE_AS_TEXT[wants];
}

/**
 * Renders the message of an issue from its data. Every message of the library is built here.
 *
 * @param path - Where the problem is.
 * @param expected - What was expected.
 * @param received - What was received (described within {@link MAX_RECEIVED_CHARS}).
 * @param hint - The fix, when the cause calls for one (a number where text is expected).
 * @returns `"<path>: expected <expected>; received <value>"`, then `"; <hint>"`.
 * @example
 * ```ts
 * renderMessage(['lease', 'rent'], 'an amount', '12,5'); // => 'lease.rent: expected an amount; received "12,5"'
 * ```
 */
export function renderMessage(
  path: readonly PathSegment[],
  expected: string,
  received: unknown,
  hint?: string,
): string {
  const message = `${formatPath(path)}: expected ${expected}; received ${describeValue(received)}`;
  return hint === undefined ? message : `${message}; ${hint}`;
}

/**
 * Builds an {@link Issue}, rendering its message. Every issue of the library is built here, and
 * here it is bounded (see {@link Issue}): a long value received, a long key, a long `expected`.
 *
 * @param code - The stable issue code.
 * @param path - JSON path of the value.
 * @param received - The value received.
 * @param expected - What was expected, in plain words.
 * @param options - `{ wants }`: the kind of text expected, for the fix of a number received.
 * @returns A frozen issue.
 * @example
 * ```ts
 * makeIssue('invalid_date', ['asOf'], '2026-02-30', 'a real calendar date written YYYY-MM-DD').message;
 * // => 'asOf: expected a real calendar date written YYYY-MM-DD; received "2026-02-30"'
 * makeIssue('too_big', ['household', 'name'], 'a'.repeat(50_000_000), 'at most 200 characters').received;
 * // => '"aaaa…" (50,000,000 characters)', written with 149 "a" (150 characters of JSON)
 * ```
 */
export function makeIssue(
  code: IssueCode,
  path: readonly PathSegment[],
  received: unknown,
  expected: string,
  options?: IssueOptions,
): Issue {
  const where = Object.freeze(path.map(boundedSegment));
  const what = expected.length > MAX_EXPECTED_CHARS ? `${cut(expected, MAX_EXPECTED_CHARS - 1)}…` : expected;
  return Object.freeze({
    code,
    path: where,
    expected: what,
    received: boundedReceived(received),
    message: renderMessage(where, what, received, numberHint(code, received, options)),
  });
}

/**
 * Thrown at the boundary when an input is invalid. It carries every issue found, in the order of
 * the input, and its message lists them one per line.
 *
 * @example
 * ```ts
 * try { money('1e5'); } catch (e) {
 *   if (e instanceof ValidationError) e.issues[0].code; // => 'invalid_amount'
 * }
 * ```
 */
export class ValidationError extends Error {
  /** Every issue found, never empty. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    const list = Object.freeze([...issues]);
    super(
      list.length === 1
        ? list[0]!.message
        : `${list.length} problems:\n${list.map((i) => `- ${i.message}`).join('\n')}`,
    );
    this.name = 'ValidationError';
    this.issues = list;
  }
}

/**
 * Throws a {@link ValidationError} with one issue.
 *
 * @throws {@link ValidationError} always.
 */
export function fail(
  code: IssueCode,
  path: readonly PathSegment[],
  received: unknown,
  expected: string,
  options?: IssueOptions,
): never {
  throw new ValidationError([makeIssue(code, path, received, expected, options)]);
}

/**
 * Runs a throwing parser and returns a {@link SafeResult}: `{ ok: true, value }`, or
 * `{ ok: false, issues }` when it throws a {@link ValidationError}. Other errors are bugs and are
 * rethrown.
 *
 * @param run - The throwing function.
 * @returns The value or the issues.
 * @example
 * ```ts
 * safely(() => money('12.345')); // => { ok: false, issues: [{ code: 'invalid_amount', ... }] }
 * ```
 */
export function safely<T>(run: () => T): SafeResult<T> {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    if (error instanceof ValidationError) return { ok: false, issues: error.issues };
    throw error;
  }
}

/** Keys refused anywhere in data read from outside, to rule out prototype pollution. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);
