/**
 * The languages the library writes in: the locale, the formats of its prose, the message
 * catalogue.
 *
 * @module
 */
export { DEFAULT_LOCALE, LOCALES, parseLocale } from './locale';
export type { Locale } from './locale';
export { formatCount, formatDate, formatMoney, formatRate } from './format';
export { MESSAGES, message, messageText, translator } from './catalogue';
export type { MessageCode, ParamsOf } from './catalogue';
export type { MessageDefinition, MessageParams } from './define';
export { word } from './words';
export type { WordKind } from './words';
export { voiceOf } from './voice';
export type { Voice } from './voice';
export { localizeExpected, localizeIssue, localizeIssues } from './issues';
