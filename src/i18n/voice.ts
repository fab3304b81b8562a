/**
 * The voice of a locale: what the decision builders write with. One object gives the messages of
 * the catalogue, the words of codes and the formats of the prose, all in the same locale, so a
 * text can never mix `66.79 €` with `67,70 €`.
 *
 * @module
 */
import type { IsoDate } from '../calendar';
import type { AmountLike } from '../money';
import { message, type MessageCode, type ParamsOf } from './catalogue';
import { formatCount, formatDate, formatMoney, formatRate } from './format';
import type { Locale } from './locale';
import { word, type WordKind } from './words';

/** Messages, words and formats of one locale. */
export interface Voice {
  readonly locale: Locale;
  /** A message of the catalogue, its values already formatted (with the methods below). */
  say<C extends MessageCode>(code: C, params: ParamsOf<C>): string;
  /** A code's value (a role, a channel…) as the locale says it. */
  word(kind: WordKind, code: string): string;
  /** `1 234,56 €` or `€1,234.56`. */
  money(amount: AmountLike): string;
  /** `42,7 %` or `42.7%`. */
  rate(rate: string, decimals?: number): string;
  /** `23/11/2026` or `23 Nov 2026`. */
  date(date: IsoDate): string;
  /** `12 345` or `12,345`. */
  count(n: number): string;
}

function makeVoice(locale: Locale): Voice {
  return Object.freeze({
    locale,
    say: <C extends MessageCode>(code: C, params: ParamsOf<C>) => message(code, params, locale),
    word: (kind: WordKind, code: string) => word(kind, code, locale),
    money: (amount: AmountLike) => formatMoney(amount, locale),
    rate: (rate: string, decimals = 1) => formatRate(rate, locale, decimals),
    date: (date: IsoDate) => formatDate(date, locale),
    count: (n: number) => formatCount(n, locale),
  });
}

const VOICES: Readonly<Record<Locale, Voice>> = Object.freeze({ fr: makeVoice('fr'), en: makeVoice('en') });

/**
 * The voice of a locale (one frozen object per locale).
 *
 * @param locale - `fr` or `en`.
 * @returns Its messages, words and formats.
 * @example
 * ```ts
 * voiceOf('fr').money('1234.5'); // => '1 234,50 €'
 * voiceOf('en').date('2026-11-23'); // => '23 Nov 2026'
 * ```
 */
export function voiceOf(locale: Locale): Voice {
  return VOICES[locale];
}
