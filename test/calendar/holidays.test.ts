import Holidays from 'date-holidays';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZONES, isPublicHoliday, publicHolidays, type Zone } from '../../src/calendar/index';
import { anyDateArb, issueOf, zoneArb } from './arbitraries';
import { runs } from '../runs';

/** The date-holidays states of each zone (FR alone for metropole). */
const ORACLE_STATES: Readonly<Record<Zone, readonly (string | null)[]>> = {
  metropole: [null],
  'alsace-moselle': ['57', '67', '68'],
  guadeloupe: ['GP'],
  martinique: ['MQ'],
  guyane: ['GF'],
  reunion: ['RE'],
  mayotte: ['YT'],
  'saint-martin': ['MF'],
  'saint-barthelemy': ['BL'],
};

const dates = (zone: Zone, year: number): string[] => publicHolidays(year, zone).map((h) => h.date);

describe('publicHolidays against date-holidays 3.37', () => {
  for (const zone of ZONES) {
    for (const state of ORACLE_STATES[zone]) {
      it(`equals the public holidays of FR${state ? `/${state}` : ''} for ${zone}, every year 2000–2150`, () => {
        const oracle = state ? new Holidays('FR', state) : new Holidays('FR');
        for (let year = 2000; year <= 2150; year += 1) {
          const expected = new Set(
            (oracle.getHolidays(year) || []).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)),
          );
          expect(new Set(dates(zone, year)), `${zone} ${year}`).toEqual(expected);
        }
      });
    }
  }
});

