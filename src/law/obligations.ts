/**
 * The obligations the law puts on the landlord in a recovery, and the delays it gives the tenant,
 * dated and with their status on a day: deadlines to act (signal the impayé to the CAF/MSA, refer
 * the case to the CCAPEX, notify the guarantor, notify the prefect) and gates before which an act
 * is not allowed (the assignation, an expulsion in the winter truce), and the winter truce itself
 * while it runs. For a departed tenant, only the return of the dépôt de garantie: the procedure
 * against a sitting tenant no longer applies.
 *
 * Plain inputs only: the account layer passes the procedure dates and the lease terms it parsed.
 *
 * @module
 */
import { addDays, winterTruceEnd, type IsoDate, type Zone } from '../calendar';
import { voiceOf, type Voice } from '../i18n/voice';
import { isPositive } from '../money';
import {
  assignationEarliest,
  cureDelay,
  curePeriodEnd,
  depositRestitutionDeadline,
  expulsionGates,
  guarantorNoticeDeadline,
  prefectNoticeDeadline,
  type LegalDate,
} from './deadlines';
import { legalParameter, sourceIn, type Period } from './parameters';

/**
 * Codes of the obligations, in the order of the procedure. `human_review` is added by decisions
 * (a person decides a step with legal effect, GDPR art. 22), never by `legalObligations`.
 * See DESIGN "The decision".
 *
 * @example
 * ```ts
 * OBLIGATION_CODES.includes('caf_signal'); // => true
 * OBLIGATION_CODES.length;                 // => 16
 * ```
 */
export const OBLIGATION_CODES = Object.freeze([
  'caf_signal',
  'ccapex_referral',
  'assignation_earliest',
  'cure_period_end',
  'guarantor_notice',
  'prefect_notice',
  'expulsion_truce',
  'winter_truce',
  'deposit_restitution',
  'payer_plan',
  'fsl_delay',
  'fsl_aid_kept',
  'plan_review',
  'tiers_payant_answer',
  'aid_suspension',
  'human_review',
] as const);

/** Code of an obligation: one of {@link OBLIGATION_CODES}. */
export type ObligationCode = (typeof OBLIGATION_CODES)[number];

/** Deadline: `upcoming`, `due` (today), `overdue` or `done`. Gate: `closed` or `open`. */
export type ObligationStatus = 'upcoming' | 'due' | 'overdue' | 'done' | 'closed' | 'open';

/** An obligation the law puts on the landlord (or a delay it gives the tenant). */
export interface Obligation {
  /** `caf_signal`, `ccapex_referral`, `assignation_earliest`, `cure_period_end`, `guarantor_notice`, `prefect_notice`, `expulsion_truce`, `winter_truce`, `deposit_restitution`, `payer_plan`, `fsl_delay`, `fsl_aid_kept`, `plan_review`, `tiers_payant_answer`, `aid_suspension` (the payer's procedure, see `payer.ts`), `human_review` (in decisions). */
  readonly code: ObligationCode;
  /** `deadline`: last day to act. `gate`: first day something is allowed. */
  readonly kind: 'deadline' | 'gate';
  /** The date, ISO. */
  readonly date: IsoDate;
  /**
   * The legal article and what it says of this case, in the language of the voice that listed it
   * (French by default: `loi n° 89-462 art. 24 II : …`; English: `loi 89-462 art. 24 II: …`).
   */
  readonly basis: string;
  /** Deadline: `upcoming`, `due` (today), `overdue` or `done`. Gate: `closed` or `open`. */
  readonly status: ObligationStatus;
}

