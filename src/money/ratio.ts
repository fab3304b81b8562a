/**
 * Ratios between amounts: one rounded for display, one exact test for decisions.
 *
 * @module
 */
import { fail } from '../errors';
import { parseDecimal, type DecimalRule } from './decimal';
import { decimalOf, money, type AmountLike } from './money';
import { decimalRounding, divideRounded, type RoundingMode } from './rounding';

/**
 * Options of {@link ratio}.
 *
 * @example
 * ```ts
 * ratio('1.00', '3.00', { decimals: 2, rounding: 'up' }); // => '0.34'
 * ```
 */
export interface RatioOptions {
  /** Decimals of the result, an integer from 0 to 20; 4 by default. */
  readonly decimals?: number;
  /** How to round the last decimal; `'half-even'` by default. */
  readonly rounding?: RoundingMode;
}

const MAX_DECIMALS = 20;

/**
 * A rate: a decimal string only, so that no float slips in.
 *
 * @internal
 */
export const RATE_RULE: DecimalRule = Object.freeze({
  integers: false,
  negative: true,
  expected: 'a rate as a decimal string such as "0.30"',
});

/**
 * Checks the number of decimals of a displayed ratio or percentage.
 *
 * @internal
 * @throws {@link index!ValidationError | ValidationError} `invalid_number` or `out_of_range`.
 */
export function checkDecimals(decimals: unknown, path: readonly (string | number)[]): number {
  const expected = `a number of decimals, an integer from 0 to ${MAX_DECIMALS}`;
  if (typeof decimals !== 'number') return fail('invalid_type', path, decimals, expected);
  if (!Number.isInteger(decimals)) return fail('invalid_number', path, decimals, expected);
  if (decimals < 0 || decimals > MAX_DECIMALS) return fail('out_of_range', path, decimals, expected);
  return decimals;
}

/**
 * The ratio of two amounts as a decimal string, for display: an effort rate (French: « taux
 * d'effort », the share of a household's resources that goes to housing), a share of the debt
 * repaid…
 *
 * **Never compare a rounded ratio in a decision**: `300.01 / 1000.00` shows as `"0.300"` with 3
 * decimals, yet it is above 30 %. Decide with {@link isWithinRate}, which does not round.
 *
 * @param numerator - The amount on top.
 * @param denominator - The amount below; not zero.
 * @param options - `decimals` (4 by default, 0 to 20) and `rounding` (`'half-even'` by default).
 * @returns `numerator ÷ denominator` with exactly `decimals` decimals, e.g. `"0.3420"`; never
 *   `"-0.…"`.
 * @throws {@link index!ValidationError | ValidationError} `division_by_zero` when the denominator is zero (path
 *   `['denominator']`); `invalid_amount` / `invalid_type` for an amount (path `['numerator']` or
 *   `['denominator']`); `invalid_type`, `invalid_number` or `out_of_range` for
 *   `options.decimals`; `invalid_value` for `options.rounding`.
 * @example
 * ```ts
 * ratio('342.00', '1000.00');                  // => '0.3420'
 * ratio('1.00', '3.00', { decimals: 2 });      // => '0.33'
 * ratio('2.00', '3.00', { decimals: 0, rounding: 'down' }); // => '0'
 * ```
 */
export function ratio(numerator: AmountLike, denominator: AmountLike, options: RatioOptions = {}): string {
  const top = decimalOf(money(numerator, ['numerator']));
  const bottom = decimalOf(money(denominator, ['denominator']));
  const decimals = checkDecimals(options?.decimals ?? 4, ['options', 'decimals']);
  const mode = decimalRounding(options?.rounding ?? 'half-even', ['options', 'rounding']);
  if (bottom.isZero()) {
    return fail('division_by_zero', ['denominator'], denominator, 'a denominator other than zero');
  }
  return divideRounded(top, bottom, decimals, mode).toFixed(decimals);
}

/**
 * Tells whether `part ≤ rate × whole`, exactly, without any rounding: the test to use in a
 * decision, such as "the effort rate stays within 30 %" (taux d'effort, see {@link ratio}).
 *
 * @param part - The amount compared, e.g. residual rent plus the instalment.
 * @param whole - The reference amount, e.g. the household's monthly resources.
 * @param rate - The limit as a decimal string, e.g. `"0.30"` for 30 %. A float is refused.
 * @returns `true` when `part ≤ rate × whole` in exact decimal arithmetic.
 * @throws {@link index!ValidationError | ValidationError} `invalid_amount` / `invalid_type` for an amount (path `['part']`
 *   or `['whole']`); `invalid_type`, `invalid_number` or `too_big` for the rate (path `['rate']`).
 * @example
 * ```ts
 * isWithinRate('300.00', '1000.00', '0.30'); // => true
 * isWithinRate('300.01', '1000.00', '0.30'); // => false, though ratio(…, { decimals: 3 }) is '0.300'
 * ```
 */
export function isWithinRate(part: AmountLike, whole: AmountLike, rate: string): boolean {
  const left = decimalOf(money(part, ['part']));
  const right = decimalOf(money(whole, ['whole'])).times(parseDecimal(rate, ['rate'], RATE_RULE));
  return left.lte(right);
}
