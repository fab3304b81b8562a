/**
 * When to look at a decision again: `reviewOn`, the first day after `asOf` on which the decision's
 * outcome (the alert level, the actions' steps, channels and dates, the obligations' statuses, the
 * prevention advice) can change with no new data, and why. A workflow engine sleeps until that
 * day instead of evaluating every account every night.
 *
 * Everything a decision rests on is a function of the account and of `asOf`. Between two records
 * of the account, the day changes a decision only through a short list of things, each of which
 * has a date computed here:
 *
 * - an action dated after `asOf` (the cadence, the cap of contacts, the contact days and the
 *   calendar put it there): `contact-allowed`, `action-date`;
 * - a legal deadline or gate of the obligations: upcoming → due on its date (`deadline-due`), due →
 *   overdue the day after (`deadline-overdue`), a gate opening (`gate-opens`), the winter truce
 *   starting on 1 November or ending (`winter-truce-starts`, `winter-truce-ends`);
 * - a pending promise to pay falling due (`promise-due`) or broken the day after its grace days
 *   (`promise-lapses`); an instalment of the plan on file falling due (`plan-instalment`);
 * - a day-count fact of the policy's conditions (`daysSinceFirstDefault`, `daysToCafSignalDeadline`…,
 *   which move by one each day) reaching the value that changes the result of a condition
 *   (`day-count`): each condition on such a fact is solved for the first day its result changes;
 * - a count over a rolling period read by the policy (contacts in 7 or 30 days, the early signs of
 *   6 months, promises broken in 6 months, payments of 30 days) losing or gaining an item
 *   (`count-window`); a member's birthday that changes an age the policy or the consumption units
 *   read (`birthday`);
 * - the next rent due day of a current tenancy (`rent-due`): the ERP posts the rent that day, and
 *   a proposed plan starts on the next one; the benefit impayé of the 2027 rule, constituted 3
 *   months after the arrears began (`benefit-unpaid`); the prevention advice that waits for the end
 *   of the lease's first year or for an unpaid item 10 days old (`advice`);
 * - the law that judges the day changing (the 2027 rule of the benefit impayé starting, which a
 *   debt above 450 € meets that day: `law-change`), or the policy's version in force ending
 *   (`policy-version`);
 * - a record of the account dated after `asOf` (a posting, a contact, a procedure date…), which
 *   counts from its day (`dated-record`);
 * - a fact of the host's own, whose course in time is unknown: the next day (`host-fact`).
 *
 * `reviewOn` is never later than a real change (a property test evaluates the account on the days
 * before it); it may be earlier, as on a rent due day when the ERP posts nothing new.
 *
 * @module
 */
import { judgePromises, type Account, type Situation } from '../account';
import { addDays, addMonths, daysBetween, isWinterTruce, winterTruceEnd, type IsoDate } from '../calendar';
import { daysInMonth } from '../calendar/epoch-day';
import { formatPath, type PathSegment } from '../errors';
import type { Voice } from '../i18n';
import { BENEFIT_REFORM_DATE } from '../law';
import { isAbove0 } from '../plans/exact';
import type { CompiledPolicy } from './compile';
import type { Condition, FactReader, JsonValue } from './conditions';
import { REVIEW_CODES, type Action, type ReviewCode, type ReviewOn } from './decision';
import { VULNERABLE_AGE } from './facts-case';
import { FACTS } from './facts';
import { OPERATORS, resolvePath } from './operators';
import { nextDueDate } from './schedule';
import { ageOn } from '../account/affordability';

/** What `reviewOn` is computed from: the decision's inputs and its actions. */
export interface ReviewInputs {
  readonly account: Account;
  readonly situation: Situation;
  readonly compiled: CompiledPolicy;
  readonly facts: FactReader;
  readonly voice: Voice;
  /** The decision's actions, with their dates. */
  readonly actions: readonly Action[];
}

/**
 * The facts that count days: each moves by one a day (`+1` for days since, `−1` for days to)
 * while no record of the account changes what it counts from.
 *
 * @example
 * ```ts
 * DAY_COUNT_FACTS.daysSinceFirstDefault; // => 1
 * DAY_COUNT_FACTS.daysToCafSignalDeadline; // => -1
 * ```
 */
export const DAY_COUNT_FACTS: Readonly<Record<string, 1 | -1>> = Object.freeze({
  daysSinceFirstDefault: 1,
  daysSinceBenefitUnpaid: 1,
  daysSinceLastContact: 1,
  daysSinceFinalStatement: 1,
  daysSinceFormalNotice: 1,
  daysSinceInjonction: 1,
  daysToCafSignalDeadline: -1,
  daysToPromiseDue: -1,
  daysToPayerPlanDeadline: -1,
});

