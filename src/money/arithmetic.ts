/**
 * Exact arithmetic on EUR amounts.
 *
 * Every function takes {@link AmountLike} values, parses strings strictly with {@link money}, and
 * returns a {@link Money}. Addition and subtraction are exact. Multiplication and division round
 * to the cent with the {@link RoundingMode} the caller names: there is no default, because the
 * right mode depends on who bears the cent.
 *
 * An issue about an argument has the parameter's name as its path (`a`, `b`, `amount`, `factor`…),
 * or its index for a list of values.
 *
 * @module
 */
import { fail } from '../errors';
import { centsNumberOf, moneyOfCents } from './cents';
import { D, parseDecimal, type DecimalRule } from './decimal';
import { compareNormalAmounts, decimalOf, fromDecimal, money, type AmountLike, type Money } from './money';
import { decimalRounding, divideRounded, type RoundingMode } from './rounding';

/** Zero in the normal form of a {@link Money}: the only zero there is (never `-0.00`). */
const ZERO_TEXT = '0.00';

const FACTOR_RULE: DecimalRule = Object.freeze({
  integers: true,
  negative: true,
  expected: 'a safe integer or a decimal string such as "0.30" or "-1.8"',
});

/**
 * Adds two amounts, exactly.
 *
 * @param a - An amount.
 * @param b - An amount.
 * @returns `a + b`.
 * @throws {@link index!ValidationError | ValidationError} `invalid_amount` / `invalid_type` for an argument that is not an
 *   amount (path `['a']` or `['b']`), `too_big` when the sum has more than 13 integer digits.
 * @example
 * ```ts
 * add('0.10', '0.20').toString(); // => '0.30'
 * ```
 */
export function add(a: AmountLike, b: AmountLike): Money {
  return fromDecimal(decimalOf(money(a, ['a'])).plus(decimalOf(money(b, ['b']))));
}

/**
 * Subtracts an amount from another, exactly.
 *
 * @param a - The amount to subtract from.
 * @param b - The amount to subtract.
 * @returns `a − b`.
 * @throws {@link index!ValidationError | ValidationError} `invalid_amount` / `invalid_type` for an argument that is not an
 *   amount (path `['a']` or `['b']`), `too_big` when the result has more than 13 integer digits.
 * @example
 * ```ts
 * subtract('597.30', '367.30').toString(); // => '230.00'
 * ```
 */
export function subtract(a: AmountLike, b: AmountLike): Money {
  return fromDecimal(decimalOf(money(a, ['a'])).minus(decimalOf(money(b, ['b']))));
}

/**
 * Changes the sign of an amount.
 *
 * @param amount - An amount.
 * @returns `−amount`; zero stays `0.00`.
 * @throws {@link index!ValidationError | ValidationError} `invalid_amount` / `invalid_type` (path `['amount']`).
 * @example
 * ```ts
 * negate('12.5').toString(); // => '-12.50'
 * ```
 */
export function negate(amount: AmountLike): Money {
  return fromDecimal(decimalOf(money(amount, ['amount'])).negated());
}

/**
 * The absolute value of an amount.
 *
 * @param amount - An amount.
 * @returns `|amount|`.
 * @throws {@link index!ValidationError | ValidationError} `invalid_amount` / `invalid_type` (path `['amount']`).
 * @example
 * ```ts
 * abs('-8.05').toString(); // => '8.05'
 * ```
 */
export function abs(amount: AmountLike): Money {
  return fromDecimal(decimalOf(money(amount, ['amount'])).abs());
}

/**
 * Adds any number of amounts, exactly.
 *
 * @param values - The amounts, in any iterable (array, generator…); not a string.
 * @returns Their sum; `0.00` for none.
 * @throws {@link index!ValidationError | ValidationError} `invalid_type` when `values` is not an iterable (path `[]`);
 *   `invalid_amount` / `invalid_type` for an element (path `[index]`); `too_big` when the sum has
 *   more than 13 integer digits.
 * @example
 * ```ts
 * sum(['512.30', '85.00', '-230.00']).toString(); // => '367.30'
 * sum([]).toString();                             // => '0.00'
 * ```
 */
