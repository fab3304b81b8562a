/**
 * Yearly charges regularisations (« régularisation des charges »): the landlord compares the
 * charges paid in advance with the real costs of the previous year, and bills the difference or
 * credits it back.
 *
 * @module
 */
// The day is built from drawn integers: no need to write it as text and parse it back.
import { epochDayFromCivil } from '../calendar/epoch-day';
import type { Frame } from './frame';
import type { Lease } from './lease';
import type { Prng } from './prng';
import type { Tenancy } from './tenancy';

/** A charges regularisation. */
export interface Regularisation {
  readonly day: number;
  /** Positive: owed by the tenant; negative: a credit. */
  readonly cents: number;
  /** `REG-` and the year regularised. */
  readonly id: string;
}

/**
 * Draws the regularisations posted in the billed months: about one year in three, from April to
 * September, 70 % of them a debt.
 *
 * @example
 * ```ts
 * drawRegularisations(rng, frame, lease, tenancy).every((r) => r.id.startsWith('REG-')); // => true
 * ```
 */
export function drawRegularisations(rng: Prng, frame: Frame, lease: Lease, tenancy: Tenancy): Regularisation[] {
  const regularisations: Regularisation[] = [];
  if (tenancy.months <= 0) return regularisations;
  const lastBilled = lease.grid[tenancy.end - 1]!.day;
  const firstBilled = lease.grid[tenancy.firstActive]!.day;
  for (let year = frame.asOfYear - 2; year <= frame.asOfYear; year++) {
    if (!rng.chance(0.3)) continue;
    const day = epochDayFromCivil(year, rng.int(4, 9), rng.int(10, 25));
    if (day <= firstBilled + 60 || day > lastBilled || day > frame.asOfDay) continue;
    const debt = rng.chance(0.7);
    const cents = debt ? rng.int(3_000, rng.chance(0.1) ? 120_000 : 60_000) : -rng.int(2_000, 25_000);
    regularisations.push({ day, cents, id: `REG-${year - 1}` });
  }
  return regularisations;
}
