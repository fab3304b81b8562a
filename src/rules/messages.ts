/**
 * Messages: the policy's templates (`messages`) parsed, their placeholders, the SMS segments a
 * text takes, and the message of an action rendered as plain text.
 *
 * **Template syntax.** A template is plain text with placeholders in double braces:
 *
 * - `{{amountDueText}}`: a variable of the action (see {@link MESSAGE_VARIABLES});
 * - `{{param:landlordPhone}}`: a parameter of the policy, with the value the account's department
 *   gives it (overrides included);
 * - `{{tenantName|Madame, Monsieur}}`: the text after `|` when the value is `null`
 *   (`{{mandataireName|}}`: nothing). The fallback holds neither `{`, `}` nor `|`.
 *
 * Spaces inside the braces are ignored (`{{ amountDueText }}`). A `{{` that does not open a
 * placeholder, a `}}` that closes none and a placeholder in single braces (`{tenantName}`,
 * `{param.landlordPhone}`) are refused by `validatePolicy`; single braces elsewhere are text.
 *
 * **Languages.** A template is French unless its entry says `locale: 'en'`. A run uses the
 * templates of its own language for a step and a channel when there are any, the others otherwise.
 *
 * **Values.** Written the way the template's language writes them: in French amounts `1 234,56 €`,
 * dates `23/11/2026`, booleans `oui`/`non`; in English `€1,234.56`, `23 Nov 2026`, `yes`/`no`;
 * counts as digits; a parameter by its unit (an amount in EUR, a date, a ratio as a percentage,
 * any other as written). Values are inserted
 * once, as text: a value is never read as a template. A line break, a tab or another control
 * character in a value becomes a space, so a value never adds a line (an e-mail subject stays one
 * line). In an SMS the no-break spaces of amounts (U+00A0, U+202F) are written as plain spaces,
 * which GSM-7 has.
 *
 * The text is plain text, not HTML: a host that puts it in HTML escapes it as any text.
 *
 * @module
 */
import { OBLIGATION_CODES } from '../law';
import type { Locale } from '../i18n';
import { dateText, moneyText, rateText } from './formats';
import type { Channel, TenantChannel } from '../account';
import type { MessageTemplate, Policy } from './policy-schema';

/** The value of a variable of an action: what `Action['variables']` holds. */
type VariableValue = string | number | null;

/** How a variable is written in a message. */
export type VariableKind = 'text' | 'amount' | 'date' | 'count' | 'code';

/** A variable a template can name, as {@link MESSAGE_VARIABLES} describes it. */
export interface MessageVariable {
  /** What it is. */
  readonly description: string;
  /** How it is written: an amount as `1 234,56 €`, a date as `DD/MM/YYYY`, a count in digits, text as is. */
  readonly kind: VariableKind;
  /** It may be `null` (then the placeholder's fallback, or nothing, is written). */
  readonly nullable: boolean;
  /** Its longest text in an SMS, for the count of segments (see {@link smsSegments}). */
  readonly worstCase: string;
}

/** Longest names counted in an SMS: 40 characters. */
const NAME_WORST = 'M'.repeat(40);
/** Longest amount counted in an SMS: 999 999,99 €, 12 characters, 13 septets with `€`. */
const AMOUNT_WORST = '999 999,99 €';
/** A date is always 10 characters. */
const DATE_WORST = '31/12/2099';

/**
 * The variables of an action a template can name, with how each is written and the longest text
 * counted for it in an SMS (names 40 characters, amounts `999 999,99 €`, dates 10 characters,
 * months 3 digits, a deadline code the longest obligation code). They are the keys of every
 * action's `variables`.
 *
 * @example
 * ```ts
 * MESSAGE_VARIABLES.amountDueText.worstCase; // => '999 999,99 €'
 * MESSAGE_VARIABLES.tenantName.nullable;     // => true
 * ```
 */
