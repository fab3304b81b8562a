/**
 * `portfolioKpis`: the indicators French social landlords report on rent arrears (DOMAIN.md §6,
 * ANCOLS usage), computed exactly from the accounts' ledgers over the 12 months ending on `asOf`.
 *
 * @module
 */
import type { Account, Ageing } from '../account';
import { addMonths } from '../calendar';
import { ValidationError } from '../errors';
import { OWED_POSTING_KINDS } from '../account';
import { centsOf, fromCents } from '../money/cents';
import { ratio } from '../money';
import { assess, defaultPolicy, isUnreadable, prepareRun, type Assessment, type PolicySource } from '../rules';
import { bump, sortedByKey } from './evaluate-portfolio';

/** Options of {@link portfolioKpis}. */
export interface KpiOptions {
  /** The day the indicators are computed for: the end of the 12-month period. */
  readonly asOf: string;
  /** The policy whose alert levels are counted; the default policy if omitted. */
  readonly policy?: PolicySource;
}

/** Indicators of a part of the portfolio (current or departed tenants, a department). */
export interface KpiSegment {
  readonly accounts: number;
  /** Accounts with arrears on `asOf`. */
  readonly inArrears: number;
  /** Quittancement: rent, charges and charges regularisations billed over the period, EUR. */
  readonly billing: string;
  /** Créances locatives: what tenants owe on `asOf` (accounts in credit count 0), EUR. */
  readonly receivables: string;
  /** Taux d'impayés: receivables ÷ billing, 4 decimals; `null` without billing. */
  readonly arrearsRate: string | null;
}

/** The indicators of {@link portfolioKpis}. */
export interface PortfolioKpis {
  readonly asOf: string;
  /** The 12 months ending on `asOf`: from the day after `from`, to `to` included. */
  readonly period: { readonly from: string; readonly to: string };
  /** Records read, errors included. */
  readonly accounts: number;
  /** Records that could not be read or evaluated. */
  readonly errors: number;
  /** Quittancement over the period: rent, charges, charges regularisations, EUR. */
  readonly billing: string;
  /** What tenants owed at the start of the period (positive balances only), EUR. */
  readonly receivablesAtStart: string;
  /** What tenants owe on `asOf` (positive balances only), EUR. */
  readonly receivables: string;
  /** Encaissements: billing − (receivables − receivablesAtStart), EUR. */
  readonly collections: string;
  /** Taux de recouvrement: collections ÷ billing, 4 decimals (0.9940 = 99.4 %). */
  readonly recoveryRate: string | null;
  /** Taux d'impayés: receivables ÷ billing, 4 decimals (0.0840 = 8.4 %). */
  readonly arrearsRate: string | null;
  /** The receivables in months of billing: receivables ÷ (billing ÷ 12), 2 decimals. */
  readonly debtInMonthsOfBilling: string | null;
  /** Délai moyen de paiement (DSO): receivables ÷ billing × 365, in days, 1 decimal. */
  readonly averagePaymentDelayDays: string | null;
  /** The receivables by age of the unpaid debt, in months, EUR. */
  readonly ageing: Ageing;
  /** Current tenants and departed tenants (`lease.endedOn` on or before `asOf`). */
  readonly tenancies: { readonly current: KpiSegment; readonly departed: KpiSegment };
  /** By department, keys sorted. */
  readonly byDepartment: Readonly<Record<string, KpiSegment>>;
  /** Accounts by alert level of the policy (`"<rank> <id>"`). */
  readonly byLevel: Readonly<Record<string, number>>;
  /** Accounts in arrears whose procedure has reached each stage on `asOf`. */
  readonly procedure: {
    readonly cafSignalled: number;
    readonly ccapexReferred: number;
    readonly commandement: number;
    readonly assignation: number;
  };
  /** Plans d'apurement with an instalment still to come; kept: none of them unpaid. */
  readonly plans: { readonly active: number; readonly kept: number };
}

const BILLED = new Set(['rent', 'charges', 'charges-regularisation']);
const BUCKETS = ['0-1', '1-3', '3-6', '6-12', '12+'] as const;

class Segment {
  accounts = 0;
  inArrears = 0;
  billing = 0n;
  receivables = 0n;

  add(billing: bigint, receivables: bigint): void {
    this.accounts++;
    if (receivables > 0n) this.inArrears++;
    this.billing += billing;
    this.receivables += receivables;
  }

  out(): KpiSegment {
    return {
      accounts: this.accounts,
      inArrears: this.inArrears,
      billing: fromCents(this.billing).amount,
      receivables: fromCents(this.receivables).amount,
      arrearsRate: rate(this.receivables, this.billing, 4),
    };
  }
}

function rate(top: bigint, bottom: bigint, decimals: number): string | null {
  return bottom === 0n ? null : ratio(fromCents(top), fromCents(bottom), { decimals });
}

