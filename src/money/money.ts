/**
 * The {@link Money} value: an exact EUR amount, to the cent, parsed strictly.
 *
 * Amounts live in a private decimal.js clone, never in a JS float and never in the host's global
 * `Decimal`, whose settings belong to the host. Nothing of decimal.js appears in a public type.
 *
 * This module also holds the internal helpers the other money modules share (the clone, the
 * factor parser, the rounding modes and the exact rounded division); `index.ts` does not list them.
 *
 * @module
 */
import Decimal from 'decimal.js';
import { fail, safely, type PathSegment, type SafeResult } from '../errors';

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
 * Anything the money functions accept as an amount: a {@link Money}, or a string or number that
 * {@link money} parses strictly.
 *
 * @example
 * ```ts
 * const rent: AmountLike = '512.30';
 * add(rent, 85).toString(); // => '597.30'
 * ```
 */
export type AmountLike = Money | string | number;

/** The amounts' limit: at most 13 integer digits, so `9999999999999.99` is the largest. */
const LIMIT = new D('1e13');
const MAX_INTEGER_DIGITS = 13;
const ZERO = new D(0);
const AMOUNT_PATTERN = /^(-?)(\d+)(?:\.(\d{1,2}))?$/;

const AMOUNT_EXPECTED = 'an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"';
const TOO_BIG_EXPECTED = 'an EUR amount with at most 13 integer digits (below 10000000000000 in absolute value)';

const CONSTRUCT = Symbol('Money');
let wrap: (value: Dec) => Money;
let wrapText: (amount: string) => Money;
let unwrap: (amount: Money) => Dec;
let branded: (value: unknown) => boolean;

/**
 * An exact EUR amount, to the cent. Immutable and frozen.
 *
 * Create one with {@link money}; the constructor is private. `toString()` and `toJSON()` give the
 * amount with exactly 2 decimals, which is how money travels in JSON. Negative zero does not
 * exist: it is `"0.00"`.
 *
 * Converting a `Money` to a number throws a `TypeError` (`+m`, `m < n`, `Number(m)`): compare
 * amounts with `compare`, never as floats. Converting it to a string is fine (`${m}`).
 *
 * @example
 * ```ts
 * const rent = money('512.3');
 * rent.toString();       // => '512.30'
 * JSON.stringify({ rent }); // => '{"rent":"512.30"}'
 * rent.cents;            // => 51230n
 * ```
 */
export class Money {
  /** The amount with exactly 2 decimals, e.g. `"1234.50"`: what `toString()` and `toJSON()` return. */
  readonly amount: string;
  // Built on first use: most amounts (a ledger's postings) are only ever read and summed in cents.
  #value: Dec | null;

  private constructor(value: Dec | null, amount: string, token: symbol) {
    if (token !== CONSTRUCT) throw new TypeError('Create a Money with money(value), not new Money()');
    this.#value = value;
    this.amount = amount;
    Object.freeze(this);
  }