export const MESSAGE_VARIABLES: Readonly<Record<string, MessageVariable>> = Object.freeze({
  tenantName: {
    description: 'How letters address the tenant (household.name), e.g. "Mme Martin"; null when not recorded.',
    kind: 'text',
    nullable: true,
    worstCase: NAME_WORST,
  },
  amountDue: {
    description: 'The debt that may be asked for (never the debt a surendettement file froze), as 1 234,56 €.',
    kind: 'amount',
    nullable: false,
    worstCase: AMOUNT_WORST,
  },
  amountDueText: {
    description:
      "The same amount, written in the run's language (1 234,56 € or €1,234.56); in a message, in the template's language.",
    kind: 'text',
    nullable: false,
    worstCase: AMOUNT_WORST,
  },
  monthsOwed: {
    description: 'Months of rent with something unpaid in that debt.',
    kind: 'count',
    nullable: false,
    worstCase: '999',
  },
  oldestDueDate: {
    description: 'Due date of the oldest unpaid item of that debt, DD/MM/YYYY.',
    kind: 'date',
    nullable: true,
    worstCase: DATE_WORST,
  },
  nextDeadline: {
    description: 'The next legal deadline of the landlord (upcoming or due today), DD/MM/YYYY.',
    kind: 'date',
    nullable: true,
    worstCase: DATE_WORST,
  },
  nextDeadlineCode: {
    description: 'The code of that deadline, e.g. cure_period_end.',
    kind: 'code',
    nullable: true,
    worstCase: OBLIGATION_CODES.reduce((a, b) => (b.length > a.length ? b : a), ''),
  },
  maxInstalment: {
    description: 'The largest instalment the household can sustain each month, as 1 234,56 €.',
    kind: 'amount',
    nullable: true,
    worstCase: AMOUNT_WORST,
  },
  maxInstalmentText: {
    description:
      "The same amount, written in the run's language (1 234,56 € or €1,234.56); in a message, in the template's language.",
    kind: 'text',
    nullable: true,
    worstCase: AMOUNT_WORST,
  },
  mandataireName: {
    description: 'The name of the mandataire (tuteur, curateur…) when the action goes to them.',
    kind: 'text',
    nullable: true,
    worstCase: NAME_WORST,
  },
});

/**
 * The variable of that name, or `undefined`: only the table's own names (never `constructor` or
 * another name every object has).
 *
 * @param name - A name written in a placeholder.
 * @returns Its definition in {@link MESSAGE_VARIABLES}, or `undefined`.
 */
export function variableOf(name: string): MessageVariable | undefined {
  return Object.hasOwn(MESSAGE_VARIABLES, name) ? MESSAGE_VARIABLES[name] : undefined;
}

// ---------------------------------------------------------------------------------------------
// Parsing

/** A placeholder of a template. */
export interface Placeholder {
  /** `variable` (`{{name}}`) or `param` (`{{param:name}}`). */
  readonly source: 'variable' | 'param';
  readonly name: string;
  /** The text written when the value is null; `null` when the placeholder gives none. */
  readonly fallback: string | null;
  /** The placeholder as written, braces included. */
  readonly raw: string;
}

/** A parsed template: its text and its placeholders, in order. */
export type TemplatePart = string | Placeholder;

/** A template that cannot be parsed: what is wrong and where (the offending text). */
export interface TemplateSyntaxError {
  readonly received: string;
  readonly expected: string;
}

const NAME = /^[A-Za-z][A-Za-z0-9]{0,62}$/;
const PARAM = /^param:\s*([A-Za-z][A-Za-z0-9]{0,62})$/;
/** A placeholder written with single braces, a likely typo: `{tenantName}`, `{param.x}`, `{param:x}`. */
const SINGLE_BRACES = /(?<!\{)\{\s*((?:param\s*[:.]\s*)?[A-Za-z][A-Za-z0-9]*)\s*\}\}?/;

/** What a name inside braces was probably meant to be, as a placeholder. */
function intended(inner: string): string {
  const param = /^param\s*[:.]\s*([A-Za-z][A-Za-z0-9]*)$/.exec(inner.trim());
  return param === null ? `{{${inner.trim()}}}` : `{{param:${param[1]}}}`;
}

