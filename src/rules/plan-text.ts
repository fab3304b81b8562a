/**
 * What the explanation says of the plan on file, by its status: a kept plan is followed, a late
 * one reminded, a broken one renegotiated (or, for délais granted by a judge, the lease may be
 * treated as terminated), a finished one is history.
 *
 * @module
 */
import type { Situation } from '../account';
import { formatEUR } from '../money';
import type { PlanStatus } from '../plans';

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * What the explanation says of the plan on file, and whether a new plan may be proposed.
 *
 * @param plan - The plan on file, with its adherence.
 * @param state - Its status under the policy's limits.
 * @returns The sentence, its source, and whether a new plan may be proposed.
 */
export function existingPlanText(
  plan: NonNullable<Situation['plan']>,
  state: PlanStatus,
): { text: string; source: string; propose: boolean } {
  const next = state.nextInstalment;
  const nextText = next === null ? '' : ` Next instalment: ${formatEUR(next.amount)} on ${next.dueOn}.`;
  const agreed = `the ${plan.kind === 'judicial' ? 'délais de paiement granted by the judge' : `${plan.kind} plan agreed`} on ${plan.agreedOn}`;
  switch (state.status) {
    case 'kept':
      return {
        text: `Plan en cours: ${agreed} ${plan.kind === 'judicial' ? 'are' : 'is'} kept (${plan.kept + plan.late} of ${plan.instalments.length} instalments paid, ${formatEUR(plan.scheduledRemaining)} left on the schedule).${nextText} No new plan is proposed.`,
        source: 'plans: a kept plan is followed, not replaced',
        propose: false,
      };
    case 'late':
      return {
        text: `${capitalised(agreed)}: ${plan.unpaid} instalment${plan.unpaid > 1 ? 's are' : ' is'} unpaid, within the policy's tolerance; the plan still runs.${nextText} No new plan is proposed: remind the household of the instalment.`,
        source: 'plans.brokenAfterUnpaid',
        propose: false,
      };
    case 'broken':
      if (plan.kind === 'judicial') {
        return {
          text: `${capitalised(agreed)} are broken. ${state.reason} The lease may now be treated as terminated. Contact the household urgently and ask the CESF to review its situation; no amicable plan is proposed.`,
          source: 'loi 89-462 art. 24 VII',
          propose: false,
        };
      }
      return {
        text: `${capitalised(agreed)} is broken: ${state.reason} Renegotiate it with the household.`,
        source: 'plans.brokenAfterUnpaid',
        propose: plan.kind !== 'surendettement',
      };
    case 'finished':
      return {
        text: `${capitalised(agreed)} is finished: every instalment was paid. It no longer holds back recovery: the arrears since then follow the ladder.`,
        source: 'plans',
        propose: true,
      };
  }
}
