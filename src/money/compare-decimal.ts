/**
 * Exact comparison of decimal numbers written as strings, for rule conditions on amounts and
 * rates: `"10.10"` is above `"10.09"`, and `"0.30"` equals `"0.3"`, with no float in between.
 *
 * @module
 */
import { D } from './decimal';

const DECIMAL = /^-?\d{1,30}(\.\d{1,30})?$/;

/**
 * Tells whether a value is a decimal {@link compareDecimal} accepts: a string such as `"-12.5"`
 * (at most 30 digits on each side of the point, no exponent, no spaces) or a safe integer.
 *
 * @param value - Anything.
 * @returns `true` when the value can be compared exactly.
 * @example
 * ```ts
 * isDecimal('0.30'); // => true
 * isDecimal(0.3);    // => false (a float is never compared)
 * ```
 */
export function isDecimal(value: unknown): value is string | number {
  return typeof value === 'string' ? DECIMAL.test(value) : Number.isSafeInteger(value);
}

/**
 * Compares two decimals exactly.
 *
 * @param a - A decimal string or a safe integer.
 * @param b - A decimal string or a safe integer.
 * @returns `-1`, `0` or `1`; `null` when either is not a decimal (see {@link isDecimal}), so that
 *   a rule condition on a missing or malformed value is simply false.
 * @example
 * ```ts
 * compareDecimal('10.10', '10.09'); // => 1
 * compareDecimal('0.30', '0.3');    // => 0
 * compareDecimal('1e3', '1000');    // => null
 * ```
 */
export function compareDecimal(a: unknown, b: unknown): -1 | 0 | 1 | null {
  if (!isDecimal(a) || !isDecimal(b)) return null;
  return new D(a).comparedTo(new D(b)) as -1 | 0 | 1;
}
