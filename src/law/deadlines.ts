/**
 * Legal deadlines and gates of the recovery procedure, computed from the dated parameters.
 *
 * Dates follow CPC art. 641 (a delay in months ends on the same day number, or the month's last
 * day; in weeks on the same weekday). CPC art. 642 roll-forward (a delay ending on a Saturday,
 * Sunday or public holiday of the zone ends on the next working day) applies only where it
 * protects the tenant or the validity of the act: the tenant's cure period and the delays behind a
 * gate. The landlord's own deadlines are never rolled.
 *
 * @module
 */
import { addDays, isWinterTruce, legalDeadline, winterTruceEnd, type IsoDate, type Zone } from '../calendar';
import { voiceOf, type Voice } from '../i18n/voice';
import {
  LEGAL_PARAMETERS,
  legalParameter,
  readingIn,
  sourceIn,
  type AppliedReading,
  type DepositRestitutionDelay,
  type LegalParameter,
  type LegalReading,
  type Period,
} from './parameters';

/** A date computed by the law, with the article it comes from. */
export interface LegalDate {
  /** The date. */
  readonly date: IsoDate;
  /** The article, ruling or decree, in the language of the voice that computed it (French by default). */
  readonly basis: string;
}

/**
 * The version of a parameter in force on `on`; before the first version, the first version (the
 * table starts where the calendar's supported dates matter for a running tenancy).
 */
function versionOn<V = Period>(id: string, on: IsoDate): LegalParameter<V> {
  const found = legalParameter<V>(id, on);
  if (found !== undefined) return found;
  const first = LEGAL_PARAMETERS.filter((p) => p.id === id).sort((a, b) => (a.validFrom < b.validFrom ? -1 : 1))[0];
  if (first === undefined) throw new Error(`no legal parameter ${id}`);
  return first as LegalParameter<V>;
}

/**
 * Last day to signal a benefit "impayé" to the CAF/MSA: the day it arose + 2 months, never rolled
 * (a landlord's own deadline).
 *
 * @param constitutedOn - Day the impayé arose.
 * @param voice - The language of the basis; French when not given.
 * @returns The deadline and its basis.
 * @example
 * ```ts
 * cafSignalDeadline('2026-12-31').date; // => '2027-02-28'
 * ```
 */
export function cafSignalDeadline(constitutedOn: IsoDate, voice: Voice = voiceOf('fr')): LegalDate {
  const p = versionOn('caf_signal_delay', constitutedOn);
  return {
    date: legalDeadline(constitutedOn, p.value, { roll: 'none', zone: 'metropole' }),
    basis: sourceIn(p, voice),
  };
}

/**
 * First day an assignation may be served: the day after the 2 months that follow the CCAPEX
 * referral (or, failing it, the CAF/MSA signalling), rolled forward per CPC 642 because the delay
 * protects the validity of the act.
 *
 * @param referredOn - Day of the CCAPEX referral, or of the CAF signalling.
 * @param zone - Holiday zone of the dwelling.
 * @param voice - The language of the basis; French when not given.
 * @returns The first allowed day and its basis.
 * @example
 * ```ts
 * assignationEarliest('2026-12-31', 'metropole').date; // => '2027-03-02' (ends Sun 28 Feb, rolled to Mon 1 Mar)
 * ```
 */
export function assignationEarliest(referredOn: IsoDate, zone: Zone, voice: Voice = voiceOf('fr')): LegalDate {
  const p = versionOn('ccapex_before_assignation', referredOn);
  return {
    date: addDays(legalDeadline(referredOn, p.value, { roll: 'cpc-642', zone }), 1),
    basis: sourceIn(p, voice),
  };
}

