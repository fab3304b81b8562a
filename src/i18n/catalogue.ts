/**
 * The message catalogue: every text a person reads, by code, in French and in English, rendered
 * from the data of what it says. A code has a text in both languages or the library does not
 * compile (and a test renders each one in both).
 *
 * The codes are stable and English; the texts may be reworded. The values come already formatted
 * for the locale (money, rates, dates: see `format.ts`), except where the function of a text
 * formats them itself.
 *
 * @module
 */
import type { Locale } from './locale';
import { fail } from '../errors';
import type { MessageDefinition, MessageParams } from './define';
import { CASES_MESSAGES } from './messages-cases';
import { CHANGES_MESSAGES } from './messages-changes';
import { CLI_MESSAGES } from './messages-cli';
import { COMMAND_MESSAGES } from './messages-command';
import { DECISION_MESSAGES } from './messages-decision';
import { ISSUE_MESSAGES } from './messages-issues';
import { JSON_MESSAGES } from './messages-json';
import { EDITOR_MESSAGES } from './messages-editor';
import { PLAYGROUND_MESSAGES } from './messages-playground';
import { RESULTS_MESSAGES } from './messages-results';
import { POLICY_CMD_MESSAGES } from './messages-policy-cmd';
import { LAW_MESSAGES } from './messages-law';
import { NOTES_MESSAGES } from './messages-notes';
import { REPORT_MESSAGES } from './messages-reports';
import { REVIEW_MESSAGES } from './messages-review';
import { SCHEDULE_MESSAGES } from './messages-schedule';
import { SERVE_MESSAGES } from './messages-serve';

/**
 * Every message, by code.
 *
 * @example
 * ```ts
 * MESSAGES['explain.level'].fr({ rank: 3, label: 'Impayé constitué' }); // => "Niveau d'alerte 3\u00a0: Impayé constitué"
 * ```
 */
export const MESSAGES = Object.freeze({
  ...REPORT_MESSAGES,
  ...DECISION_MESSAGES,
  ...SCHEDULE_MESSAGES,
  ...REVIEW_MESSAGES,
  ...NOTES_MESSAGES,
  ...LAW_MESSAGES,
  ...CLI_MESSAGES,
  ...COMMAND_MESSAGES,
  ...POLICY_CMD_MESSAGES,
  ...ISSUE_MESSAGES,
  ...JSON_MESSAGES,
  ...PLAYGROUND_MESSAGES,
  ...EDITOR_MESSAGES,
  ...RESULTS_MESSAGES,
  ...CHANGES_MESSAGES,
  ...CASES_MESSAGES,
  ...SERVE_MESSAGES,
});

/** A code of the catalogue. */
export type MessageCode = keyof typeof MESSAGES;

/** The values of a message of the catalogue. */
export type ParamsOf<C extends MessageCode> = Parameters<(typeof MESSAGES)[C]['fr']>[0];

/**
 * Renders a message of the catalogue.
 *
 * @param code - Its code.
 * @param params - Its values, already formatted for the locale.
 * @param locale - `fr` or `en`.
 * @returns The text.
 * @example
 * ```ts
 * message('explain.why', {}, 'fr'); // => 'Pourquoi\u00a0:'
 * ```
 */
export function message<C extends MessageCode>(code: C, params: ParamsOf<C>, locale: Locale): string {
  const m = MESSAGES[code] as unknown as MessageDefinition<ParamsOf<C>>;
  return m[locale](params);
}

/**
 * The renderer of a locale: `message` with the locale given once.
 *
 * @param locale - `fr` or `en`.
 * @returns A function of a code and its values.
 * @example
 * ```ts
 * translator('en')('explain.why', {}); // => 'Why:'
 * ```
 */
export function translator(locale: Locale): <C extends MessageCode>(code: C, params: ParamsOf<C>) => string {
  return (code, params) => message(code, params, locale);
}

/**
 * Renders a message of the catalogue by a code known only at run time (a host's or a page's own
 * table of codes): `message` without its static types.
 *
 * @param code - A code of the catalogue.
 * @param params - Its values, already formatted for the locale.
 * @param locale - `fr` or `en`.
 * @returns The text.
 * @throws {@link index!ValidationError | ValidationError} `invalid_value` for a code the catalogue does not have.
 * @example
 * ```ts
 * messageText('explain.why', {}, 'fr'); // => 'Pourquoi\u00a0:'
 * ```
 */
export function messageText(code: string, params: MessageParams, locale: Locale): string {
  if (!Object.hasOwn(MESSAGES, code)) return fail('invalid_value', ['code'], code, 'a code of the message catalogue');
  return message(code as MessageCode, params as never, locale);
}
