/**
 * The texts of the page: every one from the library's message catalogue (codes `playground.…`),
 * in the page's locale. Counts pick `….one` (1, and 0 in French) or `….other`.
 */
import { formatCount, formatDate, formatMoney, messageText, type Locale, type MessageParams } from '../../../src/index';
import { getState } from './store';

/** A text of the catalogue in the page's locale. */
export const t = (code: string, params: MessageParams = {}, locale: Locale = getState().locale): string =>
  messageText(code, params, locale);

/** A counted text: `code.one` or `code.other`, with `count` formatted. */
export function counted(code: string, n: number, params: MessageParams = {}): string {
  const { locale } = getState();
  const one = locale === 'fr' ? n <= 1 : n === 1;
  return t(`${code}.${one ? 'one' : 'other'}`, { ...params, count: formatCount(n, locale) });
}

export const count = (n: number): string => formatCount(n, getState().locale);
export const date = (iso: string): string => formatDate(iso as Parameters<typeof formatDate>[0], getState().locale);
export const money = (amount: string): string => formatMoney(amount, getState().locale);