const SYNTAX = 'a placeholder written {{variable}}, {{param:name}} or {{variable|text when empty}}';

/**
 * Parses one template text.
 *
 * @param text - The template as written.
 * @returns Its parts, or what is wrong with it.
 */
export function parseTemplate(text: string): { parts: TemplatePart[] } | { error: TemplateSyntaxError } {
  const parts: TemplatePart[] = [];
  const literal = (s: string): TemplateSyntaxError | null => {
    const single = SINGLE_BRACES.exec(s);
    if (single !== null) return { received: single[0], expected: `${intended(single[1]!)}: ${SYNTAX}` };
    const stray = s.indexOf('}}');
    if (stray !== -1) {
      return {
        received: s.slice(Math.max(0, stray - 30), stray + 2),
        expected: `"}}" only to close a "{{": ${SYNTAX}`,
      };
    }
    if (s !== '') parts.push(s);
    return null;
  };
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{{', i);
    if (open === -1) break;
    const before = literal(text.slice(i, open));
    if (before !== null) return { error: before };
    const close = text.indexOf('}}', open + 2);
    if (close === -1) {
      return { error: { received: text.slice(open, open + 40), expected: `a "{{" closed by "}}": ${SYNTAX}` } };
    }
    const raw = text.slice(open, close + 2);
    const inner = text.slice(open + 2, close);
    const bar = inner.indexOf('|');
    const name = (bar === -1 ? inner : inner.slice(0, bar)).trim();
    const fallback = bar === -1 ? null : inner.slice(bar + 1).trim();
    if (inner.includes('{') || fallback?.includes('}') || fallback?.includes('|')) {
      return { error: { received: raw, expected: `${SYNTAX}; the fallback holds neither "{", "}" nor "|"` } };
    }
    const param = PARAM.exec(name);
    if (param !== null) parts.push({ source: 'param', name: param[1]!, fallback, raw });
    else if (NAME.test(name)) parts.push({ source: 'variable', name, fallback, raw });
    else {
      const meant = intended(name);
      return {
        error: { received: raw, expected: meant === `{{${name}}}` ? SYNTAX : `${meant}: ${SYNTAX}` },
      };
    }
    i = close + 2;
  }
  const rest = literal(text.slice(i));
  return rest === null ? { parts } : { error: rest };
}

/** A template's text: one string, or its lines joined by line breaks. */
export function templateText(text: string | readonly string[]): string {
  return typeof text === 'string' ? text : text.join('\n');
}

// ---------------------------------------------------------------------------------------------
// SMS segments

/** GSM 03.38 basic character set (one septet each); the escape character itself is left out. */
const GSM_BASIC = new Set(
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà',
);
/** GSM 03.38 extension table: two septets each (the escape, then the character). */
const GSM_EXTENSION = new Set('\f^{}\\[~]|€');

/** The SMS a text takes: see {@link smsSegments}. */
export interface SmsCount {
  /** `GSM-7` when every character is in the GSM 03.38 tables, else `UCS-2`. */
  readonly encoding: 'GSM-7' | 'UCS-2';
  /** Its length: septets in GSM-7 (2 for a character of the extension table), UTF-16 code units in UCS-2. */
  readonly length: number;
  /** The SMS it takes: one up to 160 septets or 70 code units; beyond, 153 septets or 67 code units each. */
  readonly segments: number;
  /** The first character outside GSM-7, which made it UCS-2; `null` in GSM-7. */
  readonly nonGsm: string | null;
}

function countSegments(widths: readonly number[], single: number, part: number): number {
  const total = widths.reduce((a, b) => a + b, 0);
  if (total <= single) return 1;
  // A two-septet character or a surrogate pair is never cut between two segments.
  let segments = 1;
  let used = 0;
  for (const w of widths) {
    if (used + w > part) {
      segments++;
      used = w;
    } else used += w;
  }
  return segments;
}

function countSms(text: string, forceUcs2: boolean): SmsCount {
  const chars = [...text];
  const nonGsm = chars.find((c) => !GSM_BASIC.has(c) && !GSM_EXTENSION.has(c)) ?? null;
  if (nonGsm === null && !forceUcs2) {
    const widths = chars.map((c) => (GSM_EXTENSION.has(c) ? 2 : 1));
    return {
      encoding: 'GSM-7',
      length: widths.reduce((a, b) => a + b, 0),
      segments: countSegments(widths, 160, 153),
      nonGsm,
    };
  }
  const widths = chars.map((c) => c.length);
  return { encoding: 'UCS-2', length: text.length, segments: countSegments(widths, 70, 67), nonGsm };
}

/**
 * Counts the SMS a text takes, exactly: in GSM-7 (GSM 03.38 basic table, one septet a character;
 * its extension table `€ [ ] { } \ ^ ~ |` and form feed, two septets) when every character is in
 * it, 160 septets in one SMS and 153 in each part beyond; else in UCS-2, 70 UTF-16 code units in
 * one SMS and 67 in each part beyond. A two-septet character or a surrogate pair is never cut
 * between two parts. The basic table has é è ù ì ò à É Ç but not ç, ê, â, î, ô, û, ë, ï, œ, ’
 * nor the no-break space: "Relancé" is GSM-7, "ça" and "être" are UCS-2.
 *
 * @param text - The text of the SMS.
 * @returns Its encoding, length and number of segments.
 * @example
 * ```ts
 * smsSegments('a'.repeat(160)).segments; // => 1
 * smsSegments('a'.repeat(161)).segments; // => 2
 * smsSegments('a'.repeat(159) + '€');    // => { encoding: 'GSM-7', length: 161, segments: 2, nonGsm: null }
 * smsSegments('ça').encoding;            // => 'UCS-2'
 * ```
 */
export function smsSegments(text: string): SmsCount {
  return countSms(text, false);
}

// ---------------------------------------------------------------------------------------------
// Rendering

/** A parameter's value as a message in `locale` writes it, by its unit. */
function paramText(value: string | number | boolean, unit: string | undefined, locale: Locale): string {
  try {
    if (unit === 'EUR' && typeof value === 'string') return moneyText(value, locale);
    if (unit === 'ratio' && typeof value === 'string') return rateText(value, locale);
    if (unit === 'date' && typeof value === 'string' && ISO_DATE.test(value)) return dateText(value, locale);
  } catch {
    // A malformed value (refused by validation) is written as it is.
  }
  if (typeof value === 'boolean') return locale === 'fr' ? (value ? 'oui' : 'non') : value ? 'yes' : 'no';
  return String(value);
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The variables that hold an amount already written, and the amount they write. */
const WRITTEN_AMOUNTS: Readonly<Record<string, string>> = {
  amountDueText: 'amountDue',
  maxInstalmentText: 'maxInstalment',
};

/** A variable's value as a message in `locale` writes it; `null` stays `null`. */
function variableText(
  name: string,
  value: VariableValue | undefined,
  locale: Locale,
  variables: Readonly<Record<string, VariableValue>>,
): string | null {
  if (value === null || value === undefined) return null;
  // An amount already written is written again in the template's language, from the amount itself.
  const amountOf = Object.hasOwn(WRITTEN_AMOUNTS, name) ? variables[WRITTEN_AMOUNTS[name]!] : undefined;
  if (typeof amountOf === 'string') return variableText(WRITTEN_AMOUNTS[name]!, amountOf, locale, variables);
  const kind = variableOf(name)?.kind ?? 'text';
  if (kind === 'amount' && typeof value === 'string') {
    try {
      return moneyText(value, locale);
    } catch {
      return value;
    }
  }
  if (kind === 'date' && typeof value === 'string' && ISO_DATE.test(value)) return dateText(value, locale);
  return String(value);
}

// C0 and C1 controls, DEL, and the line and paragraph separators.
// biome-ignore lint/suspicious/noControlCharactersInRegex: the very characters a value must not bring.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;
const NO_BREAK_SPACES = /[\u00a0\u202f]/g;

/** A value as inserted: no control character (a line break, a tab…); in an SMS, plain spaces. */
function inserted(value: string, sms: boolean): string {
  const clean = value.replace(CONTROLS, ' ');
  return sms ? clean.replace(NO_BREAK_SPACES, ' ') : clean;
}

/** Where a template takes its values from. */
export interface TemplateValues {
  /** The action's variables. */
  readonly variables: Readonly<Record<string, VariableValue>>;
  /** The policy's parameters, after the department's overrides. */
  readonly params: Readonly<Record<string, string | number | boolean>>;
  /** The units of the parameters, from the policy. */
  readonly units: Readonly<Record<string, string>>;
  /** The language of the template: how amounts, dates and booleans are written. */
  readonly locale: Locale;
}

/**
 * Renders parsed template parts with values.
 *
 * @param parts - A parsed template.
 * @param values - The action's variables and the policy's parameters.
 * @param sms - An SMS: no-break spaces in values are written as plain spaces.
 * @returns The text.
 */
export function renderParts(parts: readonly TemplatePart[], values: TemplateValues, sms: boolean): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'string') {
      out += part;
      continue;
    }
    const value =
      part.source === 'param'
        ? Object.hasOwn(values.params, part.name)
          ? paramText(values.params[part.name]!, values.units[part.name], values.locale)
          : null
        : variableText(
            part.name,
            Object.hasOwn(values.variables, part.name) ? values.variables[part.name] : null,
            values.locale,
            values.variables,
          );
    out += value === null ? (part.fallback ?? '') : inserted(value, sms);
  }
  return out;
}

