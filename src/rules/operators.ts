/**
 * The operators a policy condition may use. The same functions run in the compiled evaluator
 * and, registered under the same names, in json-rules-engine, so both engines give one result.
 *
 * - json-rules-engine's own operators, with its exact semantics (including its type checks):
 *   `equal`, `notEqual`, `in`, `notIn`, `contains`, `doesNotContain`, `lessThan`,
 *   `lessThanInclusive`, `greaterThan`, `greaterThanInclusive`. The four numeric ones are meant
 *   for integer facts (counts, days, ages): they compare JavaScript numbers.
 * - Exact decimal comparisons for amounts and rates (`"10.10"` is above `"10.09"`, `"0.30"`
 *   equals `"0.3"`): `decimalGreaterThan`, `decimalGreaterThanInclusive`, `decimalLessThan`,
 *   `decimalLessThanInclusive`, `decimalEqual`.
 * - ISO-date comparisons: `dateBefore`, `dateOnOrBefore`, `dateAfter`, `dateOnOrAfter`.
 * - Whether a fact is missing: `isMissing` and `isPresent`, whose value is `true`.
 *
 * A missing value — `null` (a fact that does not exist for the account: no contact yet, no
 * benefit) or `undefined` (a fact the engine does not know) — makes every comparison false,
 * whichever side it is on: the fact itself, or a `{ "fact": … }` reference on the value side.
 * `notEqual`, `notIn` and `doesNotContain` included: a missing fact is not "different" from
 * anything, it is unknown. Only `isMissing` and `isPresent` test it.
 *
 * An operator given a value of the wrong kind (a malformed amount, a text where a number is
 * expected) is false too, never an exception.
 *
 * @module
 */
import { isIsoDate } from '../calendar';
import type { FactType } from './facts';

/**
 * What a condition's `value` must be for an operator: `'true'` is the value `true` itself (for
 * `isMissing` and `isPresent`, which compare the fact with nothing).
 */
export type OperatorValueKind = 'scalar' | 'list' | 'number' | 'decimal' | 'date' | 'true';

/** One operator. */
export interface OperatorDefinition {
  /** What it tests, in words. */
  readonly description: string;
  /** The fact types it applies to. */
  readonly factTypes: readonly FactType[];
  /** What its `value` must be. */
  readonly value: OperatorValueKind;
  /**
   * Whether json-rules-engine defines it itself: json-rules-engine's own function then runs in
   * that engine, guarded as {@link OperatorDefinition.missing} says.
   */
  readonly builtin: boolean;
  /**
   * What the operator makes of a missing value (`null` or `undefined`): `'false'` for a
   * comparison (false whenever the fact or the compared value is missing), `'tested'` for
   * `isMissing` and `isPresent`, which test exactly that.
   */
  readonly missing: 'false' | 'tested';
  /** The test, missing values included. Never throws. */
  readonly evaluate: (factValue: unknown, value: unknown) => boolean;
}

/**
 * Whether a value is missing: `null` (a fact that does not exist for the account) or
 * `undefined` (a fact the engine does not know, a path that leads nowhere).
 *
 * @param value - A fact value, or the value a condition compares it with.
 * @returns `true` for `null` and `undefined`.
 * @example
 * ```ts
 * isMissingValue(null); // => true
 * isMissingValue(0);    // => false
 * ```
 */