/**
 * The delay a commandement de payer gives the tenant before the clause résolutoire takes effect,
 * chosen by the date the lease was signed:
 *
 * - signed from 2023-07-29: 6 weeks (loi 89-462 art. 24 I as amended by loi 2023-668 art. 10),
 *   whatever the lease says;
 * - signed before: the lease's own delay (Cass. 3e civ., avis 13 June 2024, n° 24-70.002), within
 *   the law of its time: art. 24 I as then in force, d'ordre public (art. 2), gave the clause
 *   effect only « deux mois après un commandement de payer demeuré infructueux ». A clause shorter
 *   than these 2 months gives the tenant the 2 months, and the basis says that the clause is below
 *   the legal minimum of its time (a judge may hold the clause itself void); a clause of 2 months
 *   or more keeps its length; no clause, 2 months.
 *
 * How a clause is compared with the 2 months: by the day each ends, counted from the commandement
 * by CPC art. 641 (months first, then weeks and days), before any CPC 642 roll-forward (which
 * moves both ends alike, so it cannot reverse the order). The clause keeps its length when it ends
 * on or after the day the 2 months end. A period may mix months, weeks and days, and months differ
 * in length, so « 60 days » is longer than 2 months from 31 December (2 months end on 28 February)
 * and shorter from 1 July (they end on 1 September): given `commandementOn`, the comparison is
 * exact for that commandement. Without it, the clause keeps its length only when it ends on or
 * after the 2 months whatever the commandement day (checked on every day of four consecutive years,
 * which cover every month length and leap year), and the 2 months apply otherwise.
 *
 * @param signedOn - Day the lease was signed.
 * @param contractual - The delay written in an older lease, if any.
 * @param commandementOn - Day the commandement de payer was served, when known: the clause is then
 *   compared with the 2 months from that day.
 * @param voice - The language of the basis; French when not given.
 * @returns The delay and its basis.
 * @example
 * ```ts
 * cureDelay('2023-07-29').period;                  // => { weeks: 6 }
 * cureDelay('2023-07-28').period;                  // => { months: 2 }
 * cureDelay('2020-01-01', { months: 3 }).period;   // => { months: 3 }
 * cureDelay('2020-01-01', { months: 1 }).period;   // => { months: 2 } (the legal minimum of its time)
 * cureDelay('2020-01-01', { days: 60 }, '2026-12-31').period; // => { days: 60 } (ends 1 Mar, after 28 Feb)
 * cureDelay('2020-01-01', { days: 60 }, '2026-07-01').period; // => { months: 2 } (ends 30 Aug, before 1 Sep)
 * ```
 */
export function cureDelay(
  signedOn: IsoDate,
  contractual?: Period,
  commandementOn?: IsoDate,
  voice: Voice = voiceOf('fr'),
): { period: Period; basis: string } {
  const p = versionOn('cure_delay', signedOn);
  const source = sourceIn(p, voice);
  if (p.validTo === undefined || contractual === undefined) return { period: p.value, basis: source };
  const keeps =
    commandementOn === undefined
      ? comparedOnEveryDay(contractual, p.value) === 'always'
      : endsOnOrAfter(contractual, p.value, commandementOn);
  if (keeps) return { period: contractual, basis: voice.say('law.cure.leaseDelay', { source }) };
  const never = comparedOnEveryDay(contractual, p.value) === 'never';
  return {
    period: p.value,
    basis: voice.say('law.cure.belowMinimum', {
      source,
      clause: periodText(contractual, voice),
      minimum: periodText(p.value, voice),
      commandementOn: never ? null : (commandementOn ?? null),
      someDays: never ? 0 : 1,
    }),
  };
}

/** A period in words: `1 month`, `6 weeks`, `1 month 10 days`; `1 mois`, `6 semaines`, `1 mois 10 jours`. */
function periodText(period: Period, voice: Voice): string {
  return voice.say('law.period', {
    months: period.months ?? null,
    weeks: period.weeks ?? null,
    days: period.days ?? null,
  });
}

/** Days of four consecutive years, from 2024-01-01 (a leap year): every month length and leap case. */
const CYCLE_START: IsoDate = '2024-01-01';
const CYCLE_DAYS = 4 * 365 + 1;
const everyDayCache = new Map<string, 'always' | 'never' | 'some-days'>();