/**
 * The facts that change with the day otherwise than by one a day, and how `reviewOn` follows them:
 * counts over a rolling period (`window`), ages (`age`). Every other fact of the library changes
 * only with a record of the account, an obligation's status, a promise, an instalment of the plan
 * or the law's dates, which `reviewOn` follows whatever the policy reads.
 *
 * @example
 * ```ts
 * TIME_FACTS.contactsLast7Days; // => 'window'
 * ```
 */
export const TIME_FACTS: Readonly<Record<string, 'window' | 'age'>> = Object.freeze({
  contactsLast7Days: 'window',
  contactsLast30Days: 'window',
  partialPayments: 'window',
  latePayments: 'window',
  missedPayments: 'window',
  brokenPromisesLast6Months: 'window',
  paidHalfResidualRent: 'window',
  oldestMemberAge: 'age',
  vulnerable: 'age',
});

/** One fact condition of the compiled policy, where it is, and what it compares with. */
interface Leaf {
  readonly fact: string;
  readonly operator: string;
  readonly value: JsonValue;
  readonly path: string | undefined;
  readonly ref: { readonly fact: string; readonly path: string | undefined } | null;
  readonly at: string;
}

/** A possible change: its day, its code, what it is about, and its text when it is kept. */
interface Candidate {
  readonly date: IsoDate;
  readonly code: ReviewCode;
  readonly subject: string | null;
  readonly say: () => string;
}

const LAST_DATE: IsoDate = '2200-12-31';
const RENT_KINDS: ReadonlySet<string> = new Set(['rent', 'charges']);
const TENANT_CONTACT = (channel: string) => channel !== 'internal';

function isFactReference(value: unknown): value is { fact: string; path?: string } {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, 'fact');
}

function collect(condition: Condition, at: readonly PathSegment[], out: Leaf[]): void {
  if ('all' in condition) {
    condition.all.forEach((c, i) => {
      collect(c, [...at, 'all', i], out);
    });
  } else if ('any' in condition) {
    condition.any.forEach((c, i) => {
      collect(c, [...at, 'any', i], out);
    });
  } else if ('not' in condition) collect(condition.not, [...at, 'not'], out);
  else {
    const ref = isFactReference(condition.value)
      ? { fact: String(condition.value.fact), path: condition.value.path }
      : null;
    out.push({
      fact: condition.fact,
      operator: condition.operator,
      value: condition.value,
      path: condition.path,
      ref,
      at: formatPath(at),
    });
  }
}

/** What `reviewOn` reads of a compiled policy, found once per compiled policy. */
interface PolicyReading {
  /** The fact conditions on a day-count fact, on either side. */
  readonly dayCountLeaves: readonly Leaf[];
  /**
   * For each of them, the index of the first one that makes the same comparison (the same fact,
   * operator, value, path and reference, wherever it is): its change is the same, found once.
   */
  readonly sameAs: readonly number[];
  /** The facts the conditions read, on either side of a comparison. */
  readonly read: ReadonlySet<string>;
  /** The facts read that the library does not know (a host's own), sorted. */
  readonly hostFacts: readonly string[];
}

const READINGS = new WeakMap<CompiledPolicy, PolicyReading>();

/** The fact conditions of the levels, channel rules and steps, in the policy's order, and what they read (cached). */
function readingOf(compiled: CompiledPolicy): PolicyReading {
  let reading = READINGS.get(compiled);
  if (reading === undefined) {
    const leaves: Leaf[] = [];
    const levels = [...compiled.levels].sort((a, b) => a.index - b.index);
    for (const l of levels) if (l.conditions !== null) collect(l.conditions, ['levels', l.index, 'conditions'], leaves);
    for (const r of compiled.channelRules) collect(r.conditions, ['channels', 'rules', r.index, 'conditions'], leaves);
    for (const s of compiled.steps)
      if (s.conditions !== null) collect(s.conditions, ['steps', s.index, 'conditions'], leaves);
    const read = new Set<string>();
    for (const leaf of leaves) {
      read.add(leaf.fact);
      if (leaf.ref !== null) read.add(leaf.ref.fact);
    }
    const dayCountLeaves = leaves.filter(
      (l) => Object.hasOwn(DAY_COUNT_FACTS, l.fact) || (l.ref !== null && Object.hasOwn(DAY_COUNT_FACTS, l.ref.fact)),
    );
    const first = new Map<string, number>();
    const sameAs = dayCountLeaves.map((l, i) => {
      const key = JSON.stringify([l.fact, l.operator, l.value, l.path ?? null, l.ref]);
      const seen = first.get(key);
      if (seen !== undefined) return seen;
      first.set(key, i);
      return i;
    });
    reading = Object.freeze({
      dayCountLeaves: Object.freeze(dayCountLeaves),
      sameAs: Object.freeze(sameAs),
      read,
      hostFacts: Object.freeze([...read].filter((f) => !Object.hasOwn(FACTS, f)).sort()),
    });
    READINGS.set(compiled, reading);
  }
  return reading;
}

