/**
 * The winter truce (trêve hivernale): the yearly period when no expulsion may be carried out.
 *
 * - **Mainland and Alsace-Moselle** — CPCE L.412-6: from 1 November to 31 March inclusive. Until
 *   loi 2014-366 (ALUR, art. 25) the truce ended on 15 March; ALUR, in force on 27 March 2014,
 *   extended the truce then running to 31 March 2014. Truces ending in 2013 or earlier therefore
 *   end on 15 March here (a dated parameter: old values are kept, not overwritten).
 * - **Overseas** — the prefect sets a period of about three and a half months adapted to the local
 *   climate (DOMAIN.md §3). Pass it as `options.period`. Without it, the mainland period applies:
 *   the protective default, since wrongly assuming a truce delays an action while wrongly assuming
 *   none could lead to an unlawful expulsion.
 *
 * Procedural acts (commandement, assignation, judgment) continue during the truce: only the
 * expulsion itself is suspended.
 *
 * @module
 */
import { fail, type PathSegment } from '../errors';
import { checkedEpochDay, checkedObject, inRange, type IsoDate } from './date';
import { civilFromEpochDay, epochDayFromCivil } from './epoch-day';
import { isOverseas, parseZone, type Zone } from './zones';

/** A yearly period given as `MM-DD` bounds, both inclusive; it may span the new year. */
export interface TrucePeriod {
  /** First day of the truce, `MM-DD`, e.g. `"12-15"`. */
  readonly from: string;
  /** Last day of the truce, `MM-DD`, e.g. `"03-31"`; before `from` when the period spans 1 January. */
  readonly to: string;
}

/** Options of the winter-truce functions. */
export interface WinterTruceOptions {
  /**
   * The period set by the prefect, overseas only (DOMAIN.md §3). Omit it to apply the mainland
   * period of CPCE L.412-6.
   */
  readonly period?: TrucePeriod;
}

const MONTH_DAY = /^(\d{2})-(\d{2})$/;
const MONTH_DAY_EXPECTED = 'a month and day written MM-DD, e.g. "11-01" (not "02-29")';
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** A period as `month × 100 + day` numbers, e.g. 1101 and 331. */
interface Bounds {
  readonly from: number;
  readonly to: number;
}

function monthDay(value: unknown, path: readonly PathSegment[]): number {
  if (typeof value !== 'string') fail('invalid_type', path, value, MONTH_DAY_EXPECTED);
  const match = MONTH_DAY.exec(value);
  const month = match ? Number(match[1]) : 0;
  const day = match ? Number(match[2]) : 0;
  if (month < 1 || month > 12 || day < 1 || day > MONTH_LENGTHS[month - 1]!) {
    fail('invalid_date', path, value, MONTH_DAY_EXPECTED);
  }
  return month * 100 + day;
}

/** Mainland bounds for the truce that ends in `endYear` (CPCE L.412-6; ALUR from 2014). */
function mainlandBounds(endYear: number): Bounds {
  return { from: 1101, to: endYear >= 2014 ? 331 : 315 };
}

/** Reads the options and returns a function giving the bounds of the truce ending in a year. */
function boundsOf(zone: Zone, options: unknown): (endYear: number) => Bounds {
  if (options === undefined) return mainlandBounds;
  const record = checkedObject(options, ['options'], ['period'], 'an options object { period? }');
  if (record.period === undefined) return mainlandBounds;
  if (!isOverseas(zone)) {
    fail(
      'invalid_value',
      ['options', 'period'],
      record.period,
      'no period in metropole or alsace-moselle, where CPCE L.412-6 fixes 1 November to 31 March',
    );
  }
  const period = checkedObject(
    record.period,
    ['options', 'period'],
    ['from', 'to'],
    'a period { from: "MM-DD", to: "MM-DD" }',
  );
  const bounds = {
    from: monthDay(period.from, ['options', 'period', 'from']),
    to: monthDay(period.to, ['options', 'period', 'to']),
  };
  return () => bounds;
}