  static {
    wrap = (value) => new Money(value, value.toFixed(2), CONSTRUCT);
    wrapText = (amount) => new Money(null, amount, CONSTRUCT);
    unwrap = (amount) => (amount.#value ??= amount.amount === '0.00' ? ZERO : new D(amount.amount));
    branded = (value) => typeof value === 'object' && value !== null && #value in value;
  }

  /**
   * The amount in cents, as an exact integer.
   *
   * @returns The number of cents, negative for a negative amount.
   * @example
   * ```ts
   * money('-12.3').cents; // => -1230n
   * ```
   */
  get cents(): bigint {
    return BigInt(this.amount.replace('.', ''));
  }

  /**
   * The amount with exactly 2 decimals.
   *
   * @returns A string matching `^-?\d+\.\d{2}$`, never `"-0.00"`.
   * @example
   * ```ts
   * money(7).toString(); // => '7.00'
   * ```
   */
  toString(): string {
    return this.amount;
  }

  /**
   * The JSON form: the same string as {@link Money.toString}, so money travels as `"1234.56"`.
   *
   * @returns The amount with exactly 2 decimals.
   * @example
   * ```ts
   * JSON.stringify([money('1.5')]); // => '["1.50"]'
   * ```
   */
  toJSON(): string {
    return this.amount;
  }

  /**
   * Lets a `Money` become a string, and refuses to become a number: a float would lose the cent,
   * and `a < b` would compare strings.
   *
   * @param hint - The conversion JavaScript asks for.
   * @returns The amount as a string for the `'string'` and `'default'` hints.
   * @throws TypeError for the `'number'` hint.
   * @example
   * ```ts
   * `${money('3')} €`; // => '3.00 €'
   * +money('3');       // throws TypeError
   * ```
   */
  [Symbol.toPrimitive](hint: string): string {
    if (hint === 'number') {
      throw new TypeError('A Money never becomes a number; use compare(), equals() or toString()');
    }
    return this.amount;
  }
}
Object.freeze(Money.prototype);

/**
 * Tells whether a value is a {@link Money} made by this library.
 *
 * @param value - Anything.
 * @returns `true` for a `Money`, `false` for anything else, including amount strings.
 * @throws Never.
 * @example
 * ```ts
 * isMoney(money('1')); // => true
 * isMoney('1.00');     // => false
 * ```
 */
export function isMoney(value: unknown): value is Money {
  return branded(value);
}

/**
 * Parses an EUR amount strictly.
 *
 * Accepts a {@link Money} (returned as is), a string matching `^-?\d+(\.\d{1,2})?$`, or a finite
 * JS number whose shortest decimal form (`String(x)`) matches that pattern: `12.5` is accepted,
 * `0.1 + 0.2` (`0.30000000000000004`) and `1e21` are not. There is no rounding and no trimming:
 * `"12.345"`, `" 12"`, `"1,50"`, `"+12"` and `"1e5"` are errors.
 *
 * @param value - The amount to read.
 * @param path - JSON path of the value, used in the issue; `[]` by default.
 * @returns The amount as a frozen {@link Money}.
 * @throws {@link index!ValidationError | ValidationError} `invalid_amount` for a malformed string or number,
 *   `invalid_type` for any other type (null, boolean, object…), `too_big` beyond 13 integer digits.
 * @example
 * ```ts
 * money('1234.5').toString(); // => '1234.50'
 * money(-0).toString();       // => '0.00'
 * money('12,50', ['ledger', 3, 'amount']);
 * // throws ValidationError: 'ledger[3].amount: expected an EUR amount as a decimal string with
 * //   at most 2 decimals, e.g. "1234.56"; received "12,50"'
 * ```
 */
export function money(value: unknown, path: readonly PathSegment[] = []): Money {
  if (branded(value)) return value as Money;
  let text: string;
  if (typeof value === 'string') text = value;
  else if (typeof value === 'number')
    text = String(value); // NaN and ±Infinity fail the pattern
  else return fail('invalid_type', path, value, AMOUNT_EXPECTED);

  const match = AMOUNT_PATTERN.exec(text);
  if (match === null) return fail('invalid_amount', path, value, AMOUNT_EXPECTED);
  let integerPart = match[2]!;
  if (integerPart.length > 1 && integerPart.startsWith('0')) integerPart = integerPart.replace(/^0+(?=\d)/, '');
  if (integerPart.length > MAX_INTEGER_DIGITS) return fail('too_big', path, value, TOO_BIG_EXPECTED);
  const fraction = (match[3] ?? '').padEnd(2, '0');
  const zero = integerPart === '0' && fraction === '00';
  return wrapText(`${match[1] === '-' && !zero ? '-' : ''}${integerPart}.${fraction}`);
}

/**
 * Parses an EUR amount like {@link money}, but returns the issues instead of throwing.
 *
 * @param value - The amount to read.
 * @param path - JSON path of the value, used in the issue; `[]` by default.
 * @returns `{ ok: true, value }` with the {@link Money}, or `{ ok: false, issues }`.
 * @throws Never for a bad amount; only a bug in the library would throw.
 * @example
 * ```ts
 * safeMoney('12.5');  // => { ok: true, value: Money { amount: '12.50' } }
 * safeMoney('12.345'); // => { ok: false, issues: [{ code: 'invalid_amount', ... }] }
 * ```
 */
export function safeMoney(value: unknown, path: readonly PathSegment[] = []): SafeResult<Money> {
  return safely(() => money(value, path));
}

/**
 * Wraps a decimal that is already exact to the cent, checking the amounts' limit.
 *
 * @internal
 * @throws {@link index!ValidationError | ValidationError} `too_big` when the result has more than 13 integer digits.
 */
export function fromDecimal(value: Dec): Money {
  if (value.decimalPlaces() > 2) {
    throw new Error(`hlm-recovery bug: ${value.toFixed()} is not rounded to the cent`);
  }
  if (value.abs().gte(LIMIT)) return fail('too_big', [], value.toFixed(2), TOO_BIG_EXPECTED);
  return wrap(value.isZero() ? ZERO : value);
}

/**
 * The {@link Money} of an amount string already in its normal form (`-?\d+\.\d\d`, no
 * leading zero, no negative zero), from the library itself.
 *
 * @internal
 */
export function fromNormalAmount(amount: string): Money {
  return wrapText(amount);
}

/**
 * The decimal inside a {@link Money}.
 *
 * @internal
 */
export function decimalOf(amount: Money): Dec {
  return unwrap(amount);
}

// ---------------------------------------------------------------------------------------------
// Rounding modes

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

// ---------------------------------------------------------------------------------------------
// Factors, ratios and rates

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

// ---------------------------------------------------------------------------------------------
// Exact rounded division

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
