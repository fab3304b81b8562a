/**
 * The lease of a demo tenancy: when it was signed, the due day, the rent and the charges, and
 * the yearly rent revision.
 *
 * @module
 */
import { fromEpochDay, toEpochDay, type IsoDate } from '../calendar';
import { scaleCents } from './cents';
import type { Frame, Month } from './frame';
import type { Prng } from './prng';

/** The lease of a demo tenancy. */
export interface Lease {
  /** Epoch day of the signature, from 1995-01-01 to 45 days before `asOf`. */
  readonly signDay: number;
  readonly signedOn: IsoDate;
  /** Day of the month the rent falls due: 1 or 5. */
  readonly dueDay: number;
  /** The due dates of the ledger window for this due day. */
  readonly grid: readonly Month[];
  /** Rent of the year of `asOf`, in cents (300 € to 900 €). */
  readonly rentCents: number;
  /** Monthly charges, in cents (40 € to 180 €). */
  readonly chargesCents: number;
  readonly guarantor: boolean;
  /** Signed before loi 2023-668: a 2-month cure delay. */
  readonly oldLease: boolean;
  /** The old lease writes its 2-month cure delay down. */
  readonly cureDelayInLease: boolean;
  /** Yearly rent revisions on 1 January (IRL), in basis points, for the current and previous years. */
  readonly revisionBp: readonly number[];
}

/**
 * Draws the lease of an account.
 *
 * @example
 * ```ts
 * [1, 5].includes(drawLease(rng, buildFrame('2026-11-23')).dueDay); // => true
 * ```
 */
export function drawLease(rng: Prng, frame: Frame): Lease {
  const latestSignDay = frame.asOfDay - 45;
  let signDay = latestSignDay - Math.floor((latestSignDay - frame.leaseFloorDay) * rng.next() ** 1.4);
  let signedOn = fromEpochDay(signDay);
  if (rng.chance(0.5)) {
    signedOn = `${signedOn.slice(0, 8)}01`;
    signDay = toEpochDay(signedOn);
  }
  const dueDay = rng.chance(0.88) ? 1 : 5;
  const rentCents = 30_000 + Math.floor(60_000 * ((rng.next() + rng.next()) / 2));
  const chargesCents = 4_000 + Math.floor(14_000 * ((rng.next() + rng.next()) / 2));
  const guarantor = rng.chance(0.12);
  const oldLease = signDay < frame.newCureDelayDay;
  const cureDelayInLease = oldLease && rng.chance(0.05);
  const revisionBp = [rng.int(50, 350), rng.int(50, 350), rng.int(50, 350)];
  return {
    signDay,
    signedOn,
    dueDay,
    grid: dueDay === 1 ? frame.grid1 : frame.grid5,
    rentCents,
    chargesCents,
    guarantor,
    oldLease,
    cureDelayInLease,
    revisionBp,
  };
}

/**
 * The monthly rent of a year of the window, in cents: the rent of `asOf`'s year with the later
 * revisions taken back, rounded half up each year.
 *
 * @example
 * ```ts
 * rentInYear(lease, 2026, 2026) === lease.rentCents; // => true
 * ```
 */
export function rentInYear(lease: Lease, asOfYear: number, year: number): number {
  let cents = lease.rentCents;
  for (let y = asOfYear; y > year; y--)
    cents = scaleCents(cents, 10_000, 10_000 + lease.revisionBp[(asOfYear - y) % 3]!);
  return cents;
}
