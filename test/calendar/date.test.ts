import fc from 'fast-check';
import { DateTime } from 'luxon';
import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  MAX_YEAR,
  MIN_YEAR,
  addDays,
  addMonths,
  addWeeks,
  dateInParis,
  dayOfWeek,
  daysBetween,
  fromEpochDay,
  isIsoDate,
  parseDate,
  safeParseDate,
  toEpochDay,
  type DayOfWeek,
  type IsoDate,
} from '../../src/calendar/index';
import { anyDateArb, innerDateArb, issueOf } from './arbitraries';
import { runs } from '../runs';

const EXPECTED = 'a real calendar date written YYYY-MM-DD, e.g. "2026-11-22"';

/** luxon as an independent oracle, in UTC so that no DST rule interferes with civil arithmetic. */
const utc = (date: IsoDate): DateTime => DateTime.fromISO(date, { zone: 'UTC' });

describe('parseDate', () => {
  it.each(['2026-11-22', '2028-02-29', '2000-02-29', '1900-01-01', '2200-12-31'])(
    'accepts the real date %s unchanged',
    (value) => {
      expect(parseDate(value)).toBe(value);
      expect(isIsoDate(value)).toBe(true);
      expect(safeParseDate(value)).toEqual({ ok: true, value });
    },
  );

  it.each([
    ['2026-02-30', 'no 30 February'],
    ['2026-02-29', '2026 is not a leap year'],
    ['1900-02-29', '1900 is not a leap year (century rule)'],
    ['2026-2-3', 'month and day need two digits'],
    ['yesterday', 'words are not dates'],
    ['2026-13-01', 'no month 13'],
    ['2026-00-10', 'no month 0'],
    ['2026-04-31', 'April has 30 days'],
    ['2026-01-00', 'no day 0'],
    ['', 'the empty string'],
    [' 2026-01-01', 'a leading space'],
    ['2026-01-01 ', 'a trailing space'],
    ['2026-01-01T00:00', 'a time is not part of a date'],
    ['2026/01/01', 'slashes'],
    ['22/11/2026', 'French day-first order'],
    ['+02026-01-01', 'expanded years'],
    ['２０２６-01-01', 'non-ASCII digits'],
  ])('rejects %j with invalid_date and the path (%s)', (value) => {
    const issue = issueOf(() => parseDate(value, ['lease', 'start']));
    expect(issue).toMatchObject({
      code: 'invalid_date',
      path: ['lease', 'start'],
      received: value,
      expected: EXPECTED,
    });
    expect(issue.message).toContain('lease.start: expected a real calendar date');
    expect(isIsoDate(value)).toBe(false);
  });

  it.each([[20261122], [null], [undefined], [new Date('2026-11-22')], [['2026-11-22']]])(
    'rejects the non-string %j with invalid_type',
    (value) => {
      expect(issueOf(() => parseDate(value, ['asOf']))).toMatchObject({ code: 'invalid_type', path: ['asOf'] });
    },
  );

  it.each(['1899-12-31', '0000-01-01', '2201-01-01', '9999-12-31'])(
    'rejects %s, outside 1900–2200, with out_of_range',
    (value) => {
      expect(issueOf(() => parseDate(value, ['ledger', 0, 'date']))).toMatchObject({
        code: 'out_of_range',
        path: ['ledger', 0, 'date'],
        received: value,
      });
    },
  );

  it('returns the issues from safeParseDate instead of throwing', () => {
    const result = safeParseDate('yesterday', ['asOf']);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues[0]).toMatchObject({ code: 'invalid_date', path: ['asOf'] });
  });

  it('accepts exactly the dates luxon considers valid', () => {
    const candidate = fc
      .tuple(
        fc.integer({ min: MIN_YEAR, max: MAX_YEAR }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
      )
      .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    fc.assert(
      fc.property(candidate, (value) => {
        expect(isIsoDate(value)).toBe(utc(value).isValid);
      }),
      { numRuns: runs(2000) },
    );
  });
});

describe('epoch days', () => {
  it.each([
    ['1970-01-01', 0],
    ['1970-01-02', 1],
    ['1969-12-31', -1],
    ['1900-01-01', -25567],
    ['2000-03-01', 11017],
    ['2026-11-22', 20779],
    ['2200-12-31', 84370],
  ])('puts %s at epoch day %i', (date, epochDay) => {
    expect(toEpochDay(date)).toBe(epochDay);
    expect(fromEpochDay(epochDay)).toBe(date);
  });

  it('round-trips every date: fromEpochDay(toEpochDay(d)) === d', () => {
    fc.assert(
      fc.property(anyDateArb, (date) => {
        expect(fromEpochDay(toEpochDay(date))).toBe(date);
      }),
      { numRuns: runs(2000) },
    );
  });

  it('agrees with luxon on the epoch day of every date', () => {
    fc.assert(
      fc.property(anyDateArb, (date) => {
        expect(toEpochDay(date)).toBe(utc(date).toMillis() / 86_400_000);
      }),
      { numRuns: runs(2000) },
    );
  });

  it('rejects epoch days that are not integers or outside the range', () => {
    expect(issueOf(() => fromEpochDay(1.5))).toMatchObject({ code: 'invalid_number', path: ['epochDay'] });
    expect(issueOf(() => fromEpochDay(Number.NaN))).toMatchObject({ code: 'invalid_number', path: ['epochDay'] });
    expect(issueOf(() => fromEpochDay(-25568))).toMatchObject({ code: 'out_of_range', path: ['epochDay'] });
    expect(issueOf(() => fromEpochDay(84371))).toMatchObject({ code: 'out_of_range', path: ['epochDay'] });
  });

  it('rejects a bad date given to toEpochDay at the path date', () => {
    expect(issueOf(() => toEpochDay('2026-02-30'))).toMatchObject({ code: 'invalid_date', path: ['date'] });
  });
});

