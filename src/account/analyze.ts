/**
 * `analyze(account, { asOf })`: a tenant's ledger becomes the facts a recovery officer reasons
 * with — balances, arrears and their age, the benefit « impayé », the legal deadlines, what the
 * household can bear, early signs, plan adherence and contact pressure. Pure: nothing is read from
 * the clock, and the same input gives the same bytes out.
 *
 * @module
 */
import {
  addDays,
  addMonths,
  daysBetween,
  parseDate,
  zoneOfDepartment,
  type IsoDate,
  type Zone,
} from '../calendar';
import {
  BENEFIT_REFORM_DATE,
  assignationEarliest,
  cafSignalDeadline,
  cureDelay,
  curePeriodEnd,
  expulsionGates,
  findBenefitUnpaid,
  guarantorNoticeDeadline,
  prefectNoticeDeadline,
  prescribedOn,
  type BenefitUnpaidRegime,
  type DebtState,
} from '../law';
import { add, compare, divide, isPositive, isZero, money, subtract, sum, type Money } from '../money';
import { affordability, housingCost, type Affordability } from './affordability';
import { imputeLedger, type DueItem, type LedgerState } from './ledger';
import { isParsedAccount, parseAccount } from './parse';
import { TENANT_CHANNELS, type Account, type Channel, type PostingKind } from './schema';

/** An obligation the law puts on the landlord (or a delay it gives the tenant). */
export interface Obligation {
  /** `caf_signal`, `ccapex_referral`, `assignation_earliest`, `cure_period_end`, `guarantor_notice`, `prefect_notice`, `expulsion_truce`, `human_review` (in decisions). */
  readonly code: ObligationCode;
  /** `deadline`: last day to act. `gate`: first day something is allowed. */
  readonly kind: 'deadline' | 'gate';
  /** The date, ISO. */
  readonly date: IsoDate;
  /** The legal article. */
  readonly basis: string;
  /** Deadline: `upcoming`, `due` (today), `overdue` or `done`. Gate: `closed` or `open`. */
  readonly status: 'upcoming' | 'due' | 'overdue' | 'done' | 'closed' | 'open';
}

/** Codes of the obligations. See DESIGN "The decision". */
export type ObligationCode =
  | 'caf_signal'
  | 'ccapex_referral'
  | 'assignation_earliest'
  | 'cure_period_end'
  | 'guarantor_notice'
  | 'prefect_notice'
  | 'expulsion_truce'
  | 'human_review';

/** An unpaid debt of the ledger. */
export interface UnpaidItem {
  readonly date: IsoDate;
  readonly kind: PostingKind;
  readonly id?: string;
  /** What was due. */
  readonly amount: string;
  /** What is still unpaid. */
  readonly remaining: string;
  /** Days since it fell due. */
  readonly ageDays: number;
  /** Day it is prescribed (loi 89-462 art. 7-1), unless interrupted. */
  readonly prescribedOn: IsoDate;
}

/** Unpaid debt by age since it fell due, EUR. */
export interface Ageing {
  readonly '0-1': string;
  readonly '1-3': string;
  readonly '3-6': string;
  readonly '6-12': string;
  readonly '12+': string;
}

/** Status of one plan instalment. */
export interface InstalmentStatus {
  readonly dueOn: IsoDate;
  readonly amount: string;
  /**
   * `kept`: by its due day, the debt had come down to the plan's debt minus the instalments due
   * so far (instalment and current rent paid); `late`: that happened after the due day;
   * `unpaid`: not yet by `asOf`; `upcoming`: due after `asOf`.
   */
  readonly status: 'kept' | 'late' | 'unpaid' | 'upcoming';
  /** Day the instalment was made good, or `null`. */
  readonly paidOn: IsoDate | null;
}

/** How an existing repayment plan is being kept. */
export interface PlanAdherence {
  readonly kind: 'amicable' | 'caf' | 'judicial' | 'surendettement';
  readonly agreedOn: IsoDate;
  readonly debt: string;
  readonly instalments: readonly InstalmentStatus[];
  readonly kept: number;
  readonly late: number;
  readonly unpaid: number;
  readonly upcoming: number;
  /** Remaining of the plan's debt per its schedule: debt − instalments due so far. */
  readonly scheduledRemaining: string;
  /**
   * For a plan approved by the CAF/MSA under the pre-2027 regime: the housing benefit is kept while
   * the plan is kept (CCH R.824-11, R.824-19), i.e. no instalment is unpaid. `null` for other plans
   * and from 2027, when the CCAPEX decides (CCH L.824-2 as amended by loi 2023-668).
   */
  readonly benefitMaintained: boolean | null;
}

