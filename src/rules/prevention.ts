/**
 * Prevention advice: what a recovery officer can do that is not a recovery step — get a stopped
 * housing benefit restored, have it paid to the landlord, spread a charges regularisation, check
 * the household's housing-benefit rights, suggest a cheaper home, ask the CESF to review the
 * budget. It may be given on a paid-up account, never to a departed tenant (none of it concerns
 * a household that left the home).
 *
 * @module
 */
import type { Situation } from '../account';
import { formatEUR, isPositive, isWithinRate } from '../money';
import type { CompiledPolicy } from './compile';
import type { Prevention } from './decision';

/**
 * Days past its due date after which an unpaid item makes the tenant « in arrears » for the
 * tiers-payant advice: the grace the early signs give a late payment, so that a rent paid on the
 * 3rd does not bring the advice on the 2nd.
 */
const ARREARS_AFTER_DAYS = 10;

/**
 * The prevention advice for a household, in this fixed order (that of `PreventionSchema`'s codes):
 *
 * 1. `restore-housing-benefit` — the benefit stopped (current tenancy);
 * 2. `switch-to-tiers-payant` — the benefit in payment goes to the tenant, who has had an item
 *    unpaid for more than 10 days (current tenancy);
 * 3. `spread-regularisation` — a charges regularisation is unpaid;
 * 4. `check-housing-benefit` — no benefit on file and the effort rate above the cap;
 * 5. `consider-mutation` — current tenancy past the lease's first year, and either the home is
 *    under-occupied (CCH L.621-2) with the effort rate above the cap, or a CESF assessment
 *    recommends a move;
 * 6. `cesf-review` — the effort rate above the cap.
 *
 * @param situation - The analysis of the account.
 * @param compiled - The compiled policy, for its effort-rate cap.
 * @returns The advice, in that order; each has a `basis`.
 * @example
 * ```ts
 * // An APL stopped on 2026-09-01, the tenancy current:
 * preventionAdvice(situation, compiled)[0]!.code; // => 'restore-housing-benefit'
 * ```
 */
export function preventionAdvice(situation: Situation, compiled: CompiledPolicy): Prevention[] {
  const out: Prevention[] = [];
  // A departed tenant no longer lives in the home: its benefit, its cost and a move are moot.
  if (situation.tenancy === 'departed') return out;
  const a = situation.affordability;
  const hb = situation.housingBenefit;
  if (hb !== null && hb.stoppedOn !== null) {
    out.push({
      code: 'restore-housing-benefit',
      message: `The ${hb.kind} stopped on ${hb.stoppedOn}: ask the CAF/MSA why (missing declaration, suspension for the impayé, change of situation) and help the household get it restored.`,
      basis: 'CCH L.821-1 and following (aides personnelles au logement); CCH R.824-28 (aid kept in an impayé)',
    });
  }
  if (
    hb !== null &&
    hb.stoppedOn === null &&
    hb.paidTo === 'tenant' &&
    isPositive(situation.arrears) &&
    situation.oldestUnpaidDays > ARREARS_AFTER_DAYS
  ) {
    out.push({
      code: 'switch-to-tiers-payant',
      message: `The ${hb.kind} (${formatEUR(hb.monthlyAmount)} a month) is paid to the tenant, who owes ${formatEUR(situation.arrears)}: ask the CAF/MSA to pay it to the landlord (tiers payant).`,
      basis: 'CCH R.824-20 (tiers payant when the aid is paid to a tenant in arrears)',
    });
  }
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
  const mutation = mutationAdvice(situation, compiled, aboveCap);
  if (mutation !== null) out.push(mutation);
  if (aboveCap) {
    out.push({
      code: 'cesf-review',
      message: 'Ask the CESF (conseillère en économie sociale et familiale) to review the household’s budget with it.',
      basis: 'policy: prevention',
    });
  }
  return out;
}

/**
 * A move to a smaller, cheaper home: never in the lease's first year, nor for a departed tenant;
 * then when a CESF assessment recommends it, or when the home is under-occupied (more rooms than
 * occupants + 1, CCH L.621-2) and the effort rate above the cap.
 */
function mutationAdvice(situation: Situation, compiled: CompiledPolicy, aboveCap: boolean): Prevention | null {
  const d = situation.dwelling;
  if (situation.tenancy !== 'current' || situation.asOf <= d.firstYearEndsOn) return null;
  if (d.mutationRecommendedOn !== null) {
    return {
      code: 'consider-mutation',
      message: `The CESF assessment of ${d.mutationRecommendedOn} recommends a move: offer the household a smaller, cheaper home (mutation).`,
      basis: 'CESF assessment (household.cesfAssessment); policy: prevention',
    };
  }
  if (d.underOccupied === true && aboveCap) {
    return {
      code: 'consider-mutation',
      message: `The home has ${d.rooms} rooms for ${d.occupants} occupant${d.occupants === 1 ? '' : 's'} and the effort rate (${situation.affordability.effortRateNet ?? 'n/a'}) is above the policy cap (${compiled.limits.maxEffortRate}): offer a move to a smaller, cheaper home (mutation).`,
      basis: 'CCH L.621-2 and L.442-3-1 (under-occupation); CCH R.441-3-1 (effort rate); policy: plans.maxEffortRate',
    };
  }
  return null;
}
