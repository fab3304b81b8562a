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
 *
 * An operator given a value of the wrong kind (a missing fact, a malformed amount) is false,
 * never an exception.
 *
 * @module
 */
import { isIsoDate } from '../calendar';
import { compareDecimal } from '../money';
import type { FactType } from './facts';

/** What a condition's `value` must be for an operator. */
export type OperatorValueKind = 'scalar' | 'list' | 'number' | 'decimal' | 'date';

/** One operator. */
export interface OperatorDefinition {
  /** What it tests, in words. */
  readonly description: string;
  /** The fact types it applies to. */
  readonly factTypes: readonly FactType[];
  /** What its `value` must be. */
  readonly value: OperatorValueKind;
  /** Whether json-rules-engine defines it itself. */
  readonly builtin: boolean;
  /** The test. Never throws. */
  readonly evaluate: (factValue: unknown, value: unknown) => boolean;
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
  return typeof factValue !== 'symbol' && NUMBER_START.test(String(factValue));
}

function indexOf(list: unknown, item: unknown): number {
  // json-rules-engine calls `indexOf` on the value; a non-list value is refused by validation.
  return Array.isArray(list) || typeof list === 'string' ? (list as unknown[]).indexOf(item as never) : -1;
}

const decimal =
  (test: (c: -1 | 0 | 1) => boolean) =>
  (a: unknown, b: unknown): boolean => {
    const c = compareDecimal(a, b);
    return c !== null && test(c);
  };

const date =
  (test: (a: string, b: string) => boolean) =>
  (a: unknown, b: unknown): boolean =>
    isIsoDate(a) && isIsoDate(b) && test(a, b);

const SCALARS: readonly FactType[] = ['amount', 'decimal', 'integer', 'date', 'boolean', 'string'];
const NUMERIC: readonly FactType[] = ['amount', 'decimal'];

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
    evaluate: (a, b) => a === b,
  },
  notEqual: {
    description: 'the fact differs from the value',
    factTypes: SCALARS,
    value: 'scalar',
    builtin: true,
    evaluate: (a, b) => a !== b,
  },
  in: {
    description: 'the fact is one of the values of the list',
    factTypes: SCALARS,
    value: 'list',
    builtin: true,
    evaluate: (a, b) => indexOf(b, a) > -1,
  },
  notIn: {
    description: 'the fact is none of the values of the list',
    factTypes: SCALARS,
    value: 'list',
    builtin: true,
    evaluate: (a, b) => indexOf(b, a) === -1,
  },
  contains: {
    description: 'the list fact contains the value',
    factTypes: ['string-list'],
    value: 'scalar',
    builtin: true,
    evaluate: (a, b) => Array.isArray(a) && a.indexOf(b) > -1,
  },
  doesNotContain: {
    description: 'the list fact does not contain the value',
    factTypes: ['string-list'],
    value: 'scalar',
    builtin: true,
    evaluate: (a, b) => Array.isArray(a) && a.indexOf(b) === -1,
  },
  lessThan: {
    description: 'the integer fact is below the value',
    factTypes: ['integer'],
    value: 'number',
    builtin: true,
    evaluate: (a, b) => numberValidator(a) && (a as number) < (b as number),
  },
  lessThanInclusive: {
    description: 'the integer fact is at most the value',
    factTypes: ['integer'],
    value: 'number',
    builtin: true,
    evaluate: (a, b) => numberValidator(a) && (a as number) <= (b as number),
  },
  greaterThan: {
    description: 'the integer fact is above the value',
    factTypes: ['integer'],
    value: 'number',
    builtin: true,
    evaluate: (a, b) => numberValidator(a) && (a as number) > (b as number),
  },
  greaterThanInclusive: {
    description: 'the integer fact is at least the value',
    factTypes: ['integer'],
    value: 'number',
    builtin: true,
    evaluate: (a, b) => numberValidator(a) && (a as number) >= (b as number),
  },
  decimalGreaterThan: {
    description: 'the amount or rate is above the value, compared exactly as decimals',
    factTypes: NUMERIC,
    value: 'decimal',
    builtin: false,
    evaluate: decimal((c) => c > 0),
  },
  decimalGreaterThanInclusive: {
    description: 'the amount or rate is at least the value, compared exactly',
    factTypes: NUMERIC,
    value: 'decimal',
    builtin: false,
    evaluate: decimal((c) => c >= 0),
  },
  decimalLessThan: {
    description: 'the amount or rate is below the value, compared exactly',
    factTypes: NUMERIC,
    value: 'decimal',
    builtin: false,
    evaluate: decimal((c) => c < 0),
  },
  decimalLessThanInclusive: {
    description: 'the amount or rate is at most the value, compared exactly',
    factTypes: NUMERIC,
    value: 'decimal',
    builtin: false,
    evaluate: decimal((c) => c <= 0),
  },
  decimalEqual: {
    description: 'the amount or rate equals the value, compared exactly ("0.30" equals "0.3")',
    factTypes: NUMERIC,
    value: 'decimal',
    builtin: false,
    evaluate: decimal((c) => c === 0),
  },
  dateBefore: {
    description: 'the date is before the value (an ISO date)',
    factTypes: ['date'],
    value: 'date',
    builtin: false,
    evaluate: date((a, b) => a < b),
  },
  dateOnOrBefore: {
    description: 'the date is on or before the value',
    factTypes: ['date'],
    value: 'date',
    builtin: false,
    evaluate: date((a, b) => a <= b),
  },
  dateAfter: {
    description: 'the date is after the value',
    factTypes: ['date'],
    value: 'date',
    builtin: false,
    evaluate: date((a, b) => a > b),
  },
  dateOnOrAfter: {
    description: 'the date is on or after the value',
    factTypes: ['date'],
    value: 'date',
    builtin: false,
    evaluate: date((a, b) => a >= b),
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
