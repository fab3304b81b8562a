/**
 * Shared fast-check arbitraries, and the BigInt oracles the money tests compare against.
 *
 * The oracles work on integer cents with BigInt and share no code with `src/money`, so a bug in
 * the decimal.js layer cannot hide in both.
 */
import fc from 'fast-check';
import type { RoundingMode } from '../src/money/index';

/** The largest amount, in cents: 9 999 999 999 999.99 € (13 integer digits). */
export const MAX_CENTS = 10n ** 15n - 1n;

/** The rounding modes, written out here rather than imported, so the tests do not trust the list. */
export const roundingModes: readonly RoundingMode[] = [
  'half-even',
  'half-up',
  'half-down',
  'up',
  'down',
  'ceil',
  'floor',
];

/** Cents within `[-maxAbs, maxAbs]`, biased toward everyday amounts and the edges. */
export function centsWithin(maxAbs: bigint): fc.Arbitrary<bigint> {
  const everyday = maxAbs < 1_000_000n ? maxAbs : 1_000_000n;
  return fc.oneof(
    { arbitrary: fc.bigInt({ min: -everyday, max: everyday }), weight: 3 },
    { arbitrary: fc.bigInt({ min: -maxAbs, max: maxAbs }), weight: 2 },
    { arbitrary: fc.constantFrom(0n, 1n, -1n, 5n, -5n, 100n, -100n, maxAbs, -maxAbs), weight: 1 },
  );
}

/** Any valid amount in cents, negatives and the 13-digit extremes included. */
export const centsArb: fc.Arbitrary<bigint> = centsWithin(MAX_CENTS);

/** Writes cents as the canonical amount string, `"-1234.50"`; zero is `"0.00"`. */
export function centsToAmount(cents: bigint): string {
  const negative = cents < 0n;
  const digits = (negative ? -cents : cents).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Reads a strict amount string (`^-?\d+(\.\d{1,2})?$`) as cents. */
export function amountToCents(amount: string): bigint {
  const match = /^(-?)(\d+)(?:\.(\d{1,2}))?$/.exec(amount);
  if (match === null) throw new Error(`not a strict amount: ${amount}`);
  const cents = BigInt(match[2]!) * 100n + BigInt((match[3] ?? '').padEnd(2, '0'));
  return match[1] === '-' ? -cents : cents;
}

/**
 * One of the strict spellings of an amount: canonical (`12.50`), fewest decimals (`12.5`, `12`),
 * a leading zero (`012.50`), or `-0…` for zero. All are valid inputs of `money`.
 */
function spell(cents: bigint, variant: number): string {
  const canonical = centsToAmount(cents);
  switch (variant) {
    case 1:
      return canonical.replace(/0$/, '').replace(/\.$/, '');
    case 2:
      return canonical.replace(/\.00$/, '');
    case 3:
      return canonical.replace(/^(-?)/, '$10');
    case 4:
      return cents === 0n ? '-0.00' : canonical;
    default:
      return canonical;
  }
}

function amountsFrom(cents: fc.Arbitrary<bigint>): fc.Arbitrary<string> {
  return fc.tuple(cents, fc.nat(4)).map(([value, variant]) => spell(value, variant));
}

/** Strict amount strings, in their various spellings, negatives and large values included. */
export const amountArb: fc.Arbitrary<string> = amountsFrom(centsArb);

/** Strict amount strings whose value lies within `[-maxAbs, maxAbs]` cents. */
export function amountWithin(maxAbs: bigint): fc.Arbitrary<string> {
  return amountsFrom(centsWithin(maxAbs));
}

/** Strict amount strings strictly above zero. */
export const positiveAmountArb: fc.Arbitrary<string> = amountsFrom(
  fc.oneof(
    { arbitrary: fc.bigInt({ min: 1n, max: 1_000_000n }), weight: 3 },
    { arbitrary: fc.bigInt({ min: 1n, max: MAX_CENTS }), weight: 2 },
    { arbitrary: fc.constantFrom(1n, 2n, 99n, 100n, MAX_CENTS), weight: 1 },
  ),
);

/** A rounding mode. */
export const roundingModeArb: fc.Arbitrary<RoundingMode> = fc.constantFrom(...roundingModes);

/**
 * Decimal strings such as `"0.30"`, `"-1.8"` or `"12"`: factors, divisors, rates. At most
 * `maxDecimals` decimals and an integer part below `maxInteger`.
 */
export function decimalStringArb(options: {
  readonly maxInteger: bigint;
  readonly maxDecimals: number;
  readonly negative?: boolean;
}): fc.Arbitrary<string> {
  return fc
    .integer({ min: 0, max: options.maxDecimals })
    .chain((decimals) => {
      const bound = options.maxInteger * 10n ** BigInt(decimals);
      const min = options.negative === false ? 0n : -bound;
      return fc.tuple(fc.constant(decimals), fc.bigInt({ min, max: bound }));
    })
    .map(([decimals, scaled]) => {
      const negative = scaled < 0n;
      const digits = (negative ? -scaled : scaled).toString().padStart(decimals + 1, '0');
      const text = decimals === 0 ? digits : `${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
      return `${negative ? '-' : ''}${text}`;
    });
}

/** A decimal string or safe integer as an exact fraction `numerator / 10^scale`. */
export function toFraction(value: string | number): { numerator: bigint; scale: bigint } {
  const text = String(value);
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text);
  if (match === null) throw new Error(`not a decimal: ${text}`);
  const decimals = match[3] ?? '';
  const numerator = BigInt(`${match[2]!}${decimals}`);
  return { numerator: match[1] === '-' ? -numerator : numerator, scale: 10n ** BigInt(decimals.length) };
}

/** `numerator / denominator` rounded to an integer with a named mode, in BigInt: the oracle. */
export function roundDivide(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (denominator === 0n) throw new Error('division by zero');
  let n = numerator;
  let d = denominator;
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const truncated = n / d; // BigInt division truncates toward zero
  const remainder = n % d;
  if (remainder === 0n) return truncated;
  const away = n > 0n ? truncated + 1n : truncated - 1n;
  const twice = 2n * (remainder < 0n ? -remainder : remainder);
  switch (mode) {
    case 'down':
      return truncated;
    case 'up':
      return away;
    case 'ceil':
      return n > 0n ? away : truncated;
    case 'floor':
      return n > 0n ? truncated : away;
    case 'half-up':
      return twice >= d ? away : truncated;
    case 'half-down':
      return twice > d ? away : truncated;
    case 'half-even':
      if (twice !== d) return twice > d ? away : truncated;
      return truncated % 2n === 0n ? truncated : away;
  }
}

/** Writes an integer count of `10^-decimals` units as a plain decimal string, `"-0.3420"`. */
export function unitsToDecimal(units: bigint, decimals: number): string {
  if (decimals === 0) return units.toString();
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString().padStart(decimals + 1, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -decimals)}.${digits.slice(-decimals)}`;
}