/**
 * The longest text of an SMS template, for the count of its segments: each variable at its
 * {@link MESSAGE_VARIABLES} worst case, each parameter at the longest of its values (the policy's
 * and its overrides'), or the fallback when it is longer; counted in UCS-2 when any of them or the
 * text is outside GSM-7.
 *
 * @param parts - A parsed SMS template.
 * @param paramValues - Each parameter's possible values, as written in a message.
 * @returns The count of the longest text.
 */
export function worstSms(parts: readonly TemplatePart[], paramValues: (name: string) => readonly string[]): SmsCount {
  const candidates = parts.map((part): readonly string[] => {
    if (typeof part === 'string') return [part];
    const values =
      part.source === 'param'
        ? paramValues(part.name).map((v) => inserted(v, true))
        : [variableOf(part.name)?.worstCase ?? ''];
    const all = part.fallback === null ? values : [...values, part.fallback];
    return all.length === 0 ? [''] : all;
  });
  const septets = (s: string) => smsSegments(s).length;
  const gsmWorst = candidates.map((c) => c.reduce((a, b) => (septets(b) > septets(a) ? b : a))).join('');
  const anyNonGsm = candidates.some((c) => c.some((s) => smsSegments(s).encoding === 'UCS-2'));
  if (!anyNonGsm) return smsSegments(gsmWorst);
  const ucsWorst = candidates.map((c) => c.reduce((a, b) => (b.length > a.length ? b : a))).join('');
  const first = candidates.flat().find((s) => smsSegments(s).nonGsm !== null);
  return { ...countSms(ucsWorst, true), nonGsm: first === undefined ? null : smsSegments(first).nonGsm };
}