/** Everything `analyze` finds, as plain JSON. */
export interface Situation {
  readonly accountId: string;
  readonly asOf: IsoDate;
  /** Holiday zone of the dwelling, from its department. */
  readonly zone: Zone;
  readonly department: string;
  /** Day of the month the rent falls due (1–31). */
  readonly dueDay: number;
  /** `current` tenant, or `departed` (lease ended on or before `asOf`). */
  readonly tenancy: 'current' | 'departed';
  /** Signed balance at the end of `asOf`: positive = owed by the tenant. */
  readonly balance: string;
  /** What the tenant owes (0 when in credit). */
  readonly arrears: string;
  /** What the landlord owes the tenant (an advance or overpayment), 0 otherwise. */
  readonly credit: string;
  /** Unpaid debts, oldest first. */
  readonly unpaidItems: readonly UnpaidItem[];
  /** Due date of the oldest unpaid debt: the first payment default of the current arrears. */
  readonly firstDefaultOn: IsoDate | null;
  /** Day the current arrears began (the day after the balance was last ≤ 0). */
  readonly arrearsSince: IsoDate | null;
  /** Days since the oldest unpaid debt fell due, 0 when none. */
  readonly oldestUnpaidDays: number;
  /** Number of distinct months (YYYY-MM) with an unpaid rent or charges item. */
  readonly monthsOfArrears: number;
  /** Arrears ÷ monthly gross housing cost (rent + charges), 2 decimals rounded down. */
  readonly debtInMonthsOfRent: string;
  readonly ageing: Ageing;
  /** Debts more than 3 years old (prescribed unless the prescription was interrupted), EUR. */
  readonly prescribedAmount: string;
  readonly benefitUnpaid: {
    /** The tenant receives a housing benefit (APL, ALS or ALF): the impayé rules apply. */
    readonly applies: boolean;
    readonly constituted: boolean;
    /** Day the impayé arose in the current arrears, or `null`. */
    readonly since: IsoDate | null;
    readonly regime: BenefitUnpaidRegime | null;
    /** Last day to signal it to the CAF/MSA (not rolled), or `null`. */
    readonly signalDeadline: IsoDate | null;
    readonly basis: string | null;
  };
  readonly obligations: readonly Obligation[];
  readonly affordability: Affordability;
  readonly earlySigns: {
    /** Rent or charges items of the last 6 months partly paid and still open. */
    readonly partialPayments: number;
    /** Items of the last 6 months paid more than 10 days after they fell due. */
    readonly latePayments: number;
    /** Items of the last 6 months still entirely unpaid. */
    readonly missedPayments: number;
    /** Unpaid part of charges regularisations (régularisation de charges), EUR. */
    readonly chargesRegularisationDebt: string;
    /** `none` on file, `stopped`, or `active`. */
    readonly housingBenefit: 'none' | 'stopped' | 'active';
  };
  readonly plan: PlanAdherence | null;
  readonly contacts: {
    /** Contacts with the tenant (internal steps excluded) in the 7 days ending on `asOf`. */
    readonly last7Days: number;
    /** Same, over 30 days. */
    readonly last30Days: number;
    readonly lastContactOn: IsoDate | null;
    readonly lastChannel: Channel | null;
  };
  readonly surendettement: {
    /** A surendettement file is recevable on `asOf`: enforcement is suspended (code conso L.722-2). */
    readonly frozen: boolean;
    readonly recevableOn: IsoDate | null;
    /** Debt that fell due before the file was recevable, frozen; only current rent is collected. */
    readonly frozenDebt: string;
  };
}

/** Options of {@link analyze}. */
export interface AnalyzeOptions {
  /** The evaluation date, ISO. Always given: nothing is read from the clock. */
  readonly asOf: IsoDate;
}

const LATE_AFTER_DAYS = 10;
const RENT_KINDS: ReadonlySet<PostingKind> = new Set(['rent', 'charges']);
const ZERO = money('0');