export function sum(values: Iterable<AmountLike>): Money {
  // A string is iterable too: sum('12') would otherwise add '1' and '2'.
  if (
    typeof values !== 'object' ||
    values === null ||
    typeof (values as Partial<Iterable<unknown>>)[Symbol.iterator] !== 'function'
  ) {
    return fail('invalid_type', [], values, 'an iterable of EUR amounts, e.g. ["12.50", "3.00"]');
  }
  let total = new D(0);
  let index = 0;
  for (const value of values) {
    total = total.plus(decimalOf(money(value, [index])));
    index += 1;
  }
  return fromDecimal(total);
}

/**
 * Compares two amounts.
 *
 * @param a - An amount.
 * @param b - An amount.
 * @returns `-1` when `a < b`, `0` when they are equal, `1` when `a > b`.
 * @throws {@link index!ValidationError | ValidationError} `invalid_amount` / `invalid_type` (path `['a']` or `['b']`).
 * @example
 * ```ts
 * compare('10.00', '9.99'); // => 1
 * compare('1', '1.00');     // => 0
 * ```
 */
export function compare(a: AmountLike, b: AmountLike): -1 | 0 | 1 {
  // The normal texts order as the values do: no decimal to build.
  return compareNormalAmounts(money(a, ['a']).amount, money(b, ['b']).amount);
}

/**
 * Tells whether two amounts are equal to the cent.
 *
 * @param a - An amount.
 * @param b - An amount.
 * @returns `true` when `a = b`.
 * @throws {@link index!ValidationError | ValidationError} `invalid_amount` / `invalid_type` (path `['a']` or `['b']`).
 * @example
 * ```ts
 * equals('12.5', 12.5);  // => true
 * equals('0.00', '-0');  // => true
 * ```
 */
export function equals(a: AmountLike, b: AmountLike): boolean {
  return compare(a, b) === 0;
}

/**
 * Tells whether an amount is zero.
 *
 * @param amount - An amount.
 * @returns `true` for `0.00`.
 * @throws {@link index!ValidationError | ValidationError} `invalid_amount` / `invalid_type` (path `['amount']`).
 * @example
 * ```ts
 * isZero('-0.00'); // => true
 * ```
 */
export function isZero(amount: AmountLike): boolean {
  return money(amount, ['amount']).amount === ZERO_TEXT;
}

/**
 * Tells whether an amount is strictly below zero.
 *
 * @param amount - An amount.
 * @returns `true` when `amount < 0`; `false` for zero.
 * @throws {@link index!ValidationError | ValidationError} `invalid_amount` / `invalid_type` (path `['amount']`).
 * @example
 * ```ts
 * isNegative('-0.01'); // => true
 * isNegative('0');     // => false
 * ```
 */
export function isNegative(amount: AmountLike): boolean {
  // The normal text has no "-0.00": a minus sign is a value below zero.
  return money(amount, ['amount']).amount.startsWith('-');
}

/**
 * Tells whether an amount is strictly above zero.
 *
 * @param amount - An amount.
 * @returns `true` when `amount > 0`; `false` for zero.
 * @throws {@link index!ValidationError | ValidationError} `invalid_amount` / `invalid_type` (path `['amount']`).
 * @example
 * ```ts
 * isPositive('0.01'); // => true
 * isPositive('0');    // => false
 * ```
 */
export function isPositive(amount: AmountLike): boolean {
  const text = money(amount, ['amount']).amount;
  return !text.startsWith('-') && text !== ZERO_TEXT;
}

function pick(values: readonly AmountLike[], keep: 1 | -1): Money {
  if (values.length === 0) return fail('too_small', [], values, 'at least one EUR amount');
  let best = money(values[0], [0]);
  for (let index = 1; index < values.length; index += 1) {
    const candidate = money(values[index], [index]);
    if (compareNormalAmounts(candidate.amount, best.amount) === keep) best = candidate;
  }
  return best;
}

/**
 * The smallest of one or more amounts.
 *
 * @param values - At least one amount; spread an array with `min(...list)` when its type is a
 *   non-empty tuple.
 * @returns The smallest amount (the first one among equals).
 * @throws {@link index!ValidationError | ValidationError} `too_small` when called with no amount; `invalid_amount` /
 *   `invalid_type` for an argument (path `[index]`).
 * @example
 * ```ts
 * min('12.00', '-3.50', '7').toString(); // => '-3.50'
 * ```
 */
