/**
 * Where an existing plan stands (kept, late, broken or finished), per the policy's tolerance and
 * the law.
 *
 * @module
 */
import type { PlanAdherence } from '../account';
import { voiceOption, type ScheduledInstalment } from './assess';
import { resolvePlanLimits, type PlanLimitsInput } from './limits';

/**
 * Where an existing plan stands:
 * `kept` (no instalment due is unpaid, instalments remain), `late` (some are unpaid, fewer than
 * the policy tolerates), `broken` (recovery resumes; for délais granted by a judge, the first
 * unpaid instalment) or `finished` (every instalment is due and none is unpaid: the plan is
 * history, and new arrears follow the ladder).
 */
export type PlanStatusCode = 'kept' | 'late' | 'broken' | 'finished';

/** The state of a plan under the policy's tolerance. */
export interface PlanStatus {
  /** Where the plan stands; see {@link PlanStatusCode}. */
  readonly status: PlanStatusCode;
  /** The plan is broken: recovery resumes. */
  readonly broken: boolean;
  /** Why, in words; `null` when the plan holds. */
  readonly reason: string | null;
  /** The first instalment still to pay (the oldest unpaid, else the next upcoming); `null` when none is left. */
  readonly nextInstalment: ScheduledInstalment | null;
}

/**
 * Tells where a plan stands. Délais granted by a judge end at the first missed payment
 * (loi 89-462 art. 24 VII: the clause résolutoire then takes effect); other plans are broken once
 * `brokenAfterUnpaid` instalments are unpaid. A plan whose instalments are all due and none
 * unpaid is finished: it no longer shields new arrears from the ladder.
 *
 * @param plan - The plan adherence from `analyze`.
 * @param limits - Plan limits from the policy.
 * @returns `{ status, broken, reason, nextInstalment }`.
 * @example
 * ```ts
 * planStatus({ kind: 'amicable', unpaid: 2, ... }).status; // => 'broken' (default tolerance 2)
 * ```
 */
export function planStatus(
  plan: PlanAdherence,
  limits?: PlanLimitsInput,
  options?: { readonly locale?: string },
): PlanStatus {
  const l = resolvePlanLimits(limits, ['limits']);
  const voice = voiceOption(options?.locale);
  // A partial adherence (tests, hosts) may lack the schedule: it then has no next instalment.
  const schedule = plan.instalments ?? [];
  const next = schedule.find((i) => i.status === 'unpaid') ?? schedule.find((i) => i.status === 'upcoming') ?? null;
  const nextInstalment = next === null ? null : { dueOn: next.dueOn, amount: next.amount };
  if (plan.kind === 'judicial' && plan.unpaid > 0) {
    return {
      status: 'broken',
      broken: true,
      reason: voice.say('planStatus.brokenJudicial', {}),
      nextInstalment,
    };
  }
  if (plan.unpaid >= l.brokenAfterUnpaid) {
    return {
      status: 'broken',
      broken: true,
      reason: voice.say('planStatus.brokenUnpaid', { unpaid: plan.unpaid, tolerated: l.brokenAfterUnpaid - 1 }),
      nextInstalment,
    };
  }
  if (plan.unpaid > 0) return { status: 'late', broken: false, reason: null, nextInstalment };
  if (plan.upcoming === 0) return { status: 'finished', broken: false, reason: null, nextInstalment: null };
  return { status: 'kept', broken: false, reason: null, nextInstalment };
}
