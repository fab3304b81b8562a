import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  isWinterTruce,
  winterTruceEnd,
  type WinterTruceOptions,
  type Zone,
} from '../../src/calendar/index';
import { anyDateArb, dateBetween, issueOf, zoneArb } from './arbitraries';
import { runs } from '../runs';

const reunionPeriod = { period: { from: '12-15', to: '03-31' } } as const;

describe('isWinterTruce', () => {
  // CPCE L.412-6: 1 November to 31 March inclusive (DOMAIN.md §3).
  it.each([
    ['2027-03-31', 'metropole', true, 'last day, L.412-6'],
    ['2027-04-01', 'metropole', false, 'the day after'],
    ['2026-10-31', 'metropole', false, 'the day before'],
    ['2026-11-01', 'metropole', true, 'first day, L.412-6'],
    ['2026-11-22', 'metropole', true, 'mid-truce'],
    ['2027-01-01', 'alsace-moselle', true, 'across the new year, same rule in Alsace-Moselle'],
    ['2026-07-14', 'alsace-moselle', false, 'summer'],
    ['2028-02-29', 'metropole', true, 'leap day'],
    ['2014-03-31', 'metropole', true, 'ALUR (loi 2014-366) extended the 2013–2014 truce to 31 March'],
    ['2013-03-20', 'metropole', false, 'before ALUR the truce ended on 15 March'],
    ['2013-03-15', 'metropole', true, 'last day before ALUR'],
    ['2027-03-31', 'guyane', true, 'overseas without a prefect period: the mainland default'],
    ['2026-10-31', 'mayotte', false, 'overseas default, the day before'],
  ] as const)('%s in %s: %s (%s)', (date, zone, expected, _source) => {
    expect(isWinterTruce(date, zone)).toBe(expected);
  });

  it.each([
    ['2026-12-14', false],
    ['2026-12-15', true],
    ['2027-01-10', true],
    ['2027-03-31', true],
    ['2027-04-01', false],
    ['2026-11-15', false],
  ])('applies a prefect period 15 Dec–31 Mar in La Réunion: %s → %s', (date, expected) => {
    expect(isWinterTruce(date, 'reunion', reunionPeriod)).toBe(expected);
  });

  it('applies a prefect period within one year', () => {
    const options = { period: { from: '01-15', to: '04-30' } };
    expect(isWinterTruce('2027-01-14', 'martinique', options)).toBe(false);
    expect(isWinterTruce('2027-01-15', 'martinique', options)).toBe(true);
    expect(isWinterTruce('2027-04-30', 'martinique', options)).toBe(true);
    expect(isWinterTruce('2026-12-01', 'martinique', options)).toBe(false);
    expect(winterTruceEnd('2027-02-01', 'martinique', options)).toBe('2027-04-30');
  });

  it('rejects a prefect period in metropole and Alsace-Moselle, where the law fixes the dates', () => {
    for (const zone of ['metropole', 'alsace-moselle'] as const) {
      expect(issueOf(() => isWinterTruce('2026-11-22', zone, reunionPeriod))).toMatchObject({
        code: 'invalid_value',
        path: ['options', 'period'],
      });
    }
  });

  it.each([
    [{ period: { from: '12-32', to: '03-31' } }, 'invalid_date', ['options', 'period', 'from']],
    [{ period: { from: '12-15', to: '3-31' } }, 'invalid_date', ['options', 'period', 'to']],
    [{ period: { from: '12-15', to: '02-29' } }, 'invalid_date', ['options', 'period', 'to']],
    [{ period: { from: 1215, to: '03-31' } }, 'invalid_type', ['options', 'period', 'from']],
    [{ period: { from: '12-15' } }, 'invalid_type', ['options', 'period', 'to']],
    [{ period: { from: '12-15', to: '03-31', until: '04-01' } }, 'unrecognized_key', ['options', 'period', 'until']],
    [{ periode: { from: '12-15', to: '03-31' } }, 'unrecognized_key', ['options', 'periode']],
    [{ period: '12-15/03-31' }, 'invalid_type', ['options', 'period']],
  ])('rejects the options %j with %s', (options, code, path) => {
    expect(
      issueOf(() => isWinterTruce('2026-11-22', 'reunion', options as unknown as WinterTruceOptions)),
    ).toMatchObject({
      code,
      path,
    });
  });

  it('rejects a bad date or zone', () => {
    expect(issueOf(() => isWinterTruce('2026-11-31', 'metropole'))).toMatchObject({
      code: 'invalid_date',
      path: ['date'],
    });
    expect(issueOf(() => isWinterTruce('2026-11-22', 'dom' as Zone))).toMatchObject({
      code: 'unknown_zone',
      path: ['zone'],
    });
  });
});