function read(facts: FactReader, name: string, path: string | undefined): unknown {
  const value = facts(name);
  return path !== undefined && path !== '' && value !== null && typeof value === 'object'
    ? resolvePath(value, path)
    : value;
}

/** `n` days after `date`, or `null` past the last supported date. */
function plusDays(date: IsoDate, n: number): IsoDate | null {
  try {
    return addDays(date, n);
  } catch {
    return null;
  }
}

/** `n` months after `date`, or `null` past the last supported date. */
function plusMonths(date: IsoDate, n: number): IsoDate | null {
  try {
    return addMonths(date, n);
  } catch {
    return null;
  }
}

/**
 * The day an item dated `item` leaves a window of the 6 months ending on the evaluation day (it
 * counts while it is after the day 6 months earlier): the first day whose date 6 months earlier
 * is on or after `item`.
 */
function leavesSixMonths(item: IsoDate): IsoDate | null {
  let d = plusMonths(item, 6);
  for (let guard = 0; d !== null && guard < 5 && addMonths(d, -6) < item; guard++) d = plusDays(d, 1);
  return d;
}

const numbersOf = (value: unknown): number[] =>
  typeof value === 'number'
    ? [value]
    : Array.isArray(value)
      ? value.filter((v): v is number => typeof v === 'number')
      : [];

/**
 * The first day after `asOf` on which a condition on a day-count fact changes its result, with
 * the fact that moved and its value that day; `null` when it never does while nothing else
 * changes.
 *
 * The fact moves by one a day (its `DAY_COUNT_FACTS` slope), as may the fact it is compared with.
 * A comparison of two numbers can only change where their difference is near a pivot (the value
 * compared with, or zero between two moving facts): the days around each pivot are tried in order,
 * and the first whose result differs from today's is the change.
 */
function dayCountChange(
  leaf: Leaf,
  facts: FactReader,
  horizon: number,
): { k: number; fact: string; value: unknown } | null {
  const sL = DAY_COUNT_FACTS[leaf.fact] ?? 0;
  const sR = leaf.ref === null ? 0 : (DAY_COUNT_FACTS[leaf.ref.fact] ?? 0);
  if (sL === 0 && sR === 0) return null;
  const v0 = read(facts, leaf.fact, leaf.path);
  const w0 = leaf.ref === null ? leaf.value : read(facts, leaf.ref.fact, leaf.ref.path);
  const eL = typeof v0 === 'number' && Number.isFinite(v0) ? sL : 0;
  const eR = typeof w0 === 'number' && Number.isFinite(w0) ? sR : 0;
  // Neither side moves (a missing value stays missing): the comparison never changes.
  if (eL === 0 && eR === 0) return null;
  const op = OPERATORS[leaf.operator];
  if (op === undefined) {
    // An operator of the host's own on a moving fact: its breakpoints are unknown, so tomorrow.
    return eL !== 0
      ? { k: 1, fact: leaf.fact, value: (v0 as number) + eL }
      : { k: 1, fact: leaf.ref!.fact, value: (w0 as number) + eR };
  }
  // Both moving together: the library's comparisons of two numbers depend on their difference only.
  if (eL === eR) return null;
  const v = (k: number) => (eL === 0 ? v0 : (v0 as number) + eL * k);
  const w = (k: number) => (eR === 0 ? w0 : (w0 as number) + eR * k);
  const bases: number[] = [];
  if (eR === 0) for (const p of numbersOf(w0)) bases.push((p - (v0 as number)) / eL);
  else if (eL === 0) {
    if (typeof v0 === 'number') bases.push((v0 - (w0 as number)) / eR);
  } else bases.push(((w0 as number) - (v0 as number)) / (eL - eR));
  const ks = new Set<number>();
  for (const b of bases) {
    if (!Number.isFinite(b)) continue;
    const f = Math.floor(b);
    for (let d = -1; d <= 2; d++) if (f + d >= 1 && f + d <= horizon) ks.add(f + d);
  }
  const today = op.evaluate(v0, w0);
  for (const k of [...ks].sort((a, b) => a - b)) {
    if (op.evaluate(v(k), w(k)) !== today) {
      return eL !== 0 ? { k, fact: leaf.fact, value: v(k) } : { k, fact: leaf.ref!.fact, value: w(k) };
    }
  }
  return null;
}