describe('dayOfWeek', () => {
  it.each([
    ['2025-12-01', 1, 'hearing of the DOMAIN.md §3 example, a Monday'],
    ['2025-10-19', 7, 'last day to notify the prefect, a Sunday'],
    ['2027-02-28', 7, 'a Sunday'],
    ['2026-01-01', 4, 'a Thursday'],
    ['1900-01-01', 1, 'a Monday'],
  ])('gives %s day %i (%s)', (date, expected) => {
    expect(dayOfWeek(date)).toBe(expected);
  });

  it('agrees with luxon (ISO weekday, Monday = 1)', () => {
    fc.assert(
      fc.property(anyDateArb, (date) => {
        expect(dayOfWeek(date)).toBe(utc(date).weekday);
      }),
      { numRuns: runs(2000) },
    );
  });

  it('is typed as 1..7', () => {
    expectTypeOf(dayOfWeek).returns.toEqualTypeOf<DayOfWeek>();
  });
});

describe('addDays, addWeeks and daysBetween', () => {
  it.each([
    ['2026-12-31', 1, '2027-01-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2025-12-01', -43, '2025-10-19'],
    ['2026-03-01', -1, '2026-02-28'],
  ])('addDays(%s, %i) is %s', (date, n, expected) => {
    expect(addDays(date, n)).toBe(expected);
    expect(daysBetween(date, expected)).toBe(n);
  });

  it('agrees with luxon', () => {
    fc.assert(
      fc.property(innerDateArb, fc.integer({ min: -700, max: 700 }), (date, n) => {
        expect(addDays(date, n)).toBe(utc(date).plus({ days: n }).toISODate());
      }),
      { numRuns: runs(2000) },
    );
  });

  it('is inverted by daysBetween and by adding the opposite', () => {
    fc.assert(
      fc.property(innerDateArb, fc.integer({ min: -700, max: 700 }), (date, n) => {
        const later = addDays(date, n);
        expect(daysBetween(date, later)).toBe(n);
        expect(daysBetween(later, date)).toBe(0 - n);
        expect(addDays(later, 0 - n)).toBe(date);
      }),
    );
  });

  it('measures any two dates as luxon does', () => {
    fc.assert(
      fc.property(anyDateArb, anyDateArb, (from, to) => {
        expect(daysBetween(from, to)).toBe(utc(to).diff(utc(from), 'days').days);
      }),
    );
  });

  it('adds weeks as 7 days on the same weekday', () => {
    expect(addWeeks('2026-10-15', 6)).toBe('2026-11-26');
    fc.assert(
      fc.property(innerDateArb, fc.integer({ min: -100, max: 100 }), (date, n) => {
        expect(addWeeks(date, n)).toBe(addDays(date, 7 * n));
        expect(dayOfWeek(addWeeks(date, n))).toBe(dayOfWeek(date));
      }),
    );
  });

  it('rejects bad arguments with their parameter name as path', () => {
    expect(issueOf(() => addDays('2026-2-3', 1))).toMatchObject({ code: 'invalid_date', path: ['date'] });
    expect(issueOf(() => addDays('2026-02-03', 1.5))).toMatchObject({ code: 'invalid_number', path: ['n'] });
    expect(issueOf(() => addDays('2026-02-03', Number.NaN))).toMatchObject({ code: 'invalid_number', path: ['n'] });
    expect(issueOf(() => addDays('2200-12-31', 1))).toMatchObject({ code: 'out_of_range', path: ['n'], received: 1 });
    expect(issueOf(() => addDays('1900-01-01', -1))).toMatchObject({ code: 'out_of_range', path: ['n'] });
    expect(issueOf(() => addWeeks('2026-01-01', 1e15))).toMatchObject({ code: 'out_of_range', path: ['n'] });
    expect(issueOf(() => daysBetween('2026-01-01', 'yesterday'))).toMatchObject({ code: 'invalid_date', path: ['to'] });
    expect(issueOf(() => daysBetween('1899-12-31', '2026-01-01'))).toMatchObject({
      code: 'out_of_range',
      path: ['from'],
    });
  });
});