/**
 * Analyses a tenant account as of a date.
 *
 * @param account - A raw JSON account (parsed on entry) or the output of `parseAccount`.
 * @param options - `{ asOf }`, the evaluation date.
 * @returns The {@link Situation}.
 * @throws {@link ValidationError} when the account or `asOf` is invalid (`invalid_date`…).
 * @example
 * ```ts
 * analyze(account, { asOf: '2026-03-01' }).arrears; // => '460.60'
 * ```
 */
export function analyze(account: unknown, options: AnalyzeOptions): Situation {
  const asOf = parseDate(options?.asOf, ['asOf']);
  const acc = isParsedAccount(account) ? account : parseAccount(account);
  const zone = zoneOfDepartment(acc.lease.department, ['lease', 'department']);
  const ledger = imputeLedger(acc.ledger, asOf);
  const balance = ledger.balance;
  const arrears = isPositive(balance) ? balance : ZERO;
  const unpaid = ledger.items.filter((i) => !isZero(i.remaining));
  const cost = housingCost(acc, asOf);

  const episode = currentEpisode(ledger.states);
  const benefitApplies = acc.housingBenefit != null;
  const constitution =
    benefitApplies && episode.length > 0
      ? findBenefitUnpaid(
          episode.map(toDebtState),
          asOf,
          cost.tiersPayant ? cost.residual : cost.gross,
        )
      : null;
  const signal = constitution === null ? null : cafSignalDeadline(constitution.on);

  return {
    accountId: acc.id,
    asOf,
    zone,
    department: acc.lease.department,
    dueDay: acc.lease.dueDay ?? 1,
    tenancy: acc.lease.endedOn != null && acc.lease.endedOn <= asOf ? 'departed' : 'current',
    balance: balance.amount,
    arrears: arrears.amount,
    credit: isPositive(balance) ? ZERO.amount : subtract(ZERO, balance).amount,
    unpaidItems: unpaid.map((i) => unpaidItem(i, asOf)),
    firstDefaultOn: unpaid[0]?.date ?? null,
    arrearsSince: episode[0]?.from ?? null,
    oldestUnpaidDays: unpaid[0] === undefined ? 0 : daysBetween(unpaid[0].date, asOf),
    monthsOfArrears: new Set(unpaid.filter((i) => RENT_KINDS.has(i.kind)).map((i) => i.date.slice(0, 7))).size,
    debtInMonthsOfRent: isPositive(cost.gross) ? divide(arrears, cost.gross.amount, 'down').amount : '0.00',
    ageing: ageing(unpaid, asOf),
    prescribedAmount: sum(unpaid.filter((i) => prescribedOn(i.date) <= asOf).map((i) => i.remaining)).amount,
    benefitUnpaid: {
      applies: benefitApplies,
      constituted: constitution !== null,
      since: constitution?.on ?? null,
      regime: constitution?.regime ?? null,
      signalDeadline: signal?.date ?? null,
      basis: constitution?.basis ?? null,
    },
    obligations: isPositive(balance)
      ? obligations(acc, asOf, zone, episode[0]?.from ?? asOf, signal?.date ?? null, signal?.basis ?? null)
      : [],
    affordability: affordability(acc, asOf),
    earlySigns: earlySigns(acc, ledger.items, asOf),
    plan: planAdherence(acc, ledger.states, asOf),
    contacts: contactPressure(acc, asOf),
    surendettement: surendettement(acc, unpaid, asOf),
  };
}

function toDebtState(s: LedgerState): DebtState {
  return { from: s.from, debt: s.balance, firstDefaultOn: s.oldestUnpaidOn };
}

/** The states since the balance was last ≤ 0: the current arrears episode (empty when none). */
function currentEpisode(states: readonly LedgerState[]): readonly LedgerState[] {
  let start = states.length;
  while (start > 0 && isPositive(states[start - 1]!.balance)) start--;
  return states.slice(start);
}

function unpaidItem(item: DueItem, asOf: IsoDate): UnpaidItem {
  return {
    date: item.date,
    kind: item.kind,
    ...(item.id === undefined ? {} : { id: item.id }),
    amount: item.amount.amount,
    remaining: item.remaining.amount,
    ageDays: daysBetween(item.date, asOf),
    prescribedOn: prescribedOn(item.date),
  };
}

