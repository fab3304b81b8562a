/**
 * hlm-recovery: a French social landlord's rent-arrears recovery policy as declarative JSON rules,
 * with exact money, the French legal calendar and explainable decisions.
 *
 * Money lives in `hlm-recovery/money`, dates and holidays in `hlm-recovery/calendar`.
 *
 * @packageDocumentation
 */
export { ValidationError, formatPath } from './errors';
export type { Issue, IssueCode, PathSegment, SafeResult } from './errors';
export {
  AccountSchema,
  AmountSchema,
  ApprovalSchema,
  ChannelSchema,
  ContactSchema,
  DateSchema,
  HouseholdSchema,
  HousingBenefitSchema,
  InstalmentSchema,
  LeaseSchema,
  MemberSchema,
  PeriodSchema,
  PostingKindSchema,
  PostingSchema,
  ProcedureSchema,
  RepaymentPlanSchema,
  SignedAmountSchema,
  accountJsonSchema,
  analyze,
  parseAccount,
  safeParseAccount,
} from './account';
export type {
  Account,
  AccountInput,
  Affordability,
  Ageing,
  AnalyzeOptions,
  Approval,
  Channel,
  Contact,
  Household,
  HousingBenefit,
  InstalmentStatus,
  Lease,
  Obligation,
  ObligationCode,
  PlanAdherence,
  Posting,
  PostingKind,
  Procedure,
  RepaymentPlan,
  Situation,
  UnpaidItem,
} from './account';
export {
  ConditionSchema,
  FACTS,
  FACT_NAMES,
  OPERATORS,
  OPERATOR_NAMES,
  PolicySchema,
  PolicySetSchema,
  DECISION_SCHEMA_VERSION,
  compilePolicy,
  createRulesEngine,
  defaultPolicy,
  evaluateWithJsonRulesEngine,
  evaluate,
  loadPolicy,
  policyInForce,
  policyJsonSchema,
  validatePolicy,
} from './rules';
export type {
  CompiledPolicy,
  Condition,
  Decision,
  EvaluateOptions,
  ExplanationEntry,
  FactDefinition,
  FactType,
  Level,
  NextAction,
  OperatorDefinition,
  Policy,
  PolicyInput,
  PolicySet,
  PolicyValidation,
  Prevention,
  Step,
  StepKind,
  TraceEntry,
} from './rules';
export {
  assessPlan,
  maxSustainableInstalment,
  planStatus,
  proposePlan,
  DEFAULT_PLAN_LIMITS,
} from './plans';
export type { PlanAssessment, PlanLimitsInput, PlanProposal, PlanProposalResult, PlanReason, PlanStatus } from './plans';
export { PortfolioTally, evaluatePortfolio, generateDemoAccount, generateDemoPortfolio, resultRecord } from './portfolio';
export type { ErrorRecord, PortfolioResult, PortfolioSummary } from './portfolio';
export { decisionJsonSchema, factsMarkdown } from './rules';
export { LIBRARY_VERSION } from './version';
export { LAW_TABLE_VERSION, LEGAL_PARAMETERS, FORBIDDEN_CHARGES, legalParameter } from './law';
export type { ForbiddenCharge, LegalParameter, Period } from './law';
