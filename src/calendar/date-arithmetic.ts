/**
 * Date arithmetic on `"YYYY-MM-DD"` dates: adding days, weeks and months, and counting the days
 * between two dates.
 *
 * Each function checks its arguments, works on epoch days and checks that the result stays within
 * 1900-01-01 to 2200-12-31. A bad argument throws a {@link index!ValidationError | ValidationError}
 * whose path is the name of the parameter (`['date']`, `['n']`…).
 *
 * @module
 */
import { checkedEpochDay, checkedInteger, inRange, type IsoDate } from './date';
import { civilFromEpochDay, daysInMonth, epochDayFromCivil } from './epoch-day';

/**
 * Adds a number of calendar days to a date.
 *
 * @param date - A `YYYY-MM-DD` date.
 * @param n - Whole days to add; negative goes back.
 * @returns The date `n` days later.
 * @throws {@link index!ValidationError | ValidationError} for a bad `date` (at `['date']`); `invalid_number` if `n` is not
 *   a safe integer and `out_of_range` if the result leaves 1900–2200 (at `['n']`).
 * @example
 * ```ts
 * addDays('2026-12-31', 1);   // => '2027-01-01'
 * addDays('2025-12-01', -43); // => '2025-10-19'
 * ```
 */
export function addDays(date: IsoDate, n: number): IsoDate {
  const start = checkedEpochDay(date, ['date']);
  const days = checkedInteger(n, ['n'], 'an integer number of days');
  return inRange(start + days, ['n'], n);
}

/**
 * Adds a number of weeks (7 days each) to a date; the result falls on the same weekday.
 *
 * @param date - A `YYYY-MM-DD` date.
 * @param n - Whole weeks to add; negative goes back.
 * @returns The date `7 × n` days later.
 * @throws {@link index!ValidationError | ValidationError} for a bad `date` (at `['date']`); `invalid_number` or
 *   `out_of_range` at `['n']`.
 * @example
 * ```ts
 * addWeeks('2026-10-15', 6); // => '2026-11-26'
 * ```
 */
export function addWeeks(date: IsoDate, n: number): IsoDate {
  const start = checkedEpochDay(date, ['date']);
  const weeks = checkedInteger(n, ['n'], 'an integer number of weeks');
  return inRange(start + 7 * weeks, ['n'], n);
}

/**
 * Adds calendar months to a date, clamping to the last day of a shorter target month.
 *
 * The day number is kept when the target month has it; otherwise the result is that month's last
 * day. This is the month rule of CPC art. 641 al. 2.
 *
 * @param date - A `YYYY-MM-DD` date.
 * @param n - Whole months to add; negative goes back.
 * @returns The date `n` months later, with the day clamped to the month's length.
 * @throws {@link index!ValidationError | ValidationError} for a bad `date` (at `['date']`); `invalid_number` or
 *   `out_of_range` at `['n']`.
 * @example
 * ```ts
 * addMonths('2026-01-31', 1);  // => '2026-02-28'
 * addMonths('2028-01-31', 1);  // => '2028-02-29'
 * addMonths('2026-03-31', -1); // => '2026-02-28'
 * ```
 */
export function addMonths(date: IsoDate, n: number): IsoDate {
  const start = checkedEpochDay(date, ['date']);
  const months = checkedInteger(n, ['n'], 'an integer number of months');
  return inRange(addMonthsToEpochDay(start, months), ['n'], n);
}

/**
 * Month arithmetic on epoch days; may return a day outside the supported range.
 * @internal
 */
export function addMonthsToEpochDay(epochDay: number, months: number): number {
  const { year, month, day } = civilFromEpochDay(epochDay);
  const index = year * 12 + (month - 1) + months;
  // Beyond this the result is out of range anyway; stop before the numbers lose precision.
  if (Math.abs(index) > 1e9) return index > 0 ? Infinity : -Infinity;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return epochDayFromCivil(targetYear, targetMonth, targetDay);
}

/**
 * Counts the calendar days from one date to another.
 *
 * @param from - The start date.
 * @param to - The end date.
 * @returns `to − from` in days: positive when `to` is later, 0 for the same day.
 * @throws {@link index!ValidationError | ValidationError} for a bad date, at `['from']` or `['to']`.
 * @example
 * ```ts
 * daysBetween('2025-10-19', '2025-12-01'); // => 43
 * daysBetween('2026-03-01', '2026-02-01'); // => -28
 * ```
 */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return checkedEpochDay(to, ['to']) - checkedEpochDay(from, ['from']);
}