function ageing(unpaid: readonly DueItem[], asOf: IsoDate): Ageing {
  const limits = [1, 3, 6, 12].map((m) => addMonths(asOf, -m));
  const buckets: Money[] = [ZERO, ZERO, ZERO, ZERO, ZERO];
  for (const item of unpaid) {
    // An item due on asOf − 1 month is one month old: it leaves the 0–1 bucket that day.
    let b = 0;
    while (b < 4 && item.date <= limits[b]!) b++;
    buckets[b] = add(buckets[b]!, item.remaining);
  }
  return {
    '0-1': buckets[0]!.amount,
    '1-3': buckets[1]!.amount,
    '3-6': buckets[2]!.amount,
    '6-12': buckets[3]!.amount,
    '12+': buckets[4]!.amount,
  };
}

function deadlineStatus(date: IsoDate, asOf: IsoDate, done: boolean): Obligation['status'] {
  if (done) return 'done';
  return asOf < date ? 'upcoming' : asOf === date ? 'due' : 'overdue';
}

function gateStatus(date: IsoDate, asOf: IsoDate): Obligation['status'] {
  return asOf < date ? 'closed' : 'open';
}

function obligations(
  acc: Account,
  asOf: IsoDate,
  zone: Zone,
  episodeStart: IsoDate,
  signalDeadline: IsoDate | null,
  signalBasis: string | null,
): Obligation[] {
  const p = acc.procedure ?? {};
  const out: Obligation[] = [];
  // An act recorded before the current arrears began belongs to an earlier episode.
  const inEpisode = (d: IsoDate | null | undefined): d is IsoDate => d != null && d >= episodeStart && d <= asOf;
  const recorded = (d: IsoDate | null | undefined): d is IsoDate => d != null && d <= asOf;

  if (signalDeadline !== null && signalBasis !== null) {
    const signalled = inEpisode(p.cafSignalledOn);
    out.push({
      code: 'caf_signal',
      kind: 'deadline',
      date: signalDeadline,
      basis: signalBasis,
      status: deadlineStatus(signalDeadline, asOf, signalled),
    });
    out.push({
      code: 'ccapex_referral',
      kind: 'deadline',
      date: signalDeadline,
      basis: 'loi 89-462 art. 24 II; CCH R.824-30: the CAF/MSA signalling also refers the case to the CCAPEX',
      status: deadlineStatus(signalDeadline, asOf, signalled || inEpisode(p.ccapexReferredOn)),
    });
  }
  const referral = recorded(p.ccapexReferredOn) ? p.ccapexReferredOn : recorded(p.cafSignalledOn) ? p.cafSignalledOn : null;
  if (referral !== null) {
    const gate = assignationEarliest(referral, zone);
    out.push({ code: 'assignation_earliest', kind: 'gate', date: gate.date, basis: gate.basis, status: gateStatus(gate.date, asOf) });
  }
  if (recorded(p.commandementOn)) {
    const delay = cureDelay(acc.lease.signedOn, acc.lease.cureDelay);
    const end = curePeriodEnd(p.commandementOn, delay.period, zone);
    out.push({
      code: 'cure_period_end',
      kind: 'deadline',
      date: end,
      basis: delay.basis,
      status: deadlineStatus(end, asOf, false),
    });
    if (acc.lease.guarantor === true) {
      const notice = guarantorNoticeDeadline(p.commandementOn);
      out.push({
        code: 'guarantor_notice',
        kind: 'deadline',
        date: notice.date,
        basis: notice.basis,
        status: deadlineStatus(notice.date, asOf, recorded(p.guarantorNotifiedOn)),
      });
    }
  }
  if (p.hearingOn != null) {
    const notice = prefectNoticeDeadline(p.hearingOn);
    out.push({
      code: 'prefect_notice',
      kind: 'deadline',
      date: notice.date,
      basis: notice.basis,
      status: deadlineStatus(notice.date, asOf, recorded(p.prefectNotifiedOn)),
    });
  }
  if (recorded(p.commandementToLeaveOn)) {
    const gates = expulsionGates(p.commandementToLeaveOn, zone);
    if (gates.truceGate !== null) {
      out.push({
        code: 'expulsion_truce',
        kind: 'gate',
        date: gates.truceGate.date,
        basis: gates.truceGate.basis,
        status: gateStatus(gates.truceGate.date, asOf),
      });
    }
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.code < b.code ? -1 : 1));
}

