/**
 * Exact tests on amounts in whole cents held in JS numbers, for the paths a decision takes for
 * every account (is anything owed, is the effort rate within the cap). An amount as the library
 * writes it (`"1234.56"`, at most 13 integer digits) has a safe number of cents, and a product is
 * used only when it is a safe integer too; any other value (another form of amount, a product
 * beyond 2^53) takes the decimal functions of `src/money`, which give the same answer and the same
 * errors. No float ever holds a fraction of a cent.
 *
 * @module
 */
import { fromCents, isPositive, isWithinRate, money, type AmountLike } from '../money';

/**
 * The whole cents of an amount written as the library writes it (`^-?\d{1,13}\.\d{2}$`: a sign, at
 * most 13 integer digits, exactly 2 decimals), or `null` for any other text.
 *
 * @param amount - An amount string.
 * @returns Its cents (a safe integer, below 10^15 in absolute value, never `-0`), or `null`.
 */
export function writtenCents(amount: string): number | null {
  // Read character by character: a decision reads a few amounts of every account this way, and a
  // pattern's match would be an array each time.
  const length = amount.length;
  const negative = length > 0 && amount.charCodeAt(0) === MINUS;
  const start = negative ? 1 : 0;
  const point = length - 3;
  if (point - start < 1 || point - start > 13 || amount.charCodeAt(point) !== POINT) return null;
  let cents = 0;
  for (let i = start; i < length; i++) {
    if (i === point) continue;
    const digit = amount.charCodeAt(i) - ZERO;
    if (digit < 0 || digit > 9) return null;
    cents = cents * 10 + digit;
  }
  return negative && cents !== 0 ? -cents : cents;
}

const MINUS = 45;
const POINT = 46;
const ZERO = 48;

/** The cents of an amount, when it is written as the library writes it. */
function centsOfAmount(amount: AmountLike): number | null {
  if (typeof amount === 'string') return writtenCents(amount);
  if (typeof amount === 'object' && amount !== null) return writtenCents(amount.amount);
  return null;
}

/**
 * Whether an amount is above zero: `isPositive` of `src/money`, without a decimal for an amount
 * written as the library writes it.
 *
 * @param amount - An amount.
 * @returns `true` above 0.00.
 * @throws {@link index!ValidationError | ValidationError} as `isPositive`, for a value that is not an amount.
 */
export function isAbove0(amount: AmountLike): boolean {
  const cents = centsOfAmount(amount);
  return cents === null ? isPositive(amount) : cents > 0;
}

/** A rate as a fraction `numerator / 10^decimals`, for a rate written with at most 9 decimals. */
interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

const RATE_TEXT = /^(\d{1,6})(?:\.(\d{1,9}))?$/;
/** The rates met (a policy has a few), each read once. */
const FRACTIONS = new Map<string, Fraction | null>();

function fractionOf(rate: string): Fraction | null {
  let f = FRACTIONS.get(rate);
  if (f === undefined) {
    const m = RATE_TEXT.exec(rate);
    f = m === null ? null : { numerator: Number(m[1]! + (m[2] ?? '')), denominator: 10 ** (m[2]?.length ?? 0) };
    // A bounded memo: the rates of a run's policies, not every text a caller ever passes.
    if (FRACTIONS.size >= 256) FRACTIONS.clear();
    FRACTIONS.set(rate, f);
  }
  return f;
}

/**
 * Whether `part ≤ rate × whole`, exactly: `isWithinRate` of `src/money`, in whole cents when the
 * amounts are written as the library writes them and the products stay safe integers.
 *
 * @param part - The amount compared.
 * @param whole - The reference amount.
 * @param rate - The limit as a decimal string, e.g. `"0.30"`.
 * @returns `true` when `part ≤ rate × whole`.
 * @throws {@link index!ValidationError | ValidationError} as `isWithinRate`, for a value it refuses.
 */
export function withinRate(part: AmountLike, whole: AmountLike, rate: string): boolean {
  const p = centsOfAmount(part);
  const w = centsOfAmount(whole);
  const f = typeof rate === 'string' ? fractionOf(rate) : null;
  if (p !== null && w !== null && f !== null) {
    // part ≤ whole × n / d  ⇔  part × d ≤ whole × n (d > 0), when both products are exact.
    const left = p * f.denominator;
    const right = w * f.numerator;
    if (Number.isSafeInteger(left) && Number.isSafeInteger(right)) return left <= right;
  }
  return isWithinRate(part, whole, rate);
}

// ---------------------------------------------------------------------------------------------
// Whole cents as bigint, for the clauses of a plan: exact at any size, and each amount the
// decimal functions would have made checked against the amounts' limit the same way, so that an
// amount beyond it fails with the same issue.

/** A decimal factor (a rate, consumption units) as `numerator / denominator`, both positive or zero. */
export interface BigFraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

