/**
 * Calendar dates as plain `"YYYY-MM-DD"` strings: the supported range, strict parsing, and the
 * checked conversions every calendar function starts with.
 *
 * A date here is a civil date in Europe/Paris, with no time and no zone: `"2026-11-22"`. Every
 * operation converts it to an **epoch day** (whole days since 1970-01-01) with the integer
 * algorithms of `epoch-day.ts`, works on integers, and converts back; adding days, weeks and
 * months is in `date-arithmetic.ts`. No luxon object is created on this path; luxon serves only
 * {@link dateInParis}, where a time zone matters.
 *
 * Supported dates run from 1900-01-01 to 2200-12-31; anything outside is `out_of_range`.
 *
 * Arguments are checked on every call, so a bad date can never turn into `NaN` or
 * `"Invalid DateTime"`. A bad argument throws a {@link index!ValidationError | ValidationError} whose path is the name of
 * the parameter (`['date']`, `['n']`…), except for {@link parseDate} and {@link dateInParis},
 * which take the caller's JSON path.
 *
 * @module
 */
import { DateTime } from 'luxon';
import { FORBIDDEN_KEYS, fail, safely, type PathSegment, type SafeResult } from '../errors';
import { daysInMonth, dayOfWeekOfEpochDay, epochDayFromCivil, formatCivil, isoFromEpochDay } from './epoch-day';

/** A calendar date written `YYYY-MM-DD`, e.g. `"2026-11-22"`: a civil date in Europe/Paris. */
export type IsoDate = string;

/** ISO day of the week: Monday = 1 … Sunday = 7. */
export type DayOfWeek = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * First supported year (inclusive); earlier dates are `out_of_range`.
 *
 * @example
 * ```ts
 * parseDate(`${MIN_YEAR}-01-01`); // => '1900-01-01'
 * ```
 */
export const MIN_YEAR = 1900;

/**
 * Last supported year (inclusive); later dates are `out_of_range`.
 *
 * @example
 * ```ts
 * parseDate(`${MAX_YEAR}-12-31`); // => '2200-12-31'
 * ```
 */
export const MAX_YEAR = 2200;

/** Epoch day of 1900-01-01, the first supported date. */
export const MIN_EPOCH_DAY = -25567;

/** Epoch day of 2200-12-31, the last supported date. */
export const MAX_EPOCH_DAY = 84370;

/** The `expected` text of every `invalid_date` issue about a `YYYY-MM-DD` date. */
export const DATE_EXPECTED = 'a real calendar date written YYYY-MM-DD, e.g. "2026-11-22"';

const RANGE_EXPECTED = `a date from ${MIN_YEAR}-01-01 to ${MAX_YEAR}-12-31, the supported range`;
const RESULT_RANGE_EXPECTED = `a value keeping the result between ${MIN_YEAR}-01-01 and ${MAX_YEAR}-12-31`;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** RFC 3339 timestamp: a time and an explicit offset are required, so the instant is unambiguous. */
const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;
const TIMESTAMP_EXPECTED =
  'an ISO 8601 timestamp with a UTC offset, e.g. "2026-03-29T23:30:00Z" or "2026-03-30T01:30:00+02:00"';
const PARIS = 'Europe/Paris';

// ---------------------------------------------------------------------------------------------
// Checked conversions used by every public function.
// ---------------------------------------------------------------------------------------------

/**
 * Checks a `YYYY-MM-DD` date and returns its epoch day, in one pass.
 *
 * @throws {@link index!ValidationError | ValidationError} `invalid_type`, `invalid_date` or `out_of_range` at `path`.
 * @internal
 */
export function checkedEpochDay(value: unknown, path: readonly PathSegment[]): number {
  if (typeof value !== 'string') {
    fail('invalid_type', path, value, 'a date string written YYYY-MM-DD, e.g. "2026-11-22"', { wants: 'date' });
  }
  if (!ISO_DATE.test(value)) fail('invalid_date', path, value, DATE_EXPECTED);
  // A real day outside 1900–2200 (an ERP's 9999-12-31 placeholder) is out_of_range, naming the
  // range; only an impossible day (2026-02-30) is invalid_date.
  const year = Number(value.slice(0, 4));
  const month = Number(value.slice(5, 7));
  const day = Number(value.slice(8, 10));
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    fail('invalid_date', path, value, DATE_EXPECTED);
  }
  if (year < MIN_YEAR || year > MAX_YEAR) fail('out_of_range', path, value, RANGE_EXPECTED);
  return epochDayFromCivil(year, month, day);
}

