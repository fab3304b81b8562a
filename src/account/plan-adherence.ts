/**
 * How an existing repayment plan (« plan d'apurement ») is being kept: each instalment is kept,
 * late, unpaid or upcoming, read from the end-of-day history of the debt, and whether the
 * housing benefit is maintained while the plan is kept.
 *
 * @module
 */
import type { IsoDate } from '../calendar';
import { BENEFIT_REFORM_DATE } from '../law';
import { amountOfCents, centsNumberOf, checkedCents } from '../money/cents';
import type { LedgerState } from './ledger';
import type { Account } from './schema';

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

/** Index of the state holding the end-of-day balance of a day, −1 before the first posting. */
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

/**
 * How the account's repayment plan is being kept as of a day.
 *
 * @param acc - A parsed account.
 * @param states - The end-of-day history of the debt, from `imputeLedger`.
 * @param asOf - The evaluation date.
 * @returns The adherence, or `null` when the account has no plan.
 * @example
 * ```ts
 * // Plan of 2 × 100.00 on a 200.00 debt, the first instalment paid on its day.
 * planAdherence(account, imputeLedger(account.ledger, '2026-03-15').states, '2026-03-15');
 * // => { kind: 'amicable', …, kept: 1, late: 0, unpaid: 0, upcoming: 1, scheduledRemaining: '100.00', benefitMaintained: null }
 * ```
 */
export function planAdherence(acc: Account, states: readonly LedgerState[], asOf: IsoDate): PlanAdherence | null {
  const plan = acc.repaymentPlan;
  if (plan == null) return null;
  const schedule = [...plan.instalments].sort((a, b) => (a.dueOn < b.dueOn ? -1 : a.dueOn > b.dueOn ? 1 : 0));
  const debt = centsNumberOf(plan.debt);
  // Whole cents; each step checked against the amounts' limit as subtract() checks it.
  let target = debt;
  let scheduled = target;
  const counts = { kept: 0, late: 0, unpaid: 0, upcoming: 0 };
  const instalments: InstalmentStatus[] = schedule.map((inst) => {
    const amount = centsNumberOf(inst.amount);
    target = checkedCents(target - amount);
    if (inst.dueOn > asOf) {
      counts.upcoming++;
      return { dueOn: inst.dueOn, amount: amountOfCents(amount), status: 'upcoming', paidOn: null };
    }
    scheduled = target;
    let i = balanceIndexOn(states, inst.dueOn);
    let paidOn: IsoDate | null = null;
    if ((i < 0 ? 0 : states[i]!.balance) <= target) paidOn = inst.dueOn;
    else {
      for (i = i + 1; i < states.length && states[i]!.from <= asOf; i++) {
        if (states[i]!.balance <= target) {
          paidOn = states[i]!.from;
          break;
        }
      }
    }
    const status = paidOn === null ? 'unpaid' : paidOn === inst.dueOn ? 'kept' : 'late';
    counts[status]++;
    return { dueOn: inst.dueOn, amount: amountOfCents(amount), status, paidOn };
  });
  return {
    kind: plan.kind,
    agreedOn: plan.agreedOn,
    debt: amountOfCents(debt),
    instalments,
    ...counts,
    scheduledRemaining: amountOfCents(scheduled < 0 ? 0 : scheduled),
    benefitMaintained: plan.kind === 'caf' && asOf < BENEFIT_REFORM_DATE ? counts.unpaid === 0 : null,
  };
}