export function min(...values: [AmountLike, ...AmountLike[]]): Money {
  return pick(values, -1);
}

/**
 * The largest of one or more amounts.
 *
 * @param values - At least one amount.
 * @returns The largest amount (the first one among equals).
 * @throws {@link index!ValidationError | ValidationError} `too_small` when called with no amount; `invalid_amount` /
 *   `invalid_type` for an argument (path `[index]`).
 * @example
 * ```ts
 * max('12.00', '-3.50', '7').toString(); // => '12.00'
 * ```
 */
export function max(...values: [AmountLike, ...AmountLike[]]): Money {
  return pick(values, 1);
}

/**
 * Multiplies an amount by a factor and rounds the exact product to the cent with the named mode.
 *
 * The product is computed exactly and rounded once.
 *
 * @param amount - An amount.
 * @param factor - A safe integer, or a decimal string such as `"0.30"`, `"1.8"` or `"-2"` (at most
 *   16 integer digits and 20 decimals). A float is refused: write `"0.3"`, not `0.3`.
 * @param rounding - How to round to the cent; required.
 * @returns `amount × factor`, rounded to the cent.
 * @throws {@link index!ValidationError | ValidationError} `invalid_amount` / `invalid_type` (path `['amount']`);
 *   `invalid_number`, `invalid_type` or `too_big` for the factor (path `['factor']`); `missing` or
 *   `invalid_value` for the rounding mode (path `['rounding']`); `too_big` when the result has more
 *   than 13 integer digits.
 * @example
 * ```ts
 * multiply('0.25', '0.5', 'half-even').toString(); // => '0.12'
 * multiply('0.25', '0.5', 'half-up').toString();   // => '0.13'
 * multiply('512.30', 3, 'half-even').toString();   // => '1536.90'
 * ```
 */
export function multiply(amount: AmountLike, factor: number | string, rounding: RoundingMode): Money {
  const checked = money(amount, ['amount']);
  if (typeof factor === 'number' && Number.isSafeInteger(factor)) {
    // A whole factor leaves nothing to round: the product of the cents, exact while it stays a
    // safe integer (the mode is still checked, as below).
    decimalRounding(rounding, ['rounding']);
    const product = centsNumberOf(checked.amount) * factor;
    if (Number.isSafeInteger(product)) return moneyOfCents(product);
  }
  const value = decimalOf(checked);
  const by = parseDecimal(factor, ['factor'], FACTOR_RULE);
  const mode = decimalRounding(rounding, ['rounding']);
  return fromDecimal(value.times(by).toDecimalPlaces(2, mode));
}

/**
 * Divides an amount by a divisor and rounds the exact quotient to the cent with the named mode.
 *
 * The quotient is never rounded twice: `1.00 / 3` with `'up'` is `0.34`, and a quotient just below
 * a tie is never taken for the tie.
 *
 * @param amount - An amount.
 * @param divisor - A non-zero safe integer, or a decimal string such as `"12"` or `"0.5"` (at most
 *   16 integer digits and 20 decimals).
 * @param rounding - How to round to the cent; required.
 * @returns `amount ÷ divisor`, rounded to the cent.
 * @throws {@link index!ValidationError | ValidationError} `division_by_zero` for a zero divisor (path `['divisor']`);
 *   `invalid_number`, `invalid_type` or `too_big` for the divisor; `invalid_amount` /
 *   `invalid_type` for the amount (path `['amount']`); `missing` or `invalid_value` for the
 *   rounding mode (path `['rounding']`); `too_big` when the result has more than 13 integer digits.
 * @example
 * ```ts
 * divide('100.00', 3, 'half-even').toString(); // => '33.33'
 * divide('100.00', 3, 'up').toString();        // => '33.34'
 * divide('-0.25', 2, 'floor').toString();      // => '-0.13'
 * ```
 */
export function divide(amount: AmountLike, divisor: number | string, rounding: RoundingMode): Money {
  const value = decimalOf(money(amount, ['amount']));
  const by = parseDecimal(divisor, ['divisor'], FACTOR_RULE);
  const mode = decimalRounding(rounding, ['rounding']);
  if (by.isZero()) return fail('division_by_zero', ['divisor'], divisor, 'a divisor other than zero');
  return fromDecimal(divideRounded(value, by, 2, mode));
}
