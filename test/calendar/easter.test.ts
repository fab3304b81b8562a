import Holidays from 'date-holidays';
import { describe, expect, it } from 'vitest';
import { addDays, easterSunday } from '../../src/calendar/index';
import { issueOf } from './arbitraries';

describe('easterSunday', () => {
  // Known Gregorian Easter dates, written out by hand (no luxon, no computus), including the
  // latest possible date, 25 April (1943, 2038). Each is also cross-checked against date-holidays
  // by the next test.
  it.each([
    [1900, '1900-04-15'],
    [1913, '1913-03-23'],
    [1943, '1943-04-25'],
    [1954, '1954-04-18'],
    [1981, '1981-04-19'],
    [2000, '2000-04-23'],
    [2005, '2005-03-27'],
    [2008, '2008-03-23'],
    [2011, '2011-04-24'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2100, '2100-03-28'],
    [2160, '2160-03-23'],
    [2200, '2200-04-06'],
  ])('puts Easter %i on %s', (year, expected) => {
    expect(easterSunday(year)).toBe(expected);
  });

  it('is the day before the Easter Monday of date-holidays, every year 1900–2200', () => {
    const fr = new Holidays('FR');
    for (let year = 1900; year <= 2200; year += 1) {
      const monday = (fr.getHolidays(year) || []).find((h) => h.rule === 'easter 1');
      expect(monday, `Easter Monday ${year}`).toBeDefined();
      expect(easterSunday(year), `Easter ${year}`).toBe(addDays(monday!.date.slice(0, 10), -1));
    }
  });

  it('always falls on a Sunday between 22 March and 25 April', () => {
    for (let year = 1900; year <= 2200; year += 1) {
      const easter = easterSunday(year);
      expect(new Date(`${easter}T00:00:00Z`).getUTCDay()).toBe(0);
      expect(easter.slice(5) >= '03-22' && easter.slice(5) <= '04-25').toBe(true);
    }
  });

  it.each([[1899], [2201], [-1]])('rejects the year %i with out_of_range', (year) => {
    expect(issueOf(() => easterSunday(year))).toMatchObject({ code: 'out_of_range', path: ['year'], received: year });
  });

  it.each([[2026.5], [Number.NaN], ['2026' as unknown as number]])('rejects %j with invalid_number', (year) => {
    expect(issueOf(() => easterSunday(year))).toMatchObject({ code: 'invalid_number', path: ['year'] });
  });
});