/** Dates of the procedure the obligations depend on; absent or `null` when it has not happened. */
export interface ProcedureDates {
  /** Day the impayé was signalled to the CAF/MSA. */
  readonly cafSignalledOn?: IsoDate | null;
  /** Day the case was referred to the CCAPEX. */
  readonly ccapexReferredOn?: IsoDate | null;
  /** Day the commandement de payer was served. */
  readonly commandementOn?: IsoDate | null;
  /** Day the commandement was notified to the guarantor (caution). */
  readonly guarantorNotifiedOn?: IsoDate | null;
  /** Day of the hearing (audience). */
  readonly hearingOn?: IsoDate | null;
  /** Day the assignation was notified to the prefect. */
  readonly prefectNotifiedOn?: IsoDate | null;
  /** Day the commandement de quitter les lieux was served. */
  readonly commandementToLeaveOn?: IsoDate | null;
  /** Day the final statement (décompte définitif) was sent to a departed tenant, the deposit offset. */
  readonly finalStatementOn?: IsoDate | null;
}

/** What {@link legalObligations} reads of a departed tenant's exit. */
export interface DepartureTerms {
  /** Day the keys were returned (`lease.endedOn`): the tenant is departed from this day on. */
  readonly endedOn: IsoDate;
  /** The exit inventory matches the entry one (1 month instead of 2); absent: not known to. */
  readonly exitInventoryMatchesEntry?: boolean;
  /**
   * The dépôt de garantie paid at the start of the lease (`lease.securityDeposit`), EUR, whether
   * or not the final statement has offset it yet; `"0.00"` when none was paid.
   */
  readonly securityDeposit: string;
  /** What the tenant owes on `asOf`, EUR; `"0.00"` when nothing. */
  readonly arrears: string;
}

/** Everything {@link legalObligations} reads: plain dates and lease terms, no account. */
export interface ObligationInput {
  /** The evaluation date: acts recorded after it are ignored. */
  readonly asOf: IsoDate;
  /** Holiday zone of the dwelling, for the delays rolled per CPC 642. */
  readonly zone: Zone;
  /**
   * Day the current arrears began (the day after the balance was last ≤ 0): a CAF signalling or a
   * CCAPEX referral recorded before it belongs to an earlier episode and does not discharge the
   * current deadlines.
   */
  readonly episodeStart: IsoDate;
  /** The lease terms that choose the cure delay and the guarantor notice. */
  readonly lease: {
    /** Day the lease was signed: it chooses the cure delay (loi 2023-668 art. 10). */
    readonly signedOn: IsoDate;
    /** The delay written in a lease signed before 2023-07-29, if any; never less than 2 months. */
    readonly cureDelay?: Period;
    /** A guarantor (caution) backs the lease. */
    readonly guarantor?: boolean;
  };
  /** The procedure so far. */
  readonly procedure: ProcedureDates;
  /**
   * Last day to signal the benefit impayé to the CAF/MSA and its basis (from `cafSignalDeadline`),
   * or `null` when no impayé is constituted.
   */
  readonly cafSignal: LegalDate | null;
  /**
   * The exit of a departed tenant, or absent or `null` for a tenant still in the home. Given with
   * `endedOn` on or before `asOf`, it replaces every obligation of the procedure against a sitting
   * tenant with `deposit_restitution`; with `endedOn` after `asOf`, the tenant is still current
   * and it is ignored.
   */
  readonly departure?: DepartureTerms | null;
}

/**
 * Orders obligations by date, then by code: the order a decision lists them in.
 *
 * @param a - An obligation.
 * @param b - Another.
 * @returns Negative, zero or positive, for `Array.prototype.sort`.
 * @example
 * ```ts
 * [{ date: '2027-04-01', code: 'winter_truce' }, { date: '2027-03-05', code: 'caf_signal' }].sort(compareObligations)[0].code; // => 'caf_signal'
 * ```
 */
export function compareObligations(a: Pick<Obligation, 'date' | 'code'>, b: Pick<Obligation, 'date' | 'code'>): number {
  return a.date < b.date ? -1 : a.date > b.date ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
}

