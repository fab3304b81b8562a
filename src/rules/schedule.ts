/**
 * When and through which channel a step reaches the tenant: the cadence of the policy (days
 * between contacts, contacts per 7 days, contact days), the calendar (no weekend or public
 * holiday of the zone), the channel rules by tenant profile with the tenant's preferences first
 * and no SMS or email to a household not at ease with digital tools (a built-in protection); and
 * the first due date of a proposed plan.
 *
 * @module
 */
import { voiceOf, type Voice } from '../i18n';
import type { Account, Channel, Situation } from '../account';
import { addDays, addMonths, dayOfWeek, isBusinessDay, publicHolidays, type IsoDate, type Zone } from '../calendar';
import type { CompiledPolicy } from './compile';
import type { ExplanationEntry, TraceEntry } from './decision';
import type { RuleResults } from './rule-results';

const DAY_NAMES = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const;
const MONTH_CODES = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const;

/** A date as a recovery officer reads it, e.g. `"lundi 29 mars 2027"`, `"Monday 29 March 2027"`. */
function dayLabel(date: IsoDate, voice: Voice): string {
  return voice.say('schedule.day', {
    weekday: DAY_NAMES[dayOfWeek(date) - 1]!,
    day: Number(date.slice(8, 10)),
    month: MONTH_CODES[Number(date.slice(5, 7)) - 1]!,
    year: Number(date.slice(0, 4)),
  });
}

/** Whether a contact may take place on a day: a contact day of the policy and a business day of the zone. */
function contactAllowed(date: IsoDate, contactDays: readonly string[], zone: Zone): boolean {
  return contactDays.includes(DAY_NAMES[dayOfWeek(date) - 1]!) && isBusinessDay(date, { zone });
}

/**
 * Why no contact may take place on a day on which none may: a public holiday of the zone
 * (named), a day the policy's `contactDays` leave out, or a weekend day.
 */
function noContactReason(date: IsoDate, contactDays: readonly string[], zone: Zone, voice: Voice): string {
  const day = DAY_NAMES[dayOfWeek(date) - 1]!;
  const holiday = publicHolidays(Number(date.slice(0, 4)), zone).find((h) => h.date === date);
  // The calendar names a holiday in French, a proper name left as it is in English.
  if (holiday !== undefined)
    return voice.say('schedule.noContact.holiday', { day: dayLabel(date, voice), holiday: holiday.name });
  if (!contactDays.includes(day)) return voice.say('schedule.noContact.notContactDay', { day: dayLabel(date, voice) });
  return voice.say('schedule.noContact.weekend', { day: dayLabel(date, voice) });
}

/** Dates of the contacts with the tenant (internal steps excluded) up to `asOf`, sorted. */
function contactDates(account: Account, asOf: IsoDate): IsoDate[] {
  return (account.contacts ?? [])
    .filter((c) => c.channel !== 'internal' && c.date <= asOf)
    .map((c) => c.date)
    .sort();
}

/**
 * The first day a contact with the tenant may take place, per the cadence, the cap of contacts
 * in 7 days, the contact days and the calendar of the zone. `why` says the first date and then
 * each move: to which day, and for each day passed over why (a public holiday by its name, a day
 * that is not a contact day of the policy, a weekend day), or the cap of contacts in 7 days.
 *
 * @param compiled - The compiled policy.
 * @param account - The parsed account.
 * @param situation - Its analysis.
 * @param levelId - The account's alert level, whose cadence may differ.
 * @param voice - The locale of `why`.
 * @param explained - Whether `why` is wanted: without it (a run with no explanation), `why` is
 *   empty and none of its words are written; the date is the same.
 * @returns The date and why it is that day.
 */