/**
 * Checks that a value is a safe integer.
 *
 * @throws {@link index!ValidationError | ValidationError} `invalid_number` at `path`.
 * @internal
 */
export function checkedInteger(value: unknown, path: readonly PathSegment[], what: string): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    fail('invalid_number', path, value, what);
  }
  return value;
}

/**
 * Checks that an options argument is a plain object with only known keys.
 *
 * @throws {@link index!ValidationError | ValidationError} `invalid_type` at `path`; `forbidden_key` or `unrecognized_key`
 *   at `[...path, key]`.
 * @internal
 */
export function checkedObject(
  value: unknown,
  path: readonly PathSegment[],
  keys: readonly string[],
  description: string,
): Readonly<Record<string, unknown>> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail('invalid_type', path, value, description);
  }
  for (const key of Object.keys(value)) {
    if (FORBIDDEN_KEYS.has(key)) fail('forbidden_key', [...path, key], key, description);
    if (!keys.includes(key)) {
      fail('unrecognized_key', [...path, key], key, `only the keys ${keys.join(', ')}`);
    }
  }
  return value as Readonly<Record<string, unknown>>;
}

/**
 * Returns the date of a computed epoch day, or throws when it falls outside 1900–2200.
 *
 * @throws {@link index!ValidationError | ValidationError} `out_of_range` at `path`, naming `received`.
 * @internal
 */
export function inRange(epochDay: number, path: readonly PathSegment[], received: unknown): IsoDate {
  if (!(epochDay >= MIN_EPOCH_DAY && epochDay <= MAX_EPOCH_DAY)) {
    fail('out_of_range', path, received, RESULT_RANGE_EXPECTED);
  }
  return isoFromEpochDay(epochDay);
}

// ---------------------------------------------------------------------------------------------
// Public API.
// ---------------------------------------------------------------------------------------------

/**
 * Parses a strict `YYYY-MM-DD` calendar date.
 *
 * The text must match `^\d{4}-\d{2}-\d{2}$` exactly (no spaces, no time, two-digit month and day)
 * and name a real day of the proleptic Gregorian calendar between 1900-01-01 and 2200-12-31.
 *
 * @param value - Anything, typically a JSON field.
 * @param path - JSON path of `value`, reported in the issue; `[]` by default.
 * @returns The same string, now known to be a valid {@link IsoDate}.
 * @throws {@link index!ValidationError | ValidationError} `invalid_type` for a non-string, `invalid_date` for a malformed
 *   or impossible date (`"2026-02-30"`, `"2026-2-3"`, `"2026-01-01T00:00"`), `out_of_range` for a
 *   year outside 1900–2200.
 * @example
 * ```ts
 * parseDate('2026-11-22');                   // => '2026-11-22'
 * parseDate('2026-02-30', ['lease', 'start']);
 * // => throws ValidationError, issue { code: 'invalid_date', path: ['lease', 'start'], ... }
 * parseDate('9999-12-31', ['lease', 'endedOn']);
 * // => throws ValidationError: 'lease.endedOn: expected a date from 1900-01-01 to 2200-12-31, the
 * //    supported range; received "9999-12-31"' (out_of_range)
 * ```
 */
export function parseDate(value: unknown, path: readonly PathSegment[] = []): IsoDate {
  checkedEpochDay(value, path);
  return value as IsoDate;
}

/**
 * Parses a date like {@link parseDate}, returning the issues instead of throwing.
 *
 * @param value - Anything, typically a JSON field.
 * @param path - JSON path of `value`; `[]` by default.
 * @returns `{ ok: true, value }` or `{ ok: false, issues }`.
 * @throws Never for invalid input.
 * @example
 * ```ts
 * safeParseDate('2026-11-22');  // => { ok: true, value: '2026-11-22' }
 * safeParseDate('yesterday');   // => { ok: false, issues: [{ code: 'invalid_date', ... }] }
 * ```
 */
export function safeParseDate(value: unknown, path: readonly PathSegment[] = []): SafeResult<IsoDate> {
  return safely(() => parseDate(value, path));
}

/**
 * Tells whether a value is a date {@link parseDate} accepts.
 *
 * @param value - Anything.
 * @returns `true` for a real `YYYY-MM-DD` date between 1900-01-01 and 2200-12-31.
 * @throws Never.
 * @example
 * ```ts
 * isIsoDate('2028-02-29'); // => true
 * isIsoDate('2026-02-29'); // => false
 * isIsoDate('1899-12-31'); // => false (outside the supported years)
 * ```
 */