const FACTOR_TEXT = /^(\d+)(?:\.(\d+))?$/;
/** The factors met (the rates and units of a run), each read once. */
const BIG_FRACTIONS = new Map<string, BigFraction>();

/**
 * A factor written as a plain non-negative decimal (`"0.30"`, `"1.8"`, `"2"`) as a fraction.
 *
 * @param factor - A factor validated upstream (a policy's rate, a household's units).
 * @returns The exact fraction.
 * @throws TypeError for any other text: a defect upstream, never a value to round.
 */
export function bigFractionOf(factor: string): BigFraction {
  let f = BIG_FRACTIONS.get(factor);
  if (f === undefined) {
    const m = FACTOR_TEXT.exec(factor);
    if (m === null) throw new TypeError(`hlm-recovery bug: ${factor} is not a plain decimal factor`);
    f = { numerator: BigInt(m[1]! + (m[2] ?? '')), denominator: 10n ** BigInt(m[2]?.length ?? 0) };
    if (BIG_FRACTIONS.size >= 256) BIG_FRACTIONS.clear();
    BIG_FRACTIONS.set(factor, f);
  }
  return f;
}

/** 10^13 euros in cents: no amount reaches it. */
const LIMIT_CENTS = 10n ** 15n;

/**
 * Cents an arithmetic step produced, checked against the amounts' limit: beyond it, the same
 * `too_big` issue as the decimal arithmetic of `src/money` gives for that result.
 *
 * @param cents - A result, in cents.
 * @returns The same cents.
 */
export function checkedCents(cents: bigint): bigint {
  if (cents >= LIMIT_CENTS || cents <= -LIMIT_CENTS) fromCents(cents);
  return cents;
}

/** The cents of an amount (a {@link Money} or an amount string), as `money` reads it. */
export function bigCentsOf(amount: AmountLike, path: readonly (string | number)[] = []): bigint {
  // An amount as the library writes it is read without making a Money of it.
  const written = typeof amount === 'string' ? writtenCents(amount) : null;
  return written === null ? money(amount, path).cents : BigInt(written);
}

/**
 * An amount in cents as the library writes it: `"-12.50"`, never `"-0.00"`.
 *
 * @param cents - Whole cents within the amounts' limit.
 * @returns The amount text, as `Money.amount` has it.
 */
export function amountText(cents: bigint): string {
  const negative = cents < 0n;
  const abs = negative ? -cents : cents;
  // Within the amounts' limit the cents are a safe integer: number arithmetic, exact and faster.
  if (abs < LIMIT_CENTS) {
    const n = Number(abs);
    const rest = n % 100;
    return `${negative ? '-' : ''}${(n - rest) / 100}.${rest < 10 ? '0' : ''}${rest}`;
  }
  const rest = abs % 100n;
  return `${negative ? '-' : ''}${abs / 100n}.${rest < 10n ? '0' : ''}${rest}`;
}

/** `a ÷ b` rounded toward −∞ (`b` ≠ 0). */
export function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/** `a ÷ b` rounded toward +∞ (`b` ≠ 0). */
export function ceilDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n === b < 0n ? q + 1n : q;
}

/**
 * `multiply(amount, factor, 'floor' | 'ceil')` of `src/money` in cents: the exact product,
 * rounded to the cent toward −∞ or +∞.
 */
export function timesFactor(cents: bigint, factor: BigFraction, rounding: 'floor' | 'ceil'): bigint {
  const product = cents * factor.numerator;
  return checkedCents(
    rounding === 'floor' ? floorDiv(product, factor.denominator) : ceilDiv(product, factor.denominator),
  );
}

/** `divide(amount, factor, 'floor')` of `src/money` in cents: the exact quotient, rounded toward −∞. */
export function overFactorFloor(cents: bigint, factor: BigFraction): bigint {
  return checkedCents(floorDiv(cents * factor.denominator, factor.numerator));
}

/**
 * `ratio(numerator, denominator)` of `src/money` (4 decimals, half-even) on two amounts in cents:
 * the exact quotient rounded once, never `"-0.0000"`.
 *
 * @param numerator - Cents.
 * @param denominator - Cents, not zero.
 * @returns E.g. `"0.3420"`.
 */
export function ratioText(numerator: bigint, denominator: bigint): string {
  const negative = numerator < 0n !== denominator < 0n;
  const n = (numerator < 0n ? -numerator : numerator) * 10_000n;
  const d = denominator < 0n ? -denominator : denominator;
  let q = n / d;
  const twice = 2n * (n % d);
  if (twice > d || (twice === d && q % 2n === 1n)) q += 1n;
  const digits = q.toString().padStart(5, '0');
  return `${negative && q !== 0n ? '-' : ''}${digits.slice(0, -4)}.${digits.slice(-4)}`;
}
