/**
 * Repayment plans (plans d'apurement): affordability, the largest sustainable instalment,
 * proposals with exact schedules, and whether a plan holds.
 *
 * @module
 */
export { assessPlan, maxSustainableInstalment } from './assess';
export type { PlanAssessment, PlanProposal, PlanReason, PlanReasonCode, ScheduledInstalment } from './assess';
export { planWithin, proposePlan } from './propose';
export type { PlanProposalResult, ProposeOptions } from './propose';
export { planStatus } from './adherence';
export type { PlanStatus, PlanStatusCode } from './adherence';
export { DEFAULT_PLAN_LIMITS, LEGAL_MAX_DURATION_MONTHS, resolvePlanLimits } from './limits';
export type { DueDateRule, PlanLimits, PlanLimitsInput } from './limits';
