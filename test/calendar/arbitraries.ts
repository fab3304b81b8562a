/**
 * Arbitraries and helpers shared by the calendar tests. Dates are generated with the platform's
 * `Date` (UTC), not with the code under test, so that they stay an independent input.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import { ValidationError, type Issue } from '../../src/errors';
import { ZONES, type IsoDate, type Zone } from '../../src/calendar/index';

/** A `YYYY-MM-DD` date between two bounds, built from a UTC `Date`. */
export function dateBetween(min: IsoDate, max: IsoDate): fc.Arbitrary<IsoDate> {
  return fc
    .date({ min: new Date(`${min}T00:00:00Z`), max: new Date(`${max}T00:00:00Z`), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
}

/** Any supported date, 1900-01-01 to 2200-12-31. */
export const anyDateArb = dateBetween('1900-01-01', '2200-12-31');

/** A date at least two years from either end of the supported range, for bounded steps. */
export const innerDateArb = dateBetween('1903-01-01', '2197-12-31');

/** Any holiday zone. */
export const zoneArb: fc.Arbitrary<Zone> = fc.constantFrom(...ZONES);

/** Runs `run`, expects a {@link ValidationError} with exactly one issue, and returns that issue. */
export function issueOf(run: () => unknown): Issue {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    const issues = (error as ValidationError).issues;
    expect(issues).toHaveLength(1);
    return issues[0]!;
  }
  throw new Error('expected a ValidationError, but nothing was thrown');
}
