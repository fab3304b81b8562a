/**
 * The facts a policy's conditions can test: one table, each fact with its type, unit, meaning
 * and, where there is one, its legal source. Facts are read from the {@link Situation} that
 * `analyze` returns and from the account's household profile.
 *
 * @module
 */
import type { Account, PromiseRules, Situation } from '../account';
import { daysBetween, ZONES, type IsoDate } from '../calendar';
import { planStatus, type PlanLimitsInput } from '../plans';
import { CASE_FACTS, agesOf } from './facts-case';
import { PAYER_FACTS } from './facts-payer';

/** The type of a fact's value, which decides the operators it accepts. */
export type FactType = 'amount' | 'decimal' | 'integer' | 'date' | 'boolean' | 'string' | 'string-list';

/** What the facts are computed from. */
export interface FactContext {
  readonly situation: Situation;
  readonly account: Account;
  /** The largest sustainable instalment under the policy's plan limits, or `null`. */
  readonly maxSustainableInstalment: string | null;
  /** The policy's plan limits (for `brokenAfterUnpaid`); the defaults when absent. */
  readonly planLimits?: PlanLimitsInput;
  /** The policy's tolerance for promises to pay; the defaults when absent. */
  readonly promiseRules?: PromiseRules;
}

/** One fact of the table. */
export interface FactDefinition {
  readonly type: FactType;
  /** Unit, in words (`EUR`, `days`, `ratio 0–1`…), or `null`. */
  readonly unit: string | null;
  /** What it means, for a recovery manager. */
  readonly description: string;
  /** The legal source, when the fact encodes the law. */
  readonly source?: string;
  /**
   * Every value a `string` fact can take, when the set is closed: a condition comparing the fact
   * with another value could never hold, so validation refuses it, and the policy editor offers
   * the values in a list.
   */
  readonly values?: readonly string[];
  /** Computes the value; `null` when it does not exist for the account (never `undefined`). */
  readonly get: (ctx: FactContext) => string | number | boolean | readonly string[] | null;
}

const since = (ctx: FactContext, date: IsoDate | null | undefined): number | null =>
  date == null ? null : daysBetween(date, ctx.situation.asOf);

const procedure = (ctx: FactContext) => ctx.account.procedure ?? {};
const recorded = (ctx: FactContext, date: IsoDate | null | undefined): IsoDate | null =>
  date != null && date <= ctx.situation.asOf ? date : null;
const obligation = (ctx: FactContext, code: string) => ctx.situation.obligations.find((o) => o.code === code);

function ages(ctx: FactContext): readonly number[] {
  return agesOf(ctx);
}

/**
 * Every fact, by name. Names are part of the policy-file contract: add facts, rename none.
 *
 * @example
 * ```ts
 * FACTS.arrears.type; // => 'amount'
 * ```
 */