/** The message of an action: its channel, an e-mail's subject, and its plain text. */
export interface ActionMessage {
  readonly channel: TenantChannel;
  /** The subject of an e-mail; `null` for every other channel. */
  readonly subject: string | null;
  readonly text: string;
}

/** One channel's template of one entry of `messages`, parsed. */
interface IndexedTemplate {
  readonly locale: Locale;
  readonly fromContact: number;
  readonly subject: readonly TemplatePart[] | null;
  readonly text: readonly TemplatePart[];
}

/** The channels a template may be written for: the keys of an entry of `messages`. */
export const TEMPLATE_CHANNELS: readonly TenantChannel[] = Object.freeze([
  'sms',
  'email',
  'letter',
  'registered-letter',
  'phone',
  'appointment',
  'home-visit',
]);

/** One channel's template text and subject in an entry of `messages`, or `undefined`. */
export function templateOf(
  entry: MessageTemplate,
  channel: TenantChannel,
): { subject: string | null; text: string | readonly string[] } | undefined {
  if (channel === 'email') return entry.email === undefined ? undefined : entry.email;
  const text = entry[channel];
  return text === undefined ? undefined : { subject: null, text };
}

/** A policy version's templates by step and channel, and the units of its parameters. */
interface TemplateIndex {
  readonly templates: ReadonlyMap<string, ReadonlyMap<Channel, readonly IndexedTemplate[]>>;
  readonly units: Readonly<Record<string, string>>;
}
const INDEXES = new WeakMap<Policy, TemplateIndex>();

