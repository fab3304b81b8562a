/**
 * Whole cents as bigint: the exact fast path for long runs of additions (a tenant ledger), with
 * the strict parse at the boundary and a {@link Money} again at the end. Below them, internal
 * helpers for whole cents as JS numbers, exact while they stay safe integers, which the analysis
 * of an account uses, with the same texts and errors as the bigint and decimal.js functions.
 *
 * @module
 */
import { fail, type PathSegment } from '../errors';
import { fromNormalAmount, money, type Money } from './money';
import { AMOUNT_PARTS } from './patterns';
import type { RoundingMode } from './rounding';

/** 10^13 euros in cents: the amounts' limit. */
const LIMIT_CENTS = 10n ** 15n;

/** Integer digits within the limit, leading zeros aside. */
const WITHIN_LIMIT = /^0*\d{1,13}$/;

/**
 * The exact number of cents of an amount string.
 *
 * @param amount - A strict amount such as `"-12.5"`.
 * @param path - JSON path, for the error.
 * @returns Cents, e.g. `-1250n`.
 * @throws {@link index!ValidationError | ValidationError} `invalid_amount` for anything else.
 * @example
 * ```ts
 * centsOf('512.3'); // => 51230n
 * ```
 */
export function centsOf(amount: string, path: readonly PathSegment[] = []): bigint {
  const m = typeof amount === 'string' ? AMOUNT_PARTS.exec(amount) : null;
  if (m === null || (m[2]!.length > 13 && !WITHIN_LIMIT.test(m[2]!)))
    return fail(
      'invalid_amount',
      path,
      amount,
      'an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"',
    );
  const cents = BigInt(m[2]!) * 100n + BigInt(`${m[3] ?? ''}00`.slice(0, 2));
  return m[1] === '-' ? -cents : cents;
}

/**
 * The amount of a number of cents.
 *
 * @param cents - Whole cents.
 * @returns The {@link Money}.
 * @example
 * ```ts
 * fromCents(-1250n).toString(); // => '-12.50'
 * ```
 */
export function fromCents(cents: bigint): Money {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  if (abs >= LIMIT_CENTS) return money(`${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`);
  return fromNormalAmount(`${negative ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`);
}

// ---------------------------------------------------------------------------------------------
// Whole cents as JS numbers: the fast path of the analysis of an account. Every amount the
// library reads has at most 13 integer digits, so its cents (below 10^15) are a safe integer;
// sums stay exact while they stay below Number.MAX_SAFE_INTEGER, which the callers check. These
// helpers are internal: `index.ts` does not list them.
// ---------------------------------------------------------------------------------------------

/** The amounts' limit in whole cents, as a number: 10^13 euros. @internal */
export const CENTS_LIMIT = 1e15;

const DIGIT_0 = 48;
const DIGIT_9 = 57;
const MINUS = 45;
const POINT = 46;

/**
 * The whole cents of an amount string, as a JS number: the same texts as {@link centsOf} and the
 * same errors (it defers to `centsOf` for anything it does not read itself). Never `-0`.
 *
 * @internal
 * @param amount - A strict amount such as `"-12.5"`.
 * @param path - JSON path, for the error.
 * @returns Cents, e.g. `-1250`; always a safe integer (below 10^15 in absolute value).
 * @throws {@link index!ValidationError | ValidationError} `invalid_amount`, exactly as `centsOf`.
 */
