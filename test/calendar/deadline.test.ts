import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addWeeks,
  dayOfWeek,
  legalDeadline,
  rollForward,
  type DeadlineOptions,
  type DeadlinePeriod,
  type Zone,
} from '../../src/calendar/index';
import { innerDateArb, issueOf, zoneArb } from './arbitraries';
import { runs } from '../runs';

const none = { roll: 'none', zone: 'metropole' } as const;
const cpc = { roll: 'cpc-642', zone: 'metropole' } as const;

describe('legalDeadline — worked examples of DOMAIN.md', () => {
  it.each([
    [
      'prefect notice before a hearing on Mon 1 Dec 2025: 42 full days, never extended (DOMAIN.md §3; Cass. avis 6 Nov 2025 n° 25-70018)',
      '2025-12-01',
      { days: -43 },
      none,
      '2025-10-19',
    ],
    [
      'CCAPEX referral + 2 months ends on Sun 28 Feb 2027, extended to Monday (DOMAIN.md §2; CPC 641, 642)',
      '2026-12-31',
      { months: 2 },
      cpc,
      '2027-03-01',
    ],
    ['the same without extension', '2026-12-31', { months: 2 }, none, '2027-02-28'],
    [
      '6 weeks after a commandement on Thu 15 Oct 2026 (loi 89-462 art. 24 I; CPC 641)',
      '2026-10-15',
      { weeks: 6 },
      cpc,
      '2026-11-26',
    ],
    [
      '6 weeks after a commandement on Wed 30 Sep 2026 end on 11 November, extended (CPC 642)',
      '2026-09-30',
      { weeks: 6 },
      cpc,
      '2026-11-12',
    ],
    [
      '31 January + 1 month: no 31 February, so the last day of February (CPC 641 al. 2)',
      '2026-01-31',
      { months: 1 },
      none,
      '2026-02-28',
    ],
    ['… which is a Saturday, extended to Monday 2 March (CPC 642)', '2026-01-31', { months: 1 }, cpc, '2026-03-02'],
    ['31 January 2028 + 1 month, a leap year', '2028-01-31', { months: 1 }, none, '2028-02-29'],
    [
      'months first, then days (CPC 641 al. 3): 31 Jan + 1 month + 1 day',
      '2026-01-31',
      { months: 1, days: 1 },
      none,
      '2026-03-01',
    ],
    ['signalling to the CAF within 2 months (DOMAIN.md §1)', '2026-03-31', { months: 2 }, cpc, '2026-06-01'],
  ] as const)('%s', (_, start, period, options, expected) => {
    expect(legalDeadline(start, period, options)).toBe(expected);
  });

  it('extends over the holidays of the zone only', () => {
    // 26 Dec 2025 is a Friday: Saint-Étienne in Alsace-Moselle only.
    expect(legalDeadline('2025-12-19', { weeks: 1 }, { roll: 'cpc-642', zone: 'metropole' })).toBe('2025-12-26');
    expect(legalDeadline('2025-12-19', { weeks: 1 }, { roll: 'cpc-642', zone: 'alsace-moselle' })).toBe('2025-12-29');
    // 27 May 2026 is a Wednesday: abolition day in Guadeloupe.
    expect(legalDeadline('2026-05-20', { days: 7 }, { roll: 'cpc-642', zone: 'guadeloupe' })).toBe('2026-05-28');
    expect(legalDeadline('2026-05-20', { days: 7 }, { roll: 'cpc-642', zone: 'guyane' })).toBe('2026-05-27');
  });
});

