/**
 * The shape of a demo tenancy over the ledger window: the months billed, a departure (4 % of the
 * tenants have left, 40 % of them owing money), and the episode of arrears of the households
 * that fall behind.
 *
 * @module
 */
import type { Benefit } from './benefit';
import type { Profile } from './household';
import type { Lease } from './lease';
import { weighted, type Prng } from './prng';

/** The months billed, as indexes into the lease's grid of due dates. */
export interface Tenancy {
  /** The payer profile, after a departure: `'recent-default'` or `'on-time'` for a departed tenant. */
  readonly profile: Profile;
  /** First billed month, or -1 when the lease starts after the last due date. */
  readonly firstActive: number;
  /** Months `[firstActive, end)` are billed. */
  readonly end: number;
  /** Number of billed months. */
  readonly months: number;
  /** Epoch day the lease ended, or `null` for a current tenant. */
  readonly endedDay: number | null;
}

/** The episode of arrears planned for the account. */
export interface Arrears {
  /** Month index into the grid where the household stops paying in full, or -1 (none). */
  readonly defaultFrom: number;
  /** Debt carried over from before the window, in cents (0 for none). */
  readonly openingDebt: number;
  /** Epoch day of the due date of `defaultFrom`, or `null`. */
  readonly startDay: number | null;
  /** Epoch day the benefit paid to the landlord stops, or `null`. */
  readonly benefitStopDay: number | null;
}

/** Months before `asOf` a recent default began (the job loss). */
const DEFAULT_MONTHS = weighted<number>([
  [1, 30],
  [2, 30],
  [3, 25],
  [4, 15],
]);

/**
 * Draws the billed months and a possible departure.
 *
 * @example
 * ```ts
 * drawTenancy(rng, 'on-time', lease).end <= lease.grid.length; // => true
 * ```
 */
export function drawTenancy(rng: Prng, drawn: Profile, lease: Lease): Tenancy {
  const { grid, signDay } = lease;
  const firstActive = grid.findIndex((m) => m.day >= signDay);
  let end = grid.length;
  let endedDay: number | null = null;
  let profile = drawn;
  if (firstActive >= 0 && end - firstActive >= 6 && rng.chance(0.04)) {
    const endIndex = rng.int(firstActive + 3, grid.length - 1);
    end = endIndex;
    endedDay = grid[endIndex]!.day - 1;
    profile = rng.chance(0.4) ? 'recent-default' : 'on-time';
  }
  return { profile, firstActive, end, months: firstActive < 0 ? 0 : end - firstActive, endedDay };
}

/**
 * Draws the episode of arrears of a recent default or a chronic account, and whether the CAF
 * stops paying the benefit when it begins.
 *
 * @example
 * ```ts
 * drawArrears(rng, { ...tenancy, profile: 'on-time' }, lease, benefit).defaultFrom; // => -1
 * ```
 */
export function drawArrears(rng: Prng, tenancy: Tenancy, lease: Lease, benefit: Benefit): Arrears {
  const { profile, firstActive, end, endedDay } = tenancy;
  let defaultFrom = -1;
  let openingDebt = 0;
  if (profile === 'recent-default') {
    const k = endedDay !== null ? rng.int(1, 3) : rng.pick(DEFAULT_MONTHS);
    defaultFrom = Math.max(firstActive, end - k);
  } else if (profile === 'chronic') {
    if (firstActive === 0 && rng.chance(0.6)) {
      defaultFrom = 0;
      openingDebt = rng.int(300, 3000) * 100;
    } else {
      defaultFrom = Math.min(end - 1, firstActive + rng.int(0, 8));
    }
  }
  const { grid } = lease;
  const startDay = defaultFrom >= 0 && defaultFrom < grid.length ? grid[defaultFrom]!.day : null;
  let benefitStopDay: number | null = null;
  if (startDay !== null && benefitStopped(rng, profile, benefit)) benefitStopDay = startDay - rng.int(0, 20);
  return { defaultFrom, openingDebt, startDay, benefitStopDay };
}

/** Whether the CAF suspends the benefit it pays to the landlord at the start of the arrears. */
function benefitStopped(rng: Prng, profile: Profile, benefit: Benefit): boolean {
  return benefit.toLandlord && (profile === 'chronic' || profile === 'recent-default') && rng.chance(0.15);
}
