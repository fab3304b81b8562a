/**
 * Prevention advice: what a recovery officer can do that is not a recovery step — get a stopped
 * housing benefit restored, have it paid to the landlord, spread a charges regularisation, check
 * the household's housing-benefit rights, suggest a cheaper home, ask the CESF to review the
 * budget. It may be given on a paid-up account, never to a departed tenant (none of it concerns
 * a household that left the home).
 *
 * @module
 */
import type { Voice } from '../i18n';
import type { Situation } from '../account';
import { isAbove0, withinRate } from '../plans/exact';
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
 * @param voice - The locale's messages and formats, for the advice's `message`.
 * @returns The advice, in that order; each has a `basis`.
 * @example
 * ```ts
 * import { voiceOf } from '../i18n';
 * // An APL stopped on 2026-09-01, the tenancy current:
 * preventionAdvice(situation, compiled, voiceOf('fr'))[0]!.code; // => 'restore-housing-benefit'
 * ```
 */
export function preventionAdvice(situation: Situation, compiled: CompiledPolicy, voice: Voice): Prevention[] {
  const out: Prevention[] = [];
  // A departed tenant no longer lives in the home: its benefit, its cost and a move are moot.
  if (situation.tenancy === 'departed') return out;
  const a = situation.affordability;
  const hb = situation.housingBenefit;
  if (hb !== null && hb.stoppedOn !== null) {
    out.push({
      code: 'restore-housing-benefit',
      message: voice.say('prevention.restore-housing-benefit', {
        benefit: hb.kind,
        stoppedOn: voice.date(hb.stoppedOn),
      }),
      basis: voice.say('basis.restoreBenefit', {}),
    });
  }
  if (
    hb !== null &&
    hb.stoppedOn === null &&
    hb.paidTo === 'tenant' &&
    isAbove0(situation.arrears) &&
    situation.oldestUnpaidDays > ARREARS_AFTER_DAYS
  ) {
    out.push({
      code: 'switch-to-tiers-payant',
      message: voice.say('prevention.switch-to-tiers-payant', {
        benefit: hb.kind,
        monthly: voice.money(hb.monthlyAmount),
        owed: voice.money(situation.arrears),
      }),
      basis: voice.say('basis.tiersPayant', {}),
    });
  }
  if (isAbove0(situation.earlySigns.chargesRegularisationDebt)) {
    out.push({
      code: 'spread-regularisation',
      message: voice.say('prevention.spread-regularisation', {
        amount: voice.money(situation.earlySigns.chargesRegularisationDebt),
      }),
      basis: voice.say('basis.policyPrevention', {}),
    });
  }
  const aboveCap = isAbove0(a.resources) && !withinRate(a.residualRent, a.resources, compiled.limits.maxEffortRate);
  if (aboveCap && situation.earlySigns.housingBenefit === 'none') {
    out.push({
      code: 'check-housing-benefit',
      message: voice.say('prevention.check-housing-benefit', {}),
      basis: voice.say('basis.checkBenefit', {}),
    });
  }
  const mutation = mutationAdvice(situation, compiled, aboveCap, voice);
  if (mutation !== null) out.push(mutation);
  if (aboveCap) {
    out.push({
      code: 'cesf-review',
      message: voice.say('prevention.cesf-review', {}),
      basis: voice.say('basis.policyPrevention', {}),
    });
  }
  return out;
}

/**
 * A move to a smaller, cheaper home: never in the lease's first year, nor for a departed tenant;
 * then when a CESF assessment recommends it, or when the home is under-occupied (more rooms than
 * occupants + 1, CCH L.621-2) and the effort rate above the cap.
 */
function mutationAdvice(
  situation: Situation,
  compiled: CompiledPolicy,
  aboveCap: boolean,
  voice: Voice,
): Prevention | null {
  const d = situation.dwelling;
  if (situation.tenancy !== 'current' || situation.asOf <= d.firstYearEndsOn) return null;
  if (d.mutationRecommendedOn !== null) {
    return {
      code: 'consider-mutation',
      message: voice.say('prevention.consider-mutation.cesf', { assessedOn: voice.date(d.mutationRecommendedOn) }),
      basis: voice.say('basis.cesfMutation', {}),
    };
  }
  // Under-occupied implies both counts are on file (`dwelling.underOccupied`).
  if (d.underOccupied === true && aboveCap && d.rooms !== null && d.occupants !== null) {
    const rate = situation.affordability.effortRateNet;
    return {
      code: 'consider-mutation',
      message: voice.say('prevention.consider-mutation.under-occupied', {
        rooms: d.rooms,
        occupants: d.occupants,
        rate: rate === null ? null : voice.rate(rate),
        cap: voice.rate(compiled.limits.maxEffortRate),
      }),
      basis: voice.say('basis.underOccupation', {}),
    };
  }
  return null;
}