export function centsNumberOf(amount: string, path: readonly PathSegment[] = []): number {
  if (typeof amount !== 'string') return Number(centsOf(amount, path));
  const length = amount.length;
  let i = 0;
  const negative = length > 0 && amount.charCodeAt(0) === MINUS;
  if (negative) i = 1;
  let units = 0;
  let digits = 0; // integer digits after the leading zeros
  const start = i;
  for (; i < length; i++) {
    const c = amount.charCodeAt(i);
    if (c < DIGIT_0 || c > DIGIT_9) break;
    if (units !== 0 || c !== DIGIT_0) digits++;
    units = units * 10 + (c - DIGIT_0);
  }
  // No integer digit, or more than 13 significant ones: the strict parser decides (and throws).
  if (i === start || digits > 13) return Number(centsOf(amount, path));
  let fraction = 0;
  if (i < length) {
    // A point, then one or two digits, and nothing else.
    const decimals = length - i - 1;
    if (amount.charCodeAt(i) !== POINT || decimals < 1 || decimals > 2) return Number(centsOf(amount, path));
    const d1 = amount.charCodeAt(i + 1) - DIGIT_0;
    const d2 = decimals === 2 ? amount.charCodeAt(i + 2) - DIGIT_0 : 0;
    if (d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return Number(centsOf(amount, path));
    fraction = d1 * 10 + d2;
  }
  const cents = units * 100 + fraction;
  // `0 - 0` is +0: no negative zero ever leaves this function.
  return negative ? 0 - cents : cents;
}

/**
 * The amount text of a number of whole cents, in the normal form a {@link Money} carries
 * (`-?\d+\.\d\d`, never `-0.00`): the same text as `fromCents(BigInt(cents)).amount`, and the
 * same `too_big` error at the amounts' limit.
 *
 * @internal
 * @param cents - Whole cents, a safe integer.
 * @returns E.g. `"-12.50"` for `-1250`.
 * @throws {@link index!ValidationError | ValidationError} `too_big` from 10^13 euros in absolute value.
 */
export function amountOfCents(cents: number): string {
  // The most frequent amount of a situation (no arrears, nothing prescribed…), without a number
  // to write out.
  if (cents === 0) return '0.00';
  const negative = cents < 0;
  const abs = negative ? -cents : cents;
  const rest = abs % 100;
  const text = `${negative ? '-' : ''}${(abs - rest) / 100}.${rest < 10 ? '0' : ''}${rest}`;
  // Beyond the limit, money() gives the error fromCents gives.
  return abs >= CENTS_LIMIT ? money(text).amount : text;
}

/**
 * A sum or difference of amounts in whole cents, checked against the amounts' limit as `add` and
 * `subtract` check theirs.
 *
 * @internal
 * @param cents - Whole cents, a safe integer.
 * @returns The same cents.
 * @throws {@link index!ValidationError | ValidationError} `too_big` from 10^13 euros in absolute value, with the
 *   same issue as `add` or `subtract` would give.
 */
export function checkedCents(cents: number): number {
  if (cents >= CENTS_LIMIT || cents <= -CENTS_LIMIT) amountOfCents(cents);
  return cents;
}

/**
 * The {@link Money} of a number of whole cents: `fromCents(BigInt(cents))` without the bigint.
 *
 * @internal
 * @param cents - Whole cents, a safe integer.
 * @returns The amount.
 * @throws {@link index!ValidationError | ValidationError} `too_big` from 10^13 euros in absolute value.
 */
export function moneyOfCents(cents: number): Money {
  return fromNormalAmount(amountOfCents(cents));
}

/**
 * `numerator ÷ denominator` written with `places` decimals, rounded once with the named mode:
 * the text `divideRounded(numerator, denominator, places, mode).toFixed(places)` gives for the
 * same values (never `"-0.…"`). With two amounts in cents it is their ratio. Exact for any safe
 * integers: when the scaled numerator would leave the safe integers, it works in bigint.
 *
 * @internal
 * @param numerator - A safe integer.
 * @param denominator - A safe integer other than zero.
 * @param places - Decimals of the result, 0 to 15.
 * @param rounding - How to round the last decimal.
 * @returns E.g. `quotientText(1, 3, 4, 'half-even')` is `"0.3333"`.
 */
export function quotientText(numerator: number, denominator: number, places: number, rounding: RoundingMode): string {
  const negative = numerator < 0 !== denominator < 0 && numerator !== 0;
  const n = Math.abs(numerator) * 10 ** places;
  const d = Math.abs(denominator);
  // Both within 2^52, so that quotient × denominator stays exact below.
  if (n <= HALF_SAFE && d <= HALF_SAFE) {
    let quotient = Math.floor(n / d);
    let remainder = n - quotient * d;
    // The float division may be one off; the remainder puts it right.
    if (remainder < 0) {
      quotient -= 1;
      remainder += d;
    } else if (remainder >= d) {
      quotient += 1;
      remainder -= d;
    }
    if (awayFromZero(rounding, negative, remainder === 0, Math.sign(2 * remainder - d), quotient % 2 === 1))
      quotient += 1;
    return decimalText(negative && quotient !== 0, String(quotient), places);
  }
  const bn = BigInt(Math.abs(numerator)) * 10n ** BigInt(places);
  const bd = BigInt(d);
  let quotient = bn / bd;
  const remainder = bn - quotient * bd;
  const half = 2n * remainder - bd;
  if (awayFromZero(rounding, negative, remainder === 0n, half < 0n ? -1 : half > 0n ? 1 : 0, quotient % 2n === 1n))
    quotient += 1n;
  return decimalText(negative && quotient !== 0n, String(quotient), places);
}

/**
 * The amount `numerator ÷ denominator`, rounded to the cent with the named mode: the text of
 * `divide(a, b, rounding).amount` where `numerator ÷ denominator` equals `a ÷ b` (two amounts in
 * cents, or cents ÷ (100 × divisor)), with the same `too_big` error beyond the amounts' limit.
 *
 * @internal
 * @param numerator - A safe integer.
 * @param denominator - A safe integer other than zero.
 * @param rounding - How to round to the cent.
 * @returns An amount in normal form, e.g. `"1.22"`.
 * @throws {@link index!ValidationError | ValidationError} `too_big` when the result has more than 13 integer digits.
 */
export function quotientAmount(numerator: number, denominator: number, rounding: RoundingMode): string {
  const text = quotientText(numerator, denominator, 2, rounding);
  const integerDigits = text.length - 3 - (text.charCodeAt(0) === MINUS ? 1 : 0);
  // Beyond the limit, money() gives the error divide() gives.
  return integerDigits > 13 ? money(text).amount : text;
}

/** 2^52: below it, a quotient times its divisor stays a safe integer. */
const HALF_SAFE = 2 ** 52;

/**
 * Whether a truncated quotient goes one step away from zero under a rounding mode.
 *
 * @param exact - The division left no remainder.
 * @param half - The remainder against half the divisor: −1 below, 0 a tie, 1 above.
 * @param odd - The truncated quotient is odd (for half-even).
 */
function awayFromZero(rounding: RoundingMode, negative: boolean, exact: boolean, half: number, odd: boolean): boolean {
  if (exact) return false;
  switch (rounding) {
    case 'up':
      return true;
    case 'down':
      return false;
    case 'ceil':
      return !negative;
    case 'floor':
      return negative;
    case 'half-up':
      return half >= 0;
    case 'half-down':
      return half > 0;
    case 'half-even':
      return half > 0 || (half === 0 && odd);
  }
}

/** Digits of a whole number of units of 10^-places, written as a decimal. */
function decimalText(negative: boolean, digits: string, places: number): string {
  const sign = negative ? '-' : '';
  if (places === 0) return sign + digits;
  const padded = digits.length > places ? digits : digits.padStart(places + 1, '0');
  return `${sign}${padded.slice(0, -places)}.${padded.slice(-places)}`;
}
