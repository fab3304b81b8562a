/** The unchecked epoch day of a checked date, against the checked conversion and the platform's Date. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_EPOCH_DAY, MIN_EPOCH_DAY, toEpochDay } from '../../src/calendar/date';
import { epochDayOfCheckedDate, isoFromEpochDay } from '../../src/calendar/epoch-day';
import { anyDateArb } from './arbitraries';

describe('epochDayOfCheckedDate', () => {
  it.each([
    ['1970-01-01', 0],
    ['1900-01-01', MIN_EPOCH_DAY],
    ['2200-12-31', MAX_EPOCH_DAY],
    ['2000-02-29', 11016],
    ['2026-11-22', 20779],
  ])('puts %s at epoch day %i', (date, day) => {
    expect(epochDayOfCheckedDate(date)).toBe(day);
  });

  it('gives the epoch day toEpochDay gives, for every supported date', () => {
    fc.assert(
      fc.property(anyDateArb, (date) => {
        expect(epochDayOfCheckedDate(date)).toBe(toEpochDay(date));
        expect(epochDayOfCheckedDate(date)).toBe(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
      }),
      { numRuns: 2000 },
    );
  });

  it('round-trips with isoFromEpochDay over the whole range', () => {
    for (let day = MIN_EPOCH_DAY; day <= MAX_EPOCH_DAY; day += 17) {
      expect(epochDayOfCheckedDate(isoFromEpochDay(day))).toBe(day);
    }
  });
});