describe('publicHolidays', () => {
  // Sources: Code du travail L.3133-1 (national), L.3134-13 (Alsace-Moselle), L.3422-2 and
  // décret 83-1003 as amended by décret 2012-553 (abolition of slavery), DOMAIN.md §7.
  it.each([
    ['2026-01-01', 'metropole', "Jour de l'an", 'L.3133-1 1°'],
    ['2026-04-06', 'metropole', 'Lundi de Pâques', 'L.3133-1 2°, Easter 5 Apr + 1'],
    ['2026-05-01', 'metropole', 'Fête du Travail', 'L.3133-1 3°'],
    ['2026-05-08', 'metropole', 'Victoire 1945', 'L.3133-1 4°'],
    ['2026-05-14', 'metropole', 'Ascension', 'L.3133-1 5°, Easter + 39'],
    ['2026-05-25', 'metropole', 'Lundi de Pentecôte', 'L.3133-1 6°, Easter + 50'],
    ['2026-07-14', 'metropole', 'Fête nationale', 'L.3133-1 7°'],
    ['2026-08-15', 'metropole', 'Assomption', 'L.3133-1 8°'],
    ['2026-11-01', 'metropole', 'Toussaint', 'L.3133-1 9°'],
    ['2026-11-11', 'metropole', 'Armistice 1918', 'L.3133-1 10°'],
    ['2026-12-25', 'metropole', 'Noël', 'L.3133-1 11°'],
    ['2005-05-16', 'metropole', 'Lundi de Pentecôte', 'still a holiday in the first journée de solidarité year'],
    ['2026-04-03', 'alsace-moselle', 'Vendredi saint', 'L.3134-13'],
    ['2026-12-26', 'alsace-moselle', 'Saint-Étienne', 'L.3134-13'],
    ['2026-04-03', 'guadeloupe', 'Vendredi saint', 'chômé by custom, as date-holidays (DOMAIN.md §7)'],
    ['2026-04-03', 'martinique', 'Vendredi saint', 'chômé by custom, as date-holidays (DOMAIN.md §7)'],
    ['2026-04-27', 'mayotte', "Abolition de l'esclavage", 'décret 83-1003'],
    ['2026-05-22', 'martinique', "Abolition de l'esclavage", 'décret 83-1003'],
    ['2026-05-27', 'guadeloupe', "Abolition de l'esclavage", 'décret 83-1003'],
    ['2026-05-27', 'saint-martin', "Abolition de l'esclavage", 'décret 83-1003 as amended by décret 2012-553'],
    ['2026-06-10', 'guyane', "Abolition de l'esclavage", 'décret 83-1003'],
    ['2026-10-09', 'saint-barthelemy', "Abolition de l'esclavage", 'décret 2012-553'],
    ['2026-12-20', 'reunion', "Abolition de l'esclavage", 'décret 83-1003'],
    ['2027-03-29', 'metropole', 'Lundi de Pâques', 'Easter 28 Mar 2027 + 1'],
    ['2027-05-06', 'metropole', 'Ascension', 'Easter 28 Mar 2027 + 39'],
    ['2027-05-17', 'metropole', 'Lundi de Pentecôte', 'Easter 28 Mar 2027 + 50'],
  ] as const)('%s is %s in %s (%s)', (date, zone, name, _source) => {
    expect(isPublicHoliday(date, zone)).toBe(true);
    expect(publicHolidays(Number(date.slice(0, 4)), zone)).toContainEqual({ date, name });
  });

  it.each([
    ['2026-04-03', 'metropole', 'Good Friday is not national'],
    ['2026-04-03', 'reunion', 'no Good Friday in La Réunion'],
    ['2026-04-03', 'saint-barthelemy', 'a bank holiday only in date-holidays'],
    ['2026-12-26', 'metropole', '26 December is local to Alsace-Moselle'],
    ['2026-05-27', 'martinique', 'Martinique abolition is 22 May'],
    ['2026-07-21', 'guadeloupe', 'Victor Schœlcher day is optional, not public (DOMAIN.md §7 [UNSURE])'],
    ['2026-05-24', 'metropole', 'Whit Sunday is a Sunday, not a listed holiday'],
    ['2026-04-05', 'metropole', 'Easter Sunday likewise'],
    ['2026-11-22', 'metropole', 'an ordinary Sunday'],
  ] as const)('%s is not a holiday in %s (%s)', (date, zone, _why) => {
    expect(isPublicHoliday(date, zone)).toBe(false);
  });

  it('gives 11 holidays in metropole, 13 in Alsace-Moselle, 12 or 13 overseas (2026)', () => {
    expect(ZONES.map((zone) => [zone, publicHolidays(2026, zone).length])).toEqual([
      ['metropole', 11],
      ['alsace-moselle', 13],
      ['guadeloupe', 13],
      ['martinique', 13],
      ['guyane', 12],
      ['reunion', 12],
      ['mayotte', 12],
      ['saint-martin', 12],
      ['saint-barthelemy', 12],
    ]);
  });

  it('lists both holidays when two fall on one day, in the order of L.3133-1', () => {
    // Easter 23 March 2008: Ascension fell on 1 May.
    expect(publicHolidays(2008, 'metropole').filter((h) => h.date === '2008-05-01')).toEqual([
      { date: '2008-05-01', name: 'Fête du Travail' },
      { date: '2008-05-01', name: 'Ascension' },
    ]);
  });

  it('returns a sorted, deep-frozen array, the same one for the same year and zone', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), zoneArb, (year, zone) => {
        const list = publicHolidays(year, zone);
        expect(publicHolidays(year, zone)).toBe(list);
        expect(Object.isFrozen(list)).toBe(true);
        expect(list.every((h) => Object.isFrozen(h))).toBe(true);
        const sorted = [...list.map((h) => h.date)].sort();
        expect(list.map((h) => h.date)).toEqual(sorted);
        expect(list.every((h) => h.date.startsWith(String(year)))).toBe(true);
      }),
    );
  });

  it('agrees with isPublicHoliday on any date', () => {
    fc.assert(
      fc.property(anyDateArb, zoneArb, (date, zone) => {
        expect(isPublicHoliday(date, zone)).toBe(dates(zone, Number(date.slice(0, 4))).includes(date));
      }),
      { numRuns: runs(2000) },
    );
  });

  it('rejects an unknown zone, a bad year and a bad date with their codes and paths', () => {
    expect(issueOf(() => publicHolidays(2026, 'paris' as Zone))).toMatchObject({
      code: 'unknown_zone',
      path: ['zone'],
    });
    expect(issueOf(() => publicHolidays(1899, 'metropole'))).toMatchObject({
      code: 'out_of_range',
      path: ['year'],
      received: 1899,
    });
    expect(issueOf(() => publicHolidays(2201, 'metropole'))).toMatchObject({ code: 'out_of_range', path: ['year'] });
    expect(issueOf(() => publicHolidays(2026.5, 'metropole'))).toMatchObject({
      code: 'invalid_number',
      path: ['year'],
    });
    expect(issueOf(() => isPublicHoliday('2026-01-01', 'Alsace' as Zone))).toMatchObject({
      code: 'unknown_zone',
      path: ['zone'],
    });
    expect(issueOf(() => isPublicHoliday('2026-02-30', 'metropole'))).toMatchObject({
      code: 'invalid_date',
      path: ['date'],
    });
    expect(issueOf(() => isPublicHoliday('1899-12-25', 'metropole'))).toMatchObject({
      code: 'out_of_range',
      path: ['date'],
    });
  });

  it('accepts only zones at the type level', () => {
    // @ts-expect-error 'paris' is not a Zone
    expect(() => isPublicHoliday('2026-01-01', 'paris')).toThrow();
  });
});
