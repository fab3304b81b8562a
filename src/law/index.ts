/**
 * French rent-arrears law: dated parameters and the legal computations, each citing its article.
 *
 * @module
 */
export {
  BENEFIT_REFORM_DATE,
  LAW_TABLE_VERSION,
  LEGAL_PARAMETERS,
  LOI_2023_668_DATE,
  legalParameter,
} from './parameters';
export type {
  BenefitUnpaid2016,
  BenefitUnpaid2027,
  DepositRestitutionDelay,
  LegalClock,
  LegalParameter,
  Period,
} from './parameters';
export { benefitUnpaidRegime, findBenefitUnpaid } from './benefit-unpaid';
export type { BenefitUnpaidConstitution, BenefitUnpaidRegime, DebtState } from './benefit-unpaid';
export {
  assignationEarliest,
  cafSignalDeadline,
  cureDelay,
  curePeriodEnd,
  depositRestitutionDeadline,
  expulsionGates,
  guarantorNoticeDeadline,
  prefectNoticeDeadline,
  prescribedOn,
} from './deadlines';
export type { DepositRestitutionDate, LegalDate } from './deadlines';
export { OBLIGATION_CODES, compareObligations, deadlineStatus, gateStatus, legalObligations } from './obligations';
export type {
  DepartureTerms,
  Obligation,
  ObligationCode,
  ObligationInput,
  ObligationStatus,
  ProcedureDates,
} from './obligations';
export { LEGAL_EFFECT_STEPS, LEGAL_PREREQUISITES, hasLegalEffect } from './steps';
export type { LegalEffectStep, LegalGate } from './steps';
export { FORBIDDEN_CHARGES, FORBIDDEN_CHARGE_TERMS, forbiddenChargeIn } from './forbidden';
export type { ForbiddenCharge } from './forbidden';
export { appliedReading, sourceIn } from './parameters';
export type { AppliedReading, BenefitUnpaidTimeReading, LegalReading, PrescriptionFirstDayReading } from './parameters';
export type { BenefitUnpaidBranch } from './benefit-unpaid';
export { prescriptionDays, prescriptionReading } from './deadlines';
export type { PrescriptionDays } from './deadlines';
export { PAYER_EVENT_KINDS, payerProcess } from './payer';
export type { PayerEvent, PayerEventKind, PayerInput, PayerProcess } from './payer';
export { PAYER_PARAMETERS } from './payer-parameters';
