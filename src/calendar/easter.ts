/**
 * Easter Sunday by the Gregorian computus, the anchor of the movable French holidays.
 *
 * @module
 */
import { fail } from '../errors';
import { MAX_YEAR, MIN_YEAR, checkedInteger, type IsoDate } from './date';
import { epochDayFromCivil, isoFromEpochDay } from './epoch-day';

/**
 * Epoch day of Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
 * The year is trusted to be an integer.
 * @internal
 */
export function easterEpochDay(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return epochDayFromCivil(year, month, day);
}

/**
 * The date of Easter Sunday in a year, by the Gregorian computus.
 *
 * Uses the anonymous Gregorian algorithm (Meeus/Jones/Butcher), exact for every Gregorian year.
 * Easter Monday (Easter + 1), Ascension (+ 39), Whit Monday (+ 50) and Good Friday (− 2) follow.
 *
 * @param year - A calendar year from 1900 to 2200.
 * @returns The `YYYY-MM-DD` date of Easter Sunday, between 22 March and 25 April.
 * @throws {@link index!ValidationError | ValidationError} `invalid_number` if `year` is not an integer, `out_of_range`
 *   outside 1900–2200, at `['year']`.
 * @example
 * ```ts
 * easterSunday(2026); // => '2026-04-05'
 * easterSunday(2038); // => '2038-04-25'
 * ```
 */
export function easterSunday(year: number): IsoDate {
  const y = checkedInteger(year, ['year'], 'an integer year');
  if (y < MIN_YEAR || y > MAX_YEAR) {
    fail('out_of_range', ['year'], year, `a year from ${MIN_YEAR} to ${MAX_YEAR}`);
  }
  return isoFromEpochDay(easterEpochDay(y));
}