/** Whether `period`, counted from `from` (CPC 641, not rolled), ends on or after `minimum` counted from the same day. */
function endsOnOrAfter(period: Period, minimum: Period, from: IsoDate): boolean {
  return (
    legalDeadline(from, period, { roll: 'none', zone: 'metropole' }) >=
    legalDeadline(from, minimum, { roll: 'none', zone: 'metropole' })
  );
}

/** Whether `period` ends on or after `minimum` from every start day, from none, or from some only. */
function comparedOnEveryDay(period: Period, minimum: Period): 'always' | 'never' | 'some-days' {
  const key = JSON.stringify([period.months ?? 0, period.weeks ?? 0, period.days ?? 0, minimum]);
  const cached = everyDayCache.get(key);
  if (cached !== undefined) return cached;
  let onOrAfter = 0;
  for (let k = 0; k < CYCLE_DAYS; k++) if (endsOnOrAfter(period, minimum, addDays(CYCLE_START, k))) onOrAfter++;
  const result = onOrAfter === CYCLE_DAYS ? 'always' : onOrAfter === 0 ? 'never' : 'some-days';
  if (everyDayCache.size < 256) everyDayCache.set(key, result);
  return result;
}

/**
 * The tenant's last day to pay a commandement de payer before the clause résolutoire takes
 * effect: commandement + cure delay, rolled forward per CPC 642 (it protects the tenant).
 *
 * @param commandementOn - Day the commandement was served.
 * @param delay - From {@link cureDelay}.
 * @param zone - Holiday zone of the dwelling.
 * @returns The last day.
 * @example
 * ```ts
 * curePeriodEnd('2026-10-15', { weeks: 6 }, 'metropole'); // => '2026-11-26'
 * ```
 */
export function curePeriodEnd(commandementOn: IsoDate, delay: Period, zone: Zone): IsoDate {
  return legalDeadline(commandementOn, delay, { roll: 'cpc-642', zone });
}

/**
 * Last day to notify the commandement to the guarantor (caution): commandement + 15 days, not
 * rolled.
 *
 * @param commandementOn - Day the commandement was served.
 * @param voice - The language of the basis; French when not given.
 * @returns The deadline and its basis.
 * @example
 * ```ts
 * guarantorNoticeDeadline('2026-10-15').date; // => '2026-10-30'
 * ```
 */
export function guarantorNoticeDeadline(commandementOn: IsoDate, voice: Voice = voiceOf('fr')): LegalDate {
  const p = versionOn('guarantor_notice_delay', commandementOn);
  return {
    date: legalDeadline(commandementOn, p.value, { roll: 'none', zone: 'metropole' }),
    basis: sourceIn(p, voice),
  };
}

/**
 * Last day to notify the prefect of the assignation: 42 full days before the hearing, i.e. hearing
 * − 43 days, never rolled (Cass. avis 6 Nov 2025, n° 25-70018); 2 full months before hearings
 * held before 2023-07-29.
 *
 * @param hearingOn - Day of the hearing.
 * @param voice - The language of the basis; French when not given.
 * @returns The deadline and its basis.
 * @example
 * ```ts
 * prefectNoticeDeadline('2025-12-01').date; // => '2025-10-19' (a Sunday, not moved)
 * ```
 */
export function prefectNoticeDeadline(hearingOn: IsoDate, voice: Voice = voiceOf('fr')): LegalDate {
  const p = versionOn('prefect_notice_before_hearing', hearingOn);
  const back: Period = {
    months: -(p.value.months ?? 0),
    weeks: -(p.value.weeks ?? 0),
    days: -(p.value.days ?? 0),
  };
  return { date: legalDeadline(hearingOn, back, { roll: 'none', zone: 'metropole' }), basis: sourceIn(p, voice) };
}