describe('legalDeadline — properties', () => {
  const periodArb = fc
    .record(
      {
        months: fc.integer({ min: -24, max: 24 }),
        weeks: fc.integer({ min: -20, max: 20 }),
        days: fc.integer({ min: -60, max: 60 }),
      },
      { requiredKeys: [] },
    )
    .filter((p) => Object.keys(p).length > 0);

  it('without roll, applies months, then weeks, then days', () => {
    fc.assert(
      fc.property(innerDateArb, periodArb, zoneArb, (start, period, zone) => {
        const expected = addDays(addWeeks(addMonths(start, period.months ?? 0), period.weeks ?? 0), period.days ?? 0);
        expect(legalDeadline(start, period, { roll: 'none', zone })).toBe(expected);
      }),
      { numRuns: runs(1000) },
    );
  });

  it('with cpc-642, rolls the unrolled end forward to a business day of the zone', () => {
    fc.assert(
      fc.property(innerDateArb, periodArb, zoneArb, (start, period, zone) => {
        const end = legalDeadline(start, period, { roll: 'none', zone });
        expect(legalDeadline(start, period, { roll: 'cpc-642', zone })).toBe(rollForward(end, { zone }));
      }),
      { numRuns: runs(1000) },
    );
  });

  it('counts weeks to the same weekday', () => {
    fc.assert(
      fc.property(innerDateArb, fc.integer({ min: -50, max: 50 }), (start, weeks) => {
        expect(dayOfWeek(legalDeadline(start, { weeks }, none))).toBe(dayOfWeek(start));
      }),
    );
  });
});

describe('legalDeadline — rejected inputs', () => {
  it.each([
    ['a bad start', () => legalDeadline('2026-02-30', { days: 1 }, none), 'invalid_date', ['start']],
    ['an empty period', () => legalDeadline('2026-01-01', {}, none), 'missing', ['period']],
    [
      'a typo in the period',
      () => legalDeadline('2026-01-01', { month: 2 } as DeadlinePeriod, none),
      'unrecognized_key',
      ['period', 'month'],
    ],
    [
      'years, not supported',
      () => legalDeadline('2026-01-01', { years: 1 } as DeadlinePeriod, none),
      'unrecognized_key',
      ['period', 'years'],
    ],
    [
      'fractional months',
      () => legalDeadline('2026-01-01', { months: 1.5 }, none),
      'invalid_number',
      ['period', 'months'],
    ],
    [
      'a string of days',
      () => legalDeadline('2026-01-01', { days: '42' } as unknown as DeadlinePeriod, none),
      'invalid_number',
      ['period', 'days'],
    ],
    [
      'no period',
      () => legalDeadline('2026-01-01', null as unknown as DeadlinePeriod, none),
      'invalid_type',
      ['period'],
    ],
    [
      'no roll',
      () => legalDeadline('2026-01-01', { days: 1 }, { zone: 'metropole' } as DeadlineOptions),
      'missing',
      ['options', 'roll'],
    ],
    [
      'a wrong roll',
      () =>
        legalDeadline('2026-01-01', { days: 1 }, { roll: 'cpc642', zone: 'metropole' } as unknown as DeadlineOptions),
      'invalid_value',
      ['options', 'roll'],
    ],
    [
      'no zone',
      () => legalDeadline('2026-01-01', { days: 1 }, { roll: 'none' } as DeadlineOptions),
      'missing',
      ['options', 'zone'],
    ],
    [
      'an unknown zone',
      () => legalDeadline('2026-01-01', { days: 1 }, { roll: 'none', zone: 'corse' as Zone }),
      'unknown_zone',
      ['options', 'zone'],
    ],
    ['an end after 2200', () => legalDeadline('2200-12-01', { months: 1 }, none), 'out_of_range', ['period']],
    ['an end before 1900', () => legalDeadline('1900-01-10', { days: -10 }, none), 'out_of_range', ['period']],
    [
      'huge months',
      () => legalDeadline('2026-01-01', { months: Number.MAX_SAFE_INTEGER }, none),
      'out_of_range',
      ['period'],
    ],
  ] as const)('rejects %s', (_, run, code, path) => {
    expect(issueOf(run)).toMatchObject({ code, path });
  });

  it('accepts an intermediate step outside the range when the end is inside', () => {
    expect(legalDeadline('2200-12-31', { months: 1, days: -40 }, none)).toBe('2200-12-22');
  });
});