/** Billing over `(from, to]` and the balance at the end of `from` and of `to`, in cents. */
function ledgerFigures(account: Account, from: string, to: string): { billing: bigint; start: bigint; end: bigint } {
  let billing = 0n;
  let start = 0n;
  let end = 0n;
  for (const p of account.ledger) {
    if (p.date > to) continue;
    const cents = centsOf(p.amount);
    const signed = p.kind === 'adjustment' || OWED_POSTING_KINDS.has(p.kind) ? cents : -cents;
    end += signed;
    if (p.date <= from) start += signed;
    else if (BILLED.has(p.kind)) billing += cents;
  }
  return { billing, start, end };
}

/**
 * Computes the recovery indicators of a portfolio.
 *
 * @param accounts - Raw accounts (or parsed ones), an iterable or an async iterable.
 * @param options - `{ asOf, policy? }`.
 * @returns The indicators; amounts as EUR strings, rates as decimal fractions.
 * @throws {@link ValidationError} for an invalid `asOf` or policy; a bad account only counts as an error.
 * @example
 * ```ts
 * const kpis = await portfolioKpis(accounts, { asOf: '2026-11-23' });
 * kpis.arrearsRate;            // => '0.0840', i.e. 8.4 % of the year's billing is unpaid
 * kpis.tenancies.departed;     // => { accounts: 120, inArrears: 80, … }
 * ```
 */
export async function portfolioKpis(
  accounts: Iterable<unknown> | AsyncIterable<unknown>,
  options: KpiOptions,
): Promise<PortfolioKpis> {
  const run = prepareRun(options?.policy ?? defaultPolicy, { asOf: options?.asOf });
  const asOf = run.asOf;
  const from = addMonths(asOf, -12);
  const all = new Segment();
  const current = new Segment();
  const departed = new Segment();
  const departments = new Map<string, Segment>();
  const levels = new Map<string, number>();
  const ageing = new Map<string, bigint>(BUCKETS.map((b) => [b, 0n]));
  const procedure = { cafSignalled: 0, ccapexReferred: 0, commandement: 0, assignation: 0 };
  const plans = { active: 0, kept: 0 };
  let start = 0n;
  let count = 0;
  let errors = 0;
  for await (const record of accounts as AsyncIterable<unknown>) {
    count++;
    let assessed: Assessment;
    try {
      if (isUnreadable(record)) throw new ValidationError(record.issues);
      assessed = assess(run, record);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      errors++;
      continue;
    }
    const { account, situation, decision } = assessed;
    const decisionLevel = `${decision.level.rank} ${decision.level.id}`;
    const figures = ledgerFigures(account, from, asOf);
    const receivables = figures.end > 0n ? figures.end : 0n;
    start += figures.start > 0n ? figures.start : 0n;
    all.add(figures.billing, receivables);
    (situation.tenancy === 'departed' ? departed : current).add(figures.billing, receivables);
    let dept = departments.get(situation.department);
    if (dept === undefined) {
      dept = new Segment();
      departments.set(situation.department, dept);
    }
    dept.add(figures.billing, receivables);
    bump(levels, decisionLevel);
    for (const b of BUCKETS) ageing.set(b, ageing.get(b)! + centsOf(situation.ageing[b]));
    if (receivables > 0n) {
      const p = account.procedure;
      const reached = (d: string | null | undefined) => d != null && d <= asOf;
      if (reached(p?.cafSignalledOn)) procedure.cafSignalled++;
      if (reached(p?.ccapexReferredOn)) procedure.ccapexReferred++;
      if (reached(p?.commandementOn)) procedure.commandement++;
      if (reached(p?.assignationOn)) procedure.assignation++;
    }
    if (situation.plan !== null && situation.plan.upcoming > 0) {
      plans.active++;
      if (situation.plan.unpaid === 0) plans.kept++;
    }
  }
  const collections = all.billing - (all.receivables - start);
  return {
    asOf,
    period: { from, to: asOf },
    accounts: count,
    errors,
    billing: fromCents(all.billing).amount,
    receivablesAtStart: fromCents(start).amount,
    receivables: fromCents(all.receivables).amount,
    collections: fromCents(collections).amount,
    recoveryRate: rate(collections, all.billing, 4),
    arrearsRate: rate(all.receivables, all.billing, 4),
    debtInMonthsOfBilling: rate(all.receivables * 12n, all.billing, 2),
    averagePaymentDelayDays: rate(all.receivables * 365n, all.billing, 1),
    ageing: Object.fromEntries(BUCKETS.map((b) => [b, fromCents(ageing.get(b)!).amount])) as unknown as Ageing,
    tenancies: { current: current.out(), departed: departed.out() },
    byDepartment: sortedByKey(new Map([...departments].map(([k, v]) => [k, v.out()]))),
    byLevel: sortedByKey(levels),
    procedure,
    plans,
  };
}