export function isMissingValue(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

/**
 * A comparison that is false when either side is missing, whatever the test would say of it.
 *
 * @param test - The comparison of two present values.
 * @returns The guarded comparison.
 * @example
 * ```ts
 * const differs = comparison((a, b) => a !== b);
 * differs('x', 'y');   // => true
 * differs(null, 'y');  // => false: a missing fact differs from nothing, it is unknown
 * ```
 */
export function comparison(
  test: (factValue: unknown, value: unknown) => boolean,
): (factValue: unknown, value: unknown) => boolean {
  return (factValue: unknown, value: unknown): boolean =>
    !isMissingValue(factValue) && !isMissingValue(value) && test(factValue, value);
}

/** Text that `parseFloat` reads as a number: a sign, then `Infinity`, a digit, or a point and a digit. */
const NUMBER_START = /^\s*[+-]?(?:Infinity|\d|\.\d)/;

/**
 * json-rules-engine's own check before its numeric operators (engine-default-operators.js:
 * `parseFloat(value)` is not NaN), decided on the text alone so that no float is ever parsed; both
 * engines agree on any fact value (the differential test checks it). It only screens counts:
 * money is never compared with these operators (validation sends amounts to the decimal ones).
 */
function numberValidator(factValue: unknown): boolean {
  // A number's text starts with a digit, a sign or `Infinity`, but for NaN's: the test on the
  // text, without writing the text (a condition on a count runs for every account).
  if (typeof factValue === 'number') return !Number.isNaN(factValue);
  return typeof factValue !== 'symbol' && NUMBER_START.test(String(factValue));
}

function indexOf(list: unknown, item: unknown): number {
  // json-rules-engine calls `indexOf` on the value; a non-list value is refused by validation.
  return Array.isArray(list) || typeof list === 'string' ? (list as unknown[]).indexOf(item as never) : -1;
}

/** A decimal's sign and digits with the leading and trailing zeros dropped: two equal decimals give the same parts. */
interface DecimalDigits {
  readonly negative: boolean;
  readonly integer: string;
  readonly fraction: string;
}

const ZERO_CODE = 48;
const NINE_CODE = 57;
/** At most 30 digits on each side of the point, as money's `compareDecimal` accepts. */
const MAX_DIGITS = 30;

/**
 * The digits of a decimal as money's `compareDecimal` accepts it (`^-?\d{1,30}(\.\d{1,30})?$`, or
 * a safe integer), read character by character; `null` for anything else.
 */
function digitsOf(value: unknown): DecimalDigits | null {
  // A safe integer is written in plain digits by String (no exponent below 2^53).
  const text = typeof value === 'string' ? value : Number.isSafeInteger(value) ? String(value) : null;
  if (text === null) return null;
  const length = text.length;
  const negative = length > 0 && text.charCodeAt(0) === 45; // '-'
  let i = negative ? 1 : 0;
  const start = i;
  let firstSignificant = -1;
  for (; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c < ZERO_CODE || c > NINE_CODE) break;
    if (firstSignificant === -1 && c !== ZERO_CODE) firstSignificant = i;
  }
  const integerEnd = i;
  if (integerEnd === start || integerEnd - start > MAX_DIGITS) return null;
  let fractionEnd = integerEnd;
  if (i < length) {
    if (text.charCodeAt(i) !== 46) return null; // '.'
    for (i++; i < length; i++) {
      const c = text.charCodeAt(i);
      if (c < ZERO_CODE || c > NINE_CODE) return null;
    }
    fractionEnd = length;
    if (fractionEnd - integerEnd - 1 < 1 || fractionEnd - integerEnd - 1 > MAX_DIGITS) return null;
  }
  // Trailing zeros of the fraction say nothing: "0.30" equals "0.3".
  let last = fractionEnd;
  while (last > integerEnd + 1 && text.charCodeAt(last - 1) === ZERO_CODE) last--;
  const integer = firstSignificant === -1 ? '' : text.slice(firstSignificant, integerEnd);
  const fraction = last > integerEnd + 1 ? text.slice(integerEnd + 1, last) : '';
  // Zero has no sign: "-0.00" equals "0".
  return { negative: negative && (integer !== '' || fraction !== ''), integer, fraction };
}

/**
 * Compares two decimals exactly, on their digits: the same result as money's `compareDecimal`
 * (a property test checks it), without building a decimal number for each comparison of a rule.
 * With no leading zeros, a longer integer part is the larger; with no trailing zeros, fractions
 * compare as text.
 */
