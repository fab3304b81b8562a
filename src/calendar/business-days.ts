/**
 * Business days (jours ouvrés): Monday to Friday, except the public holidays of the zone.
 *
 * Reminders go out on business days only, and CPC art. 642 moves a deadline ending on a
 * Saturday, Sunday or public holiday to the next business day ({@link rollForward}).
 *
 * @module
 */
import { fail, type PathSegment } from '../errors';
import { MAX_EPOCH_DAY, MIN_EPOCH_DAY, checkedEpochDay, checkedInteger, type IsoDate } from './date';
import { dayOfWeekOfEpochDay, isoFromEpochDay, yearOfEpochDay } from './epoch-day';
import { calendarOf, isHolidayEpochDay } from './holidays';
import { zoneOption, type Zone } from './zones';

/** Options of the business-day functions. */
export interface BusinessDayOptions {
  /** The holiday zone whose public holidays are not business days. */
  readonly zone: Zone;
}

const RESULT_RANGE = 'a value keeping the result between 1900-01-01 and 2200-12-31';

/** Whether an in-range epoch day is a business day in a trusted zone. @internal */
export function isBusinessEpochDay(epochDay: number, zone: Zone): boolean {
  return dayOfWeekOfEpochDay(epochDay) <= 5 && !isHolidayEpochDay(epochDay, zone);
}

/**
 * The first business day on or after an epoch day, or `fail` with `received` at `path` when it
 * is past 2200-12-31.
 * @internal
 */
export function rollForwardEpochDay(
  epochDay: number,
  zone: Zone,
  path: readonly PathSegment[],
  received: unknown,
): number {
  let day = epochDay;
  while (day <= MAX_EPOCH_DAY && !isBusinessEpochDay(day, zone)) day += 1;
  if (day > MAX_EPOCH_DAY) fail('out_of_range', path, received, RESULT_RANGE);
  return day;
}

/** Number of weekdays (Mon–Fri) in (−∞, x], up to a constant: W(b) − W(a) counts (a, b]. */
function weekdaysUpTo(x: number): number {
  const m = x + 3; // 1970-01-01 was a Thursday: m ≡ 0 (mod 7) on Mondays.
  const weeks = Math.floor(m / 7);
  return weeks * 5 + Math.min(m - weeks * 7 + 1, 5);
}

/** Public holidays of the zone that fall on a weekday within [lo, hi] (in range). */
function weekdayHolidaysIn(lo: number, hi: number, zone: Zone): number {
  if (lo > hi) return 0;
  let count = 0;
  const last = yearOfEpochDay(hi);
  for (let year = yearOfEpochDay(lo); year <= last; year += 1) {
    for (const day of calendarOf(year, zone).days) {
      if (day >= lo && day <= hi && dayOfWeekOfEpochDay(day) <= 5) count += 1;
    }
  }
  return count;
}

/** The k-th weekday strictly after `start` (k ≥ 1), by whole weeks then a remainder. */
function weekdaysAfter(start: number, k: number): number {
  const dow = dayOfWeekOfEpochDay(start);
  const friday = dow === 6 ? start - 1 : dow === 7 ? start - 2 : start; // same weekdays follow
  const weekday = dayOfWeekOfEpochDay(friday);
  const rem = k % 5;
  const target = friday + 7 * Math.floor(k / 5);
  if (rem === 0) return target;
  return target + (weekday + rem > 5 ? rem + 2 : rem);
}

/** The k-th weekday strictly before `start` (k ≥ 1). */
function weekdaysBefore(start: number, k: number): number {
  const dow = dayOfWeekOfEpochDay(start);
  const monday = dow === 6 ? start + 2 : dow === 7 ? start + 1 : start; // same weekdays precede
  const weekday = dayOfWeekOfEpochDay(monday);
  const rem = k % 5;
  const target = monday - 7 * Math.floor(k / 5);
  if (rem === 0) return target;
  return target - (weekday - rem < 1 ? rem + 2 : rem);
}

/**
 * Tells whether a date is a business day (jour ouvré) in a zone: Monday to Friday and not a
 * public holiday of the zone.
 *
 * @param date - A `YYYY-MM-DD` date.
 * @param options - `{ zone }`, the holiday zone.
 * @returns `true` on a weekday that is not a public holiday.
 * @throws {@link index!ValidationError | ValidationError} for a bad date at `['date']`; `invalid_type` at `['options']`;
 *   `missing` or `unknown_zone` at `['options', 'zone']`.
 * @example
 * ```ts
 * isBusinessDay('2026-12-24', { zone: 'metropole' });      // => true
 * isBusinessDay('2026-12-26', { zone: 'alsace-moselle' }); // => false (a Saturday, and Saint-Étienne)
 * isBusinessDay('2026-04-03', { zone: 'alsace-moselle' }); // => false (Vendredi saint)
 * ```
 */
export function isBusinessDay(date: IsoDate, options: BusinessDayOptions): boolean {
  const day = checkedEpochDay(date, ['date']);
  return isBusinessEpochDay(day, zoneOption(options));
}

/**
 * The first business day strictly after a date.
 *
 * @param date - A `YYYY-MM-DD` date.
 * @param options - `{ zone }`, the holiday zone.
 * @returns The next business day, never `date` itself.
 * @throws {@link index!ValidationError | ValidationError} for a bad date at `['date']`; zone issues at
 *   `['options', 'zone']`; `out_of_range` at `['date']` if the result is after 2200-12-31.
 * @example
 * ```ts
 * nextBusinessDay('2026-12-24', { zone: 'metropole' });      // => '2026-12-28'
 * nextBusinessDay('2026-12-24', { zone: 'alsace-moselle' }); // => '2026-12-28'
 * nextBusinessDay('2026-04-02', { zone: 'alsace-moselle' }); // => '2026-04-07'
 * ```
 */
