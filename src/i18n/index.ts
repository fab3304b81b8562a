/**
 * The languages the library writes in: the locale, the formats of its prose, the message
 * catalogue.
 *
 * @module
 */
export { DEFAULT_LOCALE, LOCALES, parseLocale } from './locale';
export type { Locale } from './locale';
export { formatCount, formatDate, formatMoney, formatRate } from './format';
export { MESSAGES, message, translator, word } from './catalogue';
export type { MessageCode, MessageDefinition, MessageParams, ParamsOf, WordKind } from './catalogue';