export function compareDecimalDigits(a: unknown, b: unknown): -1 | 0 | 1 | null {
  const x = digitsOf(a);
  if (x === null) return null;
  const y = digitsOf(b);
  if (y === null) return null;
  if (x.negative !== y.negative) return x.negative ? -1 : 1;
  let c: -1 | 0 | 1 = 0;
  if (x.integer.length !== y.integer.length) c = x.integer.length < y.integer.length ? -1 : 1;
  else if (x.integer !== y.integer) c = x.integer < y.integer ? -1 : 1;
  else if (x.fraction !== y.fraction) c = x.fraction < y.fraction ? -1 : 1;
  return x.negative ? ((-c || 0) as -1 | 0 | 1) : c;
}

const decimal = (test: (c: -1 | 0 | 1) => boolean) =>
  comparison((a, b) => {
    const c = compareDecimalDigits(a, b);
    return c !== null && test(c);
  });

const date = (test: (a: string, b: string) => boolean) =>
  comparison((a, b) => isIsoDate(a) && isIsoDate(b) && test(a, b));

const SCALARS: readonly FactType[] = ['amount', 'decimal', 'integer', 'date', 'boolean', 'string'];
const NUMERIC: readonly FactType[] = ['amount', 'decimal'];
const EVERY_TYPE: readonly FactType[] = [...SCALARS, 'string-list'];

/**
 * Every operator, by name.
 *
 * @example
 * ```ts
 * OPERATORS.decimalGreaterThan.value; // => 'decimal': it compares decimal strings exactly
 * ```
 */
