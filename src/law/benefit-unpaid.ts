/**
 * The housing-benefit « impayé » (APL, ALS, ALF): when a tenant's debt becomes an impayé that the
 * landlord must signal to the CAF/MSA. Two regimes, each judging the days it is in force:
 *
 * - `apl-2016` (CCH R.824-1, décret 2016-748 then 2019-772), until 2026-12-31: the debt is at least
 *   2 × the monthly housing cost (rent + charges), net of the benefit when it is paid to the
 *   landlord (tiers payant), gross otherwise.
 * - `apl-2027` (décret 2026-84 of 12 Feb 2026, applying loi 2023-668), from 2027-01-01: the debt
 *   strictly exceeds 450 € (« dépasse »), or 3 months have passed since a first payment default
 *   that is still unpaid, whatever the amount.
 *
 * An impayé constituted before 2027 stays constituted: the first day the rule in force holds is
 * the day it arose, and it ends only when the debt is fully paid.
 *
 * @module
 */
import { addDays, addMonths, type IsoDate } from '../calendar';
import { compare, multiply, type Money } from '../money';
import { BENEFIT_REFORM_DATE, legalParameter, type BenefitUnpaid2016, type BenefitUnpaid2027 } from './parameters';

/** The two regimes of the benefit impayé. */
export type BenefitUnpaidRegime = 'apl-2016' | 'apl-2027';

/** The state of a debt from a day on, until the next state or the end of the scan. */
export interface DebtState {
  /** First day of this state. */
  readonly from: IsoDate;
  /** End-of-day debt (arrears), positive. */
  readonly debt: Money;
  /** Due date of the oldest item still unpaid, or `null` when nothing is unpaid. */
  readonly firstDefaultOn: IsoDate | null;
}

/** The day an impayé arose and the rule that made it. */
export interface BenefitUnpaidConstitution {
  readonly on: IsoDate;
  readonly regime: BenefitUnpaidRegime;
  readonly basis: string;
}

/**
 * The regime that judges a given day.
 *
 * @param on - The day judged.
 * @returns `'apl-2016'` before 2027-01-01, `'apl-2027'` from that day.
 * @example
 * ```ts
 * benefitUnpaidRegime('2026-12-31'); // => 'apl-2016'
 * benefitUnpaidRegime('2027-01-01'); // => 'apl-2027'
 * ```
 */
export function benefitUnpaidRegime(on: IsoDate): BenefitUnpaidRegime {
  return on < BENEFIT_REFORM_DATE ? 'apl-2016' : 'apl-2027';
}

function sourceOf(regime: BenefitUnpaidRegime): string {
  return legalParameter('benefit_unpaid', regime === 'apl-2016' ? '2026-12-31' : BENEFIT_REFORM_DATE)!.source;
}

/**
 * Finds the first day, within a run of debt states, on which the rule in force that day makes
 * the debt a benefit impayé.
 *
 * @param states - Successive states of one arrears episode, sorted by `from`, debts positive.
 * @param until - Last day to judge (the evaluation date), inclusive.
 * @param housingCost2016 - Monthly housing cost for the 2016 rule: rent net of RLS + charges, net
 *   of the benefit under tiers payant, gross otherwise.
 * @returns The constitution, or `null` when no day up to `until` meets the rule.
 * @example
 * ```ts
 * findBenefitUnpaid([{ from: '2027-01-05', debt: money('450.01'), firstDefaultOn: '2027-01-05' }], '2027-02-01', money('600.00'));
 * // => { on: '2027-01-05', regime: 'apl-2027', basis: 'CCH R.824-2 …' }
 * ```
 */
export function findBenefitUnpaid(
  states: readonly DebtState[],
  until: IsoDate,
  housingCost2016: Money,
): BenefitUnpaidConstitution | null {
  const rule2016 = legalParameter<BenefitUnpaid2016>('benefit_unpaid', '2026-12-31')!.value;
  const rule2027 = legalParameter<BenefitUnpaid2027>('benefit_unpaid', BENEFIT_REFORM_DATE)!.value;
  const threshold2016 = multiply(housingCost2016, rule2016.monthsOfHousingCost, 'half-even');
  for (let i = 0; i < states.length; i++) {
    const state = states[i]!;
    if (state.from > until) break;
    const next = states[i + 1];
    // Last day of this state, inclusive.
    const last = next !== undefined && next.from <= until ? addDays(next.from, -1) : until;
    let start = state.from;
    if (start < BENEFIT_REFORM_DATE) {
      if (compare(state.debt, threshold2016) >= 0) return found(start, 'apl-2016');
      if (last < BENEFIT_REFORM_DATE) continue;
      start = BENEFIT_REFORM_DATE;
    }
    if (compare(state.debt, rule2027.debtAbove) > 0) return found(start, 'apl-2027');
    if (state.firstDefaultOn !== null) {
      const threeMonths = addMonths(state.firstDefaultOn, rule2027.monthsSinceFirstDefault);
      const on = threeMonths > start ? threeMonths : start;
      if (on <= last) return found(on, 'apl-2027');
    }
  }
  return null;
}

function found(on: IsoDate, regime: BenefitUnpaidRegime): BenefitUnpaidConstitution {
  return { on, regime, basis: sourceOf(regime) };
}