describe('winterTruceEnd', () => {
  it.each([
    ['2026-11-01', 'metropole', '2027-03-31'],
    ['2026-11-22', 'metropole', '2027-03-31'],
    ['2027-02-01', 'metropole', '2027-03-31'],
    ['2027-03-31', 'metropole', '2027-03-31'],
    ['2027-04-01', 'metropole', null],
    ['2027-06-01', 'metropole', null],
    ['2012-12-01', 'metropole', '2013-03-15'],
    ['2013-12-01', 'metropole', '2014-03-31'],
  ] as const)('gives the end of the truce containing %s in %s: %s', (date, zone, expected) => {
    expect(winterTruceEnd(date, zone)).toBe(expected);
  });

  it('gives the end of a prefect period spanning the new year', () => {
    expect(winterTruceEnd('2026-12-20', 'reunion', reunionPeriod)).toBe('2027-03-31');
    expect(winterTruceEnd('2026-12-01', 'reunion', reunionPeriod)).toBeNull();
  });

  it('rejects a truce ending after 2200-12-31', () => {
    expect(issueOf(() => winterTruceEnd('2200-11-15', 'metropole'))).toMatchObject({
      code: 'out_of_range',
      path: ['date'],
    });
  });

  it('is null exactly outside the truce; otherwise the end is in the truce and the next day is not', () => {
    fc.assert(
      fc.property(dateBetween('1900-01-01', '2200-10-31'), zoneArb, (date, zone) => {
        const end = winterTruceEnd(date, zone);
        expect(end !== null).toBe(isWinterTruce(date, zone));
        if (end !== null) {
          const length = daysBetween(date, end);
          expect(length).toBeGreaterThanOrEqual(0);
          expect(length).toBeLessThanOrEqual(151); // 1 Nov → 31 Mar before a leap day
          expect(isWinterTruce(end, zone)).toBe(true);
          expect(isWinterTruce(addDays(end, 1), zone)).toBe(false);
        }
      }),
      { numRuns: runs(1000) },
    );
  });

  it('holds for any prefect period as well', () => {
    const monthDay = fc
      .date({ min: new Date('2027-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(5, 10));
    fc.assert(
      fc.property(dateBetween('1901-01-01', '2199-12-31'), monthDay, monthDay, (date, from, to) => {
        const options = { period: { from, to } };
        const end = winterTruceEnd(date, 'guadeloupe', options);
        expect(end !== null).toBe(isWinterTruce(date, 'guadeloupe', options));
        if (end !== null) {
          expect(end.slice(5)).toBe(to);
          expect(daysBetween(date, end)).toBeGreaterThanOrEqual(0);
          expect(daysBetween(date, end)).toBeLessThan(366);
          expect(isWinterTruce(addDays(end, 1), 'guadeloupe', options)).toBe(from === addDays(end, 1).slice(5));
        }
      }),
      { numRuns: runs(1000) },
    );
  });

  it('never throws on supported dates before the last truce', () => {
    fc.assert(
      fc.property(
        anyDateArb.filter((d) => d < '2200-11-01'),
        zoneArb,
        (date, zone) => {
          expect(() => winterTruceEnd(date, zone)).not.toThrow();
        },
      ),
    );
  });
});