/** The days from the last evaluation day to the last supported date, for the last one asked (a run has one). */
let horizonOf: { readonly asOf: IsoDate; readonly days: number } | null = null;

function horizonFrom(asOf: IsoDate): number {
  if (horizonOf === null || horizonOf.asOf !== asOf) horizonOf = { asOf, days: daysBetween(asOf, LAST_DATE) };
  return horizonOf.days;
}

/** The conditions on day-count facts: for each fact and day, the conditions that change then. */
function dayCounts(inputs: ReviewInputs, out: Candidate[]): void {
  const { situation, facts, voice } = inputs;
  const asOf = situation.asOf;
  const { dayCountLeaves: leaves, sameAs } = readingOf(inputs.compiled);
  if (leaves.length === 0) return;
  const horizon = horizonFrom(asOf);
  // Only the first day any condition changes can be the review day: a later change never shows.
  let first = Number.POSITIVE_INFINITY;
  let changes: { readonly leaf: Leaf; readonly fact: string; readonly value: unknown }[] = [];
  // The change of each distinct comparison, found once: policies repeat a condition in many rules.
  const known: (ReturnType<typeof dayCountChange> | undefined)[] = [];
  for (let i = 0; i < leaves.length; i++) {
    const leaf = leaves[i]!;
    const same = sameAs[i]!;
    let change = known[same];
    if (change === undefined) {
      change = dayCountChange(leaves[same]!, facts, horizon);
      known[same] = change;
    }
    if (change === null || change.k > first) continue;
    if (change.k < first) {
      first = change.k;
      changes = [];
    }
    changes.push({ leaf, fact: change.fact, value: change.value });
  }
  if (changes.length === 0) return;
  const date = addDays(asOf, first);
  // The conditions that change that day, by fact, in the policy's order.
  const found = new Map<string, { fact: string; value: unknown; at: string[] }>();
  for (const c of changes) {
    const seen = found.get(c.fact);
    if (seen === undefined) found.set(c.fact, { fact: c.fact, value: c.value, at: [c.leaf.at] });
    else seen.at.push(c.leaf.at);
  }
  for (const f of found.values()) {
    out.push({
      date,
      code: 'day-count',
      subject: f.fact,
      say: () =>
        voice.say('review.dayCount', {
          fact: f.fact,
          value: typeof f.value === 'number' ? voice.count(f.value) : String(f.value),
          on: voice.date(date),
          at: f.at.join(', '),
        }),
    });
  }
}

/** The days the counts over a rolling period that the policy reads gain or lose an item. */
function windows(inputs: ReviewInputs, read: ReadonlySet<string>, out: Candidate[]): void {
  const { account, situation, voice, compiled } = inputs;
  const asOf = situation.asOf;
  const push = (fact: string, date: IsoDate | null) => {
    if (date === null || date <= asOf) return;
    out.push({
      date,
      code: 'count-window',
      subject: fact,
      say: () => voice.say('review.window', { fact, on: voice.date(date) }),
    });
  };
  const earliest = (dates: Iterable<IsoDate | null>): IsoDate | null => {
    let min: IsoDate | null = null;
    for (const d of dates) if (d !== null && d > asOf && (min === null || d < min)) min = d;
    return min;
  };
  const first = (fact: string, dates: Iterable<IsoDate | null>) => push(fact, earliest(dates));
  const contacts = (account.contacts ?? []).filter((c) => TENANT_CONTACT(c.channel) && c.date <= asOf);
  // The first contact to leave the last `days` days leaves `days` after its date: of the contacts
  // dated after asOf − days, the earliest (one date to add days to, not one per contact).
  const leavingLast = (days: number): IsoDate | null => {
    const cut = plusDays(asOf, -days);
    if (cut === null) return earliest(contacts.map((c) => plusDays(c.date, days)));
    let min: IsoDate | null = null;
    for (const c of contacts) if (c.date > cut && (min === null || c.date < min)) min = c.date;
    return min === null ? null : plusDays(min, days);
  };
  if (read.has('contactsLast7Days')) push('contactsLast7Days', leavingLast(7));
  if (read.has('contactsLast30Days')) push('contactsLast30Days', leavingLast(30));
  for (const fact of ['partialPayments', 'latePayments', 'missedPayments']) {
    if (!read.has(fact)) continue;
    const leaving = account.ledger
      .filter((p) => RENT_KINDS.has(p.kind) && p.date <= asOf)
      .map((p) => leavesSixMonths(p.date));
    // An unpaid item becomes « missed » once more than 10 days old.
    const missed = situation.unpaidItems.filter((i) => RENT_KINDS.has(i.kind)).map((i) => plusDays(i.date, 11));
    first(fact, [...leaving, ...missed]);
  }
  if (read.has('brokenPromisesLast6Months') && (account.promises ?? []).length > 0) {
    const states = judgePromises(account, asOf, compiled.promises);
    first(
      'brokenPromisesLast6Months',
      states.filter((p) => p.status === 'broken').map((p) => leavesSixMonths(addDays(p.lastDay, 1))),
    );
  }
  if (read.has('paidHalfResidualRent')) {
    first(
      'paidHalfResidualRent',
      account.ledger
        .filter((p) => (p.kind === 'payment' || p.kind === 'payment-reversal') && p.date <= asOf)
        .map((p) => plusDays(p.date, 30)),
    );
  }
}

