/**
 * The housing-benefit « impayé » (APL, ALS, ALF): when a tenant's debt becomes an impayé that the
 * landlord must signal to the CAF/MSA. Two regimes, each judging the days it is in force:
 *
 * - `apl-2016` (CCH R.824-1, décret 2016-748 then 2019-772), until 2026-12-31: the debt is at least
 *   2 × the monthly housing cost (rent + charges), net of the benefit when it is paid to the
 *   landlord (tiers payant), gross otherwise.
 * - `apl-2027` (décret 2026-84 of 12 Feb 2026, applying loi 2023-668), from 2027-01-01: the debt
 *   strictly exceeds 450 € (« dépasse »), or 3 months have passed since a first payment default
 *   (« trois mois après un premier défaut de paiement constaté par le bailleur ») and the debt is
 *   still unpaid, whatever the amount.
 *
 * The 3 months of the 2027 rule are read, as the law table's `benefit_unpaid_time_reading` says
 * (`episode-start`), from the first day of the current arrears episode: the day the debt arose and
 * from which it has stayed owed without interruption. A new episode begins once the debt is fully
 * cleared. The other reading (`oldest-unpaid-item`) ran them from the due date of the oldest item
 * still unpaid after oldest-first imputation; with the benefit paid to the landlord, each month's
 * benefit settles the oldest residual, that date keeps moving forward, and a household paying
 * nothing of a 100 € share never reached the 3 months. The consolidated text was not read: the
 * constitution names the reading it rests on.
 *
 * An impayé constituted before 2027 stays constituted: the first day the rule in force holds is
 * the day it arose, and it ends only when the debt is fully paid.
 *
 * @module
 */
import { addDays, addMonths, type IsoDate } from '../calendar';
import { voiceOf, type Voice } from '../i18n/voice';
import { compare, isPositive, multiply, type Money } from '../money';
import {
  BENEFIT_REFORM_DATE,
  appliedReading,
  legalParameter,
  sourceIn,
  type AppliedReading,
  type BenefitUnpaid2016,
  type BenefitUnpaid2027,
} from './parameters';

/** The two regimes of the benefit impayé. */
export type BenefitUnpaidRegime = 'apl-2016' | 'apl-2027';

/**
 * Which branch of the rule in force made the debt an impayé: `two-months-of-housing-cost` (2016,
 * debt ≥ 2 × the monthly housing cost), `debt-above-450` (2027, debt > 450 €) or
 * `three-months-unpaid` (2027, 3 months since the first default, still unpaid).
 */
export type BenefitUnpaidBranch = 'two-months-of-housing-cost' | 'debt-above-450' | 'three-months-unpaid';

/** The state of a debt from a day on, until the next state or the end of the scan. */
export interface DebtState {
  /** First day of this state. */
  readonly from: IsoDate;
  /**
   * End-of-day debt (arrears). Positive within an arrears episode; a state whose debt is 0 or less
   * (the debt fully cleared) ends the episode, and the next positive state begins a new one.
   */
  readonly debt: Money;
  /**
   * Due date of the oldest item still unpaid, or `null` when nothing is unpaid. Read only under the
   * `oldest-unpaid-item` reading of the 2027 time branch, which the law table does not apply.
   */
  readonly firstDefaultOn: IsoDate | null;
}

