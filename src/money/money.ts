/**
 * The {@link Money} value: an exact EUR amount, to the cent, parsed strictly.
 *
 * Amounts live in the private decimal.js clone of `decimal.ts`, never in a JS float and never in
 * the host's global `Decimal`, whose settings belong to the host. Nothing of decimal.js appears in
 * a public type.
 *
 * This module also holds the internal ways in and out of a {@link Money} that the other money
 * modules share ({@link fromDecimal}, {@link fromNormalAmount}, {@link decimalOf}); `index.ts`
 * does not list them.
 *
 * @module
 */
import { fail, safely, type PathSegment, type SafeResult } from '../errors';
import { D, ZERO, type Dec } from './decimal';
import { AMOUNT_PARTS } from './patterns';

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

  const match = AMOUNT_PARTS.exec(text);
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
 * Compares two amounts in the normal form a {@link Money} carries (`-?\d+\.\d\d`, no leading
 * zero, never `-0.00`) as text, without building their decimals: the sign first, then, for the
 * same sign, the longer integer part is the larger magnitude, and digits of the same length
 * compare as text.
 *
 * @internal
 * @returns `-1`, `0` or `1`, as decimal.js `cmp` gives for the same values.
 */
export function compareNormalAmounts(a: string, b: string): -1 | 0 | 1 {
  const negative = a.charCodeAt(0) === MINUS;
  if (negative !== (b.charCodeAt(0) === MINUS)) return negative ? -1 : 1;
  const magnitude = a.length !== b.length ? (a.length < b.length ? -1 : 1) : a < b ? -1 : a > b ? 1 : 0;
  if (magnitude === 0) return 0;
  return negative ? (magnitude === 1 ? -1 : 1) : magnitude;
}

const MINUS = 45;

/**
 * The decimal inside a {@link Money}.
 *
 * @internal
 */
export function decimalOf(amount: Money): Dec {
  return unwrap(amount);
}
