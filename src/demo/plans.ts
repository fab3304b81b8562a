/**
 * Repayment plans of the demo accounts (« plan d'apurement »): amicable, through the CAF, or
 * granted by the judge (« délais de paiement »).
 *
 * A plan is drawn when the account is planned; its debt and its instalments are set when the
 * simulated ledger reaches the day it is agreed.
 *
 * @module
 */
import { addMonths, fromEpochDay, toEpochDay, type IsoDate } from '../calendar';
import { allocate } from '../money';
import type { Benefit } from './benefit';
import { formatCents } from './cents';
import { onWeekday, type Frame } from './frame';
import type { Lease } from './lease';
import type { Procedure } from './procedure';
import type { Prng } from './prng';
import type { Regularisation } from './regularisations';
import type { Arrears, Tenancy } from './tenancy';

/** One instalment of a plan. */
export interface Instalment {
  readonly day: number;
  readonly dueOn: IsoDate;
  readonly cents: number;
  /** `cents` as an amount string. */
  readonly amount: string;
}

/** A repayment plan. */
export interface Plan {
  readonly kind: 'amicable' | 'caf' | 'judicial';
  readonly agreedDay: number;
  /** Instalments the household pays before it stops (all of them when the plan is kept). */
  readonly keptCount: number;
  /** Debt repaid by the plan: a charges regularisation (its id) or the whole balance (null). */
  readonly settles: string | null;
  /** Set by {@link schedulePlan} when the simulation reaches `agreedDay` with a debt to repay. */
  debt: number;
  instalments: Instalment[];
}

/** A plan with no debt yet; the household stops after 0 to 3 instalments unless it is `kept`. */
function newPlan(rng: Prng, kind: Plan['kind'], agreedDay: number, kept: boolean, settles: string | null): Plan {
  return {
    kind,
    agreedDay,
    keptCount: kept ? Number.MAX_SAFE_INTEGER : rng.int(0, 3),
    settles,
    debt: 0,
    instalments: [],
  };
}

/**
 * Draws a plan of the whole balance: granted by the judge, agreed during the arrears of a
 * chronic or a recently defaulting account, or agreed by a partial payer.
 *
 * @example
 * ```ts
 * drawPlan(rng, frame, tenancy, arrears, lease, benefit, procedure)?.debt; // => 0 (not scheduled yet)
 * ```
 */
export function drawPlan(
  rng: Prng,
  frame: Frame,
  tenancy: Tenancy,
  arrears: Arrears,
  lease: Lease,
  benefit: Benefit,
  procedure: Procedure,
): Plan | null {
  const { judgment, judgmentDay } = procedure.days;
  const { profile, firstActive, end, months } = tenancy;
  if (judgment === 'delais' && judgmentDay !== null)
    return newPlan(rng, 'judicial', judgmentDay, rng.chance(0.5), null);
  if (arrears.startDay !== null && tenancy.endedDay === null) {
    if (profile === 'chronic' && procedure.stage <= 1 && rng.chance(0.5)) {
      const agreed = onWeekday(arrears.startDay + rng.int(45, 150));
      if (agreed < frame.asOfDay)
        return newPlan(rng, benefit.toLandlord && rng.chance(0.4) ? 'caf' : 'amicable', agreed, rng.chance(0.45), null);
    } else if (profile === 'recent-default' && end - arrears.defaultFrom >= 3 && rng.chance(0.3)) {
      const agreed = onWeekday(lease.grid[end - 1]!.day + rng.int(8, 18));
      if (agreed < frame.asOfDay) return newPlan(rng, 'amicable', agreed, true, null);
    }
    return null;
  }
  if (profile === 'partial' && months >= 6 && rng.chance(0.25)) {
    const m = rng.int(firstActive + Math.floor(months / 3), end - 2);
    const kind = benefit.toLandlord && rng.chance(0.3) ? 'caf' : 'amicable';
    return newPlan(rng, kind, onWeekday(lease.grid[m]!.day + rng.int(14, 22)), rng.chance(0.6), null);
  }
  return null;
}

/**
 * Draws the plan of a tenant who pays on time but asks to spread a large charges
 * regularisation (150 € or more).
 *
 * @example
 * ```ts
 * drawRegularisationPlan(rng, []); // => null
 * ```
 */
export function drawRegularisationPlan(rng: Prng, regularisations: readonly Regularisation[]): Plan | null {
  const big = regularisations.find((r) => r.cents >= 15_000);
  if (big === undefined || !rng.chance(0.1)) return null;
  return newPlan(rng, 'amicable', onWeekday(big.day + rng.int(3, 12)), rng.chance(0.9), big.id);
}

/**
 * Sets the debt of a plan and splits it into monthly instalments due on the 10th, from the month
 * after the agreement: 15 € or more a month over 36 months through the CAF, 30 € to 250 € a month
 * otherwise, 2 to 36 instalments. The leftover cents go to the first instalments (`allocate`).
 *
 * @param debt - The debt in cents, positive.
 * @example
 * ```ts
 * schedulePlan(rng, plan, 100_000); plan.instalments.length >= 2; // => true
 * ```
 */
export function schedulePlan(rng: Prng, plan: Plan, debt: number): void {
  const target = plan.kind === 'caf' ? Math.max(1_500, Math.ceil(debt / 36)) : rng.int(30, 250) * 100;
  const n = Math.min(36, Math.max(2, Math.ceil(debt / target)));
  const firstDue = `${addMonths(fromEpochDay(plan.agreedDay), 1).slice(0, 8)}10`;
  const parts = allocate(formatCents(debt), n);
  plan.debt = debt;
  for (let i = 0; i < n; i++) {
    const dueOn = addMonths(firstDue, i);
    const part = parts[i]!;
    plan.instalments.push({ day: toEpochDay(dueOn), dueOn, cents: Number(part.cents), amount: part.amount });
  }
}
