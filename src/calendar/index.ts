/**
 * The French legal calendar: strict ISO dates, public holidays per zone, business days, the
 * winter truce and legal deadlines (CPC art. 641–642).
 *
 * Dates are `"YYYY-MM-DD"` strings (civil dates in Europe/Paris); supported years are 1900–2200.
 *
 * @module
 */
export {
  MAX_YEAR,
  MIN_YEAR,
  dateInParis,
  dayOfWeek,
  fromEpochDay,
  isIsoDate,
  parseDate,
  safeParseDate,
  toEpochDay,
} from './date';
export type { DayOfWeek, IsoDate } from './date';
export { addDays, addMonths, addWeeks, daysBetween } from './date-arithmetic';
export { easterSunday } from './easter';
export { ZONES, isZone, parseZone, zoneOfDepartment } from './zones';
export type { Zone } from './zones';
export { isPublicHoliday, publicHolidays } from './holidays';
export type { PublicHoliday } from './holidays';
export {
  addBusinessDays,
  businessDaysBetween,
  isBusinessDay,
  nextBusinessDay,
  rollForward,
} from './business-days';
export type { BusinessDayOptions } from './business-days';
export { isWinterTruce, winterTruceEnd } from './winter-truce';
export type { TrucePeriod, WinterTruceOptions } from './winter-truce';
export { legalDeadline } from './deadline';
export type { DeadlineOptions, DeadlinePeriod, RollPolicy } from './deadline';