/** The templates of a policy version by step and channel, the highest `fromContact` first. */
function indexOf(policy: Policy): TemplateIndex {
  const cached = INDEXES.get(policy);
  if (cached !== undefined) return cached;
  const index = new Map<string, Map<Channel, IndexedTemplate[]>>();
  for (const entry of policy.messages ?? []) {
    for (const channel of TEMPLATE_CHANNELS) {
      const template = templateOf(entry, channel);
      if (template === undefined) continue;
      const text = parseTemplate(templateText(template.text));
      const subject = template.subject === null ? null : parseTemplate(template.subject);
      // A validated policy has no template that cannot be parsed; another is left out.
      if ('error' in text || (subject !== null && 'error' in subject)) continue;
      const byChannel = index.get(entry.step) ?? new Map<Channel, IndexedTemplate[]>();
      index.set(entry.step, byChannel);
      const list = byChannel.get(channel) ?? [];
      byChannel.set(channel, list);
      list.push({
        locale: entry.locale ?? 'fr',
        fromContact: entry.fromContact ?? 1,
        subject: subject === null ? null : subject.parts,
        text: text.parts,
      });
    }
  }
  for (const byChannel of index.values())
    for (const list of byChannel.values()) list.sort((a, b) => b.fromContact - a.fromContact);
  const units: Record<string, string> = {};
  for (const [name, p] of Object.entries(policy.parameters ?? {})) units[name] = p.unit;
  const result: TemplateIndex = { templates: index, units };
  // Only a frozen version (from loadPolicy) is kept: it cannot change under the index.
  if (Object.isFrozen(policy)) INDEXES.set(policy, result);
  return result;
}

/**
 * The message of an action: the policy's template for its step and channel, rendered; `null`
 * when the policy has none (an internal step never has one). Among the templates of the step and
 * channel, those of the run's language when there are any (those of the other language
 * otherwise), and among them the one with the highest `fromContact` not above the contact number.
 *
 * @param policy - The policy version (validated).
 * @param params - Its parameters after the department's overrides.
 * @param action - The action's step id, channel and variables.
 * @param contactNumber - The number of this contact with the tenant in the current arrears (1 for
 *   the first), read only when the step has templates from a later contact.
 * @param locale - The run's language: `fr` (default) or `en`.
 * @returns The message, or `null`.
 */
export function renderActionMessage(
  policy: Policy,
  params: Readonly<Record<string, string | number | boolean>>,
  action: { readonly step: string; readonly channel: Channel; readonly variables: TemplateValues['variables'] },
  contactNumber: () => number,
  locale: Locale = 'fr',
): ActionMessage | null {
  if (action.channel === 'internal') return null;
  const { templates, units } = indexOf(policy);
  const all = templates.get(action.step)?.get(action.channel);
  if (all === undefined || all.length === 0) return null;
  const own = all.filter((t) => t.locale === locale);
  const list = own.length > 0 ? own : all.filter((t) => t.locale === all[0]!.locale);
  const n = list.length > 1 || list[0]!.fromContact > 1 ? contactNumber() : 1;
  const template = list.find((t) => t.fromContact <= n);
  if (template === undefined) return null;
  const values: TemplateValues = { variables: action.variables, params, units, locale: template.locale };
  const sms = action.channel === 'sms';
  return {
    channel: action.channel,
    subject: template.subject === null ? null : renderParts(template.subject, values, false),
    text: renderParts(template.text, values, sms),
  };
}