export const FACTS: Readonly<Record<string, FactDefinition>> = Object.freeze({
  arrears: {
    type: 'amount',
    unit: 'EUR',
    description:
      'What the tenant owes and may be asked for at the end of the evaluation day (0 when in credit). While a surendettement file is recevable, only the current debt (fallen due since the file was recevable) counts: the older debt is frozen (code conso L.722-2, L.722-5).',
    get: (c) => c.situation.surendettement.currentDebt,
  },
  balance: {
    type: 'amount',
    unit: 'EUR',
    description:
      'Signed balance of the tenant account: positive = owed by the tenant. The whole ledger, frozen debt included: test `arrears` for what may be asked for.',
    get: (c) => c.situation.balance,
  },
  monthsOfArrears: {
    type: 'integer',
    unit: 'months',
    description:
      'Number of distinct months with unpaid rent or charges. While a surendettement file is recevable, only the current debt (fallen due since the file was recevable) counts: the older debt is frozen (code conso L.722-2, L.722-5).',
    get: (c) => c.situation.surendettement.currentMonthsOfArrears,
  },
  debtInMonthsOfRent: {
    type: 'decimal',
    unit: 'months of rent + charges',
    description:
      'Arrears divided by the monthly rent + charges (2 decimals, rounded down). While a surendettement file is recevable, only the current debt (fallen due since the file was recevable) counts: the older debt is frozen (code conso L.722-2, L.722-5).',
    get: (c) => c.situation.surendettement.currentDebtInMonthsOfRent,
  },
  daysSinceFirstDefault: {
    type: 'integer',
    unit: 'days',
    description:
      'Days since the oldest unpaid debt fell due (the first payment default); null when nothing is owed. While a surendettement file is recevable, only the current debt (fallen due since the file was recevable) counts: the older debt is frozen (code conso L.722-2, L.722-5).',
    get: (c) => since(c, c.situation.surendettement.currentFirstDefaultOn),
  },
  firstDefaultOn: {
    type: 'date',
    unit: null,
    description:
      'Due date of the oldest unpaid debt. While a surendettement file is recevable, only the current debt (fallen due since the file was recevable) counts: the older debt is frozen (code conso L.722-2, L.722-5).',
    get: (c) => c.situation.surendettement.currentFirstDefaultOn,
  },
  partialPayments: {
    type: 'integer',
    unit: 'count',
    description: 'Rent or charges items of the last 6 months partly paid.',
    get: (c) => c.situation.earlySigns.partialPayments,
  },
  latePayments: {
    type: 'integer',
    unit: 'count',
    description: 'Items of the last 6 months paid more than 10 days late.',
    get: (c) => c.situation.earlySigns.latePayments,
  },
  missedPayments: {
    type: 'integer',
    unit: 'count',
    description: 'Items of the last 6 months still entirely unpaid.',
    get: (c) => c.situation.earlySigns.missedPayments,
  },
  chargesRegularisationDebt: {
    type: 'amount',
    unit: 'EUR',
    description: 'Unpaid part of charges regularisations (régularisation de charges).',
    get: (c) => c.situation.earlySigns.chargesRegularisationDebt,
  },
  housingBenefit: {
    type: 'string',
    unit: null,
    values: ['none', 'stopped', 'active'],
    description: 'Housing benefit (APL, ALS, ALF): "none" on file, "stopped" or "active".',
    get: (c) => c.situation.earlySigns.housingBenefit,
  },
  tiersPayant: {
    type: 'boolean',
    unit: null,
    description: 'The housing benefit is paid to the landlord (tiers payant).',
    get: (c) => c.account.housingBenefit?.paidTo === 'landlord' && c.situation.earlySigns.housingBenefit === 'active',
  },
  benefitUnpaid: {
    type: 'boolean',
    unit: null,
    description: 'A housing-benefit « impayé » is constituted in the current arrears.',
    source: 'CCH R.824-1 (until 2026); décret 2026-84 (from 2027)',
    get: (c) => c.situation.benefitUnpaid.constituted,
  },
  daysSinceBenefitUnpaid: {
    type: 'integer',
    unit: 'days',
    description: 'Days since the benefit impayé arose; null when there is none.',
    source: 'CCH R.824-1 to R.824-4',
    get: (c) => since(c, c.situation.benefitUnpaid.since),
  },
  daysToCafSignalDeadline: {
    type: 'integer',
    unit: 'days',
    description: 'Days left to signal the impayé to the CAF/MSA (negative when overdue); null when there is no impayé.',
    source: 'CCH R.824-1 to R.824-4',
    get: (c) =>
      c.situation.benefitUnpaid.signalDeadline === null
        ? null
        : daysBetween(c.situation.asOf, c.situation.benefitUnpaid.signalDeadline),
  },
  cafSignalled: {
    type: 'boolean',
    unit: null,
    description: 'The impayé was signalled to the CAF/MSA.',
    get: (c) => recorded(c, procedure(c).cafSignalledOn) !== null,
  },
  ccapexReferred: {
    type: 'boolean',
    unit: null,
    description: 'The case was referred to the CCAPEX (or signalled to the CAF/MSA, which counts as referral).',
    source: 'loi 89-462 art. 24 II; CCH R.824-30',
    get: (c) =>
      recorded(c, procedure(c).ccapexReferredOn) !== null || recorded(c, procedure(c).cafSignalledOn) !== null,
  },
  assignationAllowed: {
    type: 'boolean',
    unit: null,
    description:
      'The 2 months after the CCAPEX referral have passed and no surendettement file is recevable: an assignation may be served.',
    source: 'loi 89-462 art. 24 II; code de la consommation L.722-2',
    get: (c) => obligation(c, 'assignation_earliest')?.status === 'open' && !c.situation.surendettement.frozen,
  },
  fslReferred: {
    type: 'boolean',
    unit: null,
    description: 'A request was made to the FSL (fonds de solidarité pour le logement).',
    get: (c) => recorded(c, procedure(c).fslReferredOn) !== null,
  },
  commandementServed: {
    type: 'boolean',
    unit: null,
    description: 'A commandement de payer visant la clause résolutoire was served.',
    get: (c) => recorded(c, procedure(c).commandementOn) !== null,
  },
  curePeriodOver: {
    type: 'boolean',
    unit: null,
    description: 'The delay of the commandement de payer has run out without payment.',
    source: 'loi 89-462 art. 24 I',
    get: (c) => obligation(c, 'cure_period_end')?.status === 'overdue',
  },
  assignationServed: {
    type: 'boolean',
    unit: null,
    description: 'An assignation was served.',
    get: (c) => recorded(c, procedure(c).assignationOn) !== null,
  },
  surendettement: {
    type: 'boolean',
    unit: null,
    description: 'A surendettement file is recevable: enforcement is suspended.',
    source: 'code de la consommation L.722-2',
    get: (c) => c.situation.surendettement.frozen,
  },
  frozenDebt: {
    type: 'amount',
    unit: 'EUR',
    description:
      'Debt frozen by a recevable surendettement file: what had fallen due before the file was recevable and is still owed; never reminded, never in a plan, never pursued; 0 without a file.',
    source: 'code de la consommation L.722-2, L.722-5',
    get: (c) => c.situation.surendettement.frozenDebt,
  },
  effortRateNet: {
    type: 'decimal',
    unit: 'ratio 0–1',
    description:
      "Net effort rate (taux d'effort): (rent + charges − housing benefit) ÷ resources; null without resources.",
    source: 'CCH R.441-3-1',
    get: (c) => c.situation.affordability.effortRateNet,
  },
  resteAVivrePerUnit: {
    type: 'amount',
    unit: 'EUR per month per consumption unit',
    description: 'Reste à vivre: (resources − residual rent) ÷ consumption units.',
    get: (c) => c.situation.affordability.resteAVivrePerUnit,
  },
  monthlyResources: {
    type: 'amount',
    unit: 'EUR per month',
    description: 'Monthly resources of the household.',
    get: (c) => c.situation.affordability.resources,
  },
  maxSustainableInstalment: {
    type: 'amount',
    unit: 'EUR per month',
    description:
      'Largest monthly instalment the household can afford under the plan limits; null when even the minimum is out of reach.',
    get: (c) => c.maxSustainableInstalment,
  },
  planAffordable: {
    type: 'boolean',
    unit: null,
    description: 'At least the minimum instalment is affordable.',
    get: (c) => c.maxSustainableInstalment !== null,
  },
  hasPlan: {
    type: 'boolean',
    unit: null,
    description: "A repayment plan (plan d'apurement) is on file.",
    get: (c) => c.situation.plan !== null,
  },
  planUnpaidInstalments: {
    type: 'integer',
    unit: 'count',
    description: 'Instalments of the plan due and still unpaid; 0 without a plan.',
    get: (c) => c.situation.plan?.unpaid ?? 0,
  },
  planStatus: {
    type: 'string',
    unit: null,
    values: ['none', 'kept', 'late', 'broken', 'finished'],
    description:
      'Where the plan on file stands: "none" (no plan), "kept" (no instalment due is unpaid), "late" (unpaid instalments within the policy tolerance), "broken" (beyond it; délais granted by a judge at the first unpaid instalment) or "finished" (every instalment due, none unpaid: new arrears follow the ladder).',
    source: 'loi 89-462 art. 24 VII (délais de paiement end at the first missed payment)',
    get: (c) => (c.situation.plan === null ? 'none' : planStatus(c.situation.plan, c.planLimits).status),
  },
  planKind: {
    type: 'string',
    unit: null,
    values: ['none', 'amicable', 'caf', 'judicial', 'surendettement'],
    description:
      'Kind of the plan on file: "none", "amicable", "caf" (approved by the CAF/MSA), "judicial" (délais de paiement granted by a judge) or "surendettement" (Banque de France plan).',
    get: (c) => c.situation.plan?.kind ?? 'none',
  },
  contactsLast7Days: {
    type: 'integer',
    unit: 'count',
    description: 'Contacts with the tenant in the 7 days ending on the evaluation day.',
    get: (c) => c.situation.contacts.last7Days,
  },
  contactsLast30Days: {
    type: 'integer',
    unit: 'count',
    description: 'Contacts with the tenant in the last 30 days.',
    get: (c) => c.situation.contacts.last30Days,
  },
  daysSinceLastContact: {
    type: 'integer',
    unit: 'days',
    description: 'Days since the last contact with the tenant; null when there was none.',
    get: (c) => since(c, c.situation.contacts.lastContactOn),
  },
  tenancy: {
    type: 'string',
    unit: null,
    values: ['current', 'departed'],
    description: '"current" tenant or "departed" (the lease has ended).',
    get: (c) => c.situation.tenancy,
  },
  department: {
    type: 'string',
    unit: null,
    description: 'Department code of the dwelling ("93", "2A", "974").',
    get: (c) => c.situation.department,
  },
  zone: {
    type: 'string',
    unit: null,
    values: ZONES,
    description: 'Public-holiday zone (metropole, alsace-moselle, guadeloupe, …).',
    get: (c) => c.situation.zone,
  },
  oldestMemberAge: {
    type: 'integer',
    unit: 'years',
    description: 'Age of the oldest member of the household; null when no member is listed.',
    get: (c) => (ages(c).length === 0 ? null : Math.max(...ages(c))),
  },
  householdSize: {
    type: 'integer',
    unit: 'persons',
    description: 'Number of people in the home (1 when none is listed).',
    get: (c) => Math.max(1, c.account.household.members?.length ?? 0),
  },
  hasMobile: {
    type: 'boolean',
    unit: null,
    description: 'A mobile phone number is on file (SMS possible).',
    get: (c) => c.account.household.digital?.mobile === true,
  },
  hasEmail: {
    type: 'boolean',
    unit: null,
    description: 'An email address is on file.',
    get: (c) => c.account.household.digital?.email === true,
  },
  digitalComfort: {
    type: 'boolean',
    unit: null,
    description: 'The household is at ease with digital tools.',
    get: (c) => c.account.household.digital?.comfortable === true,
  },
  preferredChannels: {
    type: 'string-list',
    unit: null,
    description: 'Channels the household asked for, most preferred first.',
    get: (c) => c.account.household.preferredChannels ?? [],
  },
  guardianship: {
    type: 'boolean',
    unit: null,
    description:
      'Under a protective measure (tutelle, curatelle…): household.protection given, or vulnerability.guardianship true.',
    get: (c) =>
      c.account.household.protection !== undefined || c.account.household.vulnerability?.guardianship === true,
  },
  interpreterNeeded: {
    type: 'boolean',
    unit: null,
    description: 'Needs an interpreter or translated letters.',
    get: (c) => c.account.household.vulnerability?.interpreterNeeded === true,
  },
  socialSupport: {
    type: 'boolean',
    unit: null,
    description: 'Already followed by a social worker.',
    get: (c) => c.account.household.vulnerability?.socialSupport === true,
  },
  ...CASE_FACTS,
  ...PAYER_FACTS,
});

/**
 * The names of every fact, sorted.
 *
 * @example
 * ```ts
 * FACT_NAMES.slice(0, 2); // => ['arrears', 'assignationAllowed']
 * ```
 */
export const FACT_NAMES: readonly string[] = Object.freeze(Object.keys(FACTS).sort());
