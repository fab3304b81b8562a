/**
 * The languages the library writes in: French first, English beside it. Codes, JSON keys and
 * paths stay English whatever the locale; only what a person reads follows it.
 *
 * @module
 */
import { fail, type PathSegment } from '../errors';

/**
 * The locales of the message catalogue, French first.
 *
 * @example
 * ```ts
 * LOCALES; // => ['fr', 'en']
 * ```
 */
export const LOCALES = Object.freeze(['fr', 'en'] as const);

/** A locale of the message catalogue. */
export type Locale = (typeof LOCALES)[number];

/**
 * The locale of human-readable text when none is asked for: French, the language of the people
 * who read the decisions.
 *
 * @example
 * ```ts
 * DEFAULT_LOCALE; // => 'fr'
 * ```
 */
export const DEFAULT_LOCALE: Locale = 'fr';

/**
 * Reads a locale: `fr` or `en`, or a language tag whose language is one of them (`fr-FR`,
 * `en-GB`, `FR`), as an `Accept-Language` or a `--lang` gives it.
 *
 * @param value - The locale asked for.
 * @param path - Where it was read, for the error.
 * @returns `'fr'` or `'en'`.
 * @throws {@link index!ValidationError | ValidationError} `invalid_value` for anything else.
 * @example
 * ```ts
 * parseLocale('fr-FR'); // => 'fr'
 * parseLocale('en');    // => 'en'
 * ```
 */
export function parseLocale(value: unknown, path: readonly PathSegment[] = ['locale']): Locale {
  if (typeof value === 'string') {
    const language = /^([A-Za-z]{2})(?:[-_][A-Za-z0-9]{1,8})*$/.exec(value.trim())?.[1]?.toLowerCase();
    if (language === 'fr' || language === 'en') return language;
  }
  return fail('invalid_value', path, value, 'a locale: "fr" (French, the default) or "en" (English)');
}
