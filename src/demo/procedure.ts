/**
 * The recovery procedure of a demo account, planned from the start of its arrears: the CAF
 * signalling or the CCAPEX referral, an FSL request, the commandement de payer, the assignation,
 * the hearing and the judgment, up to the commandement de quitter les lieux.
 *
 * @module
 */
// Month arithmetic on epoch days, as `addMonths` does it on dates, without the text round trip.
import { addMonthsToEpochDay } from '../calendar/date-arithmetic';
import type { Benefit } from './benefit';
import { onWeekday, type Frame } from './frame';
import type { Lease } from './lease';
import { weighted, type Prng } from './prng';
import type { Arrears, Tenancy } from './tenancy';

/** Procedure days (epoch days), `null` when the act has not happened. */
export interface ProcedureDays {
  cafSignalled: number | null;
  ccapexReferred: number | null;
  fslReferred: number | null;
  commandement: number | null;
  guarantorNotified: number | null;
  assignation: number | null;
  hearing: number | null;
  prefectNotified: number | null;
  judgmentDay: number | null;
  judgment: 'resiliation' | 'delais' | 'rejected' | null;
  commandementToLeave: number | null;
  surendettementRecevable: number | null;
}

/** A decision of the landlord's committee on a step of the procedure. */
export interface Approval {
  readonly step: string;
  readonly day: number;
  readonly decision: 'approved' | 'refused';
}

/** The procedure of an account. */
export interface Procedure {
  readonly days: ProcedureDays;
  /** Furthest stage planned: 0 none, 1 signalling, 2 commandement, 3 assignation, 4 judgment, 5 eviction order. */
  readonly stage: number;
  /** In the order they were decided (sorted by day when the account is assembled). */
  readonly approvals: Approval[];
}

/** Furthest procedure stage reached by a chronic account. */
const CHRONIC_STAGES = weighted<number>([
  [0, 12],
  [1, 26],
  [2, 24],
  [3, 16],
  [4, 14],
  [5, 8],
]);

/**
 * Draws the procedure: how far it goes, then each act from the previous one, stopping at `asOf`.
 *
 * @example
 * ```ts
 * drawProcedure(rng, frame, tenancy, arrears, lease, benefit).stage <= 5; // => true
 * ```
 */
export function drawProcedure(
  rng: Prng,
  frame: Frame,
  tenancy: Tenancy,
  arrears: Arrears,
  lease: Lease,
  benefit: Benefit,
): Procedure {
  const days: ProcedureDays = {
    cafSignalled: null,
    ccapexReferred: null,
    fslReferred: null,
    commandement: null,
    guarantorNotified: null,
    assignation: null,
    hearing: null,
    prefectNotified: null,
    judgmentDay: null,
    judgment: null,
    commandementToLeave: null,
    surendettementRecevable: null,
  };
  const stage = drawStage(rng, tenancy, arrears);
  const approvals: Approval[] = [];
  const { asOfDay } = frame;
  if (stage >= 1 && arrears.startDay !== null) {
    signalArrears(rng, days, asOfDay, arrears.startDay, benefit.toLandlord);
    const referral = days.ccapexReferred ?? days.cafSignalled;
    if (stage >= 2 && referral !== null) {
      const commandement = onWeekday(referral + rng.int(45, 150));
      if (commandement <= asOfDay) {
        serveCommandement(rng, days, approvals, asOfDay, commandement, lease.guarantor);
        const cureEnd = lease.oldLease ? addMonthsToEpochDay(commandement, 2) : commandement + 42;
        if (stage >= 3)
          goToCourt(rng, days, approvals, asOfDay, stage, Math.max(cureEnd, addMonthsToEpochDay(referral, 2)));
        if (tenancy.profile === 'chronic' && rng.chance(0.1)) {
          const recevable = onWeekday(commandement + rng.int(30, 200));
          if (recevable <= asOfDay) days.surendettementRecevable = recevable;
        }
      }
    }
  }
  if (stage === 1 && tenancy.profile === 'recent-default' && rng.chance(0.15)) {
    approvals.push({ step: 'commandement', day: onWeekday(asOfDay - rng.int(5, 25)), decision: 'refused' });
  }
  return { days, stage, approvals };
}

/** How far the procedure goes: by the table for a chronic account, by the months unpaid otherwise. */
function drawStage(rng: Prng, tenancy: Tenancy, arrears: Arrears): number {
  if (tenancy.endedDay !== null || arrears.startDay === null) return 0;
  if (tenancy.profile === 'chronic') return rng.pick(CHRONIC_STAGES);
  const k = tenancy.end - arrears.defaultFrom;
  return k >= 4 && rng.chance(0.2) ? 2 : k >= 2 && rng.chance(0.5) ? 1 : 0;
}

/** The CAF signalling (benefit paid to the landlord) or the CCAPEX referral, and an FSL request. */
function signalArrears(rng: Prng, days: ProcedureDays, asOfDay: number, startDay: number, toLandlord: boolean): void {
  const day = onWeekday(startDay + rng.int(40, 62));
  if (day > asOfDay) return;
  if (toLandlord) {
    days.cafSignalled = day;
    if (rng.chance(0.4)) days.ccapexReferred = Math.min(asOfDay, onWeekday(day + rng.int(0, 30)));
  } else {
    days.ccapexReferred = day;
  }
  if (rng.chance(0.25)) {
    const fsl = onWeekday(day + rng.int(10, 60));
    if (fsl <= asOfDay) days.fslReferred = fsl;
  }
}

/** The commandement de payer, approved beforehand, and the guarantor told of it. */
function serveCommandement(
  rng: Prng,
  days: ProcedureDays,
  approvals: Approval[],
  asOfDay: number,
  commandement: number,
  guarantor: boolean,
): void {
  days.commandement = commandement;
  approvals.push({ step: 'commandement', day: onWeekday(commandement - rng.int(5, 20)), decision: 'approved' });
  if (guarantor && commandement + 14 <= asOfDay ? rng.chance(0.9) : false) {
    days.guarantorNotified = onWeekday(commandement + rng.int(2, 12));
  }
}

/** The assignation after the cure delay and the referral delay, the hearing, and the judgment. */
function goToCourt(
  rng: Prng,
  days: ProcedureDays,
  approvals: Approval[],
  asOfDay: number,
  stage: number,
  earliest: number,
): void {
  const assignation = onWeekday(earliest + rng.int(10, 90));
  if (assignation > asOfDay) return;
  days.assignation = assignation;
  approvals.push({ step: 'assignation', day: onWeekday(assignation - rng.int(5, 20)), decision: 'approved' });
  days.prefectNotified = Math.min(asOfDay, onWeekday(assignation + rng.int(1, 6)));
  const hearing = onWeekday(assignation + rng.int(60, 130));
  days.hearing = hearing;
  if (stage < 4 || hearing > asOfDay) return;
  const judgmentDay = onWeekday(hearing + rng.int(21, 42));
  if (judgmentDay > asOfDay) return;
  days.judgmentDay = judgmentDay;
  const r = rng.next();
  days.judgment = stage >= 5 || r < 0.45 ? 'resiliation' : r < 0.9 ? 'delais' : 'rejected';
  if (stage >= 5 && days.judgment === 'resiliation') {
    const toLeave = onWeekday(judgmentDay + rng.int(60, 150));
    if (toLeave <= asOfDay) days.commandementToLeave = toLeave;
  }
}
