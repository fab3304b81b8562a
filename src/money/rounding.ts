/**
 * Rounding: the named modes every rounding function takes, and the exact rounded division behind
 * `multiply`, `divide` and `ratio`.
 *
 * `index.ts` lists {@link ROUNDING_MODES} and {@link RoundingMode}; the decimal.js side
 * ({@link decimalRounding}, {@link divideRounded}) is internal to the money layer.
 *
 * @module
 */
import Decimal from 'decimal.js';
import { fail, type PathSegment } from '../errors';
import { D, ZERO, type Dec } from './decimal';

/**
 * The rounding modes, in the order of {@link RoundingMode}'s documentation. Frozen; usable as a
 * `z.enum(ROUNDING_MODES)` in a policy schema.
 *
 * @example
 * ```ts
 * ROUNDING_MODES.includes('half-up'); // => true
 * ```
 */
export const ROUNDING_MODES = Object.freeze([
  'half-even',
  'half-up',
  'half-down',
  'up',
  'down',
  'ceil',
  'floor',
] as const);

/**
 * How a result is rounded. Every function that rounds takes one by name; none has a hidden default
 * except `ratio` and `formatPercent`, whose results are for display only.
 *
 * - `'half-even'`: to the nearest; a tie goes to the even neighbour (0.125 → 0.12, 0.135 → 0.14).
 *   Unbiased over many operations ("banker's rounding").
 * - `'half-up'`: to the nearest; a tie goes away from zero (0.125 → 0.13, −0.125 → −0.13), as
 *   taught at school.
 * - `'half-down'`: to the nearest; a tie goes toward zero (0.125 → 0.12, −0.125 → −0.12).
 * - `'up'`: away from zero (0.121 → 0.13, −0.121 → −0.13).
 * - `'down'`: toward zero, i.e. truncation (0.129 → 0.12, −0.129 → −0.12).
 * - `'ceil'`: toward +∞ (0.121 → 0.13, −0.129 → −0.12).
 * - `'floor'`: toward −∞ (0.129 → 0.12, −0.121 → −0.13).
 *
 * @example
 * ```ts
 * multiply('0.25', '0.5', 'half-even').toString(); // => '0.12' (0.125 is a tie)
 * multiply('-0.25', '0.5', 'floor').toString();    // => '-0.13'
 * ```
 */
export type RoundingMode = (typeof ROUNDING_MODES)[number];

const DECIMAL_ROUNDING: Readonly<Record<RoundingMode, Decimal.Rounding>> = Object.freeze({
  'half-even': Decimal.ROUND_HALF_EVEN,
  'half-up': Decimal.ROUND_HALF_UP,
  'half-down': Decimal.ROUND_HALF_DOWN,
  up: Decimal.ROUND_UP,
  down: Decimal.ROUND_DOWN,
  ceil: Decimal.ROUND_CEIL,
  floor: Decimal.ROUND_FLOOR,
});

const ROUNDING_EXPECTED = `a rounding mode: ${ROUNDING_MODES.map((m) => `'${m}'`).join(', ')}`;

/**
 * Checks a rounding mode given at run time and returns its decimal.js constant.
 *
 * @internal
 * @throws {@link index!ValidationError | ValidationError} `missing` when absent, `invalid_value` when unknown.
 */
export function decimalRounding(mode: unknown, path: readonly PathSegment[]): Decimal.Rounding {
  if (mode === undefined) return fail('missing', path, mode, ROUNDING_EXPECTED);
  if (typeof mode !== 'string' || !Object.hasOwn(DECIMAL_ROUNDING, mode)) {
    return fail('invalid_value', path, mode, ROUNDING_EXPECTED);
  }
  return DECIMAL_ROUNDING[mode as RoundingMode];
}

const ONE_QUARTER = new D('0.25');
const ONE_HALF = new D('0.5');
const THREE_QUARTERS = new D('0.75');

/**
 * `numerator / denominator` rounded to `places` decimals with `rounding`, exactly: the quotient is
 * never rounded to the clone's precision first, so a value just below a tie is never taken for
 * the tie. The denominator must not be zero.
 *
 * @internal
 */
export function divideRounded(numerator: Dec, denominator: Dec, places: number, rounding: Decimal.Rounding): Dec {
  // Scale both to integers, then split into an exact integer quotient and a remainder.
  const shift = Math.max(numerator.decimalPlaces(), denominator.decimalPlaces());
  const n = numerator.times(new D(`1e${shift + places}`));
  const d = denominator.times(new D(`1e${shift}`));
  const quotient = n.divToInt(d);
  const remainder = n.minus(quotient.times(d));
  let rounded = quotient;
  if (!remainder.isZero()) {
    // The exact quotient lies strictly between `quotient` and its neighbour away from zero. A
    // stand-in at 1/4, 1/2 or 3/4 of the way rounds the same way under every mode.
    const side = remainder.abs().times(2).cmp(d.abs());
    const step = side < 0 ? ONE_QUARTER : side === 0 ? ONE_HALF : THREE_QUARTERS;
    const towardResult = n.isNegative() === d.isNegative() ? step : step.negated();
    rounded = quotient.plus(towardResult).toDecimalPlaces(0, rounding);
  }
  const result = rounded.div(new D(`1e${places}`));
  return result.isZero() ? ZERO : result;
}
