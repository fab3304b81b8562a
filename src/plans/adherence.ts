/**
 * Whether an existing plan is broken, per the policy's tolerance and the law.
 *
 * @module
 */
import type { PlanAdherence } from '../account';
import { resolvePlanLimits, type PlanLimitsInput } from './limits';

/** The state of a plan under the policy's tolerance. */
export interface PlanStatus {
  /** The plan is broken: recovery resumes. */
  readonly broken: boolean;
  /** Why, in words; `null` when the plan holds. */
  readonly reason: string | null;
}

/**
 * Tells whether a plan is broken. Délais granted by a judge end at the first missed payment
 * (loi 89-462 art. 24 VII: the clause résolutoire then takes effect); other plans are broken once
 * `brokenAfterUnpaid` instalments are unpaid.
 *
 * @param plan - The plan adherence from `analyze`.
 * @param limits - Plan limits from the policy.
 * @returns `{ broken, reason }`.
 * @example
 * ```ts
 * planStatus({ kind: 'amicable', unpaid: 2, ... }).broken; // => true (default tolerance 2)
 * ```
 */
export function planStatus(plan: PlanAdherence, limits?: PlanLimitsInput): PlanStatus {
  const l = resolvePlanLimits(limits, ['limits']);
  if (plan.kind === 'judicial' && plan.unpaid > 0) {
    return {
      broken: true,
      reason:
        'An instalment of the délais granted by the judge is unpaid: the suspension of the clause résolutoire ends (loi 89-462 art. 24 VII).',
    };
  }
  if (plan.unpaid >= l.brokenAfterUnpaid) {
    return {
      broken: true,
      reason: `${plan.unpaid} instalments are unpaid; the policy tolerates ${l.brokenAfterUnpaid - 1}.`,
    };
  }
  return { broken: false, reason: null };
}