/**
 * Status of a deadline on a day: `done` once acted on, else `upcoming` before the day, `due` on
 * it, `overdue` after.
 *
 * @param date - Last day to act.
 * @param asOf - The evaluation date.
 * @param done - The act was recorded.
 * @returns The status.
 * @example
 * ```ts
 * deadlineStatus('2027-03-05', '2027-03-05', false); // => 'due'
 * deadlineStatus('2027-03-05', '2027-03-06', false); // => 'overdue'
 * deadlineStatus('2027-03-05', '2027-03-06', true);  // => 'done'
 * ```
 */
export function deadlineStatus(date: IsoDate, asOf: IsoDate, done: boolean): ObligationStatus {
  if (done) return 'done';
  return asOf < date ? 'upcoming' : asOf === date ? 'due' : 'overdue';
}

/**
 * Status of a gate on a day: `closed` before its date, `open` from it.
 *
 * @param date - First day the act is allowed.
 * @param asOf - The evaluation date.
 * @returns The status.
 * @example
 * ```ts
 * gateStatus('2027-04-02', '2027-04-01'); // => 'closed'
 * gateStatus('2027-04-02', '2027-04-02'); // => 'open'
 * ```
 */
export function gateStatus(date: IsoDate, asOf: IsoDate): ObligationStatus {
  return asOf < date ? 'closed' : 'open';
}

/**
 * The legal obligations of a tenancy in arrears on a day, sorted by date then code.
 *
 * For a tenant still in the home:
 *
 * - `caf_signal` (deadline): signal the benefit impayé to the CAF/MSA within 2 months of its
 *   constitution (CCH R.824-1 to R.824-4), when one is constituted; done once signalled in the
 *   current episode. Until the CCAPEX is referred, its basis says that this signalling is also the
 *   CCAPEX referral (CCH R.824-30): one act, so one duty to read.
 * - `ccapex_referral` (deadline, same day, always `done`): listed once the referral is made in the
 *   current episode, by the landlord or by the CAF/MSA signalling (loi 89-462 art. 24 II; CCH
 *   R.824-30); its basis says which and on what day. It is never listed pending beside
 *   `caf_signal`, where it would read as a second overdue duty for the same act.
 * - `assignation_earliest` (gate): no assignation before 2 months after the CCAPEX referral or,
 *   failing it, the CAF signalling, rolled per CPC 642 (loi 89-462 art. 24 II; CCH R.824-30).
 * - `cure_period_end` (deadline for the tenant): the commandement de payer + 6 weeks for a lease
 *   signed from 2023-07-29 (loi 89-462 art. 24 I as amended by loi 2023-668 art. 10), else the
 *   lease's own delay, 2 months by default (Cass. 3e civ., avis 13 June 2024, n° 24-70.002) and
 *   never less than those 2 months counted from the commandement (art. 24 I as then in force,
 *   d'ordre public; the basis then says the clause is below the legal minimum of its time);
 *   rolled per CPC 642.
 * - `guarantor_notice` (deadline): notify the commandement to the guarantor within 15 days
 *   (loi 89-462 art. 24 I), when the lease has one.
 * - `prefect_notice` (deadline): notify the assignation to the prefect 42 full days before the
 *   hearing, never rolled (loi 89-462 art. 24 III; Cass. avis 6 Nov 2025, n° 25-70018); 2 full
 *   months before hearings held before 2023-07-29.
 * - `expulsion_truce` (gate): when the earliest expulsion day (CPCE L.412-1) falls in the winter
 *   truce, the first day after it (CPCE L.412-6).
 * - `winter_truce` (gate, `closed`): on a day inside the winter truce, the first day after it: no
 *   expulsion may take place until its last day, 31 March on the mainland (CPCE L.412-6; the
 *   mainland period overseas too, the protective default of `winterTruceEnd`). Left out when
 *   `expulsion_truce` already gives that day.
 *
 * For a departed tenant (`departure.endedOn` on or before `asOf`), none of these: the CAF/MSA
 * signalling concerns a benefit for the home they left, the CCAPEX referral, the commandement, the
 * assignation and the expulsion concern occupants, and the winter truce protects occupants from
 * an expulsion. Only:
 *
 * - `deposit_restitution` (deadline): the landlord's last day to send the final statement and
 *   return the balance of the dépôt de garantie, or offset it against the debt: the keys' day + 1
 *   month when the exit inventory matches the entry one, + 2 months otherwise (loi 89-462 art. 22;
 *   2 months in every case before loi ALUR, 2014-03-27), never rolled; `done` once the final
 *   statement is recorded, on or after the keys' day and on or before `asOf`. Listed when a
 *   deposit was paid (`securityDeposit` positive: it must be returned or offset) or when the
 *   tenant owes (`arrears` positive: the final statement that fixes the debt is due anyway);
 *   left out when neither, as nothing is left to settle.
 *
 * Each obligation's `basis` is the article of the law table in force on the date that chooses it,
 * in the language of `voice`: its `sourceFr` and French sentences, dates as `23/11/2026`, by
 * default; its `source` and English sentences, ISO dates, in English. A procedure date after
 * `asOf` is not yet recorded, except the hearing, which is set in advance.
 *
 * @param input - The dates and lease terms, see {@link ObligationInput}.
 * @param voice - The language of the bases; French when not given. `input.cafSignal.basis` is
 *   used as given: compute it with the same voice.
 * @returns The obligations, a new array sorted by `date` then `code`.
 * @example
 * ```ts
 * legalObligations({
 *   asOf: '2027-03-06', zone: 'metropole', episodeStart: '2027-01-05',
 *   lease: { signedOn: '2024-02-01' }, procedure: { cafSignalledOn: '2027-02-01' },
 *   cafSignal: cafSignalDeadline('2027-01-05'),
 * }).map((o) => [o.code, o.date, o.status]);
 * // => [['caf_signal', '2027-03-05', 'done'], ['ccapex_referral', '2027-03-05', 'done'],
 * //     ['assignation_earliest', '2027-04-02', 'closed'], ['winter_truce', '2027-04-01', 'closed']]
 *
 * // Departed on 15 Sep 2026, the exit inventory matching, a deposit held and a debt:
 * legalObligations({
 *   asOf: '2026-11-20', zone: 'metropole', episodeStart: '2026-06-05',
 *   lease: { signedOn: '2024-02-01' }, procedure: { cafSignalledOn: '2026-09-01' }, cafSignal: null,
 *   departure: { endedOn: '2026-09-15', exitInventoryMatchesEntry: true, securityDeposit: '450.00', arrears: '1200.00' },
 * }).map((o) => [o.code, o.date, o.status]);
 * // => [['deposit_restitution', '2026-10-15', 'overdue']]
 * ```
 */
