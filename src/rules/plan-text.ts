/**
 * What the explanation says of the plan on file, by its status: a kept plan is followed, a late
 * one reminded, a broken one renegotiated (or, for délais granted by a judge, the lease may be
 * treated as terminated), a finished one is history.
 *
 * @module
 */
import type { Voice } from '../i18n';
import type { Situation } from '../account';
import type { PlanStatus } from '../plans';

/**
 * Whether a new plan may be proposed beside the plan on file: not while it is kept or late, nor
 * once délais granted by a judge or a surendettement plan are broken; after a broken amicable or
 * CAF plan, or a finished one, yes. {@link existingPlanText} says the same, with its reasons.
 *
 * @param plan - The plan on file.
 * @param state - Its status under the policy's limits.
 * @returns `true` when a new plan may be proposed.
 */
export function proposeAfter(plan: NonNullable<Situation['plan']>, state: PlanStatus): boolean {
  switch (state.status) {
    case 'kept':
    case 'late':
      return false;
    case 'broken':
      return plan.kind !== 'judicial' && plan.kind !== 'surendettement';
    case 'finished':
      return true;
  }
}

/**
 * What the explanation says of the plan on file, and whether a new plan may be proposed.
 *
 * @param plan - The plan on file, with its adherence.
 * @param state - Its status under the policy's limits.
 * @param tolerated - How many unpaid instalments the policy tolerates (`brokenAfterUnpaid` − 1).
 * @param voice - The locale's messages and formats.
 * @returns The sentence, its source, and whether a new plan may be proposed.
 */
export function existingPlanText(
  plan: NonNullable<Situation['plan']>,
  state: PlanStatus,
  tolerated: number,
  voice: Voice,
): { text: string; source: string; propose: boolean } {
  const judicial = plan.kind === 'judicial';
  const agreedOn = voice.date(plan.agreedOn);
  const nextInstalment = state.nextInstalment;
  const next =
    nextInstalment === null
      ? null
      : voice.say('plan.existing.next', {
          amount: voice.money(nextInstalment.amount),
          date: voice.date(nextInstalment.dueOn),
        });
  switch (state.status) {
    case 'kept': {
      const figures = {
        agreedOn,
        paid: plan.kept + plan.late,
        total: plan.instalments.length,
        remaining: voice.money(plan.scheduledRemaining),
        next,
      };
      return {
        text: judicial
          ? voice.say('plan.existing.kept.judicial', figures)
          : voice.say('plan.existing.kept', { kind: plan.kind, ...figures }),
        source: voice.say('source.keptPlan', {}),
        propose: false,
      };
    }
    case 'late':
      return {
        text: judicial
          ? voice.say('plan.existing.late.judicial', { agreedOn, unpaid: plan.unpaid, next })
          : voice.say('plan.existing.late', { kind: plan.kind, agreedOn, unpaid: plan.unpaid, next }),
        source: 'plans.brokenAfterUnpaid',
        propose: false,
      };
    case 'broken': {
      if (judicial) {
        return {
          text: voice.say('plan.existing.broken.judicial', { agreedOn }),
          source: 'loi 89-462 art. 24 VII',
          propose: false,
        };
      }
      return {
        text: voice.say('plan.existing.broken', { kind: plan.kind, agreedOn, unpaid: plan.unpaid, tolerated }),
        source: 'plans.brokenAfterUnpaid',
        propose: plan.kind !== 'surendettement',
      };
    }
    case 'finished':
      return {
        text: judicial
          ? voice.say('plan.existing.finished.judicial', { agreedOn })
          : voice.say('plan.existing.finished', { kind: plan.kind, agreedOn }),
        source: 'plans',
        propose: true,
      };
  }
}