/** The members' next birthdays that change an age something reads. */
function birthdays(inputs: ReviewInputs, read: ReadonlySet<string>, out: Candidate[]): void {
  const { account, situation, voice } = inputs;
  // Any age the policy reads; else the ages that change the consumption units (14) or make the
  // household vulnerable (75), which the plan and the facts read.
  const anyAge = read.has('oldestMemberAge');
  const members = account.household.members ?? [];
  // Each member's next birthday written from the date itself (as addMonths writes it: a 29
  // February on the 28th in a common year); only the earliest is then checked with the calendar,
  // which also bounds the dates (the member's whole loop runs again if it disagrees).
  let best: { readonly birthDate: IsoDate; readonly age: number; readonly date: IsoDate } | null = null;
  for (const m of members) {
    if (m.birthDate === undefined) continue;
    const age = ageOn(m, situation.asOf) + 1;
    if (!anyAge && age !== 14 && age !== VULNERABLE_AGE) continue;
    const date = anniversary(m.birthDate, age);
    if (date > situation.asOf && (best === null || date < best.date)) best = { birthDate: m.birthDate, age, date };
  }
  let next: IsoDate | null = best === null ? null : plusMonths(best.birthDate, best.age * 12);
  if (best !== null && next !== best.date) {
    next = null;
    for (const m of members) {
      if (m.birthDate === undefined) continue;
      const age = ageOn(m, situation.asOf) + 1;
      if (!anyAge && age !== 14 && age !== VULNERABLE_AGE) continue;
      const d = plusMonths(m.birthDate, age * 12);
      if (d !== null && d > situation.asOf && (next === null || d < next)) next = d;
    }
  }
  if (next === null) return;
  const date = next;
  out.push({
    date,
    code: 'birthday',
    subject: null,
    say: () => voice.say('review.birthday', { on: voice.date(date) }),
  });
}

