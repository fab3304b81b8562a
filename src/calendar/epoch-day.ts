/**
 * The integer arithmetic behind calendar dates: epoch days and civil dates.
 *
 * An **epoch day** is a whole number of days since 1970-01-01. Howard Hinnant's `days_from_civil`
 * / `civil_from_days` algorithms convert between it and a date of the proleptic Gregorian
 * calendar, so that every calendar operation works on integers and no luxon object is created.
 *
 * These helpers trust their arguments (a real civil date, an epoch day in range): the checked
 * conversions of `date.ts` stand between them and the caller. They are internal to the calendar
 * layer (the demo generator also uses a few); `index.ts` does not list them.
 *
 * @module
 */
import type { DayOfWeek, IsoDate } from './date';

/** Whether `year` is a Gregorian leap year. @internal */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** Number of days in `month` (1–12) of `year`. @internal */
export function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1]!;
}

/** Hinnant's `days_from_civil`: epoch day of a valid proleptic Gregorian date. @internal */
export function epochDayFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** A civil date as three integers. @internal */
export interface Civil {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Hinnant's `civil_from_days`: the civil date of an epoch day. @internal */
export function civilFromEpochDay(epochDay: number): Civil {
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** Calendar year of an epoch day, without building the whole date. @internal */
export function yearOfEpochDay(epochDay: number): number {
  return civilFromEpochDay(epochDay).year;
}

/** ISO day of the week of an epoch day (1970-01-01 was a Thursday). @internal */
export function dayOfWeekOfEpochDay(epochDay: number): DayOfWeek {
  return (((((epochDay + 3) % 7) + 7) % 7) + 1) as DayOfWeek;
}

/** Formats a valid civil date as `YYYY-MM-DD` (years 1000–9999). @internal */
export function formatCivil(year: number, month: number, day: number): IsoDate {
  return `${year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** The `YYYY-MM-DD` text of an epoch day already known to be in range. @internal */
export function isoFromEpochDay(epochDay: number): IsoDate {
  const { year, month, day } = civilFromEpochDay(epochDay);
  return formatCivil(year, month, day);
}

/**
 * The epoch day of a `YYYY-MM-DD` date already checked (by `parseDate` or the account schema),
 * read digit by digit: no pattern, no slices. A date not yet checked goes through
 * `checkedEpochDay` instead. @internal
 */
export function epochDayOfCheckedDate(date: IsoDate): number {
  const year =
    (date.charCodeAt(0) - 48) * 1000 +
    (date.charCodeAt(1) - 48) * 100 +
    (date.charCodeAt(2) - 48) * 10 +
    (date.charCodeAt(3) - 48);
  const month = (date.charCodeAt(5) - 48) * 10 + (date.charCodeAt(6) - 48);
  const day = (date.charCodeAt(8) - 48) * 10 + (date.charCodeAt(9) - 48);
  return epochDayFromCivil(year, month, day);
}