export function isIsoDate(value: unknown): value is IsoDate {
  return safeParseDate(value).ok;
}

/**
 * Converts a date to its epoch day: the number of days since 1970-01-01.
 *
 * This integer is the fast path between layers: compare, subtract and store epoch days, and turn
 * them back into dates with {@link fromEpochDay}.
 *
 * @param date - A `YYYY-MM-DD` date.
 * @returns Days since 1970-01-01 (negative before it).
 * @throws {@link index!ValidationError | ValidationError} `invalid_type`, `invalid_date` or `out_of_range` at `['date']`.
 * @example
 * ```ts
 * toEpochDay('1970-01-02'); // => 1
 * toEpochDay('2026-11-22'); // => 20779
 * ```
 */
export function toEpochDay(date: IsoDate): number {
  return checkedEpochDay(date, ['date']);
}

/**
 * Converts an epoch day back to a date.
 *
 * @param epochDay - Whole days since 1970-01-01, from -25567 (1900-01-01) to 84370 (2200-12-31).
 * @returns The `YYYY-MM-DD` date.
 * @throws {@link index!ValidationError | ValidationError} `invalid_number` if not a safe integer, `out_of_range` outside
 *   the supported dates, at `['epochDay']`.
 * @example
 * ```ts
 * fromEpochDay(0);     // => '1970-01-01'
 * fromEpochDay(20779); // => '2026-11-22'
 * ```
 */
export function fromEpochDay(epochDay: number): IsoDate {
  const n = checkedInteger(epochDay, ['epochDay'], 'an integer number of days since 1970-01-01');
  return inRange(n, ['epochDay'], epochDay);
}

/**
 * ISO day of the week of a date.
 *
 * @param date - A `YYYY-MM-DD` date.
 * @returns 1 for Monday … 7 for Sunday.
 * @throws {@link index!ValidationError | ValidationError} `invalid_type`, `invalid_date` or `out_of_range` at `['date']`.
 * @example
 * ```ts
 * dayOfWeek('2026-11-22'); // => 7 (a Sunday)
 * dayOfWeek('2025-12-01'); // => 1 (a Monday)
 * ```
 */
export function dayOfWeek(date: IsoDate): DayOfWeek {
  return dayOfWeekOfEpochDay(checkedEpochDay(date, ['date']));
}

/**
 * The Europe/Paris calendar date of an instant.
 *
 * ERPs often store timestamps in UTC; the legal day is the day in Paris. The instant must carry
 * a time and an explicit offset (`Z` or `±HH:MM`), so that it names one moment; luxon converts it
 * with the time zone `'Europe/Paris'` given explicitly (luxon `Settings` are never touched).
 *
 * @param instant - An RFC 3339 timestamp, e.g. `"2026-03-29T23:30:00Z"`.
 * @param path - JSON path of `instant`, reported in issues; `[]` by default.
 * @returns The `YYYY-MM-DD` date in Paris at that instant.
 * @throws {@link index!ValidationError | ValidationError} `invalid_type` for a non-string; `invalid_date` for a malformed
 *   timestamp, one without an offset, or one luxon rejects (e.g. `"2026-02-30T10:00:00Z"`);
 *   `out_of_range` if the Paris date is outside 1900–2200.
 * @example
 * ```ts
 * dateInParis('2026-03-29T23:30:00Z');      // => '2026-03-30' (01:30 CEST)
 * dateInParis('2026-12-31T22:59:59Z');      // => '2026-12-31' (23:59:59 CET)
 * dateInParis('2026-12-31T23:00:00Z');      // => '2027-01-01'
 * ```
 */
export function dateInParis(instant: unknown, path: readonly PathSegment[] = []): IsoDate {
  if (typeof instant !== 'string') fail('invalid_type', path, instant, TIMESTAMP_EXPECTED);
  if (!TIMESTAMP.test(instant)) fail('invalid_date', path, instant, TIMESTAMP_EXPECTED);
  const local = DateTime.fromISO(instant, { zone: PARIS });
  if (!local.isValid) fail('invalid_date', path, instant, TIMESTAMP_EXPECTED);
  if (local.year < MIN_YEAR || local.year > MAX_YEAR) {
    fail('out_of_range', path, instant, `an instant whose Paris date is ${RANGE_EXPECTED}`);
  }
  return formatCivil(local.year, local.month, local.day);
}
