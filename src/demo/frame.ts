/**
 * The calendar frame shared by every account of one `asOf`: the ledger window, the due dates of
 * its months, and the dates of its days.
 *
 * Dates inside the generator are epoch days (integers, see `toEpochDay`); they become
 * `YYYY-MM-DD` text only when the account is assembled.
 *
 * @module
 */
import { addMonths, fromEpochDay, parseDate, toEpochDay, type IsoDate } from '../calendar';
// Integer helpers of the calendar layer: the generator works on epoch days, and going through
// `YYYY-MM-DD` text for each weekday test would only add a format and a parse.
import { dayOfWeekOfEpochDay, formatCivil } from '../calendar/epoch-day';
import { fail } from '../errors';
import { DEMO_DEFAULT_AS_OF } from './options';

/**
 * Months of history in each ledger.
 *
 * @example
 * ```ts
 * buildFrame('2026-11-23').grid1.length; // => 24 (LEDGER_MONTHS)
 * ```
 */
export const LEDGER_MONTHS = 24;

/** Loi 2023-668: leases signed from this day have a 6-week cure delay, older ones 2 months. */
const NEW_CURE_DELAY_FROM = '2023-07-29';

/** One due date of the ledger window. */
export interface Month {
  readonly year: number;
  readonly month: number;
  /** Epoch day of the due date. */
  readonly day: number;
  readonly date: IsoDate;
  /** `YYYY-MM`, the month in posting ids. */
  readonly key: string;
  /** Days from the previous due date to this one. */
  readonly length: number;
}

/** What every account of one `asOf` shares. */
export interface Frame {
  readonly asOf: IsoDate;
  readonly asOfDay: number;
  readonly asOfYear: number;
  readonly windowStartDay: number;
  readonly leaseFloorDay: number;
  readonly newCureDelayDay: number;
  /** Due dates of the ledger window, for due day 1 and due day 5. */
  readonly grid1: readonly Month[];
  readonly grid5: readonly Month[];
  /** Epoch day of `dates[0]`. */
  readonly datesFrom: number;
  /** Memoised `YYYY-MM-DD` texts of the days around the ledger window, filled on first use. */
  readonly dates: (IsoDate | undefined)[];
}

/**
 * The frame of an export date.
 *
 * @param asOfInput - The export date, or `undefined` for {@link DEMO_DEFAULT_AS_OF}.
 * @throws {@link index!ValidationError | ValidationError} `invalid_type`, `invalid_date` or
 *   `out_of_range` (years 2000–2150) at `['asOf']`.
 * @example
 * ```ts
 * buildFrame('2026-11-23').grid1[0].date; // => '2024-12-01'
 * ```
 */
export function buildFrame(asOfInput: unknown): Frame {
  const asOf = parseDate(asOfInput ?? DEMO_DEFAULT_AS_OF, ['asOf']);
  const asOfYear = Number(asOf.slice(0, 4));
  if (asOfYear < 2000 || asOfYear > 2150) fail('out_of_range', ['asOf'], asOf, 'a date from 2000-01-01 to 2150-12-31');
  const asOfDay = toEpochDay(asOf);
  const windowStartDay = toEpochDay(addMonths(asOf, -LEDGER_MONTHS));
  return {
    asOf,
    asOfDay,
    asOfYear,
    windowStartDay,
    leaseFloorDay: toEpochDay('1995-01-01'),
    newCureDelayDay: toEpochDay(NEW_CURE_DELAY_FROM),
    grid1: dueDates(asOf, 1, windowStartDay, asOfDay),
    grid5: dueDates(asOf, 5, windowStartDay, asOfDay),
    datesFrom: windowStartDay - 62,
    dates: new Array<IsoDate | undefined>(asOfDay - windowStartDay + 63).fill(undefined),
  };
}

/** The due dates on day `dueDay` (1 or 5, which every month has) in (windowStart, asOf]. */
function dueDates(asOf: IsoDate, dueDay: number, windowStartDay: number, asOfDay: number): Month[] {
  const anchor = formatCivil(Number(asOf.slice(0, 4)), Number(asOf.slice(5, 7)), dueDay);
  const out: Month[] = [];
  let previous: number | null = null;
  for (let k = LEDGER_MONTHS + 1; k >= 0; k--) {
    const date = addMonths(anchor, -k);
    const day = toEpochDay(date);
    if (day > windowStartDay && day <= asOfDay && previous !== null) {
      const year = Number(date.slice(0, 4));
      const month = Number(date.slice(5, 7));
      out.push(Object.freeze({ year, month, day, date, key: date.slice(0, 7), length: day - previous }));
    }
    previous = day;
  }
  return out;
}

/**
 * The date of an epoch day, memoised around the ledger window (the hot path of the ledger).
 *
 * @example
 * ```ts
 * dateOf(buildFrame('2026-11-23'), 20780); // => '2026-11-23'
 * ```
 */
export function dateOf(frame: Frame, day: number): IsoDate {
  const i = day - frame.datesFrom;
  if (i < 0 || i >= frame.dates.length) return fromEpochDay(day);
  let date = frame.dates[i];
  if (date === undefined) {
    date = fromEpochDay(day);
    frame.dates[i] = date;
  }
  return date;
}

/**
 * Moves a day falling on a Saturday or a Sunday to the next Monday. Public holidays are not
 * skipped: the demo's acts only avoid weekends.
 *
 * @example
 * ```ts
 * onWeekday(toEpochDay('2026-11-22')) === toEpochDay('2026-11-23'); // => true (Sunday → Monday)
 * ```
 */
export function onWeekday(epochDay: number): number {
  const dow = dayOfWeekOfEpochDay(epochDay);
  return dow === 6 ? epochDay + 2 : dow === 7 ? epochDay + 1 : epochDay;
}
