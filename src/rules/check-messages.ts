/**
 * The checks of a policy version's message templates (`messages`): each for a step of the policy
 * and a channel that step can use, once per step, channel and `fromContact`; placeholders
 * well written and known (a "did you mean" otherwise); a warning for a variable that may be
 * null without a fallback, and for an SMS that can exceed {@link MAX_SMS_SEGMENTS} SMS.
 *
 * @module
 */
import { LOCALES } from '../i18n';
import type { Channel } from '../account';
import type { PathSegment } from '../errors';
import type { IssueCollector } from './issue-collector';
import {
  MESSAGE_VARIABLES,
  TEMPLATE_CHANNELS,
  parseTemplate,
  renderParts,
  templateOf,
  worstSms,
  variableOf,
  type SmsCount,
  type TemplatePart,
} from './messages';
import type { Policy, Step } from './policy-schema';
import { didYouMean } from './suggest';

/**
 * Most SMS an SMS template may take at worst without a warning.
 *
 * @example
 * ```ts
 * MAX_SMS_SEGMENTS; // => 2
 * ```
 */
export const MAX_SMS_SEGMENTS = 2;

const VARIABLE_NAMES = Object.keys(MESSAGE_VARIABLES);
const DIGITAL: readonly Channel[] = ['sms', 'email'];

/**
 * The channels a step can reach the tenant through: its own (a letter too for an SMS or an
 * e-mail, which the built-in protection of a household not at ease with digital tools turns into
 * a letter); for `profile`, those of every channel rule and of the fallback (a letter too when a
 * list has only SMS and e-mail); none for an internal step.
 */
function channelsOf(step: Step, policy: Policy): Channel[] {
  if (step.channel === 'internal') return [];
  const lists: (readonly Channel[])[] =
    step.channel === 'profile'
      ? [...policy.channels.rules.map((r) => r.use), policy.channels.fallback]
      : [[step.channel]];
  const channels = new Set(lists.flat());
  if (lists.some((l) => l.every((c) => DIGITAL.includes(c)))) channels.add('letter');
  return TEMPLATE_CHANNELS.filter((c) => channels.has(c));
}

/** Checks the placeholders of one parsed template; returns its parts, or null when it cannot be parsed. */
function checkText(
  text: string,
  at: PathSegment[],
  params: readonly string[],
  out: IssueCollector,
): TemplatePart[] | null {
  const parsed = parseTemplate(text);
  if ('error' in parsed) {
    out.error('invalid_value', at, parsed.error.received, parsed.error.expected);
    return null;
  }
  for (const part of parsed.parts) {
    if (typeof part === 'string') continue;
    if (part.source === 'param') {
      if (params.includes(part.name)) continue;
      const hint = VARIABLE_NAMES.includes(part.name)
        ? ` (did you mean "{{${part.name}}}", a variable?)`
        : didYouMean(part.name, params);
      out.error('unknown_param', at, part.raw, `a parameter defined in "parameters"${hint}`);
      continue;
    }
    const variable = variableOf(part.name);
    if (variable === undefined) {
      const hint = params.includes(part.name)
        ? ` (did you mean "{{param:${part.name}}}", a parameter?)`
        : didYouMean(part.name, VARIABLE_NAMES);
      out.error(
        'invalid_value',
        at,
        part.raw,
        `a known variable${hint}: ${VARIABLE_NAMES.join(', ')}; or {{param:name}} for a parameter`,
      );
      continue;
    }
    if (variable.nullable && part.fallback === null) {
      out.warn(
        'custom',
        at,
        part.raw,
        `a text for when "${part.name}" is null, e.g. {{${part.name}|…}}: without one nothing is written there`,
      );
    }
  }
  return parsed.parts;
}

/** Checks a template written as one text or as lines; returns the parts of the whole, or null. */
function checkTemplate(
  text: string | readonly string[],
  at: PathSegment[],
  params: readonly string[],
  out: IssueCollector,
): TemplatePart[] | null {
  if (typeof text === 'string') return checkText(text, at, params, out);
  const lines = text.map((line, i) => checkText(line, [...at, i], params, out));
  if (lines.some((l) => l === null)) return null;
  return lines.flatMap((l, i) => (i === 0 ? l! : ['\n', ...l!]));
}

/**
 * Each parameter's values as a message writes them, in either language: the policy's and each
 * override's (an SMS is counted at the longest of them).
 */
function paramValuesOf(policy: Policy): (name: string) => string[] {
  const units = Object.fromEntries(Object.entries(policy.parameters ?? {}).map(([n, p]) => [n, p.unit]));
  return (name: string): string[] =>
    [policy.parameters, ...(policy.overrides ?? []).map((o) => o.parameters)]
      .map((ps) => (ps !== undefined && Object.hasOwn(ps, name) ? ps[name]!.value : undefined))
      .filter((v) => v !== undefined)
      .flatMap((v) =>
        LOCALES.map((locale) =>
          renderParts(
            [{ source: 'param', name, fallback: null, raw: '' }],
            { variables: {}, params: { [name]: v }, units, locale },
            true,
          ),
        ),
      );
}