/**
 * The gate of the winter truce on an expulsion: present only when the earliest expulsion day (the
 * day after the 2 months that follow the commandement de quitter les lieux, rolled; CPCE L.412-1)
 * falls in the truce (CPCE L.412-6). Its date is the first day after the truce.
 *
 * @param commandementToLeaveOn - Day the commandement de quitter les lieux was served.
 * @param zone - Holiday zone of the dwelling.
 * @param voice - The language of the bases; French when not given.
 * @returns `{ earliest, truceGate }`; `truceGate` is `null` when the truce does not apply.
 * @example
 * ```ts
 * expulsionGates('2026-10-09', 'metropole');
 * // => { earliest: '2026-12-10', truceGate: { date: '2027-04-01', basis: 'CPCE L.412-6 …' } }
 * ```
 */
export function expulsionGates(
  commandementToLeaveOn: IsoDate,
  zone: Zone,
  voice: Voice = voiceOf('fr'),
): { earliest: LegalDate; truceGate: LegalDate | null } {
  const p = versionOn('expulsion_delay', commandementToLeaveOn);
  const earliest = addDays(legalDeadline(commandementToLeaveOn, p.value, { roll: 'cpc-642', zone }), 1);
  const truce = versionOn('winter_truce', earliest);
  const end = isWinterTruce(earliest, zone) ? winterTruceEnd(earliest, zone) : null;
  return {
    earliest: { date: earliest, basis: sourceIn(p, voice) },
    truceGate: end === null ? null : { date: addDays(end, 1), basis: sourceIn(truce, voice) },
  };
}

/** The first day a due item is prescribed, under each reading of the first day of the delay. */
export interface PrescriptionDays {
  /**
   * Under the reading the law table applies (`prescription_first_day_reading`,
   * `first-day-counted`): the due date + 3 years.
   */
  readonly prescribedOn: IsoDate;
  /** Under the reading it sets aside (`first-day-not-counted`): one day later. */
  readonly otherReadingOn: IsoDate;
}

/**
 * The first day a due item is prescribed, 3 years after it fell due (loi 89-462 art. 7-1), under
 * both readings of C. civ. 2228–2229, unless the prescription was interrupted (acknowledgement,
 * court action: C. civ. 2240, 2241). Counting the due date as the first day, as Cass. 1re civ.
 * 12 Dec 2018, n° 17-25.697 did, a rent due on 2023-03-01 is prescribed from 2026-03-01; not
 * counting it, as the classic doctrine does, from 2026-03-02. Never extended for a weekend or a
 * holiday (Cass. 2e civ. 7 Apr 2016, n° 15-12.960).
 *
 * @param dueOn - Day the item fell due.
 * @returns The first prescribed day under the law table's reading, and under the other one.
 * @example
 * ```ts
 * prescriptionDays('2023-03-01'); // => { prescribedOn: '2026-03-01', otherReadingOn: '2026-03-02' }
 * prescriptionDays('2024-02-29'); // => { prescribedOn: '2027-02-28', otherReadingOn: '2027-03-01' }
 * ```
 */
export function prescriptionDays(dueOn: IsoDate): PrescriptionDays {
  const p = versionOn('prescription', dueOn);
  const counted = legalDeadline(dueOn, p.value, { roll: 'none', zone: 'metropole' });
  const notCounted = addDays(counted, 1);
  return versionOn<LegalReading>('prescription_first_day_reading', dueOn).value.reading === 'first-day-not-counted'
    ? { prescribedOn: notCounted, otherReadingOn: counted }
    : { prescribedOn: counted, otherReadingOn: notCounted };
}

/**
 * The reading of the first day of the prescription (C. civ. 2228–2229) in force on a date, as the
 * law table names it (`prescription_first_day_reading`); before the table starts, its first
 * version.
 *
 * @param on - The day judged.
 * @param voice - The language of its text and source; without one, the law table's own (English)
 *   text and source.
 * @returns The reading applied, its text, its source and the reading it sets aside.
 * @example
 * ```ts
 * prescriptionReading('2026-03-01');
 * // => { id: 'first-day-counted', text: 'the due date counts as the first day …',
 * //      source: 'loi 89-462 art. 7-1; C. civ. 2228–2229: …', alternative: 'first-day-not-counted' }
 * ```
 */
