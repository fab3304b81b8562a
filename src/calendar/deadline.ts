/**
 * Legal deadlines: when a delay expressed in months, weeks or days ends (CPC art. 641), and
 * whether an end on a non-working day is extended (CPC art. 642).
 *
 * @module
 */
import { fail } from '../errors';
import {
  checkedEpochDay,
  checkedInteger,
  checkedObject,
  inRange,
  type IsoDate,
  MAX_EPOCH_DAY,
  MIN_EPOCH_DAY,
} from './date';
import { addMonthsToEpochDay } from './date-arithmetic';
import { rollForwardEpochDay } from './business-days';
import { parseZone, type Zone } from './zones';

/**
 * A delay, as a legal text states it. Each part is a whole number and may be negative to count
 * backwards (e.g. "at least 6 weeks before the hearing"). Parts are applied months first, then
 * weeks, then days (CPC art. 641 al. 3: "les mois sont d'abord décomptés, puis les jours").
 */
export interface DeadlinePeriod {
  /** Months: the end keeps the start's day number, or is the last day of a shorter month. */
  readonly months?: number;
  /** Weeks of 7 days: the end falls on the start's weekday. */
  readonly weeks?: number;
  /** Days: the day of the act does not count, so the end is `days` days after the start. */
  readonly days?: number;
}

/**
 * What to do when a deadline ends on a Saturday, Sunday or public holiday.
 *
 * - `'cpc-642'`: extend it to the next business day of the zone (CPC art. 642 al. 2).
 * - `'none'`: never move it. For example, the 6-week notice of the assignation to the prefect
 *   (loi 89-462 art. 24 III) is counted in full days and never extended (Cass. avis 6 Nov 2025,
 *   n° 25-70018).
 */
export type RollPolicy = 'cpc-642' | 'none';

/** Options of {@link legalDeadline}. */
export interface DeadlineOptions {
  /** Whether an end on a non-working day moves to the next business day. */
  readonly roll: RollPolicy;
  /** The holiday zone whose public holidays count for `roll: 'cpc-642'`. */
  readonly zone: Zone;
}

const PERIOD_KEYS = ['months', 'weeks', 'days'] as const;
const ROLL_EXPECTED = '"cpc-642" or "none"';

/**
 * The last day of a legal delay, by the counting rules of CPC art. 641 and, optionally, the
 * extension of CPC art. 642.
 *
 * - Months: the delay ends on the day of the last month that has the same day number as the
 *   start; when that month has no such day, on its last day (art. 641 al. 2).
 * - Weeks: 7 days each, so the delay ends on the same weekday.
 * - Days: the day of the act does not count (art. 641 al. 1), so the delay ends `days` days later.
 * - Several parts: months first, then weeks, then days (art. 641 al. 3).
 * - Negative parts count backwards from `start`.
 * - `roll: 'cpc-642'`: an end on a Saturday, Sunday or public holiday of `zone` moves to the next
 *   business day (art. 642 al. 2); `roll: 'none'` never moves it.
 *
 * @param start - The date of the act, event or notification that starts the delay.
 * @param period - `{ months?, weeks?, days? }`, whole numbers, at least one given.
 * @param options - `{ roll, zone }`.
 * @returns The `YYYY-MM-DD` last day of the delay.
 * @throws {@link index!ValidationError | ValidationError} for a bad date at `['start']`; `invalid_type` at `['period']`;
 *   `missing` at `['period']` when no part is given; `invalid_number` at `['period', part]`;
 *   `unrecognized_key` for an unknown key (`['period', 'month']`); `missing` or `invalid_value`
 *   at `['options', 'roll']`; `missing` or `unknown_zone` at `['options', 'zone']`;
 *   `out_of_range` at `['period']` if the end leaves 1900–2200.
 * @example
 * ```ts
 * // Last day to notify the prefect before a hearing on Mon 1 Dec 2025 (42 full days):
 * legalDeadline('2025-12-01', { days: -43 }, { roll: 'none', zone: 'metropole' });   // => '2025-10-19'
 * // CCAPEX referral + 2 months ends on Sun 28 Feb 2027, extended to Monday:
 * legalDeadline('2026-12-31', { months: 2 }, { roll: 'cpc-642', zone: 'metropole' }); // => '2027-03-01'
 * legalDeadline('2026-10-15', { weeks: 6 }, { roll: 'cpc-642', zone: 'metropole' });  // => '2026-11-26'
 * ```
 */
export function legalDeadline(start: IsoDate, period: DeadlinePeriod, options: DeadlineOptions): IsoDate {
  let end = checkedEpochDay(start, ['start']);
  const parts = checkedObject(period, ['period'], PERIOD_KEYS, 'a period { months?, weeks?, days? }');
  if (PERIOD_KEYS.every((key) => parts[key] === undefined)) {
    fail('missing', ['period'], period, 'at least one of months, weeks, days');
  }
  const amount = (key: (typeof PERIOD_KEYS)[number]): number =>
    parts[key] === undefined ? 0 : checkedInteger(parts[key], ['period', key], `an integer number of ${key}`);
  const months = amount('months');
  const weeks = amount('weeks');
  const days = amount('days');

  const record = checkedObject(options, ['options'], ['roll', 'zone'], 'an options object { roll, zone }');
  if (record.roll === undefined) fail('missing', ['options', 'roll'], undefined, ROLL_EXPECTED);
  if (record.roll !== 'cpc-642' && record.roll !== 'none') {
    fail('invalid_value', ['options', 'roll'], record.roll, ROLL_EXPECTED);
  }
  if (record.zone === undefined) fail('missing', ['options', 'zone'], undefined, 'a holiday zone');
  const zone = parseZone(record.zone, ['options', 'zone']);

  // An intermediate result may leave the supported range (2200-12-31 + 1 month − 40 days);
  // only the end is checked.
  end = addMonthsToEpochDay(end, months) + 7 * weeks + days;
  if (record.roll === 'cpc-642' && end >= MIN_EPOCH_DAY) {
    end = rollForwardEpochDay(Math.min(end, MAX_EPOCH_DAY + 1), zone, ['period'], period);
  }
  return inRange(end, ['period'], period);
}
