/**
 * French display of amounts and rates, written by hand so that the output is the same on every
 * host whatever its `Intl` data: `1 234,56 €`, `34,2 %`.
 *
 * The characters are those of the fr-FR locale in current ICU data: thousands grouped by a narrow
 * no-break space (U+202F), a decimal comma, a no-break space (U+00A0) before `€` and `%`, and a
 * hyphen-minus (U+002D) for negatives.
 *
 * @module
 */
import { D, parseDecimal } from './decimal';
import { money, type AmountLike } from './money';
import { checkDecimals, RATE_RULE } from './ratio';

const THOUSANDS = '\u202F';
const BEFORE_UNIT = '\u00A0';

/** Writes a plain decimal string (`-1234567.80`) the French way, without the unit. */
function frenchNumber(plain: string): string {
  const negative = plain.startsWith('-');
  const [integer = '', fraction] = (negative ? plain.slice(1) : plain).split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+$)/g, THOUSANDS);
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `,${fraction}`}`;
}

/**
 * Formats an amount in euros the French way, always with two decimals.
 *
 * @param amount - The amount.
 * @returns The amount as `1 234,56 €`: U+202F between thousands, a decimal comma, U+00A0 before
 *   `€`, a leading `-` (hyphen-minus) when negative.
 * @throws {@link index!ValidationError | ValidationError} `invalid_amount` / `invalid_type` (path `['amount']`).
 * @example
 * ```ts
 * formatEUR('1234.56');    // => '1 234,56 €'
 * formatEUR('-1234567.8'); // => '-1 234 567,80 €'
 * formatEUR('0');          // => '0,00 €'
 * ```
 */
export function formatEUR(amount: AmountLike): string {
  return `${frenchNumber(money(amount, ['amount']).amount)}${BEFORE_UNIT}€`;
}

/**
 * Formats a rate as a French percentage, for messages such as "34,2 % > 30 %". Display only:
 * decide with `isWithinRate`, never on this rounded text.
 *
 * @param rate - The rate as a decimal string, e.g. `"0.342"` for 34.2 %. A float is refused.
 * @param decimals - Decimals of the percentage, an integer from 0 to 20; 1 by default. The last
 *   one is rounded half-even.
 * @returns The percentage as `34,2 %`: U+202F between thousands, a decimal comma, U+00A0 before
 *   `%`; never `-0,0 %`.
 * @throws {@link index!ValidationError | ValidationError} `invalid_type`, `invalid_number` or `too_big` for the rate (path
 *   `['rate']`); `invalid_type`, `invalid_number` or `out_of_range` for the decimals (path
 *   `['decimals']`).
 * @example
 * ```ts
 * formatPercent('0.342');    // => '34,2 %'
 * formatPercent('0.3', 0);   // => '30 %'
 * formatPercent('0.34251', 2); // => '34,25 %'
 * ```
 */
export function formatPercent(rate: string, decimals = 1): string {
  const value = parseDecimal(rate, ['rate'], RATE_RULE);
  const places = checkDecimals(decimals, ['decimals']);
  const percent = value.times(100).toDecimalPlaces(places, D.ROUND_HALF_EVEN);
  return `${frenchNumber((percent.isZero() ? new D(0) : percent).toFixed(places))}${BEFORE_UNIT}%`;
}