export function contactDate(
  compiled: CompiledPolicy,
  account: Account,
  situation: Situation,
  levelId: string,
  voice: Voice,
  explained = true,
): { date: IsoDate; why: string } {
  const cadence = compiled.policy.cadence;
  const minDays = cadence.byLevel?.[levelId]?.minDaysBetweenContacts ?? cadence.minDaysBetweenContacts;
  const dates = contactDates(account, situation.asOf);
  const last = dates[dates.length - 1];
  let date = situation.asOf;
  const moves: string[] = [];
  const afterLast = last === undefined ? undefined : addDays(last, minDays);
  if (last !== undefined && afterLast !== undefined && afterLast > date) {
    date = afterLast;
    if (explained) moves.push(voice.say('schedule.afterLastContact', { days: minDays, last: voice.date(last) }));
  } else if (explained) {
    moves.push(voice.say('schedule.asSoonAsPossible', {}));
  }
  // The days passed over since the last move, each with its reason: said as one move.
  let passed: string[] = [];
  const sayPassed = () => {
    if (passed.length > 0)
      moves.push(voice.say('schedule.movedPast', { day: dayLabel(date, voice), reasons: passed.join(', ') }));
    passed = [];
  };
  // A year of days is enough to find a contact day: the policy has at least one.
  for (let guard = 0; guard < 400; guard++) {
    // The week before the day, counted once (and only when there are contacts to count).
    const weekBefore = dates.length === 0 ? date : addDays(date, -7);
    const inWindow = dates.filter((d) => d > weekBefore && d <= date);
    if (inWindow.length >= cadence.maxContactsPer7Days) {
      if (explained) sayPassed();
      date = addDays(inWindow[0]!, 7);
      if (explained) {
        moves.push(
          voice.say('schedule.movedByCap', {
            day: dayLabel(date, voice),
            contact: voice.date(inWindow[0]!),
            max: cadence.maxContactsPer7Days,
          }),
        );
      }
      continue;
    }
    if (!contactAllowed(date, cadence.contactDays, situation.zone)) {
      if (explained) passed.push(noContactReason(date, cadence.contactDays, situation.zone, voice));
      date = addDays(date, 1);
      continue;
    }
    break;
  }
  if (!explained) return { date, why: '' };
  sayPassed();
  return { date, why: moves.join(', ') };
}

/** The channels a household not at ease with digital tools never gets as a contact. */
const DIGITAL_CHANNELS: readonly Channel[] = ['email', 'sms'];

/**
 * Why the household must not be contacted by SMS or email, or `null` when it may: the landlord
 * noted it is not at ease with digital tools (`digital.comfortable: false`), or it has neither
 * an email address nor a mobile number on file (`digital.email` and `digital.mobile` both
 * `false`). Unknown (absent) is not a reason: the policy's channel rules then decide.
 *
 * @param account - The parsed account.
 * @param voice - The locale the reason is written in, French by default.
 * @returns The reason, as the explanation says it, or `null`.
 * @example
 * ```ts
 * digitalProtection({ ...account, household: { ...account.household, digital: { comfortable: false } } });
 * // => 'le ménage n’est pas à l’aise avec les outils numériques'
 * digitalProtection({ ...account, household: { ...account.household, digital: { comfortable: false } } }, voiceOf('en'));
 * // => 'the household is not at ease with digital tools'
 * ```
 */
export function digitalProtection(account: Account, voice: Voice = voiceOf('fr')): string | null {
  const digital = account.household.digital;
  if (digital?.comfortable === false) return voice.say('channel.protection.notAtEase', {});
  if (digital?.email === false && digital.mobile === false) return voice.say('channel.protection.noEmailNorMobile', {});
  return null;
}

/**
 * The channel of a step whose channel the policy fixes: as the policy says, but for the built-in
 * protection of a household not at ease with digital tools, which gets a letter instead of an SMS
 * or an email, whatever the policy says.
 *
 * @param channel - The step's channel in the policy.
 * @param stepIndex - The step's index, for the explanation's source.
 * @param account - The parsed account.
 * @param voice - The locale of the explanation.
 * @returns The channel, and the explanation entry when the protection changed it.
 * @example
 * ```ts
 * fixedChannel('sms', 3, notAtEase, voiceOf('fr')).channel; // => 'letter'
 * ```
 */
