/**
 * Whole cents as bigint: the exact fast path for long runs of additions (a tenant ledger), with
 * the strict parse at the boundary and a {@link Money} again at the end.
 *
 * @module
 */
import { fail, type PathSegment } from '../errors';
import { fromNormalAmount, money, type Money } from './money';
import { AMOUNT_PARTS } from './patterns';

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
