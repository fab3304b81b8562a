/**
 * Tenant accounts: the input contract, parsing, and the analysis of a ledger as of a date.
 *
 * @module
 */
export {
  ACCOUNT_ID_PATTERN,
  AccountIdSchema,
  isAccountId,
  MAX_ACCOUNT_ID_LENGTH,
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
  MAX_LEDGER_LENGTH,
  OWED_POSTING_KINDS,
  MemberSchema,
  PeriodSchema,
  PostingKindSchema,
  PostingSchema,
  PayerEventSchema,
  ProcedureSchema,
  PromiseSchema,
  PROTECTIVE_MEASURES,
  ProtectionSchema,
  MandataireSchema,
  RepaymentPlanSchema,
  SignedAmountSchema,
  TENANT_CHANNELS,
  TenantChannelSchema,
} from './schema';
export type {
  Account,
  AccountInput,
  Approval,
  Channel,
  Contact,
  Household,
  HousingBenefit,
  Lease,
  Posting,
  PostingKind,
  PayerEvent,
  PaymentPromise,
  Procedure,
  Protection,
  RepaymentPlan,
  TenantChannel,
} from './schema';
export { accountJsonSchema, isParsedAccount, parseAccount, safeParseAccount } from './parse';
export { analyze, analyzeAccount } from './analyze';
export type { Ageing, AnalyzeOptions, Situation, UnpaidItem } from './analyze';
export { departureOf } from './departure';
export type { Departure } from './departure';
export type { InstalmentStatus, PlanAdherence } from './plan-adherence';
// The obligations are computed by the law layer; re-exported for the importers of '../account'.
export type { Obligation, ObligationCode } from '../law';
export { consumptionUnits } from './affordability';
export { DEFAULT_PROMISE_RULES, judgePromises } from './promises';
export type { PromiseRules, PromiseState } from './promises';
export type { Affordability } from './affordability';