describe('addMonths', () => {
  it.each([
    ['2026-01-31', 1, '2026-02-28', 'clamped to the end of February'],
    ['2028-01-31', 1, '2028-02-29', 'leap year'],
    ['2026-03-31', -1, '2026-02-28', 'backwards, clamped'],
    ['2026-12-31', 2, '2027-02-28', 'CCAPEX referral + 2 months (DOMAIN.md §2)'],
    ['2026-05-31', 1, '2026-06-30', '30-day month'],
    ['2026-01-15', 12, '2027-01-15', 'a year'],
    ['2026-01-15', -13, '2024-12-15', 'over a year boundary, backwards'],
    ['2024-02-29', 12, '2025-02-28', 'from 29 February'],
    ['2026-11-22', 0, '2026-11-22', 'zero'],
  ])('addMonths(%s, %i) is %s (%s)', (date, n, expected) => {
    expect(addMonths(date, n)).toBe(expected);
  });

  it('agrees with luxon, which also clamps to the end of the month', () => {
    fc.assert(
      fc.property(innerDateArb, fc.integer({ min: -24, max: 24 }), (date, n) => {
        expect(addMonths(date, n)).toBe(utc(date).plus({ months: n }).toISODate());
      }),
      { numRuns: runs(2000) },
    );
  });

  it('lands in the right month on a day no later than the input day', () => {
    fc.assert(
      fc.property(innerDateArb, fc.integer({ min: -24, max: 24 }), (date, n) => {
        const result = addMonths(date, n);
        const [y, m, d] = date.split('-').map(Number) as [number, number, number];
        const [ry, rm, rd] = result.split('-').map(Number) as [number, number, number];
        expect(ry * 12 + rm).toBe(y * 12 + m + n);
        expect(rd).toBeLessThanOrEqual(d);
        if (rd < d) expect(addDays(result, 1).slice(8)).toBe('01'); // clamped only at a month's end
      }),
      { numRuns: runs(2000) },
    );
  });

  it('rejects results beyond the supported years', () => {
    expect(issueOf(() => addMonths('2200-12-01', 1))).toMatchObject({ code: 'out_of_range', path: ['n'] });
    expect(issueOf(() => addMonths('2026-01-01', Number.MAX_SAFE_INTEGER))).toMatchObject({
      code: 'out_of_range',
      path: ['n'],
    });
    expect(issueOf(() => addMonths('2026-01-01', Infinity))).toMatchObject({ code: 'invalid_number', path: ['n'] });
  });
});

describe('dateInParis', () => {
  it.each([
    ['2026-03-29T23:30:00Z', '2026-03-30', '01:30 CEST, the night after the spring change'],
    ['2026-03-29T00:59:59Z', '2026-03-29', '01:59:59 CET, just before the change'],
    ['2026-10-24T22:00:00Z', '2026-10-25', 'midnight CEST on the autumn change day'],
    ['2026-10-25T22:59:59Z', '2026-10-25', '23:59:59 CET'],
    ['2026-12-31T22:59:59Z', '2026-12-31', '23:59:59 CET'],
    ['2026-12-31T23:00:00Z', '2027-01-01', 'midnight in Paris, New Year'],
    ['2026-11-22T08:00:00-10:00', '2026-11-22', 'an offset west of UTC (19:00 in Paris)'],
    ['2026-11-22T23:30:00+04:00', '2026-11-22', 'La Réunion local time, 20:30 in Paris'],
    ['2026-11-22T00:30:00.123+01:00', '2026-11-22', 'fractional seconds'],
    ['2026-11-22T00:30+01:00', '2026-11-22', 'no seconds'],
  ])('puts %s on %s in Paris (%s)', (instant, expected) => {
    expect(dateInParis(instant)).toBe(expected);
  });

  it.each([
    ['2026-03-29T23:30:00', 'no offset: the instant is ambiguous'],
    ['2026-03-29', 'a date, not an instant'],
    ['2026-02-30T10:00:00Z', 'an impossible day'],
    ['2026-03-29T24:30:00Z', 'an impossible hour'],
    ['2026-03-29 23:30:00Z', 'a space instead of T'],
    ['yesterday', 'words'],
  ])('rejects %j with invalid_date (%s)', (instant) => {
    expect(issueOf(() => dateInParis(instant, ['events', 2, 'at']))).toMatchObject({
      code: 'invalid_date',
      path: ['events', 2, 'at'],
      received: instant,
    });
  });

  it('rejects non-strings and instants outside the supported years', () => {
    expect(issueOf(() => dateInParis(1_767_225_600_000))).toMatchObject({ code: 'invalid_type', path: [] });
    expect(issueOf(() => dateInParis('1899-12-31T12:00:00Z', ['at']))).toMatchObject({
      code: 'out_of_range',
      path: ['at'],
    });
  });

  it('gives the same date as the Paris wall clock of luxon for any instant', () => {
    const instantArb = fc
      .date({ min: new Date('1971-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString());
    fc.assert(
      fc.property(instantArb, (instant) => {
        const paris = DateTime.fromMillis(Date.parse(instant), { zone: 'Europe/Paris' });
        expect(dateInParis(instant)).toBe(paris.toISODate());
      }),
    );
  });
});
