/**
 * The housing benefit of a demo tenancy (APL, ALS or ALF), mostly paid to the landlord
 * (« tiers payant »).
 *
 * @module
 */
import type { Household } from './household';
import type { Lease } from './lease';
import type { Prng } from './prng';

/** The housing benefit as drawn; `has: false` when the household receives none. */
export interface Benefit {
  readonly has: boolean;
  /** Monthly amount, in cents (0 without a benefit). */
  readonly cents: number;
  readonly kind: 'APL' | 'ALS' | 'ALF';
  /** Paid to the landlord, who posts it in the ledger (« tiers payant »). */
  readonly toLandlord: boolean;
}

const NO_BENEFIT: Benefit = Object.freeze({ has: false, cents: 0, kind: 'APL', toLandlord: false });

/**
 * Draws the housing benefit: likelier, and larger, for lower resources per consumption unit.
 *
 * @example
 * ```ts
 * drawBenefit(rng, household, lease).cents <= 45_000; // => true
 * ```
 */
export function drawBenefit(rng: Prng, household: Household, lease: Lease): Benefit {
  const perUnit = household.perUnitResources;
  const chance = perUnit < 90_000 ? 0.75 : perUnit < 120_000 ? 0.45 : perUnit < 160_000 ? 0.2 : 0.04;
  if (!rng.chance(chance)) return NO_BENEFIT;
  const full = lease.rentCents + lease.chargesCents;
  const share = Math.max(0.1, 0.75 - perUnit / 300_000 + (rng.next() - 0.5) * 0.2);
  const cents = Math.min(
    45_000,
    full - 2_000,
    Math.max(5_000, Math.round((full * share) / 100) * 100 + rng.int(0, 99)),
  );
  const { overseas, children } = household;
  const kind = overseas ? (children ? 'ALF' : 'ALS') : rng.chance(0.9) ? 'APL' : children ? 'ALF' : 'ALS';
  return { has: true, cents, kind, toLandlord: rng.chance(0.88) };
}
