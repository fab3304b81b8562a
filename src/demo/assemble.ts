/**
 * Writes a demo account as a housing ERP exports it, in the order of the account contract:
 * money as decimal strings, dates as `YYYY-MM-DD`, optional fields only when they apply.
 *
 * @module
 */
import type { AccountInput } from '../account';
import { addDays, addMonths, fromEpochDay } from '../calendar';
import type { Benefit } from './benefit';
import { formatCents } from './cents';
import type { Contact, Reach } from './contacts';
import { dateOf, type Frame } from './frame';
import type { Household } from './household';
import type { Lease } from './lease';
import type { Plan } from './plans';
import type { Procedure } from './procedure';
import type { Prng } from './prng';
import type { Arrears, Tenancy } from './tenancy';

type Ledger = NonNullable<AccountInput['ledger']>;
type ProcedureOut = NonNullable<AccountInput['procedure']>;

/** The parts of an account, drawn and simulated. */
export interface Parts {
  readonly id: string;
  readonly household: Household;
  readonly reach: Reach;
  readonly lease: Lease;
  readonly benefit: Benefit;
  readonly tenancy: Tenancy;
  readonly arrears: Arrears;
  readonly procedure: Procedure;
  readonly plan: Plan | null;
  readonly ledger: Ledger;
  readonly contacts: readonly Contact[];
}

/**
 * The account, with its last draws: the household's vulnerabilities and whether the ERP gives
 * birth dates rather than ages.
 *
 * @example
 * ```ts
 * assembleAccount(rng, frame, parts).id; // => 'DEMO-000001'
 * ```
 */
export function assembleAccount(rng: Prng, frame: Frame, parts: Parts): AccountInput {
  const household = householdOf(rng, frame, parts);
  const lease = leaseOf(parts);
  const housingBenefit = benefitOf(frame, parts.benefit, parts.arrears);
  const { id, ledger } = parts;
  const account: AccountInput =
    housingBenefit === null ? { id, lease, household, ledger } : { id, lease, household, housingBenefit, ledger };
  if (parts.contacts.length > 0) {
    account.contacts = parts.contacts.map((c) =>
      c.outcome === undefined
        ? { date: dateOf(frame, c.day), channel: c.channel, step: c.step }
        : { date: dateOf(frame, c.day), channel: c.channel, step: c.step, outcome: c.outcome },
    );
  }
  const { plan } = parts;
  if (plan !== null && plan.instalments.length > 0) {
    account.repaymentPlan = {
      kind: plan.kind,
      agreedOn: fromEpochDay(plan.agreedDay),
      debt: formatCents(plan.debt),
      instalments: plan.instalments.map((i) => ({ dueOn: i.dueOn, amount: i.amount })),
    };
  }
  const procedure = procedureOf(parts.procedure);
  if (procedure !== null) account.procedure = procedure;
  const { approvals } = parts.procedure;
  if (approvals.length > 0) {
    approvals.sort((a, b) => a.day - b.day);
    account.approvals = approvals.map((a) => ({ step: a.step, date: fromEpochDay(a.day), decision: a.decision }));
  }
  return account;
}

/** The household: resources, members (ages or birth dates), reach, preferences, vulnerability. */
function householdOf(rng: Prng, frame: Frame, parts: Parts): AccountInput['household'] {
  const { household, reach } = parts;
  const vulnerability: { guardianship?: boolean; interpreterNeeded?: boolean; socialSupport?: boolean } = {};
  if (household.elderly && rng.chance(0.08)) vulnerability.guardianship = true;
  if (rng.chance(0.04)) vulnerability.interpreterNeeded = true;
  if ((parts.procedure.stage >= 1 || parts.tenancy.profile === 'chronic') && rng.chance(0.35))
    vulnerability.socialSupport = true;

  const withBirthDates = rng.chance(0.15);
  const out: AccountInput['household'] = {
    monthlyResources: formatCents(household.resourcesCents),
    members: household.members.map((m) =>
      withBirthDates
        ? { birthDate: addDays(addMonths(frame.asOf, -12 * m.age), -rng.int(0, 364)), role: m.role }
        : { age: m.age, role: m.role },
    ),
    digital: { email: reach.email, mobile: reach.mobile, comfortable: reach.comfortable },
  };
  if (reach.preferred.length > 0) out.preferredChannels = reach.preferred;
  if (Object.keys(vulnerability).length > 0) out.vulnerability = vulnerability;
  return out;
}

/** The lease, with its cure delay, end and guarantor when they apply. */
function leaseOf(parts: Parts): AccountInput['lease'] {
  const { lease, household } = parts;
  const out: AccountInput['lease'] = {
    signedOn: lease.signedOn,
    department: household.department,
    rent: formatCents(lease.rentCents),
    charges: formatCents(lease.chargesCents),
    dueDay: lease.dueDay,
  };
  if (lease.cureDelayInLease) out.cureDelay = { months: 2 };
  if (parts.tenancy.endedDay !== null) out.endedOn = fromEpochDay(parts.tenancy.endedDay);
  if (lease.guarantor) out.guarantor = true;
  return out;
}

/** The housing benefit, stopped on a day up to `asOf`, or `null` without one. */
function benefitOf(frame: Frame, benefit: Benefit, arrears: Arrears): AccountInput['housingBenefit'] {
  if (!benefit.has) return null;
  const out: NonNullable<AccountInput['housingBenefit']> = {
    kind: benefit.kind,
    monthlyAmount: formatCents(benefit.cents),
    paidTo: benefit.toLandlord ? 'landlord' : 'tenant',
  };
  const stop = arrears.benefitStopDay;
  if (stop !== null && stop <= frame.asOfDay) out.stoppedOn = fromEpochDay(stop);
  return out;
}

/** The dates of the procedure's acts, in the contract's key order, or `null` when there is none. */
function procedureOf(procedure: Procedure): ProcedureOut | null {
  const { days } = procedure;
  const out: ProcedureOut = {};
  const set = (key: Exclude<keyof ProcedureOut, 'judgment'>, day: number | null): void => {
    if (day !== null) out[key] = fromEpochDay(day);
  };
  set('cafSignalledOn', days.cafSignalled);
  set('ccapexReferredOn', days.ccapexReferred);
  set('fslReferredOn', days.fslReferred);
  set('commandementOn', days.commandement);
  set('guarantorNotifiedOn', days.guarantorNotified);
  set('assignationOn', days.assignation);
  set('hearingOn', days.hearing);
  set('prefectNotifiedOn', days.prefectNotified);
  set('judgmentOn', days.judgmentDay);
  if (days.judgment !== null) out.judgment = days.judgment;
  set('commandementToLeaveOn', days.commandementToLeave);
  set('surendettementRecevableOn', days.surendettementRecevable);
  return Object.keys(out).length > 0 ? out : null;
}
