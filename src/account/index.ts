/**
 * Tenant accounts: the input contract, parsing, and the analysis of a ledger as of a date.
 *
 * @module
 */
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
  MAX_LEDGER_LENGTH,
  MemberSchema,
  PeriodSchema,
  PostingKindSchema,
  PostingSchema,
  ProcedureSchema,
  RepaymentPlanSchema,
  SignedAmountSchema,
  TENANT_CHANNELS,
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
  Procedure,
  RepaymentPlan,
} from './schema';
export { accountJsonSchema, isParsedAccount, parseAccount, safeParseAccount } from './parse';
export { analyze } from './analyze';
export type {
  Ageing,
  AnalyzeOptions,
  InstalmentStatus,
  Obligation,
  ObligationCode,
  PlanAdherence,
  Situation,
  UnpaidItem,
} from './analyze';
export { consumptionUnits } from './affordability';
export type { Affordability } from './affordability';
