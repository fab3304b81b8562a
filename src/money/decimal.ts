/**
 * The private decimal.js clone of the money layer, and the strict reader of the factors, ratios
 * and rates that go into it.
 *
 * Amounts and factors live in this clone, never in a JS float and never in the host's global
 * `Decimal`, whose settings belong to the host. Nothing of decimal.js appears in a public type,
 * and `index.ts` lists nothing of this module.
 *
 * @module
 */
import Decimal from 'decimal.js';
import { fail, type PathSegment } from '../errors';

/**
 * The private decimal.js constructor of the money layer.
 *
 * `defaults: true` matters: without it, `Decimal.clone` copies every setting it is not given
 * from the global `Decimal` as the host left it (its `maxE`, `modulo`…).
 *
 * Why 64 digits: the widest exact intermediate is an amount (15 digits) times a factor (at most
 * 16 integer digits and 20 decimals), 51 digits. Every product is therefore exact and every
 * result is rounded once, by the mode the caller names.
 *
 * @internal
 */
export const D: Decimal.Constructor = Decimal.clone({
  defaults: true,
  precision: 64,
  rounding: Decimal.ROUND_HALF_EVEN,
  toExpNeg: -64,
  toExpPos: 64,
  minE: -9e15,
  maxE: 9e15,
  modulo: Decimal.ROUND_DOWN,
  crypto: false,
});

/**
 * A decimal of the private clone. Never in a public type.
 *
 * @internal
 */
export type Dec = Decimal;

/**
 * Zero in the clone, shared so that a zero result is always this one value (never `-0`).
 *
 * @internal
 */
export const ZERO = new D(0);

const DECIMAL_PATTERN = /^(-?)(\d+)(?:\.(\d+))?$/;
const MAX_FACTOR_INTEGER_DIGITS = 16;
const MAX_FACTOR_DECIMALS = 20;

/**
 * What {@link parseDecimal} accepts.
 *
 * @internal
 */
export interface DecimalRule {
  /** Whether a JS number (a safe integer only) is accepted besides a string. */
  readonly integers: boolean;
  /** Whether a negative value is accepted. */
  readonly negative: boolean;
  /** The `expected` text of the issues. */
  readonly expected: string;
}

/**
 * Parses a factor, ratio or rate: a decimal string with any sign allowed by the rule, at most 16
 * integer digits and at most 20 decimals (so that every product stays exact in the clone), or a
 * safe integer when the rule allows numbers. A float is never accepted.
 *
 * @internal
 * @throws {@link index!ValidationError | ValidationError} `invalid_type`, `invalid_number`, or `too_big` beyond the digits.
 */
export function parseDecimal(value: unknown, path: readonly PathSegment[], rule: DecimalRule): Dec {
  if (typeof value === 'number' && rule.integers) {
    if (!Number.isSafeInteger(value) || (value < 0 && !rule.negative)) {
      return fail('invalid_number', path, value, rule.expected);
    }
    return new D(value);
  }
  if (typeof value !== 'string') return fail('invalid_type', path, value, rule.expected);
  const match = DECIMAL_PATTERN.exec(value);
  if (match === null || (match[1] === '-' && !rule.negative)) {
    return fail('invalid_number', path, value, rule.expected);
  }
  const integerDigits = match[2]!.replace(/^0+/, '').length;
  const decimals = match[3]?.length ?? 0;
  if (integerDigits > MAX_FACTOR_INTEGER_DIGITS || decimals > MAX_FACTOR_DECIMALS) {
    return fail(
      'too_big',
      path,
      value,
      `${rule.expected}, with at most ${MAX_FACTOR_INTEGER_DIGITS} integer digits and ${MAX_FACTOR_DECIMALS} decimals`,
    );
  }
  return new D(value);
}
