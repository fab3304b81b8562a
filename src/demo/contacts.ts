/**
 * The contacts of a demo account: how the household can be reached, the reminders sent while
 * its balance stays positive, and the internal notes of the procedure.
 *
 * @module
 */
import type { Channel as AccountChannel } from '../account';
import { onWeekday } from './frame';
import type { Entry } from './ledger';
import type { ProcedureDays } from './procedure';
import { weighted, type Prng } from './prng';

/** Channel of a contact, as in the account contract. */
export type Channel = AccountChannel;

/** Outcome of a contact. */
export type Outcome = 'reached' | 'no-answer' | 'promise-to-pay' | 'returned';

/** A contact, on an epoch day. */
export interface Contact {
  readonly day: number;
  readonly channel: Channel;
  readonly step: string;
  readonly outcome?: Outcome;
}

/** How the household can be reached. */
export interface Reach {
  readonly email: boolean;
  readonly mobile: boolean;
  /** At ease with digital channels. */
  readonly comfortable: boolean;
  /** Channels the household asked for, most wanted first (often none). */
  readonly preferred: Channel[];
  /** The channel of the second reminder. */
  readonly second: Channel;
  /** A home visit for the elderly and the unconnected, an appointment otherwise. */
  readonly visit: Channel;
}

const CALL_OUTCOMES = weighted<'reached' | 'no-answer' | 'promise-to-pay'>([
  ['reached', 35],
  ['no-answer', 35],
  ['promise-to-pay', 30],
]);

/** The landlord keeps the 12 most recent contacts with the tenant (older ones are archived by the ERP). */
const KEPT_CONTACTS = 12;

/**
 * Draws how the household can be reached: the older, the less digital.
 *
 * @example
 * ```ts
 * drawReach(rng, 80).visit; // => 'home-visit'
 * ```
 */
export function drawReach(rng: Prng, headAge: number): Reach {
  const email = rng.chance(headAge >= 75 ? 0.15 : headAge >= 60 ? 0.45 : headAge >= 30 ? 0.75 : 0.85);
  const mobile = rng.chance(headAge >= 75 ? 0.45 : headAge >= 60 ? 0.75 : headAge >= 30 ? 0.93 : 0.97);
  const comfortable = (email || mobile) && rng.chance(headAge >= 75 ? 0.1 : headAge >= 60 ? 0.3 : 0.65);
  const preferred: Channel[] = [];
  if (rng.chance(0.3)) {
    if (headAge >= 70 || (!email && !mobile)) preferred.push(rng.chance(0.6) ? 'letter' : 'phone');
    else if (mobile && rng.chance(0.6)) preferred.push('sms');
    else if (email) preferred.push('email');
    else preferred.push('phone');
    if (rng.chance(0.35)) preferred.push(preferred[0] === 'letter' ? 'phone' : 'letter');
  }
  const second: Channel = preferred[0] ?? (mobile ? 'sms' : email ? 'email' : 'letter');
  const visit: Channel = headAge >= 75 || (!email && !mobile) ? 'home-visit' : 'appointment';
  return { email, mobile, comfortable, preferred, second, visit };
}

/**
 * The episodes of arrears: `[first day, day paid off)` of each run of positive end-of-day
 * balances, the last one open until `asOf`.
 *
 * @param entries - The book's entries in date order.
 * @example
 * ```ts
 * arrearsEpisodes([], 20780); // => []
 * ```
 */
export function arrearsEpisodes(entries: readonly Entry[], asOfDay: number): [number, number][] {
  const episodes: [number, number][] = [];
  let running = 0;
  let start: number | null = null;
  for (let i = 0; i < entries.length; i++) {
    running += entries[i]!.effect;
    const day = entries[i]!.day;
    if (i + 1 < entries.length && entries[i + 1]!.day === day) continue; // end-of-day balance
    if (running > 0 && start === null) start = day;
    else if (running <= 0 && start !== null) {
      episodes.push([start, day]);
      start = null;
    }
  }
  if (start !== null) episodes.push([start, asOfDay + 1]);
  return episodes;
}

/**
 * The contacts of the account, by day: reminders in every episode of arrears of 16 days or
 * more (the 12 most recent kept), then the internal notes of the procedure.
 *
 * @param entries - The book's entries in date order.
 * @example
 * ```ts
 * contactsOf(rng, [], 20780, reach, procedureDays); // => []
 * ```
 */
export function contactsOf(
  rng: Prng,
  entries: readonly Entry[],
  asOfDay: number,
  reach: Reach,
  days: ProcedureDays,
): Contact[] {
  const contacts: Contact[] = [];
  for (const [start, stop] of arrearsEpisodes(entries, asOfDay)) {
    if (stop - start >= 16) remind(rng, contacts, start, Math.min(stop, asOfDay + 1), reach);
  }
  contacts.sort((a, b) => a.day - b.day);
  if (contacts.length > KEPT_CONTACTS) contacts.splice(0, contacts.length - KEPT_CONTACTS);
  const internal = (day: number | null, step: string): void => {
    if (day !== null) contacts.push({ day, channel: 'internal', step });
  };
  internal(days.cafSignalled, 'caf-signal');
  internal(days.ccapexReferred, 'ccapex-referral');
  internal(days.fslReferred, 'fsl-referral');
  internal(days.commandement, 'commandement');
  internal(days.assignation, 'assignation');
  contacts.sort((a, b) => a.day - b.day);
  return contacts;
}

/**
 * The reminders of one episode, each on a weekday before `until`: a letter, a second reminder,
 * a call proposing a plan, a registered letter, then a rotation of channels every 30–50 days.
 */
function remind(rng: Prng, contacts: Contact[], start: number, until: number, reach: Reach): void {
  const add = (day: number, channel: Channel, step: string, outcome?: Outcome): boolean => {
    const d = onWeekday(day);
    if (d >= until) return false;
    contacts.push(outcome === undefined ? { day: d, channel, step } : { day: d, channel, step, outcome });
    return true;
  };
  let day = start + rng.int(15, 19);
  if (!add(day, 'letter', 'reminder', rng.chance(0.03) ? 'returned' : undefined)) return;
  day += rng.int(8, 12);
  if (!add(day, reach.second, 'reminder')) return;
  day += rng.int(10, 20);
  if (!add(day, 'phone', 'plan-proposal', rng.pick(CALL_OUTCOMES))) return;
  day += rng.int(20, 35);
  if (!add(day, 'registered-letter', 'reminder')) return;
  const rotation: readonly Channel[] = [reach.second, 'phone', reach.visit, 'letter'];
  for (let k = 0; ; k++) {
    day += rng.int(30, 50);
    const channel = rotation[k % rotation.length]!;
    const step = channel === 'phone' || channel === reach.visit ? 'plan-proposal' : 'reminder';
    if (!add(day, channel, step, channel === 'phone' ? rng.pick(CALL_OUTCOMES) : undefined)) return;
  }
}