export function fixedChannel(
  channel: Channel,
  stepIndex: number,
  account: Account,
  voice: Voice,
): { channel: Channel; entry: ExplanationEntry | null } {
  const protection = digitalProtection(account, voice);
  if (protection === null || (channel !== 'sms' && channel !== 'email')) return { channel, entry: null };
  return {
    channel: 'letter',
    entry: {
      about: 'channel',
      text: voice.say('channel.fixed.protected', {
        letter: voice.word('channel', 'letter'),
        channel: voice.word('channel', channel),
        protection,
      }),
      source: `steps[${stepIndex}].channel`,
    },
  };
}

/**
 * The channel of a step addressed by profile. The channels are those of the first channel rule
 * that matches (or the fallback channels), less SMS and email for a household not at ease with
 * digital tools (a built-in protection, whatever the rules: `letter` when none is left). Among
 * them the household's preferred channels come first, in its order, and the contacts of the
 * current arrears go through them in turn; through all the channels in turn only when the rule
 * allows none of them.
 *
 * @param compiled - The compiled policy.
 * @param results - The rules' results.
 * @param account - The parsed account.
 * @param situation - Its analysis.
 * @param voice - The locale of the explanation.
 * @param explain - Whether the explanation is written, and with the traces of the rules.
 * @returns The channel and its explanation: the rule, then why this channel (protection,
 * preference, rotation); no entry when the explanation is not written.
 */
export function chooseChannel(
  compiled: CompiledPolicy,
  results: RuleResults,
  account: Account,
  situation: Situation,
  voice: Voice,
  explain: { readonly texts: boolean; readonly traces: boolean } = { texts: true, traces: true },
): { channel: Channel; entry: ExplanationEntry | null } {
  const matched = compiled.channelRules.find((r) => results.channel(r.index));
  const list: readonly Channel[] = matched?.rule.use ?? compiled.policy.channels.fallback;
  const protection = digitalProtection(account, voice);
  const removed = protection === null ? [] : list.filter((c) => DIGITAL_CHANNELS.includes(c));
  const kept = list.filter((c) => !removed.includes(c));
  const allowed: readonly Channel[] = kept.length > 0 ? kept : ['letter'];
  const asked = [...new Set(account.household.preferredChannels ?? [])];
  const preferred = asked.filter((c) => allowed.includes(c));
  const turn = preferred.length > 0 ? preferred : allowed;
  const since = situation.arrearsSince ?? situation.asOf;
  // The contacts with the tenant in these arrears, up to asOf: counted, with no list to sort.
  let made = 0;
  for (const c of account.contacts ?? [])
    if (c.channel !== 'internal' && c.date <= situation.asOf && c.date >= since) made++;
  const channel = turn[made % turn.length]!;
  if (!explain.texts) return { channel, entry: null };
  const n = made + 1;
  const names = (channels: readonly Channel[]) =>
    channels === list ? listNames(list, voice) : channels.map((c) => voice.word('channel', c)).join(', ');
  const said = voice.word('channel', channel);
  let text: string;
  if (removed.length === 0 && preferred.length === 0 && asked.length === 0) {
    // The plain case reads as before: the rule's channels in turn.
    text = matched
      ? voice.say('channel.rule', { channel: said, rule: matched.rule.id, channels: names(list), n })
      : voice.say('channel.fallback', { channel: said, channels: names(list) });
  } else {
    const parts = [
      matched
        ? voice.say('channel.head.rule', { channel: said, rule: matched.rule.id, channels: names(list) })
        : voice.say('channel.head.fallback', { channel: said, channels: names(list) }),
    ];
    if (removed.length > 0 && protection !== null) {
      const either = removed
        .map((c) => voice.word('channel', c))
        .reduce((first, second) => voice.say('channel.or', { first, second }));
      parts.push(
        kept.length > 0
          ? voice.say('channel.protection.removed', { protection, removed: either })
          : voice.say('channel.protection.noneLeft', {
              protection,
              removed: either,
              letter: voice.word('channel', 'letter'),
            }),
      );
    }
    const refused = asked.filter((c) => !allowed.includes(c));
    if (refused.length > 0) {
      parts.push(
        voice.say(removed.length > 0 ? 'channel.preference.notLeft' : 'channel.preference.notAllowed', {
          channels: names(refused),
        }),
      );
    }
    if (preferred.length === 1) {
      parts.push(voice.say('channel.preference.first', { channel: said }));
    } else if (preferred.length > 1) {
      parts.push(voice.say('channel.preferences.first', { channels: names(preferred), n }));
    } else {
      parts.push(
        voice.say(removed.length > 0 ? 'channel.turn.left' : 'channel.turn.allowed', { channels: names(allowed), n }),
      );
    }
    text = `${parts.join(voice.say('channel.separator', {}))}.`;
  }
  const source = matched ? `channels.rules[${matched.index}]` : 'channels.fallback';
  if (!explain.traces) return { channel, entry: { about: 'channel', text, source } };
  // The rules tried before the one that matched (all of them when none did), in the policy's order.
  const trace: TraceEntry[] = [];
  for (const r of compiled.channelRules) {
    if (matched === undefined || r.index <= matched.index)
      for (const t of results.trace('channel', r.index)) trace.push(t);
  }
  return { channel, entry: { about: 'channel', text, source, trace } };
}

