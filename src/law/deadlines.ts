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
import {
  LEGAL_PARAMETERS,
  legalParameter,
  type DepositRestitutionDelay,
  type LegalParameter,
  type Period,
} from './parameters';

/** A date computed by the law, with the article it comes from. */
export interface LegalDate {
  /** The date. */
  readonly date: IsoDate;
  /** The article, ruling or decree. */
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
 * @returns The deadline and its basis.
 * @example
 * ```ts
 * cafSignalDeadline('2026-12-31').date; // => '2027-02-28'
 * ```
 */
export function cafSignalDeadline(constitutedOn: IsoDate): LegalDate {
  const p = versionOn('caf_signal_delay', constitutedOn);
  return { date: legalDeadline(constitutedOn, p.value, { roll: 'none', zone: 'metropole' }), basis: p.source };
}

/**
 * First day an assignation may be served: the day after the 2 months that follow the CCAPEX
 * referral (or, failing it, the CAF/MSA signalling), rolled forward per CPC 642 because the delay
 * protects the validity of the act.
 *
 * @param referredOn - Day of the CCAPEX referral, or of the CAF signalling.
 * @param zone - Holiday zone of the dwelling.
 * @returns The first allowed day and its basis.
 * @example
 * ```ts
 * assignationEarliest('2026-12-31', 'metropole').date; // => '2027-03-02' (ends Sun 28 Feb, rolled to Mon 1 Mar)
 * ```
 */
export function assignationEarliest(referredOn: IsoDate, zone: Zone): LegalDate {
  const p = versionOn('ccapex_before_assignation', referredOn);
  return { date: addDays(legalDeadline(referredOn, p.value, { roll: 'cpc-642', zone }), 1), basis: p.source };
}

/**
 * The delay a commandement de payer gives the tenant before the clause résolutoire takes effect,
 * chosen by the date the lease was signed: 6 weeks from 2023-07-29 (loi 2023-668 art. 10); the
 * lease's own delay before, 2 months by default (Cass. 3e civ., avis 13 June 2024, n° 24-70.002).
 *
 * @param signedOn - Day the lease was signed.
 * @param contractual - The delay written in an older lease, if any.
 * @returns The delay and its basis.
 * @example
 * ```ts
 * cureDelay('2023-07-29').period; // => { weeks: 6 }
 * cureDelay('2023-07-28').period; // => { months: 2 }
 * ```
 */
export function cureDelay(signedOn: IsoDate, contractual?: Period): { period: Period; basis: string } {
  const p = versionOn('cure_delay', signedOn);
  if (p.validTo !== undefined && contractual !== undefined) {
    return { period: contractual, basis: `${p.source}; delay written in the lease` };
  }
  return { period: p.value, basis: p.source };
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
 * @returns The deadline and its basis.
 * @example
 * ```ts
 * guarantorNoticeDeadline('2026-10-15').date; // => '2026-10-30'
 * ```
 */
export function guarantorNoticeDeadline(commandementOn: IsoDate): LegalDate {
  const p = versionOn('guarantor_notice_delay', commandementOn);
  return { date: legalDeadline(commandementOn, p.value, { roll: 'none', zone: 'metropole' }), basis: p.source };
}

/**
 * Last day to notify the prefect of the assignation: 42 full days before the hearing, i.e. hearing
 * − 43 days, never rolled (Cass. avis 6 Nov 2025, n° 25-70018); 2 full months before hearings
 * held before 2023-07-29.
 *
 * @param hearingOn - Day of the hearing.
 * @returns The deadline and its basis.
 * @example
 * ```ts
 * prefectNoticeDeadline('2025-12-01').date; // => '2025-10-19' (a Sunday, not moved)
 * ```
 */
export function prefectNoticeDeadline(hearingOn: IsoDate): LegalDate {
  const p = versionOn('prefect_notice_before_hearing', hearingOn);
  const back: Period = {
    months: -(p.value.months ?? 0),
    weeks: -(p.value.weeks ?? 0),
    days: -(p.value.days ?? 0),
  };
  return { date: legalDeadline(hearingOn, back, { roll: 'none', zone: 'metropole' }), basis: p.source };
}

/**
 * The gate of the winter truce on an expulsion: present only when the earliest expulsion day (the
 * day after the 2 months that follow the commandement de quitter les lieux, rolled; CPCE L.412-1)
 * falls in the truce (CPCE L.412-6). Its date is the first day after the truce.
 *
 * @param commandementToLeaveOn - Day the commandement de quitter les lieux was served.
 * @param zone - Holiday zone of the dwelling.
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
): { earliest: LegalDate; truceGate: LegalDate | null } {
  const p = versionOn('expulsion_delay', commandementToLeaveOn);
  const earliest = addDays(legalDeadline(commandementToLeaveOn, p.value, { roll: 'cpc-642', zone }), 1);
  const truce = versionOn('winter_truce', earliest);
  const end = isWinterTruce(earliest, zone) ? winterTruceEnd(earliest, zone) : null;
  return {
    earliest: { date: earliest, basis: p.source },
    truceGate: end === null ? null : { date: addDays(end, 1), basis: truce.source },
  };
}

/**
 * Day a due item is prescribed: 3 years after it fell due (loi 89-462 art. 7-1), unless the
 * prescription was interrupted (acknowledgement, court action: C. civ. 2240, 2241).
 *
 * @param dueOn - Day the item fell due.
 * @returns The first day the claim is prescribed.
 * @example
 * ```ts
 * prescribedOn('2023-11-05'); // => '2026-11-05'
 * ```
 */
export function prescribedOn(dueOn: IsoDate): IsoDate {
  const p = versionOn('prescription', dueOn);
  return legalDeadline(dueOn, p.value, { roll: 'none', zone: 'metropole' });
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
 * @returns The deadline, its delay and its basis (`loi 89-462 art. 22: …`, naming the delay and
 *   why).
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
): DepositRestitutionDate {
  const p = versionOn<DepositRestitutionDelay>('deposit_restitution_delay', keysReturnedOn);
  const period = exitInventoryMatchesEntry ? p.value.inventoryMatches : p.value.otherwise;
  const months = period.months ?? 0;
  const delay = `${months} month${months === 1 ? '' : 's'} from the return of the keys on ${keysReturnedOn}`;
  const why =
    p.validTo !== undefined
      ? 'whatever the exit inventory (before loi 2014-366 ALUR)'
      : exitInventoryMatchesEntry
        ? 'the exit inventory matching the entry one (loi 2014-366 ALUR)'
        : 'the exit inventory not recorded as matching the entry one';
  return {
    date: legalDeadline(keysReturnedOn, period, { roll: 'none', zone: 'metropole' }),
    period,
    basis: `loi 89-462 art. 22: ${delay}, ${why}; the balance of the dépôt de garantie is returned, or offset against the debt in the final statement`,
  };
}