/**
 * The epoch day of the last day of the truce containing `day`, or `null`.
 * A period with `from ≤ to` lies within one year; otherwise it spans the new year.
 */
function truceEnd(day: number, bounds: (endYear: number) => Bounds): number | null {
  const { year, month, day: dayOfMonth } = civilFromEpochDay(day);
  const md = month * 100 + dayOfMonth;
  const endOf = (endYear: number, b: Bounds): number => epochDayFromCivil(endYear, Math.floor(b.to / 100), b.to % 100);
  const thisYear = bounds(year);
  if (thisYear.from <= thisYear.to) {
    return md >= thisYear.from && md <= thisYear.to ? endOf(year, thisYear) : null;
  }
  if (md <= thisYear.to) return endOf(year, thisYear); // the truce that began last year
  const nextYear = bounds(year + 1);
  return md >= nextYear.from ? endOf(year + 1, nextYear) : null; // the truce that ends next year
}

/**
 * Tells whether a date falls within the winter truce (trêve hivernale) of a zone.
 *
 * Mainland and Alsace-Moselle: 1 November to 31 March inclusive (CPCE L.412-6; 15 March for
 * truces ending in 2013 or earlier, before loi ALUR). Overseas: the prefect's `period`
 * (`MM-DD` bounds, inclusive, possibly spanning the new year); without it, the mainland period,
 * the protective default.
 *
 * @param date - A `YYYY-MM-DD` date.
 * @param zone - The holiday zone.
 * @param options - `{ period?: { from, to } }`, overseas only.
 * @returns `true` if no expulsion may take place on `date`.
 * @throws {@link index!ValidationError | ValidationError} for a bad date at `['date']`; `unknown_zone` at `['zone']`;
 *   `invalid_value` at `['options', 'period']` for a period in metropole or alsace-moselle;
 *   `invalid_date` at `['options', 'period', 'from' | 'to']` for a bound that is not `MM-DD`;
 *   `unrecognized_key` for an unknown option.
 * @example
 * ```ts
 * isWinterTruce('2027-03-31', 'metropole'); // => true
 * isWinterTruce('2027-04-01', 'metropole'); // => false
 * isWinterTruce('2027-01-10', 'reunion', { period: { from: '12-15', to: '03-31' } }); // => true
 * isWinterTruce('2026-12-01', 'reunion', { period: { from: '12-15', to: '03-31' } }); // => false
 * ```
 */
export function isWinterTruce(date: IsoDate, zone: Zone, options?: WinterTruceOptions): boolean {
  const day = checkedEpochDay(date, ['date']);
  const checkedZone = parseZone(zone, ['zone']);
  return truceEnd(day, boundsOf(checkedZone, options)) !== null;
}

/**
 * The last day of the winter truce containing a date, or `null` when the date is outside any
 * truce. Same rules as {@link isWinterTruce} (CPCE L.412-6).
 *
 * @param date - A `YYYY-MM-DD` date.
 * @param zone - The holiday zone.
 * @param options - `{ period?: { from, to } }`, overseas only.
 * @returns The `YYYY-MM-DD` last day of the truce, or `null`.
 * @throws Same issues as {@link isWinterTruce}; also `out_of_range` at `['date']` when the truce
 *   ends after 2200-12-31.
 * @example
 * ```ts
 * winterTruceEnd('2026-11-22', 'metropole'); // => '2027-03-31'
 * winterTruceEnd('2027-02-01', 'metropole'); // => '2027-03-31'
 * winterTruceEnd('2027-06-01', 'metropole'); // => null
 * ```
 */
export function winterTruceEnd(date: IsoDate, zone: Zone, options?: WinterTruceOptions): IsoDate | null {
  const day = checkedEpochDay(date, ['date']);
  const checkedZone = parseZone(zone, ['zone']);
  const end = truceEnd(day, boundsOf(checkedZone, options));
  return end === null ? null : inRange(end, ['date'], date);
}
