/**
 * Splitting an amount into parts that sum exactly to it, to the cent.
 *
 * @module
 */
import { fail, type PathSegment } from '../errors';
import { D, parseDecimal, type Dec, type DecimalRule } from './decimal';
import { decimalOf, fromDecimal, money, type AmountLike, type Money } from './money';

/** The most parts one call may produce: 10 000, far beyond any schedule. */
const MAX_PARTS = 10_000;

const RATIO_RULE: DecimalRule = Object.freeze({
  integers: true,
  negative: false,
  expected: 'a non-negative ratio: a safe integer or a decimal string such as "0.5"',
});

/**
 * Splits an amount into `parts` parts as equal as possible, or in proportion to `ratios`. The parts
 * always sum exactly to the total.
 *
 * - **Equal parts** (`allocate(total, 12)`): the parts differ by at most 0.01 €, and the leftover
 *   cents go to the first parts: the first instalments carry the extra cent, as in a repayment
 *   schedule (French: « plan d'apurement », the schedule agreed with a household to pay off its
 *   arrears).
 * - **Ratios** (`allocate(total, [1, 2])`, `allocate(total, ['0.7', '0.3'])`): each part is its
 *   exact share rounded toward zero, then the leftover cents go one by one to the first parts
 *   whose ratio is not zero. A part with a zero ratio is always `0.00`.
 *
 * A negative total is split like its opposite, then negated: `allocate(-x, n)` is the negation of
 * `allocate(x, n)`.
 *
 * @param total - The amount to split.
 * @param parts - The number of equal parts: a positive safe integer, at most 10 000.
 * @returns The parts, in order; a new array.
 * @throws {@link index!ValidationError | ValidationError} `invalid_amount` / `invalid_type` for the total (path
 *   `['total']`); `invalid_number` for a count that is not a positive integer and `too_big` above
 *   10 000 (path `['parts']`).
 * @example
 * ```ts
 * allocate('100.00', 3).map(String);  // => ['33.34', '33.33', '33.33']
 * allocate('-100.00', 3).map(String); // => ['-33.34', '-33.33', '-33.33']
 * ```
 */
export function allocate(total: AmountLike, parts: number): Money[];
/**
 * Splits an amount in proportion to ratios. See the first overload for the rules.
 *
 * @param total - The amount to split.
 * @param ratios - One ratio per part, at most 10 000: non-negative safe integers or decimal strings
 *   (`"0.7"`), at least one of them positive. They need not sum to 1.
 * @returns One part per ratio, in order; a new array.
 * @throws {@link index!ValidationError | ValidationError} `invalid_amount` / `invalid_type` for the total (path
 *   `['total']`); `too_small` for an empty list and `too_big` above 10 000 (path `['ratios']`);
 *   `invalid_number`, `invalid_type` or `too_big` for a ratio (path `['ratios', index]`);
 *   `invalid_number` when every ratio is zero (path `['ratios']`).
 * @example
 * ```ts
 * allocate('100.00', [1, 1, 1]).map(String);  // => ['33.34', '33.33', '33.33']
 * allocate('10.00', ['0.7', '0.3']).map(String); // => ['7.00', '3.00']
 * allocate('0.05', [0, 1, 1]).map(String);   // => ['0.00', '0.03', '0.02']
 * ```
 */
export function allocate(total: AmountLike, ratios: readonly (number | string)[]): Money[];
export function allocate(total: AmountLike, parts: number | readonly (number | string)[]): Money[] {
  const amount = decimalOf(money(total, ['total']));
  const weights = Array.isArray(parts) ? readRatios(parts as readonly unknown[]) : readCount(parts);
  // Split the absolute value in cents, then put the sign back, for the symmetry.
  const cents = amount.abs().times(100);
  const split = weights === null ? splitEvenly(cents, parts as number) : splitByRatios(cents, weights);
  const sign = amount.isNegative() ? -100 : 100;
  return split.map((part) => fromDecimal(part.div(sign)));
}

function readCount(parts: unknown): null {
  const path: readonly PathSegment[] = ['parts'];
  const expected = `a number of parts: a positive integer, at most ${MAX_PARTS}, or an array of ratios`;
  if (typeof parts !== 'number') return fail('invalid_type', path, parts, expected);
  if (!Number.isSafeInteger(parts) || parts < 1) return fail('invalid_number', path, parts, expected);
  if (parts > MAX_PARTS) return fail('too_big', path, parts, expected);
  return null;
}

/** Reads the ratios and scales them to integers sharing one power of ten. */
function readRatios(ratios: readonly unknown[]): Dec[] {
  if (ratios.length === 0) return fail('too_small', ['ratios'], ratios, 'at least one ratio');
  if (ratios.length > MAX_PARTS) {
    return fail('too_big', ['ratios'], ratios, `at most ${MAX_PARTS} ratios`);
  }
  const values = ratios.map((ratio, index) => parseDecimal(ratio, ['ratios', index], RATIO_RULE));
  if (values.every((value) => value.isZero())) {
    return fail('invalid_number', ['ratios'], ratios, 'at least one positive ratio');
  }
  const scale = new D(`1e${Math.max(...values.map((value) => value.decimalPlaces()))}`);
  return values.map((value) => value.times(scale));
}

/** `cents` (a non-negative integer) in `count` parts; the first parts take the leftover cents. */
function splitEvenly(cents: Dec, count: number): Dec[] {
  const base = cents.divToInt(count);
  const leftover = cents.minus(base.times(count)).toNumber(); // < count ≤ 10 000: exact
  const larger = base.plus(1);
  return Array.from({ length: count }, (_, index) => (index < leftover ? larger : base));
}

/** `cents` (a non-negative integer) in proportion to integer `weights`, at least one positive. */
function splitByRatios(cents: Dec, weights: readonly Dec[]): Dec[] {
  const whole = weights.reduce((acc, weight) => acc.plus(weight), new D(0));
  const parts = weights.map((weight) => cents.times(weight).divToInt(whole));
  // Each positive weight lost less than one cent, so one pass over them hands out every leftover.
  let leftover = cents.minus(parts.reduce((acc, part) => acc.plus(part), new D(0))).toNumber();
  for (let index = 0; index < parts.length && leftover > 0; index += 1) {
    if (!weights[index]!.isZero()) {
      parts[index] = parts[index]!.plus(1);
      leftover -= 1;
    }
  }
  return parts;
}
