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
  /** JSON path of the offending value; `[]` for the input itself. */
  readonly path: readonly PathSegment[];
  /** What was expected, in plain words. */
  readonly expected: string;
  /** The value received, as given (JSON-safe when the input was JSON). */
  readonly received: unknown;
  /** The full message, built from the fields above by `renderMessage`. */
  readonly message: string;
}

/** Result of a `safe*` function: the value, or every issue found. */
export type SafeResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly issues: readonly Issue[] };

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * Formats a path the way a developer writes it in JavaScript.
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
    else if (IDENTIFIER.test(segment)) out += out === '' ? segment : `.${segment}`;
    else out += `[${JSON.stringify(segment)}]`;
  }
  return out;
}

/**
 * Describes a received value for a message, safely and briefly: strings are quoted, special
 * numbers are named, long values are cut.
 *
 * @param value - Anything.
 * @returns A short, printable description.
 * @example
 * ```ts
 * describeValue('12,5');   // => '"12,5"'
 * describeValue(NaN);      // => 'NaN'
 * describeValue(undefined); // => 'nothing (the field is absent)'
 * ```
 */
export function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing (the field is absent)';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return 'NaN';
    if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
    return `the number ${String(value)}`;
  }
  if (typeof value === 'bigint') return `the bigint ${value.toString()}n`;
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'symbol') return 'a symbol';
  let text: string;
  try {
    text = JSON.stringify(value) ?? String(value);
  } catch {
    text = Array.isArray(value) ? 'an array' : 'an object';
  }
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * Renders the message of an issue from its data. Every message of the library is built here.
 *
 * @param path - Where the problem is.
 * @param expected - What was expected.
 * @param received - What was received.
 * @returns `"<path>: expected <expected>; received <value>"`.
 */
export function renderMessage(path: readonly PathSegment[], expected: string, received: unknown): string {
  return `${formatPath(path)}: expected ${expected}; received ${describeValue(received)}`;
}

/**
 * Builds an {@link Issue}, rendering its message.
 *
 * @param code - The stable issue code.
 * @param path - JSON path of the value.
 * @param received - The value received.
 * @param expected - What was expected, in plain words.
 * @returns A frozen issue.
 * @example
 * ```ts
 * makeIssue('invalid_date', ['asOf'], '2026-02-30', 'a real calendar date written YYYY-MM-DD').message;
 * // => 'asOf: expected a real calendar date written YYYY-MM-DD; received "2026-02-30"'
 * ```
 */
export function makeIssue(code: IssueCode, path: readonly PathSegment[], received: unknown, expected: string): Issue {
  return Object.freeze({
    code,
    path: Object.freeze([...path]),
    expected,
    received,
    message: renderMessage(path, expected, received),
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
export function fail(code: IssueCode, path: readonly PathSegment[], received: unknown, expected: string): never {
  throw new ValidationError([makeIssue(code, path, received, expected)]);
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
