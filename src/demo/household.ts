/**
 * Who lives in a demo tenancy, where, and how they pay: the department, the payer profile, the
 * members and the monthly resources.
 *
 * @module
 */
import { weighted, type Prng } from './prng';

/**
 * How a household pays: 70 % always on time, 10 % sometimes late, 8 % partial payers, 7 % recent
 * default (a job loss: they stop paying 1–4 months before `asOf`), 5 % chronic arrears.
 */
export type Profile = 'on-time' | 'late' | 'partial' | 'recent-default' | 'chronic';

/** One member of the household. */
export interface Member {
  readonly age: number;
  readonly role: 'tenant' | 'co-tenant' | 'other';
}

/** The household of a demo tenancy. */
export interface Household {
  readonly department: string;
  /** An overseas department (3-digit code): no APL there. */
  readonly overseas: boolean;
  /** The profile drawn for the household; a departure may change it (see `drawTenancy`). */
  readonly profile: Profile;
  /** The head of the household is 75 or more. */
  readonly elderly: boolean;
  /** The tenant first. */
  readonly members: readonly Member[];
  readonly headAge: number;
  readonly children: boolean;
  /** Monthly resources, in cents. */
  readonly resourcesCents: number;
  /** Monthly resources per consumption unit, in cents (not rounded). */
  readonly perUnitResources: number;
}

/** Departments, weighted roughly by their share of the social-housing stock. */
const DEPARTMENTS = weighted<string>([
  ['93', 9],
  ['59', 8],
  ['75', 7],
  ['13', 7],
  ['69', 6],
  ['62', 5],
  ['92', 5],
  ['94', 5],
  ['95', 4],
  ['76', 4],
  ['77', 3],
  ['78', 3],
  ['91', 3],
  ['33', 3],
  ['31', 3],
  ['44', 3],
  ['34', 3],
  ['38', 3],
  ['67', 3],
  ['57', 3],
  ['68', 2],
  ['35', 2],
  ['06', 2],
  ['2A', 1],
  ['2B', 1],
  ['971', 2],
  ['972', 1],
  ['973', 1],
  ['974', 3],
  ['976', 1],
]);

const PROFILES = weighted<Profile>([
  ['on-time', 70],
  ['late', 10],
  ['partial', 8],
  ['recent-default', 7],
  ['chronic', 5],
]);

const HOUSEHOLD_SIZES = weighted<number>([
  [1, 34],
  [2, 24],
  [3, 17],
  [4, 13],
  [5, 8],
  [6, 4],
]);
const HEAD_AGE_BANDS = weighted<readonly [number, number]>([
  [[18, 29], 15],
  [[30, 44], 32],
  [[45, 59], 33],
  [[60, 74], 20],
]);

/**
 * Draws the household of an account: the first draws of its generator.
 *
 * @example
 * ```ts
 * drawHousehold(accountPrng(2026, 0)).members[0].role; // => 'tenant'
 * ```
 */
export function drawHousehold(rng: Prng): Household {
  const department = rng.pick(DEPARTMENTS);
  const profile = rng.pick(PROFILES);
  const elderly = rng.chance(0.1);
  const members = elderly ? drawElderlyMembers(rng) : drawMembers(rng);
  // OECD-modified scale, in tenths of a consumption unit.
  let ucTenths = 10;
  for (let i = 1; i < members.length; i++) ucTenths += members[i]!.age >= 14 ? 5 : 3;
  const resourcesCents = drawResources(rng, profile, elderly, ucTenths);
  return {
    department,
    overseas: department.length === 3,
    profile,
    elderly,
    members,
    headAge: members[0]!.age,
    children: members.some((m) => m.age < 18),
    resourcesCents,
    perUnitResources: (resourcesCents * 10) / ucTenths,
  };
}

/** A tenant aged 75 to 95, sometimes with a co-tenant of about the same age. */
function drawElderlyMembers(rng: Prng): Member[] {
  const head = 75 + Math.floor(21 * rng.next() ** 1.6);
  const members: Member[] = [{ age: head, role: 'tenant' }];
  if (rng.chance(0.3)) members.push({ age: Math.min(95, Math.max(65, head + rng.int(-6, 6))), role: 'co-tenant' });
  return members;
}

/** A household of 1 to 6: the tenant, maybe a co-tenant, then children or adult relatives. */
function drawMembers(rng: Prng): Member[] {
  const size = rng.pick(HOUSEHOLD_SIZES);
  const [lo, hi] = rng.pick(HEAD_AGE_BANDS);
  const head = rng.int(lo, hi);
  const members: Member[] = [{ age: head, role: 'tenant' }];
  if (size >= 2 && head >= 20 && rng.chance(0.55)) {
    members.push({ age: Math.min(74, Math.max(18, head + rng.int(-8, 8))), role: 'co-tenant' });
  }
  while (members.length < size) {
    let age: number;
    if (head >= 60 && rng.chance(0.6)) age = rng.int(18, Math.min(50, head - 18));
    else if (head >= 40 && rng.chance(0.15)) age = rng.int(18, Math.min(30, head - 18));
    else age = rng.int(0, Math.min(17, head - 17));
    members.push({ age, role: 'other' });
  }
  return members;
}

/** Monthly resources in cents, from 600 € to 4,000 €, lower for the households that struggle. */
function drawResources(rng: Prng, profile: Profile, elderly: boolean, ucTenths: number): number {
  const struggling = profile === 'partial' || profile === 'recent-default' || profile === 'chronic';
  const perUnitCents = elderly
    ? rng.int(75_000, 170_000)
    : struggling
      ? rng.int(45_000, 120_000)
      : rng.int(60_000, 60_000 + Math.floor(180_000 * rng.next() ** 1.3));
  return Math.min(
    400_000,
    Math.max(60_000, Math.floor((perUnitCents * ucTenths) / 10 / 100) * 100 + (rng.chance(0.5) ? rng.int(0, 99) : 0)),
  );
}