/** The day an impayé arose and the rule that made it. */
export interface BenefitUnpaidConstitution {
  readonly on: IsoDate;
  readonly regime: BenefitUnpaidRegime;
  /** The branch of the rule that held first (the 450 € branch wins a tie with the time branch). */
  readonly branch: BenefitUnpaidBranch;
  /** The article of the rule (its `sourceFr` in French, `source` in English). */
  readonly basis: string;
  /**
   * For the 2027 time branch (`three-months-unpaid`), the reading of « trois mois après un premier
   * défaut de paiement » the constitution rests on (`episode-start`); `null` for the other
   * branches, which do not depend on it.
   */
  readonly reading: AppliedReading | null;
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

function sourceOf(regime: BenefitUnpaidRegime, voice: Voice): string {
  return sourceIn(legalParameter('benefit_unpaid', regime === 'apl-2016' ? '2026-12-31' : BENEFIT_REFORM_DATE)!, voice);
}

/**
 * Finds the first day, within the current arrears episode, on which the rule in force that day
 * makes the debt a benefit impayé.
 *
 * The 2027 time branch runs its 3 months from the first day of the episode (the `from` of its
 * first state, `Situation.arrearsSince`): the reading `episode-start` of the law table. A state
 * whose debt is 0 or less ends the episode, and with it any impayé found in it; the next positive
 * state begins a new episode, judged afresh.
 *
 * @param states - Successive states of the debt, sorted by `from`: one arrears episode (debts
 *   positive), or several separated by states whose debt is 0 or less.
 * @param until - Last day to judge (the evaluation date), inclusive.
 * @param housingCost2016 - Monthly housing cost for the 2016 rule: rent net of RLS + charges, net
 *   of the benefit under tiers payant, gross otherwise.
 * @param voice - The language of the basis and of the reading; French when not given.
 * @returns The constitution in the last episode that began on or before `until`, or `null` when
 *   no day of it up to `until` meets the rule.
 * @example
 * ```ts
 * findBenefitUnpaid([{ from: '2027-01-05', debt: money('450.01'), firstDefaultOn: '2027-01-05' }], '2027-02-01', money('600.00'));
 * // => { on: '2027-01-05', regime: 'apl-2027', branch: 'debt-above-450', basis: 'CCH R.824-2 …', reading: null }
 *
 * // 100 € a month left unpaid from 1 February 2027: 3 months from the start of the episode.
 * findBenefitUnpaid([{ from: '2027-02-01', debt: money('100.00'), firstDefaultOn: '2027-02-01' }], '2027-05-01', money('100.00'));
 * // => { on: '2027-05-01', regime: 'apl-2027', branch: 'three-months-unpaid', basis: 'CCH R.824-2 …',
 * //      reading: { id: 'episode-start', text: '…', source: '…', alternative: 'oldest-unpaid-item' } }
 * ```
 */
export function findBenefitUnpaid(
  states: readonly DebtState[],
  until: IsoDate,
  housingCost2016: Money,
  voice: Voice = voiceOf('fr'),
): BenefitUnpaidConstitution | null {
  const rule2016 = legalParameter<BenefitUnpaid2016>('benefit_unpaid', '2026-12-31')!.value;
  const rule2027 = legalParameter<BenefitUnpaid2027>('benefit_unpaid', BENEFIT_REFORM_DATE)!.value;
  const threshold2016 = multiply(housingCost2016, rule2016.monthsOfHousingCost, 'half-even');
  let episodeStart: IsoDate | null = null;
  let found: BenefitUnpaidConstitution | null = null;
  for (let i = 0; i < states.length; i++) {
    const state = states[i]!;
    if (state.from > until) break;
    if (!isPositive(state.debt)) {
      // The debt is fully cleared: the impayé ends, and the next debt begins a new episode.
      episodeStart = null;
      found = null;
      continue;
    }
    episodeStart ??= state.from;
    if (found !== null) continue;
    const next = states[i + 1];
    // Last day of this state, inclusive.
    const last = next !== undefined && next.from <= until ? addDays(next.from, -1) : until;
    let start = state.from;
    if (start < BENEFIT_REFORM_DATE) {
      if (compare(state.debt, threshold2016) >= 0) {
        found = constitution(start, 'apl-2016', 'two-months-of-housing-cost', null, voice);
        continue;
      }
      if (last < BENEFIT_REFORM_DATE) continue;
      start = BENEFIT_REFORM_DATE;
    }
    if (compare(state.debt, rule2027.debtAbove) > 0) {
      found = constitution(start, 'apl-2027', 'debt-above-450', null, voice);
      continue;
    }
    const reading = appliedReading('benefit_unpaid_time_reading', start, voice)!;
    const firstDefault = reading.id === 'episode-start' ? episodeStart : state.firstDefaultOn;
    if (firstDefault !== null) {
      const threeMonths = addMonths(firstDefault, rule2027.monthsSinceFirstDefault);
      const on = threeMonths > start ? threeMonths : start;
      if (on <= last) found = constitution(on, 'apl-2027', 'three-months-unpaid', reading, voice);
    }
  }
  return found;
}

function constitution(
  on: IsoDate,
  regime: BenefitUnpaidRegime,
  branch: BenefitUnpaidBranch,
  reading: AppliedReading | null,
  voice: Voice,
): BenefitUnpaidConstitution {
  return { on, regime, branch, basis: sourceOf(regime, voice), reading };
}