export function prescriptionReading(on: IsoDate, voice: Voice = voiceOf('en')): AppliedReading {
  return readingIn(versionOn<LegalReading>('prescription_first_day_reading', on), voice);
}

/**
 * Day a due item is prescribed: 3 years after it fell due (loi 89-462 art. 7-1), unless the
 * prescription was interrupted (acknowledgement, court action: C. civ. 2240, 2241). The due date
 * counts as the first day (the reading `first-day-counted` of the law table, after Cass. 1re civ.
 * 12 Dec 2018, n° 17-25.697); the other reading is one day later, see {@link prescriptionDays}.
 *
 * @param dueOn - Day the item fell due.
 * @returns The first day the claim is prescribed.
 * @example
 * ```ts
 * prescribedOn('2023-11-05'); // => '2026-11-05'
 * prescribedOn('2023-03-01'); // => '2026-03-01' (2026-03-02 if the first day is not counted)
 * ```
 */
export function prescribedOn(dueOn: IsoDate): IsoDate {
  return prescriptionDays(dueOn).prescribedOn;
}

/** The deadline to return the dépôt de garantie, with the delay that gives it. */
export interface DepositRestitutionDate extends LegalDate {
  /** The delay from the return of the keys: `{ months: 1 }` or `{ months: 2 }`. */
  readonly period: Period;
}

/**
 * The landlord's last day to return the dépôt de garantie to a departed tenant, less the sums
 * still owed (or to send the final statement that offsets it against the debt): the day the keys
 * were returned + 1 month when the exit inventory matches the entry one, + 2 months otherwise
 * (loi 89-462 art. 22 as amended by loi 2014-366 ALUR); + 2 months in every case when the keys
 * were returned before 2014-03-27.
 *
 * Calendar months from the keys' day: the delay ends on the same day number, or on the last day
 * of a month that has no such day (a 31 January departure ends on 28 or 29 February), the
 * counting of CPC art. 641 al. 2. Never rolled: the delay is a substantive obligation of the
 * landlord, not a procedural delay, so CPC art. 642 does not extend an end on a Saturday, Sunday
 * or holiday.
 *
 * @param keysReturnedOn - Day the keys were returned (`lease.endedOn`).
 * @param exitInventoryMatchesEntry - The exit inventory matches the entry one; `false` when it
 *   does not or is not known to.
 * @param voice - The language of the basis; French when not given.
 * @returns The deadline, its delay and its basis (`loi n° 89-462 art. 22 : …` in French,
 *   `loi 89-462 art. 22: …` in English, naming the delay and why).
 * @example
 * ```ts
 * depositRestitutionDeadline('2026-09-15', true).date;  // => '2026-10-15'
 * depositRestitutionDeadline('2026-09-15', false).date; // => '2026-11-15' (a Sunday, not moved)
 * depositRestitutionDeadline('2026-01-31', true).date;  // => '2026-02-28' (end of the month)
 * ```
 */
export function depositRestitutionDeadline(
  keysReturnedOn: IsoDate,
  exitInventoryMatchesEntry: boolean,
  voice: Voice = voiceOf('fr'),
): DepositRestitutionDate {
  const p = versionOn<DepositRestitutionDelay>('deposit_restitution_delay', keysReturnedOn);
  const period = exitInventoryMatchesEntry ? p.value.inventoryMatches : p.value.otherwise;
  const delay = { months: period.months ?? 0, keysOn: keysReturnedOn };
  return {
    date: legalDeadline(keysReturnedOn, period, { roll: 'none', zone: 'metropole' }),
    period,
    basis:
      p.validTo !== undefined
        ? voice.say('law.deposit.beforeAlur', delay)
        : exitInventoryMatchesEntry
          ? voice.say('law.deposit.inventoryMatches', delay)
          : voice.say('law.deposit.inventoryOtherwise', delay),
  };
}
