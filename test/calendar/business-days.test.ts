import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  addDays,
  businessDaysBetween,
  dayOfWeek,
  daysBetween,
  isBusinessDay,
  isPublicHoliday,
  nextBusinessDay,
  rollForward,
  type BusinessDayOptions,
  type IsoDate,
  type Zone,
} from '../../src/calendar/index';
import { anyDateArb, dateBetween, innerDateArb, issueOf, zoneArb } from './arbitraries';
import { runs } from '../runs';

const metropole = { zone: 'metropole' } as const;
const alsace = { zone: 'alsace-moselle' } as const;

/** The naive definition, day by day: an oracle for the week-skipping implementation. */
function isBusinessDayNaive(date: IsoDate, zone: Zone): boolean {
  return dayOfWeek(date) <= 5 && !isPublicHoliday(date, zone);
}

function addBusinessDaysNaive(date: IsoDate, n: number, zone: Zone): IsoDate {
  let current = date;
  for (let left = Math.abs(n); left > 0; ) {
    current = addDays(current, Math.sign(n));
    if (isBusinessDayNaive(current, zone)) left -= 1;
  }
  return current;
}

describe('isBusinessDay', () => {
  it.each([
    ['2026-12-24', 'metropole', true, 'a Thursday'],
    ['2026-12-25', 'metropole', false, 'Noël'],
    ['2026-12-26', 'metropole', false, 'a Saturday'],
    ['2026-12-27', 'metropole', false, 'a Sunday'],
    ['2025-12-26', 'metropole', true, 'a Friday, no Saint-Étienne in metropole'],
    ['2025-12-26', 'alsace-moselle', false, 'Saint-Étienne, L.3134-13'],
    ['2026-04-03', 'metropole', true, 'Good Friday is a working day in metropole'],
    ['2026-04-03', 'alsace-moselle', false, 'Vendredi saint, L.3134-13'],
    ['2026-04-03', 'guadeloupe', false, 'Vendredi saint, chômé by custom'],
    ['2026-05-27', 'guadeloupe', false, 'abolition of slavery, décret 83-1003'],
    ['2026-05-27', 'metropole', true, 'a Wednesday'],
  ] as const)('%s in %s: %s (%s)', (date, zone, expected, _why) => {
    expect(isBusinessDay(date, { zone })).toBe(expected);
  });

  it('matches the naive definition on any date', () => {
    fc.assert(
      fc.property(anyDateArb, zoneArb, (date, zone) => {
        expect(isBusinessDay(date, { zone })).toBe(isBusinessDayNaive(date, zone));
      }),
      { numRuns: runs(1000) },
    );
  });
});

