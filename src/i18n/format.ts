/**
 * Amounts, rates, counts and dates in the prose of a locale, written by hand so that the text is
 * the same on every host whatever its `Intl` data. French: `1 234,56 €`, `42,7 %`, `23/11/2026`;
 * English: `€1,234.56`, `42.7%`, `23 Nov 2026`. JSON values never go through here: they stay
 * `"1234.56"`, `"0.4272"`, `"2026-11-23"`.
 *
 * @module
 */
import type { IsoDate } from '../calendar';
import { formatEUR, formatPercent, money, type AmountLike } from '../money';
import type { Locale } from './locale';

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

function englishNumber(plain: string): string {
  const negative = plain.startsWith('-');
  const [integer = '', fraction] = (negative ? plain.slice(1) : plain).split('.');
  const grouped = integer.replace(/\B(?=(\d{3})+$)/g, ',');
  return `${negative ? '-' : ''}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

/**
 * An amount in euros in the prose of a locale, always with two decimals.
 *
 * @param amount - The amount.
 * @param locale - `fr` or `en`.
 * @returns `1 234,56 €` (U+202F between thousands, U+00A0 before `€`) or `€1,234.56`.
 * @example
 * ```ts
 * formatMoney('1234.5', 'fr'); // => '1 234,50 €'
 * formatMoney('-1234.5', 'en'); // => '-€1,234.50'
 * ```
 */
export function formatMoney(amount: AmountLike, locale: Locale): string {
  if (locale === 'fr') return formatEUR(amount);
  const plain = money(amount, ['amount']).amount;
  return plain.startsWith('-') ? `-€${englishNumber(plain.slice(1))}` : `€${englishNumber(plain)}`;
}

/**
 * A rate as a percentage in the prose of a locale (display only).
 *
 * @param rate - The rate as a decimal string, `"0.4272"` for 42.72 %.
 * @param locale - `fr` or `en`.
 * @param decimals - Decimals of the percentage, 1 by default, the last rounded half-even.
 * @returns `42,7 %` (U+00A0 before `%`) or `42.7%`.
 * @example
 * ```ts
 * formatRate('0.4272', 'fr'); // => '42,7 %'
 * formatRate('0.4272', 'en'); // => '42.7%'
 * ```
 */
export function formatRate(rate: string, locale: Locale, decimals = 1): string {
  const fr = formatPercent(rate, decimals);
  if (locale === 'fr') return fr;
  return `${englishNumber(
    fr
      .replace(/\u202F/g, '')
      .replace('\u00A0%', '')
      .replace(',', '.'),
  )}%`;
}

/**
 * A whole number in the prose of a locale.
 *
 * @param n - A safe integer.
 * @param locale - `fr` or `en`.
 * @returns `12 345` (U+202F) or `12,345`.
 * @example
 * ```ts
 * formatCount(12345, 'fr'); // => '12 345'
 * ```
 */
export function formatCount(n: number, locale: Locale): string {
  const plain = String(Math.trunc(n));
  return locale === 'fr' ? plain.replace(/\B(?=(\d{3})+$)/g, '\u202F') : englishNumber(plain);
}

/**
 * A calendar date in the prose of a locale.
 *
 * @param date - An ISO date, `YYYY-MM-DD`.
 * @param locale - `fr` or `en`.
 * @returns `23/11/2026` or `23 Nov 2026`.
 * @example
 * ```ts
 * formatDate('2026-11-23', 'fr'); // => '23/11/2026'
 * formatDate('2026-11-03', 'en'); // => '3 Nov 2026'
 * ```
 */
export function formatDate(date: IsoDate, locale: Locale): string {
  const [y, m, d] = date.split('-');
  if (locale === 'fr') return `${d}/${m}/${y}`;
  return `${Number(d)} ${MONTHS_EN[Number(m) - 1]} ${y}`;
}
