/**
 * Prevention advice: what a recovery officer can do that is not a recovery step — spread a
 * charges regularisation, check the household's housing-benefit rights, suggest a cheaper home,
 * ask the CESF to review the budget. It may be given on a paid-up account.
 *
 * @module
 */
import type { Situation } from '../account';
import { formatEUR, isPositive, isWithinRate } from '../money';
import type { CompiledPolicy } from './compile';
import type { Prevention } from './decision';

/**
 * The prevention advice for a household.
 *
 * @param situation - The analysis of the account.
 * @param compiled - The compiled policy, for its effort-rate cap.
 * @returns The advice, in a fixed order.
 */
export function preventionAdvice(situation: Situation, compiled: CompiledPolicy): Prevention[] {
  const out: Prevention[] = [];
  const a = situation.affordability;
  if (isPositive(situation.earlySigns.chargesRegularisationDebt)) {
    out.push({
      code: 'spread-regularisation',
      message: `A charges regularisation of ${formatEUR(situation.earlySigns.chargesRegularisationDebt)} is unpaid: offer to spread it over the coming months.`,
      basis: 'policy: prevention',
    });
  }
  const aboveCap = isPositive(a.resources) && !isWithinRate(a.residualRent, a.resources, compiled.limits.maxEffortRate);
  if (aboveCap && situation.earlySigns.housingBenefit === 'none') {
    out.push({
      code: 'check-housing-benefit',
      message:
        'No housing benefit is on file while the effort rate is above the cap: check the household’s APL rights now (the benefit is not retroactive).',
      basis: 'CCH L.821-1 and following (aides personnelles au logement)',
    });
  }
  if (aboveCap) {
    out.push({
      code: 'consider-mutation',
      message: `The effort rate (${a.effortRateNet ?? 'n/a'}) is above the policy cap (${compiled.limits.maxEffortRate}): suggest a move to a smaller, cheaper home (mutation).`,
      basis: 'CCH R.441-3-1 (effort rate); policy: plans.maxEffortRate',
    });
    out.push({
      code: 'cesf-review',
      message: 'Ask the CESF (conseillère en économie sociale et familiale) to review the household’s budget with it.',
      basis: 'policy: prevention',
    });
  }
  return out;
}