export const OPERATORS: Readonly<Record<string, OperatorDefinition>> = Object.freeze({
  equal: {
    description: 'the fact equals the value (strictly, as json-rules-engine does)',
    factTypes: SCALARS,
    value: 'scalar',
    builtin: true,
    missing: 'false',
    evaluate: comparison((a, b) => a === b),
  },
  notEqual: {
    description: 'the fact differs from the value',
    factTypes: SCALARS,
    value: 'scalar',
    builtin: true,
    missing: 'false',
    evaluate: comparison((a, b) => a !== b),
  },
  in: {
    description: 'the fact is one of the values of the list',
    factTypes: SCALARS,
    value: 'list',
    builtin: true,
    missing: 'false',
    evaluate: comparison((a, b) => indexOf(b, a) > -1),
  },
  notIn: {
    description: 'the fact is none of the values of the list',
    factTypes: SCALARS,
    value: 'list',
    builtin: true,
    missing: 'false',
    evaluate: comparison((a, b) => indexOf(b, a) === -1),
  },
  contains: {
    description: 'the list fact contains the value',
    factTypes: ['string-list'],
    value: 'scalar',
    builtin: true,
    missing: 'false',
    evaluate: comparison((a, b) => Array.isArray(a) && a.indexOf(b) > -1),
  },
  doesNotContain: {
    description: 'the list fact does not contain the value',
    factTypes: ['string-list'],
    value: 'scalar',
    builtin: true,
    missing: 'false',
    evaluate: comparison((a, b) => Array.isArray(a) && a.indexOf(b) === -1),
  },
  lessThan: {
    description: 'the integer fact is below the value',
    factTypes: ['integer'],
    value: 'number',
    builtin: true,
    missing: 'false',
    evaluate: comparison((a, b) => numberValidator(a) && (a as number) < (b as number)),
  },
  lessThanInclusive: {
    description: 'the integer fact is at most the value',
    factTypes: ['integer'],
    value: 'number',
    builtin: true,
    missing: 'false',
    evaluate: comparison((a, b) => numberValidator(a) && (a as number) <= (b as number)),
  },
  greaterThan: {
    description: 'the integer fact is above the value',
    factTypes: ['integer'],
    value: 'number',
    builtin: true,
    missing: 'false',
    evaluate: comparison((a, b) => numberValidator(a) && (a as number) > (b as number)),
  },
  greaterThanInclusive: {
    description: 'the integer fact is at least the value',
    factTypes: ['integer'],
    value: 'number',
    builtin: true,
    missing: 'false',
    evaluate: comparison((a, b) => numberValidator(a) && (a as number) >= (b as number)),
  },
  decimalGreaterThan: {
    description: 'the amount or rate is above the value, compared exactly as decimals',
    factTypes: NUMERIC,
    value: 'decimal',
    builtin: false,
    missing: 'false',
    evaluate: decimal((c) => c > 0),
  },
  decimalGreaterThanInclusive: {
    description: 'the amount or rate is at least the value, compared exactly',
    factTypes: NUMERIC,
    value: 'decimal',
    builtin: false,
    missing: 'false',
    evaluate: decimal((c) => c >= 0),
  },
  decimalLessThan: {
    description: 'the amount or rate is below the value, compared exactly',
    factTypes: NUMERIC,
    value: 'decimal',
    builtin: false,
    missing: 'false',
    evaluate: decimal((c) => c < 0),
  },
  decimalLessThanInclusive: {
    description: 'the amount or rate is at most the value, compared exactly',
    factTypes: NUMERIC,
    value: 'decimal',
    builtin: false,
    missing: 'false',
    evaluate: decimal((c) => c <= 0),
  },
  decimalEqual: {
    description: 'the amount or rate equals the value, compared exactly ("0.30" equals "0.3")',
    factTypes: NUMERIC,
    value: 'decimal',
    builtin: false,
    missing: 'false',
    evaluate: decimal((c) => c === 0),
  },
  dateBefore: {
    description: 'the date is before the value (an ISO date)',
    factTypes: ['date'],
    value: 'date',
    builtin: false,
    missing: 'false',
    evaluate: date((a, b) => a < b),
  },
  dateOnOrBefore: {
    description: 'the date is on or before the value',
    factTypes: ['date'],
    value: 'date',
    builtin: false,
    missing: 'false',
    evaluate: date((a, b) => a <= b),
  },
  dateAfter: {
    description: 'the date is after the value',
    factTypes: ['date'],
    value: 'date',
    builtin: false,
    missing: 'false',
    evaluate: date((a, b) => a > b),
  },
  dateOnOrAfter: {
    description: 'the date is on or after the value',
    factTypes: ['date'],
    value: 'date',
    builtin: false,
    missing: 'false',
    evaluate: date((a, b) => a >= b),
  },
  isMissing: {
    description:
      'the fact is missing for the account (null: no contact yet, no benefit…); the value is true. Every other operator is false on a missing fact',
    factTypes: EVERY_TYPE,
    value: 'true',
    builtin: false,
    missing: 'tested',
    evaluate: (a, b) => b === true && isMissingValue(a),
  },
  isPresent: {
    description: 'the fact has a value for the account (it is not null); the value is true',
    factTypes: EVERY_TYPE,
    value: 'true',
    builtin: false,
    missing: 'tested',
    evaluate: (a, b) => b === true && !isMissingValue(a),
  },
});

/**
 * The names of every operator, sorted.
 *
 * @example
 * ```ts
 * OPERATOR_NAMES.includes('dateBefore'); // => true
 * ```
 */
export const OPERATOR_NAMES: readonly string[] = Object.freeze(Object.keys(OPERATORS).sort());

/**
 * json-rules-engine's `path` lookup, restricted to plain property and index steps (`$.a.b`,
 * `$.list[0]`): no JSONPath expressions, so a policy never runs a filter or a script. The same
 * function serves both engines.
 *
 * @param value - The fact value (an object or array).
 * @param path - `$` followed by `.name` and `[index]` steps.
 * @returns The value found, or `undefined`.
 */
export function resolvePath(value: unknown, path: string): unknown {
  if (!PATH_PATTERN.test(path)) return undefined;
  let current: unknown = value;
  for (const m of path.slice(1).matchAll(PATH_STEP)) {
    if (current === null || typeof current !== 'object') return undefined;
    const key = m[1] ?? Number(m[2]);
    if (!Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

/** A path as {@link resolvePath} accepts it. */
export const PATH_PATTERN = /^\$(?:\.[A-Za-z_][A-Za-z0-9_]*|\[\d{1,6}\])*$/;
const PATH_STEP = /\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d{1,6})\]/g;
