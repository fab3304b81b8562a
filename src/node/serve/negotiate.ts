/**
 * What a request asks for besides its body: its language (`?lang=` or `Accept-Language`) and the
 * media type of its body (`Content-Type`).
 *
 * @module
 */
import { DEFAULT_LOCALE, parseLocale, type Locale } from '../../i18n';

/**
 * The first language of an `Accept-Language` header that the library writes, by preference
 * (`q`), French when none: `*` and languages it does not write are passed over.
 *
 * @param header - The header, if any.
 * @returns `'fr'` or `'en'`.
 * @example
 * ```ts
 * acceptedLocale('de-DE, en-GB;q=0.8, fr;q=0.5'); // => 'en'
 * acceptedLocale(undefined);                      // => 'fr'
 * ```
 */
export function acceptedLocale(header: string | undefined): Locale {
  if (header === undefined) return DEFAULT_LOCALE;
  const ranges = header
    .slice(0, 1000)
    .split(',')
    .map((part, order) => {
      const [tag = '', ...params] = part.split(';').map((s) => s.trim());
      const q = params.find((p) => /^q=/i.test(p));
      const weight = q === undefined ? 1 : Number(q.slice(2));
      return { tag, weight: Number.isFinite(weight) ? weight : 0, order };
    })
    .filter((r) => r.tag !== '' && r.weight > 0)
    .sort((a, b) => b.weight - a.weight || a.order - b.order);
  for (const { tag } of ranges) {
    if (tag === '*') return DEFAULT_LOCALE;
    try {
      return parseLocale(tag);
    } catch {
      // A language the library does not write: the next one.
    }
  }
  return DEFAULT_LOCALE;
}

/** A `Content-Type` read: its media type in lower case, and whether its charset (if any) is UTF-8. */
export interface MediaType {
  readonly type: string;
  readonly utf8: boolean;
}

/**
 * Reads a `Content-Type` header.
 *
 * @param header - The header, if any.
 * @returns Its media type and whether its charset is UTF-8 (no charset counts as UTF-8, JSON's
 *   own); `null` without a header.
 * @example
 * ```ts
 * mediaType('application/JSON; charset=UTF-8'); // => { type: 'application/json', utf8: true }
 * mediaType('application/json; charset=latin1'); // => { type: 'application/json', utf8: false }
 * ```
 */
export function mediaType(header: string | undefined): MediaType | null {
  if (header === undefined || header.trim() === '') return null;
  const [type = '', ...params] = header.split(';').map((s) => s.trim());
  const charset = params
    .map((p) => /^charset\s*=\s*"?([^";]*)"?$/i.exec(p)?.[1])
    .find((c) => c !== undefined)
    ?.toLowerCase();
  return { type: type.toLowerCase(), utf8: charset === undefined || charset === 'utf-8' || charset === 'utf8' };
}