export function nextBusinessDay(date: IsoDate, options: BusinessDayOptions): IsoDate {
  const day = checkedEpochDay(date, ['date']);
  return isoFromEpochDay(rollForwardEpochDay(day + 1, zoneOption(options), ['date'], date));
}

/**
 * The date itself if it is a business day, else the next business day (CPC art. 642).
 *
 * CPC art. 642 al. 2: a deadline that would expire on a Saturday, a Sunday or a day that is férié
 * or chômé is extended to the first following working day.
 *
 * @param date - A `YYYY-MM-DD` date.
 * @param options - `{ zone }`, the holiday zone.
 * @returns `date` or the first business day after it.
 * @throws {@link index!ValidationError | ValidationError} for a bad date at `['date']`; zone issues at
 *   `['options', 'zone']`; `out_of_range` at `['date']` if the result is after 2200-12-31.
 * @example
 * ```ts
 * rollForward('2027-02-28', { zone: 'metropole' }); // => '2027-03-01' (Sunday → Monday)
 * rollForward('2026-11-26', { zone: 'metropole' }); // => '2026-11-26'
 * ```
 */
export function rollForward(date: IsoDate, options: BusinessDayOptions): IsoDate {
  const day = checkedEpochDay(date, ['date']);
  return isoFromEpochDay(rollForwardEpochDay(day, zoneOption(options), ['date'], date));
}

/**
 * Adds `n` business days to a date: the `|n|`-th business day after it (or before it when `n` is
 * negative).
 *
 * `n = 0` returns `date` unchanged, even on a weekend or holiday. Otherwise the result is always a
 * business day, and `businessDaysBetween(date, addBusinessDays(date, n, o), o) === n`.
 *
 * Runs in time proportional to the number of years covered, not to `n`: it jumps over whole weeks
 * arithmetically, then adds one more business day for each weekday holiday it jumped over, and
 * repeats until no holiday is left.
 *
 * @param date - A `YYYY-MM-DD` date.
 * @param n - Business days to add; negative goes back.
 * @param options - `{ zone }`, the holiday zone.
 * @returns The resulting business day.
 * @throws {@link index!ValidationError | ValidationError} for a bad date at `['date']`; `invalid_number` at `['n']`; zone
 *   issues at `['options', 'zone']`; `out_of_range` at `['n']` if the result leaves 1900–2200.
 * @example
 * ```ts
 * addBusinessDays('2026-12-24', 3, { zone: 'metropole' });      // => '2026-12-30'
 * addBusinessDays('2026-12-24', 3, { zone: 'alsace-moselle' }); // => '2026-12-30'
 * addBusinessDays('2026-05-15', -2, { zone: 'metropole' });     // => '2026-05-12'
 * ```
 */
export function addBusinessDays(date: IsoDate, n: number, options: BusinessDayOptions): IsoDate {
  const start = checkedEpochDay(date, ['date']);
  const steps = checkedInteger(n, ['n'], 'an integer number of business days');
  const zone = zoneOption(options);
  if (steps === 0) return date;
  let current = start;
  let remaining = Math.abs(steps);
  for (;;) {
    if (steps > 0) {
      const target = weekdaysAfter(current, remaining);
      if (target > MAX_EPOCH_DAY) fail('out_of_range', ['n'], n, RESULT_RANGE);
      remaining = weekdayHolidaysIn(current + 1, target, zone);
      current = target;
    } else {
      const target = weekdaysBefore(current, remaining);
      if (target < MIN_EPOCH_DAY) fail('out_of_range', ['n'], n, RESULT_RANGE);
      remaining = weekdayHolidaysIn(target, current - 1, zone);
      current = target;
    }
    // Each holiday jumped over costs one more business day beyond `current`.
    if (remaining === 0) return isoFromEpochDay(current);
  }
}

/**
 * Counts the business days between two dates, so that it inverts {@link addBusinessDays}.
 *
 * - `to ≥ from`: the number of business days in `(from, to]` (`from` excluded, `to` included);
 * - `to < from`: minus the number of business days in `[to, from)`.
 *
 * With this definition `businessDaysBetween(d, addBusinessDays(d, n, o), o) === n` for every date
 * `d` and every `n`. Runs in time proportional to the number of years covered.
 *
 * @param from - The start date.
 * @param to - The end date.
 * @param options - `{ zone }`, the holiday zone.
 * @returns A signed count of business days.
 * @throws {@link index!ValidationError | ValidationError} for a bad date at `['from']` or `['to']`; zone issues at
 *   `['options', 'zone']`.
 * @example
 * ```ts
 * businessDaysBetween('2026-12-24', '2026-12-30', { zone: 'metropole' }); // => 3
 * businessDaysBetween('2026-12-30', '2026-12-24', { zone: 'metropole' }); // => -3
 * businessDaysBetween('2026-12-26', '2026-12-27', { zone: 'metropole' }); // => 0
 * ```
 */
export function businessDaysBetween(from: IsoDate, to: IsoDate, options: BusinessDayOptions): number {
  const a = checkedEpochDay(from, ['from']);
  const b = checkedEpochDay(to, ['to']);
  const zone = zoneOption(options);
  if (b >= a) return weekdaysUpTo(b) - weekdaysUpTo(a) - weekdayHolidaysIn(a + 1, b, zone);
  const count = weekdaysUpTo(a - 1) - weekdaysUpTo(b - 1) - weekdayHolidaysIn(b, a - 1, zone);
  return count === 0 ? 0 : -count; // never -0
}
