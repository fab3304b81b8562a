/**
 * The prose formats of amounts, rates and dates, each text written once: a batch formats the
 * same values again and again (the policy's cap and floor in every plan, the evaluation day, an
 * account's debt in its actions, its messages and its plan), and formatting an amount or a rate
 * parses it exactly each time. The formats are pure functions of their value and locale, so a
 * text kept is the text that would be written again.
 *
 * @module
 */
import type { IsoDate } from '../calendar';
import { formatDate, formatMoney, formatRate, type Locale, type Voice } from '../i18n';
import type { AmountLike } from '../money';

/** At most this many texts are kept per format and locale: a run's recurring values, not every amount of a portfolio. */
const KEPT = 4096;

/** A bounded memo of a pure one-argument function: emptied when full. */
function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined) {
      value = compute(key);
      if (known.size >= KEPT) known.clear();
      known.set(key, value);
    }
    return value;
  };
}

/** The formats of one locale, kept. */
interface Formats {
  /** An amount string as written (`"1234.50"`), in the prose of the locale. */
  readonly money: (amount: string) => string;
  /** A rate with one decimal of percentage, the voice's default. */
  readonly rate: (rate: string) => string;
  readonly date: (date: IsoDate) => string;
}

function formatsOf(locale: Locale): Formats {
  return {
    money: memo((amount: string) => formatMoney(amount, locale)),
    rate: memo((rate: string) => formatRate(rate, locale)),
    date: memo((date: IsoDate) => formatDate(date, locale)),
  };
}

const FORMATS: Readonly<Record<Locale, Formats>> = Object.freeze({ fr: formatsOf('fr'), en: formatsOf('en') });

/**
 * An amount in the prose of a locale, as `formatMoney` writes it.
 *
 * @param amount - An amount (a `Money`, an amount string or a number).
 * @param locale - `fr` or `en`.
 * @returns E.g. `1 234,50 €`.
 */
export function moneyText(amount: AmountLike, locale: Locale): string {
  // A Money is written from its amount; a number is written as it is, not kept.
  if (typeof amount === 'string') return FORMATS[locale].money(amount);
  if (typeof amount === 'object' && amount !== null) return FORMATS[locale].money(amount.amount);
  return formatMoney(amount, locale);
}

/**
 * A date in the prose of a locale, as `formatDate` writes it.
 *
 * @param date - An ISO date.
 * @param locale - `fr` or `en`.
 * @returns E.g. `23/11/2026`.
 */
export function dateText(date: IsoDate, locale: Locale): string {
  return FORMATS[locale].date(date);
}

/**
 * A rate as a percentage in the prose of a locale, as `formatRate` writes it.
 *
 * @param rate - A rate as a decimal string.
 * @param locale - `fr` or `en`.
 * @param decimals - Decimals of the percentage, 1 by default.
 * @returns E.g. `30,0 %`.
 */
export function rateText(rate: string, locale: Locale, decimals = 1): string {
  return decimals === 1 ? FORMATS[locale].rate(rate) : formatRate(rate, locale, decimals);
}

/** The voices whose formats are kept, one per voice. */
const KEPT_VOICES = new WeakMap<Voice, Voice>();

/**
 * A voice that writes amounts, rates and dates as the voice given does, each text once.
 *
 * @param voice - A voice of `voiceOf`.
 * @returns The same messages and words, the formats kept.
 */
export function keptVoice(voice: Voice): Voice {
  let kept = KEPT_VOICES.get(voice);
  if (kept === undefined) {
    const locale = voice.locale;
    kept = Object.freeze({
      locale,
      say: voice.say,
      word: voice.word,
      money: (amount: AmountLike) => moneyText(amount, locale),
      rate: (rate: string, decimals = 1) => rateText(rate, locale, decimals),
      date: (date: IsoDate) => dateText(date, locale),
      count: voice.count,
    });
    KEPT_VOICES.set(voice, kept);
  }
  return kept;
}