/**
 * The most SMS a template can take once filled in, as the policy's check counts it: variables at
 * their longest (names at 40 characters, amounts as 999 999,99 €), parameters at the longest of
 * their values; `null` for a template that does not parse. The policy editor shows it live.
 *
 * @internal
 * @example
 * ```ts
 * worstSmsOf(defaultPolicy.versions[0], 'Solde : {{amountDueText}}').segments; // => 1
 * ```
 */
export function worstSmsOf(policy: Policy, text: string): SmsCount | null {
  const parsed = parseTemplate(text);
  return 'error' in parsed ? null : worstSms(parsed.parts, paramValuesOf(policy));
}

/**
 * Checks the message templates of one policy version.
 *
 * @param policy - The version, parsed by the schema.
 * @param base - JSON path of the version in the file: `[]` for a single policy, `['versions', i]` in a set.
 * @param out - Receives the issues and warnings.
 * @example
 * ```ts
 * const out = new IssueCollector();
 * checkMessages({ ...policy, messages: [{ step: 'reminder', sms: 'Solde : {{amountDueTxt}}' }] }, [], out);
 * out.issues[0].message;
 * // => 'messages[0].sms: expected a known variable (did you mean "amountDueText"?): …; received "{{amountDueTxt}}"'
 * ```
 */
export function checkMessages(policy: Policy, base: PathSegment[], out: IssueCollector): void {
  const messages = policy.messages ?? [];
  if (messages.length === 0) return;
  const params = Object.keys(policy.parameters ?? {});
  const stepIds = policy.steps.map((s) => s.id);
  const paramValues = paramValuesOf(policy);
  const seen = new Map<string, number>();
  messages.forEach((entry, i) => {
    const at = [...base, 'messages', i];
    const step = policy.steps.find((s) => s.id === entry.step);
    if (step === undefined) {
      out.error(
        'invalid_value',
        [...at, 'step'],
        entry.step,
        `a step id of the policy${didYouMean(entry.step, stepIds)}`,
      );
    }
    const usable = step === undefined ? null : channelsOf(step, policy);
    let any = false;
    for (const channel of TEMPLATE_CHANNELS) {
      const template = templateOf(entry, channel);
      if (template === undefined) continue;
      any = true;
      const channelAt = [...at, channel];
      if (usable !== null && !usable.includes(channel)) {
        out.error(
          'invalid_value',
          channelAt,
          channel,
          usable.length === 0
            ? `no template: step "${entry.step}" is internal, it sends the tenant no message`
            : `a channel step "${entry.step}" can use: ${usable.join(', ')}`,
        );
      }
      const key = JSON.stringify([entry.step, entry.fromContact ?? 1, entry.locale ?? 'fr', channel]);
      const first = seen.get(key);
      if (first !== undefined) {
        out.error(
          'duplicate_id',
          channelAt,
          channel,
          `one ${channel} template per step and fromContact (also at messages[${first}] for step "${entry.step}")`,
        );
      } else seen.set(key, i);
      if (template.subject !== null) {
        const subjectAt = [...at, 'email', 'subject'];
        if (/[\r\n]/.test(template.subject)) {
          out.error('invalid_value', subjectAt, template.subject, 'a subject on one line');
        } else checkText(template.subject, subjectAt, params, out);
      }
      const parts = checkTemplate(
        template.text,
        channel === 'email' ? [...at, 'email', 'text'] : channelAt,
        params,
        out,
      );
      if (channel !== 'sms' || parts === null || (usable !== null && !usable.includes('sms'))) continue;
      const worst = worstSms(parts, paramValues);
      if (worst.segments > MAX_SMS_SEGMENTS) {
        const why =
          worst.encoding === 'GSM-7'
            ? `GSM-7, ${worst.length} septets`
            : `UCS-2${worst.nonGsm === null ? '' : ` because "${worst.nonGsm}" is not in GSM-7`}, ${worst.length} characters`;
        out.warn(
          'too_big',
          channelAt,
          entry.sms,
          `an SMS of at most ${MAX_SMS_SEGMENTS} segments: it can take ${worst.segments} (${why}; names counted at 40 characters, amounts as 999 999,99 €)`,
        );
      }
    }
    if (!any) {
      out.error(
        'missing',
        at,
        entry,
        `at least one template: ${TEMPLATE_CHANNELS.join(', ')} (for the e-mail: { "subject", "text" })`,
      );
    }
  });
}