/** The `years`-th anniversary of a date, as `addMonths(date, 12 × years)` writes it (no range check). */
function anniversary(date: IsoDate, years: number): IsoDate {
  const year = Number(date.slice(0, 4)) + years;
  const month = Number(date.slice(5, 7));
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${date.slice(5, 7)}-${day < 10 ? '0' : ''}${day}`;
}

/** The actions dated after `asOf`: the day the cadence and the calendar allow them. */
function actionDates(inputs: ReviewInputs, out: Candidate[]): void {
  const { situation, voice } = inputs;
  for (const a of inputs.actions) {
    if (a.date <= situation.asOf) continue;
    const contact = a.channel !== 'internal';
    out.push({
      date: a.date,
      code: contact ? 'contact-allowed' : 'action-date',
      subject: a.step,
      say: () =>
        contact
          ? voice.say('review.contactAllowed', {
              step: a.step,
              channel: voice.word('channel', a.channel),
              on: voice.date(a.date),
            })
          : voice.say('review.actionDate', { step: a.step, on: voice.date(a.date) }),
    });
  }
}

/** The obligations' next status: a deadline due or overdue, a gate opening; the winter truce. */
function obligations(inputs: ReviewInputs, out: Candidate[]): void {
  const { situation, voice } = inputs;
  const asOf = situation.asOf;
  for (const o of situation.obligations) {
    if (o.kind === 'deadline') {
      if (o.status === 'upcoming') {
        out.push({
          date: o.date,
          code: 'deadline-due',
          subject: o.code,
          say: () => voice.say('review.deadlineDue', { code: o.code, on: voice.date(o.date) }),
        });
      } else if (o.status === 'due') {
        const date = plusDays(o.date, 1);
        if (date !== null)
          out.push({
            date,
            code: 'deadline-overdue',
            subject: o.code,
            say: () =>
              voice.say('review.deadlineOverdue', { code: o.code, date: voice.date(o.date), on: voice.date(date) }),
          });
      }
    } else if (o.status === 'closed' && o.date > asOf) {
      out.push({
        date: o.date,
        code: o.code === 'winter_truce' ? 'winter-truce-ends' : 'gate-opens',
        subject: o.code,
        say: () =>
          o.code === 'winter_truce'
            ? voice.say('review.winterTruceEnds', { on: voice.date(o.date) })
            : voice.say('review.gateOpens', { code: o.code, on: voice.date(o.date) }),
      });
    }
  }
  // Outside the truce, the day it starts: a tenant in the home who owes sees the winter_truce gate.
  if (situation.departure === null && isAbove0(situation.balance)) {
    const start = truceStartFrom(asOf, situation.zone);
    if (start !== null)
      out.push({
        date: start,
        code: 'winter-truce-starts',
        subject: 'winter_truce',
        say: () => voice.say('review.winterTruceStarts', { on: voice.date(start) }),
      });
  }
}

/** The days the winter truce starts, outside it, by evaluation day and zone (a bounded memo). */
const TRUCE_STARTS = new Map<string, IsoDate | null>();

/**
 * Outside the winter truce of the zone on `asOf`, the first day of the next one; `null` inside it
 * (or with none ahead). A run has one `asOf` and a few zones: each answer is found once.
 */
function truceStartFrom(asOf: IsoDate, zone: Situation['zone']): IsoDate | null {
  const key = `${asOf} ${zone}`;
  let start = TRUCE_STARTS.get(key);
  if (start === undefined) {
    start = winterTruceEnd(asOf, zone) === null ? nextTruceStart(asOf, zone) : null;
    if (TRUCE_STARTS.size >= 1024) TRUCE_STARTS.clear();
    TRUCE_STARTS.set(key, start);
  }
  return start;
}

/** The first day after `asOf` inside the winter truce of the zone (the mainland period: CPCE L.412-6). */
function nextTruceStart(asOf: IsoDate, zone: Situation['zone']): IsoDate | null {
  const year = Number(asOf.slice(0, 4));
  for (const y of [year, year + 1]) {
    const d = `${y}-11-01`;
    if (d > asOf && d <= LAST_DATE && isWinterTruce(d, zone)) return d;
  }
  // Not the mainland period: the first day of it, day by day, within a year.
  for (let k = 1; k <= 366; k++) {
    const d = plusDays(asOf, k);
    if (d === null) return null;
    if (isWinterTruce(d, zone)) return d;
  }
  return null;
}

/** Pending promises falling due, and lapsing once their grace days have passed. */
function promises(inputs: ReviewInputs, out: Candidate[]): void {
  const { account, situation, compiled, voice } = inputs;
  if ((account.promises ?? []).length === 0) return;
  for (const p of judgePromises(account, situation.asOf, compiled.promises)) {
    if (p.status !== 'pending') continue;
    const said = { amount: voice.money(p.amount), dueOn: voice.date(p.dueOn) };
    if (p.dueOn > situation.asOf) {
      out.push({
        date: p.dueOn,
        code: 'promise-due',
        subject: p.dueOn,
        say: () => voice.say('review.promiseDue', said),
      });
    }
    const lapse = plusDays(p.lastDay, 1);
    if (lapse !== null)
      out.push({
        date: lapse,
        code: 'promise-lapses',
        subject: p.dueOn,
        say: () => voice.say('review.promiseLapses', { ...said, on: voice.date(lapse) }),
      });
  }
}

/** The next instalment of the plan on file to fall due. */
function instalments(inputs: ReviewInputs, out: Candidate[]): void {
  const { situation, voice } = inputs;
  const next = situation.plan?.instalments.find((i) => i.status === 'upcoming' && i.dueOn > situation.asOf);
  if (next === undefined) return;
  out.push({
    date: next.dueOn,
    code: 'plan-instalment',
    subject: next.dueOn,
    say: () => voice.say('review.planInstalment', { amount: voice.money(next.amount), dueOn: voice.date(next.dueOn) }),
  });
}

/** The next rent due day; the 2027 impayé at 3 months; the advice that waits for a day. */
function tenancyDates(inputs: ReviewInputs, out: Candidate[]): void {
  const { situation, voice } = inputs;
  const asOf = situation.asOf;
  if (situation.tenancy !== 'current') return;
  const due = nextDueDate(situation);
  out.push({
    date: due,
    code: 'rent-due',
    subject: null,
    say: () => voice.say('review.rentDue', { on: voice.date(due) }),
  });

  // The benefit impayé, not constituted yet, with no new posting: on the day the 2027 rule starts
  // (a debt above 450 €), or 3 months after the arrears began under it (CCH R.824-2).
  const bu = situation.benefitUnpaid;
  if (bu.applies && !bu.constituted && situation.arrearsSince !== null && isAbove0(situation.balance)) {
    const since = situation.arrearsSince;
    if (asOf < BENEFIT_REFORM_DATE)
      out.push({
        date: BENEFIT_REFORM_DATE,
        code: 'law-change',
        subject: 'benefit_unpaid',
        say: () => voice.say('review.lawChange', { id: 'benefit_unpaid', on: voice.date(BENEFIT_REFORM_DATE) }),
      });
    const three = plusMonths(since, 3);
    if (three !== null && three > asOf && three >= BENEFIT_REFORM_DATE)
      out.push({
        date: three,
        code: 'benefit-unpaid',
        subject: null,
        say: () => voice.say('review.benefitUnpaid', { on: voice.date(three), since: voice.date(since) }),
      });
  }

  const firstYearEnds = situation.dwelling.firstYearEndsOn;
  if (asOf <= firstYearEnds) {
    const date = plusDays(firstYearEnds, 1);
    if (date !== null)
      out.push({
        date,
        code: 'advice',
        subject: 'consider-mutation',
        say: () => voice.say('review.advice.mutation', { on: voice.date(date) }),
      });
  }
  const hb = situation.housingBenefit;
  if (
    hb !== null &&
    hb.stoppedOn === null &&
    hb.paidTo === 'tenant' &&
    situation.firstDefaultOn !== null &&
    isAbove0(situation.arrears)
  ) {
    const date = plusDays(situation.firstDefaultOn, 11);
    if (date !== null && date > asOf)
      out.push({
        date,
        code: 'advice',
        subject: 'switch-to-tiers-payant',
        say: () => voice.say('review.advice.tiersPayant', { on: voice.date(date) }),
      });
  }
}

/** The day the policy's version in force ends. */
function policyVersion(inputs: ReviewInputs, out: Candidate[]): void {
  const { situation, compiled, voice } = inputs;
  const asOf = situation.asOf;
  const end = compiled.policy.effectiveTo;
  if (end != null && end > asOf) {
    const version = compiled.policy.version;
    out.push({
      date: end,
      code: 'policy-version',
      subject: version,
      say: () => voice.say('review.policyVersion', { version, on: voice.date(end) }),
    });
  }
}

const PROCEDURE_DATES = [
  'cafSignalledOn',
  'ccapexReferredOn',
  'fslReferredOn',
  'commandementOn',
  'guarantorNotifiedOn',
  'assignationOn',
  'prefectNotifiedOn',
  'judgmentOn',
  'commandementToLeaveOn',
  'finalStatementOn',
  'formalNoticeOn',
  'injonctionOn',
  'writeOffOn',
  'surendettementRecevableOn',
] as const;

/** The earliest of the dates of a list of records that falls after `asOf`, or `null`. */
function firstAfter<T>(
  asOf: IsoDate,
  items: readonly T[] | null | undefined,
  dateOf: (item: T) => IsoDate,
): IsoDate | null {
  let min: IsoDate | null = null;
  if (items == null) return min;
  for (let i = 0; i < items.length; i++) {
    const d = dateOf(items[i]!);
    if (d > asOf && (min === null || d < min)) min = d;
  }
  return min;
}

/** A record dated after `asOf` (the earliest of its kind): a candidate, its text written when kept. */
function pushRecord(
  out: Candidate[],
  voice: Voice,
  asOf: IsoDate,
  subject: string,
  min: IsoDate | null | undefined,
): void {
  if (min == null || min <= asOf) return;
  const date = min;
  out.push({
    date,
    code: 'dated-record',
    subject,
    say: () => voice.say('review.datedRecord', { subject, on: voice.date(date) }),
  });
}

// The dates of the records, read by functions shared by every account (no closure per account).
const POSTED_ON = (p: { readonly date: IsoDate }) => p.date;
const PROMISED_ON = (p: { readonly madeOn: IsoDate }) => p.madeOn;
const PROCEDURE_SUBJECTS = PROCEDURE_DATES.map((field) => `procedure.${field}`);

/** The records of the account dated after `asOf`: each counts from its day. */
function records(inputs: ReviewInputs, out: Candidate[]): void {
  const { account, situation, voice } = inputs;
  const asOf = situation.asOf;
  pushRecord(out, voice, asOf, 'ledger', firstAfter(asOf, account.ledger, POSTED_ON));
  pushRecord(out, voice, asOf, 'contacts', firstAfter(asOf, account.contacts, POSTED_ON));
  pushRecord(out, voice, asOf, 'approvals', firstAfter(asOf, account.approvals, POSTED_ON));
  pushRecord(out, voice, asOf, 'promises', firstAfter(asOf, account.promises, PROMISED_ON));
  pushRecord(out, voice, asOf, 'payerEvents', firstAfter(asOf, account.payerEvents, POSTED_ON));
  const procedure = account.procedure;
  if (procedure != null) {
    for (let i = 0; i < PROCEDURE_DATES.length; i++)
      pushRecord(out, voice, asOf, PROCEDURE_SUBJECTS[i]!, procedure[PROCEDURE_DATES[i]!]);
  }
  pushRecord(out, voice, asOf, 'lease.endedOn', account.lease.endedOn);
  pushRecord(out, voice, asOf, 'housingBenefit.stoppedOn', account.housingBenefit?.stoppedOn);
  pushRecord(out, voice, asOf, 'household.cesfAssessment', account.household.cesfAssessment?.assessedOn);
}

/** A fact of the host's own read by the policy: its course in time is unknown, so the next day. */
function hostFacts(inputs: ReviewInputs, out: Candidate[]): void {
  const { situation, voice } = inputs;
  const facts = readingOf(inputs.compiled).hostFacts;
  const date = facts.length === 0 ? null : plusDays(situation.asOf, 1);
  if (date === null) return;
  for (const fact of facts) {
    out.push({
      date,
      code: 'host-fact',
      subject: fact,
      say: () => voice.say('review.hostFact', { fact, on: voice.date(date) }),
    });
  }
}

const CODE_ORDER: ReadonlyMap<string, number> = new Map(REVIEW_CODES.map((c, i) => [c, i]));

/**
 * The first day after `asOf` on which the decision can change with no new data, and why.
 *
 * @param inputs - The decision's inputs and its actions.
 * @returns `{ date, reasons }`: the day, and every reason that falls on it, by code (in the order
 *   of `REVIEW_CODES`) then subject; `null` when nothing can ever change without new data (a
 *   departed tenant with nothing left to settle).
 * @example
 * ```ts
 * // Paid up on 2026-11-10, rent due on the 1st:
 * reviewOn(inputs); // => { date: '2026-12-01', reasons: [{ code: 'rent-due', subject: null, text: 'Le loyer…' }] }
 * ```
 */
export function reviewOn(inputs: ReviewInputs): ReviewOn {
  const out: Candidate[] = [];
  const read = readingOf(inputs.compiled).read;
  actionDates(inputs, out);
  obligations(inputs, out);
  promises(inputs, out);
  instalments(inputs, out);
  dayCounts(inputs, out);
  windows(inputs, read, out);
  birthdays(inputs, read, out);
  tenancyDates(inputs, out);
  policyVersion(inputs, out);
  records(inputs, out);
  hostFacts(inputs, out);
  let date: IsoDate | null = null;
  for (const c of out) if (c.date > inputs.situation.asOf && (date === null || c.date < date)) date = c.date;
  if (date === null) return null;
  const reasons = out
    .filter((c) => c.date === date)
    .sort((a, b) => {
      const x = a.subject ?? '';
      const y = b.subject ?? '';
      return CODE_ORDER.get(a.code)! - CODE_ORDER.get(b.code)! || (x < y ? -1 : x > y ? 1 : 0);
    });
  const seen = new Set<string>();
  return {
    date,
    reasons: reasons
      .filter((c) => {
        const key = `${c.code} ${c.subject ?? ''}`;
        if (seen.has(key)) return false;
        seen.add(key);
        return true;
      })
      .map((c) => ({ code: c.code, subject: c.subject, text: c.say() })),
  };
}