describe('nextBusinessDay and rollForward', () => {
  it.each([
    ['2026-12-24', 'metropole', '2026-12-28', '2026-12-24'],
    ['2025-12-24', 'metropole', '2025-12-26', '2025-12-24'],
    ['2025-12-24', 'alsace-moselle', '2025-12-29', '2025-12-24'],
    ['2026-04-02', 'alsace-moselle', '2026-04-07', '2026-04-02'],
    ['2027-02-27', 'metropole', '2027-03-01', '2027-03-01'],
    ['2027-02-28', 'metropole', '2027-03-01', '2027-03-01'],
    ['2026-11-11', 'metropole', '2026-11-12', '2026-11-12'],
  ] as const)('after %s in %s: next %s, rolled %s', (date, zone, next, rolled) => {
    expect(nextBusinessDay(date, { zone })).toBe(next);
    expect(rollForward(date, { zone })).toBe(rolled);
  });

  it('rolls forward to a business day on or after the date, with none in between', () => {
    fc.assert(
      fc.property(innerDateArb, zoneArb, (date, zone) => {
        const rolled = rollForward(date, { zone });
        expect(isBusinessDay(rolled, { zone })).toBe(true);
        expect(daysBetween(date, rolled)).toBeGreaterThanOrEqual(0);
        for (let d = date; d < rolled; d = addDays(d, 1)) expect(isBusinessDay(d, { zone })).toBe(false);
        if (isBusinessDay(date, { zone })) expect(rolled).toBe(date);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('finds the next business day strictly after the date', () => {
    fc.assert(
      fc.property(innerDateArb, zoneArb, (date, zone) => {
        const next = nextBusinessDay(date, { zone });
        expect(daysBetween(date, next)).toBeGreaterThan(0);
        expect(next).toBe(rollForward(addDays(date, 1), { zone }));
        expect(next).toBe(addBusinessDays(date, 1, { zone }));
      }),
    );
  });

  it('rejects a result after 2200-12-31', () => {
    // 2200-12-31 is a Wednesday; the next business day is in 2201.
    expect(issueOf(() => nextBusinessDay('2200-12-31', metropole))).toMatchObject({
      code: 'out_of_range',
      path: ['date'],
    });
    expect(rollForward('2200-12-31', metropole)).toBe('2200-12-31');
    expect(rollForward('2200-12-25', metropole)).toBe('2200-12-26'); // Noël 2200 is a Thursday
  });
});

describe('addBusinessDays', () => {
  it.each([
    ['2026-12-24', 3, 'metropole', '2026-12-30', 'over Noël and a weekend'],
    ['2025-12-24', 1, 'metropole', '2025-12-26', 'Saint-Étienne is a working day in metropole'],
    ['2025-12-24', 1, 'alsace-moselle', '2025-12-29', 'but not in Alsace-Moselle'],
    ['2026-05-15', -2, 'metropole', '2026-05-12', 'backwards over Ascension'],
    ['2026-05-13', 1, 'metropole', '2026-05-15', 'over Ascension'],
    ['2026-05-22', 1, 'martinique', '2026-05-26', 'from the abolition day (a Friday) over Whit Monday'],
    ['2026-11-22', 0, 'metropole', '2026-11-22', 'zero returns the date, even a Sunday'],
    ['2026-11-21', 1, 'metropole', '2026-11-23', 'from a Saturday'],
    ['2026-11-22', -1, 'metropole', '2026-11-20', 'backwards from a Sunday'],
    ['2026-11-23', -1, 'metropole', '2026-11-20', 'backwards from a Monday'],
    ['2026-01-05', 5, 'metropole', '2026-01-12', 'one week'],
    ['2025-12-31', 252, 'metropole', '2026-12-31', 'the year 2026: 261 weekdays − 9 weekday holidays'],
  ] as const)('addBusinessDays(%s, %i, %s) is %s (%s)', (date, n, zone, expected, _why) => {
    expect(addBusinessDays(date, n, { zone })).toBe(expected);
    expect(addBusinessDays(date, n, { zone })).toBe(addBusinessDaysNaive(date, n, zone));
  });

  it('never lands on a weekend or a holiday of the zone when n ≠ 0', () => {
    fc.assert(
      fc.property(
        innerDateArb,
        fc.integer({ min: -400, max: 400 }).filter((n) => n !== 0),
        zoneArb,
        (date, n, zone) => {
          const result = addBusinessDays(date, n, { zone });
          expect(dayOfWeek(result)).toBeLessThanOrEqual(5);
          expect(isPublicHoliday(result, zone)).toBe(false);
          expect(Math.sign(daysBetween(date, result))).toBe(Math.sign(n));
        },
      ),
      { numRuns: runs(1000) },
    );
  });

  it('is inverted by businessDaysBetween for n in [-400, 400]', () => {
    fc.assert(
      fc.property(innerDateArb, fc.integer({ min: -400, max: 400 }), zoneArb, (date, n, zone) => {
        const options: BusinessDayOptions = { zone };
        expect(businessDaysBetween(date, addBusinessDays(date, n, options), options)).toBe(n);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('agrees with the naive day-by-day walk', () => {
    fc.assert(
      fc.property(innerDateArb, fc.integer({ min: -400, max: 400 }), zoneArb, (date, n, zone) => {
        expect(addBusinessDays(date, n, { zone })).toBe(addBusinessDaysNaive(date, n, zone));
      }),
      { numRuns: runs(300) },
    );
  });

  it('handles n spanning three centuries, as the naive walk does', () => {
    const far = addBusinessDays('1900-01-01', 75_000, alsace);
    expect(far).toBe(addBusinessDaysNaive('1900-01-01', 75_000, 'alsace-moselle'));
    expect(businessDaysBetween('1900-01-01', far, alsace)).toBe(75_000);
    // 1900-01-01 is a holiday: the 75,000 business days are 2 Jan 1900 … far, so counting back
    // 74,999 from far lands on 2 Jan 1900, and one more would leave the supported range.
    expect(addBusinessDays(far, -74_999, alsace)).toBe('1900-01-02');
    expect(() => addBusinessDays(far, -75_000, alsace)).toThrow(/between 1900-01-01 and 2200-12-31/);
  });

  it('rejects bad arguments and results outside 1900–2200 with their paths', () => {
    expect(issueOf(() => addBusinessDays('2026-01-01', 1e9, metropole))).toMatchObject({
      code: 'out_of_range',
      path: ['n'],
      received: 1e9,
    });
    expect(issueOf(() => addBusinessDays('2200-12-30', 2, metropole))).toMatchObject({
      code: 'out_of_range',
      path: ['n'],
    });
    expect(issueOf(() => addBusinessDays('1900-01-02', -1, metropole))).toMatchObject({
      code: 'out_of_range',
      path: ['n'],
    });
    expect(issueOf(() => addBusinessDays('2026-01-01', 1.5, metropole))).toMatchObject({
      code: 'invalid_number',
      path: ['n'],
    });
    expect(issueOf(() => addBusinessDays('2026-2-3', 1, metropole))).toMatchObject({
      code: 'invalid_date',
      path: ['date'],
    });
    expect(issueOf(() => addBusinessDays('2026-02-03', 1, { zone: 'paris' as Zone }))).toMatchObject({
      code: 'unknown_zone',
      path: ['options', 'zone'],
      received: 'paris',
    });
    expect(issueOf(() => addBusinessDays('2026-02-03', 1, {} as BusinessDayOptions))).toMatchObject({
      code: 'missing',
      path: ['options', 'zone'],
    });
    expect(issueOf(() => addBusinessDays('2026-02-03', 1, 'metropole' as unknown as BusinessDayOptions))).toMatchObject(
      {
        code: 'invalid_type',
        path: ['options'],
      },
    );
    expect(
      issueOf(() => isBusinessDay('2026-02-03', { zone: 'metropole', zones: 'x' } as BusinessDayOptions)),
    ).toMatchObject({
      code: 'unrecognized_key',
      path: ['options', 'zones'],
    });
  });
});

describe('businessDaysBetween', () => {
  it.each([
    ['2026-12-24', '2026-12-30', 'metropole', 3],
    ['2026-12-30', '2026-12-24', 'metropole', -3],
    ['2026-12-26', '2026-12-27', 'metropole', 0],
    ['2026-12-27', '2026-12-26', 'metropole', 0],
    ['2026-11-22', '2026-11-22', 'metropole', 0],
    ['2025-12-31', '2026-12-31', 'metropole', 252],
    ['2026-12-31', '2025-12-31', 'metropole', -252],
    ['2025-12-24', '2025-12-31', 'metropole', 4],
    ['2025-12-24', '2025-12-31', 'alsace-moselle', 3],
  ] as const)('counts from %s to %s in %s: %i', (from, to, zone, expected) => {
    expect(businessDaysBetween(from, to, { zone })).toBe(expected);
  });

  it('counts (from, to] forwards and minus [to, from) backwards, as a naive count does', () => {
    fc.assert(
      fc.property(
        dateBetween('1900-04-01', '2200-09-30'),
        fc.integer({ min: -90, max: 90 }),
        zoneArb,
        (from, span, zone) => {
          const to = addDays(from, span);
          let expected = 0;
          if (to >= from)
            for (let d = addDays(from, 1); d <= to; d = addDays(d, 1)) expected += isBusinessDayNaive(d, zone) ? 1 : 0;
          else for (let d = to; d < from; d = addDays(d, 1)) expected -= isBusinessDayNaive(d, zone) ? 1 : 0;
          expect(businessDaysBetween(from, to, { zone })).toBe(expected);
        },
      ),
      { numRuns: runs(500) },
    );
  });

  it('is antisymmetric up to the end points and never returns -0', () => {
    expect(Object.is(businessDaysBetween('2026-12-27', '2026-12-26', metropole), 0)).toBe(true);
    fc.assert(
      fc.property(anyDateArb, anyDateArb, zoneArb, (a, b, zone) => {
        const forward = businessDaysBetween(a, b, { zone });
        const backward = businessDaysBetween(b, a, { zone });
        const ends = (isBusinessDay(a, { zone }) ? 1 : 0) - (isBusinessDay(b, { zone }) ? 1 : 0);
        // (a, b] and [a, b) differ only by their end points.
        expect(forward + backward).toBe(a <= b ? 0 - ends : ends);
      }),
    );
  });

  it('rejects bad dates at from and to', () => {
    expect(issueOf(() => businessDaysBetween('2026-02-30', '2026-03-01', metropole))).toMatchObject({
      code: 'invalid_date',
      path: ['from'],
    });
    expect(issueOf(() => businessDaysBetween('2026-03-01', '1899-03-01', metropole))).toMatchObject({
      code: 'out_of_range',
      path: ['to'],
    });
  });
});