function earlySigns(acc: Account, items: readonly DueItem[], asOf: IsoDate): Situation['earlySigns'] {
  const since = addMonths(asOf, -6);
  let partial = 0;
  let late = 0;
  let missed = 0;
  let regularisation = ZERO;
  for (const item of items) {
    if (item.kind === 'charges-regularisation') regularisation = add(regularisation, item.remaining);
    if (!RENT_KINDS.has(item.kind) || item.date <= since) continue;
    if (isZero(item.remaining)) {
      if (item.settledOn !== null && daysBetween(item.date, item.settledOn) > LATE_AFTER_DAYS) late++;
    } else if (compare(item.remaining, item.amount) < 0) partial++;
    else if (daysBetween(item.date, asOf) > LATE_AFTER_DAYS) missed++;
  }
  const hb = acc.housingBenefit;
  return {
    partialPayments: partial,
    latePayments: late,
    missedPayments: missed,
    chargesRegularisationDebt: regularisation.amount,
    housingBenefit: hb == null ? 'none' : hb.stoppedOn != null && hb.stoppedOn <= asOf ? 'stopped' : 'active',
  };
}

/** The end-of-day balance on a day, from the states (0 before the first posting). */
function balanceIndexOn(states: readonly LedgerState[], day: IsoDate): number {
  let lo = 0;
  let hi = states.length; // first state with from > day
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (states[mid]!.from <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

function planAdherence(acc: Account, states: readonly LedgerState[], asOf: IsoDate): PlanAdherence | null {
  const plan = acc.repaymentPlan;
  if (plan == null) return null;
  const schedule = [...plan.instalments].sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  let target = money(plan.debt);
  let scheduled = target;
  const counts = { kept: 0, late: 0, unpaid: 0, upcoming: 0 };
  const instalments: InstalmentStatus[] = schedule.map((inst) => {
    target = subtract(target, inst.amount);
    if (inst.dueOn > asOf) {
      counts.upcoming++;
      return { dueOn: inst.dueOn, amount: money(inst.amount).amount, status: 'upcoming', paidOn: null };
    }
    scheduled = target;
    let i = balanceIndexOn(states, inst.dueOn);
    let paidOn: IsoDate | null = null;
    const balanceAt = (k: number): Money => (k < 0 ? ZERO : states[k]!.balance);
    if (compare(balanceAt(i), target) <= 0) paidOn = inst.dueOn;
    else {
      for (i = i + 1; i < states.length && states[i]!.from <= asOf; i++) {
        if (compare(states[i]!.balance, target) <= 0) {
          paidOn = states[i]!.from;
          break;
        }
      }
    }
    const status = paidOn === null ? 'unpaid' : paidOn === inst.dueOn ? 'kept' : 'late';
    counts[status]++;
    return { dueOn: inst.dueOn, amount: money(inst.amount).amount, status, paidOn };
  });
  return {
    kind: plan.kind,
    agreedOn: plan.agreedOn,
    debt: money(plan.debt).amount,
    instalments,
    ...counts,
    scheduledRemaining: (compare(scheduled, ZERO) < 0 ? ZERO : scheduled).amount,
    benefitMaintained: plan.kind === 'caf' && asOf < BENEFIT_REFORM_DATE ? counts.unpaid === 0 : null,
  };
}

function contactPressure(acc: Account, asOf: IsoDate): Situation['contacts'] {
  const week = addDays(asOf, -7);
  const month = addDays(asOf, -30);
  let last7 = 0;
  let last30 = 0;
  let last: { date: IsoDate; channel: Channel } | null = null;
  for (const c of acc.contacts ?? []) {
    if (c.date > asOf || !TENANT_CHANNELS.includes(c.channel)) continue;
    if (c.date > week) last7++;
    if (c.date > month) last30++;
    if (last === null || c.date >= last.date) last = { date: c.date, channel: c.channel };
  }
  return { last7Days: last7, last30Days: last30, lastContactOn: last?.date ?? null, lastChannel: last?.channel ?? null };
}

function surendettement(acc: Account, unpaid: readonly DueItem[], asOf: IsoDate): Situation['surendettement'] {
  const on = acc.procedure?.surendettementRecevableOn;
  if (on == null || on > asOf) return { frozen: false, recevableOn: on ?? null, frozenDebt: ZERO.amount };
  return {
    frozen: true,
    recevableOn: on,
    frozenDebt: sum(unpaid.filter((i) => i.date < on).map((i) => i.remaining)).amount,
  };
}