/** The channels of a rule of a policy (a frozen list), as a locale names them, by list and locale. */
const LIST_NAMES = new WeakMap<readonly Channel[], Map<string, string>>();

/** The channels of a policy's list, named in the voice's words: the same for every account. */
function listNames(list: readonly Channel[], voice: Voice): string {
  let byLocale = LIST_NAMES.get(list);
  if (byLocale === undefined) {
    byLocale = new Map();
    // Only a frozen list (a loaded policy's) is kept: it cannot change under the memo.
    if (Object.isFrozen(list)) LIST_NAMES.set(list, byLocale);
  }
  let said = byLocale.get(voice.locale);
  if (said === undefined) {
    said = list.map((c) => voice.word('channel', c)).join(', ');
    byLocale.set(voice.locale, said);
  }
  return said;
}

/** The number of days of the month that starts on `firstOfMonth`. */
function daysInMonthOf(firstOfMonth: IsoDate): number {
  return Number(addDays(addMonths(firstOfMonth, 1), -1).slice(8, 10));
}

/**
 * The next rent due day strictly after `asOf`: the first due date of a proposed plan. A due day
 * the month does not have (a 31 in February) is the month's last day.
 *
 * @param situation - The analysis, with its `asOf` and the lease's `dueDay`.
 * @returns The date.
 */
export function nextDueDate(situation: Pick<Situation, 'asOf' | 'dueDay'>): IsoDate {
  // A run has one asOf and at most 31 due days: each answer is computed once.
  const key = `${situation.asOf} ${situation.dueDay}`;
  let date = NEXT_DUE_DATES.get(key);
  if (date === undefined) {
    const monthStart = `${situation.asOf.slice(0, 7)}-01`;
    const dueIn = (first: IsoDate) => addDays(first, Math.min(situation.dueDay, daysInMonthOf(first)) - 1);
    const thisMonth = dueIn(monthStart);
    date = thisMonth > situation.asOf ? thisMonth : dueIn(addMonths(monthStart, 1));
    if (NEXT_DUE_DATES.size >= 1024) NEXT_DUE_DATES.clear();
    NEXT_DUE_DATES.set(key, date);
  }
  return date;
}

/** The next due dates computed, by asOf and due day (a bounded memo of a pure function). */
const NEXT_DUE_DATES = new Map<string, IsoDate>();