export function legalObligations(input: ObligationInput, voice: Voice = voiceOf('fr')): Obligation[] {
  const { asOf, zone, episodeStart, lease, procedure: p, cafSignal } = input;
  const departure = input.departure ?? null;
  // A departed tenant: none of the procedure against a sitting tenant, only the deposit.
  if (departure !== null && departure.endedOn <= asOf) return departedObligations(departure, p, asOf, voice);
  const out: Obligation[] = [];
  // An act recorded before the current arrears began belongs to an earlier episode.
  const inEpisode = (d: IsoDate | null | undefined): d is IsoDate => d != null && d >= episodeStart && d <= asOf;
  const recorded = (d: IsoDate | null | undefined): d is IsoDate => d != null && d <= asOf;

  if (cafSignal !== null) {
    const signalled = inEpisode(p.cafSignalledOn) ? p.cafSignalledOn : null;
    const referred = inEpisode(p.ccapexReferredOn) ? p.ccapexReferredOn : null;
    out.push({
      code: 'caf_signal',
      kind: 'deadline',
      date: cafSignal.date,
      basis:
        signalled === null && referred === null
          ? voice.say('law.cafSignal.alsoRefers', { basis: cafSignal.basis })
          : cafSignal.basis,
      status: deadlineStatus(cafSignal.date, asOf, signalled !== null),
    });
    // The referral is listed once made: pending, it is the same act as the CAF signalling.
    if (referred !== null || signalled !== null) {
      out.push({
        code: 'ccapex_referral',
        kind: 'deadline',
        date: cafSignal.date,
        basis:
          referred !== null && (signalled === null || referred <= signalled)
            ? voice.say('law.ccapex.byLandlord', { on: referred })
            : voice.say('law.ccapex.byCafSignal', { on: signalled! }),
        status: 'done',
      });
    }
  }
  const referral = recorded(p.ccapexReferredOn)
    ? p.ccapexReferredOn
    : recorded(p.cafSignalledOn)
      ? p.cafSignalledOn
      : null;
  if (referral !== null) {
    const gate = assignationEarliest(referral, zone, voice);
    out.push({
      code: 'assignation_earliest',
      kind: 'gate',
      date: gate.date,
      basis: gate.basis,
      status: gateStatus(gate.date, asOf),
    });
  }
  if (recorded(p.commandementOn)) {
    const delay = cureDelay(lease.signedOn, lease.cureDelay, p.commandementOn, voice);
    const end = curePeriodEnd(p.commandementOn, delay.period, zone);
    out.push({
      code: 'cure_period_end',
      kind: 'deadline',
      date: end,
      basis: delay.basis,
      status: deadlineStatus(end, asOf, false),
    });
    if (lease.guarantor === true) {
      const notice = guarantorNoticeDeadline(p.commandementOn, voice);
      out.push({
        code: 'guarantor_notice',
        kind: 'deadline',
        date: notice.date,
        basis: notice.basis,
        status: deadlineStatus(notice.date, asOf, recorded(p.guarantorNotifiedOn)),
      });
    }
  }
  if (p.hearingOn != null) {
    const notice = prefectNoticeDeadline(p.hearingOn, voice);
    out.push({
      code: 'prefect_notice',
      kind: 'deadline',
      date: notice.date,
      basis: notice.basis,
      status: deadlineStatus(notice.date, asOf, recorded(p.prefectNotifiedOn)),
    });
  }
  if (recorded(p.commandementToLeaveOn)) {
    const gates = expulsionGates(p.commandementToLeaveOn, zone, voice);
    if (gates.truceGate !== null) {
      out.push({
        code: 'expulsion_truce',
        kind: 'gate',
        date: gates.truceGate.date,
        basis: gates.truceGate.basis,
        status: gateStatus(gates.truceGate.date, asOf),
      });
    }
  }
  const truceLastDay = winterTruceEnd(asOf, zone);
  if (truceLastDay !== null) {
    const date = addDays(truceLastDay, 1);
    // The gate of a recorded commandement de quitter les lieux already says it; no second line.
    if (!out.some((o) => o.code === 'expulsion_truce' && o.date === date)) {
      const truce = legalParameter('winter_truce', asOf);
      out.push({
        code: 'winter_truce',
        kind: 'gate',
        date,
        basis: voice.say('law.winterTruce', {
          source: truce === undefined ? 'CPCE L.412-6' : sourceIn(truce, voice),
          lastDay: truceLastDay,
        }),
        status: gateStatus(date, asOf),
      });
    }
  }
  return out.sort(compareObligations);
}

/** The obligations of a departed tenant: the return of the dépôt de garantie, when anything is left to settle. */
function departedObligations(departure: DepartureTerms, p: ProcedureDates, asOf: IsoDate, voice: Voice): Obligation[] {
  if (!isPositive(departure.securityDeposit) && !isPositive(departure.arrears)) return [];
  const deadline = depositRestitutionDeadline(departure.endedOn, departure.exitInventoryMatchesEntry === true, voice);
  const sent = p.finalStatementOn;
  const done = sent != null && sent >= departure.endedOn && sent <= asOf;
  return [
    {
      code: 'deposit_restitution',
      kind: 'deadline',
      date: deadline.date,
      basis: deadline.basis,
      status: deadlineStatus(deadline.date, asOf, done),
    },
  ];
}
