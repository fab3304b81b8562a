/**
 * French public holidays (jours fériés) per holiday zone.
 *
 * The rule set, with its sources:
 *
 * - **National**, every zone — Code du travail L.3133-1: 1 January, Easter Monday, 1 May, 8 May,
 *   Ascension Thursday (Easter + 39), Whit Monday (Easter + 50), 14 July, 15 August, 1 November,
 *   11 November, 25 December. Whit Monday stays a public holiday where it serves as the journée
 *   de solidarité (L.3133-7 ff.), including 2005.
 * - **Alsace-Moselle** (57, 67, 68) — L.3134-13: Good Friday and 26 December. The code grants Good
 *   Friday only in communes with a Protestant temple or a mixed church; it is observed across the
 *   three departments in practice and is applied to the whole zone here.
 * - **Abolition of slavery** — L.3422-2, loi 83-550 of 30 June 1983, décret 83-1003 of
 *   23 November 1983 as amended by décret 2012-553: Mayotte 27 April, Martinique 22 May,
 *   Guadeloupe and Saint-Martin 27 May, Guyane 10 June, Saint-Barthélemy 9 October,
 *   La Réunion 20 December.
 * - **Good Friday in Guadeloupe and Martinique** — not in the Code du travail, but chômé by
 *   custom. Counted as a public holiday, like the `date-holidays` package does: it is the safer
 *   reading for scheduling, and CPC art. 642 extends a deadline over days "fériés ou chômés".
 *
 * The same rules apply to every supported year (1900–2200): this is the calendar of the law in
 * force, not a history, as in `date-holidays`. It does not model that 8 May was not a public
 * holiday from 1959 (décret 59-533) until loi 81-893 restored it, that the abolition days date
 * from loi 83-550, nor that Saint-Barthélemy and Saint-Martin were added by décret 2012-553 (in
 * force 26 April 2012): both zones get their abolition day in 2000–2011 too, as `date-holidays`
 * does. Over 2000–2150 the set equals the `public` holidays of `date-holidays` 3.37 for FR and its
 * states 57, 67, 68, GP, MQ, GF, RE, YT, MF and BL (checked in the tests).
 *
 * Saint-Martin [UNSURE]: décret 83-1003 as amended in 2012, DOMAIN.md §7 and `date-holidays` say
 * 27 May. Local press reports that since 2018 the prefecture, following interministerial
 * circulars and a 2015 deliberation of the collectivité, applies L.3422-2 to 28 May instead
 * (https://soualigapost.com/fr/comment/18526, 16 May 2018). 27 May is kept here to match the
 * oracle; re-read the consolidated décret on Légifrance before relying on it.
 *
 * @module
 */
import { fail } from '../errors';
import { MAX_YEAR, MIN_YEAR, checkedEpochDay, checkedInteger, type IsoDate } from './date';
import { epochDayFromCivil, isoFromEpochDay, yearOfEpochDay } from './epoch-day';
import { easterEpochDay } from './easter';
import { parseZone, type Zone } from './zones';

/** One public holiday: its date and its French name (a proper name, left untranslated). */
export interface PublicHoliday {
  /** The `YYYY-MM-DD` date. */
  readonly date: IsoDate;
  /** The name in French, e.g. `"Lundi de Pâques"`. */
  readonly name: string;
}

/** A holiday on a fixed day of the year, or at an offset in days from Easter Sunday. */
type Rule =
  | { readonly name: string; readonly month: number; readonly day: number }
  | { readonly name: string; readonly easter: number };

/** Code du travail L.3133-1, in the order of the article. */
const NATIONAL: readonly Rule[] = [
  { name: "Jour de l'an", month: 1, day: 1 },
  { name: 'Lundi de Pâques', easter: 1 },
  { name: 'Fête du Travail', month: 5, day: 1 },
  { name: 'Victoire 1945', month: 5, day: 8 },
  { name: 'Ascension', easter: 39 },
  { name: 'Lundi de Pentecôte', easter: 50 },
  { name: 'Fête nationale', month: 7, day: 14 },
  { name: 'Assomption', month: 8, day: 15 },
  { name: 'Toussaint', month: 11, day: 1 },
  { name: 'Armistice 1918', month: 11, day: 11 },
  { name: 'Noël', month: 12, day: 25 },
];

const GOOD_FRIDAY: Rule = { name: 'Vendredi saint', easter: -2 };
const ABOLITION = "Abolition de l'esclavage";

/** Rules added to {@link NATIONAL} in each zone. */
const LOCAL: Readonly<Record<Zone, readonly Rule[]>> = {
  metropole: [],
  // L.3134-13: Good Friday and the second day of Christmas (Saint-Étienne).
  'alsace-moselle': [GOOD_FRIDAY, { name: 'Saint-Étienne', month: 12, day: 26 }],
  // L.3422-2 and décret 83-1003 for the abolition day; Good Friday by custom (see module doc).
  guadeloupe: [GOOD_FRIDAY, { name: ABOLITION, month: 5, day: 27 }],
  martinique: [GOOD_FRIDAY, { name: ABOLITION, month: 5, day: 22 }],
  guyane: [{ name: ABOLITION, month: 6, day: 10 }],
  reunion: [{ name: ABOLITION, month: 12, day: 20 }],
  mayotte: [{ name: ABOLITION, month: 4, day: 27 }],
  // Décret 83-1003 as amended by décret 2012-553 says 27 May; see the Saint-Martin note above.
  'saint-martin': [{ name: ABOLITION, month: 5, day: 27 }],
  'saint-barthelemy': [{ name: ABOLITION, month: 10, day: 9 }],
};

interface YearCalendar {
  readonly list: readonly PublicHoliday[];
  readonly days: ReadonlySet<number>;
}

/** Computed calendars, keyed `${year}:${zone}`; at most 301 × 9 entries. */
const cache = new Map<string, YearCalendar>();

function build(year: number, zone: Zone): YearCalendar {
  const easter = easterEpochDay(year);
  const rules = [...NATIONAL, ...LOCAL[zone]];
  const dated = rules.map((rule, order) => ({
    order,
    name: rule.name,
    day: 'easter' in rule ? easter + rule.easter : epochDayFromCivil(year, rule.month, rule.day),
  }));
  // By date; two holidays on one day (Ascension on 1 May 2008) keep the order of the rules above.
  dated.sort((a, b) => a.day - b.day || a.order - b.order);
  const list = Object.freeze(dated.map((h) => Object.freeze({ date: isoFromEpochDay(h.day), name: h.name })));
  return { list, days: new Set(dated.map((h) => h.day)) };
}

/** The cached calendar of a year and zone, both trusted. @internal */
export function calendarOf(year: number, zone: Zone): YearCalendar {
  const key = `${year}:${zone}`;
  let calendar = cache.get(key);
  if (calendar === undefined) {
    calendar = build(year, zone);
    cache.set(key, calendar);
  }
  return calendar;
}

/** Whether an in-range epoch day is a public holiday of a trusted zone. @internal */
export function isHolidayEpochDay(epochDay: number, zone: Zone): boolean {
  return calendarOf(yearOfEpochDay(epochDay), zone).days.has(epochDay);
}

/**
 * Every public holiday of a year in a zone, sorted by date.
 *
 * Names are the French proper names of the days ("Lundi de Pâques", "Vendredi saint"…). When two
 * holidays fall on the same day (Ascension on 1 May in 2008), both are listed, in the order of
 * Code du travail L.3133-1 then the local rule. The array and its items are frozen and cached:
 * the same year and zone return the same array.
 *
 * Sources: L.3133-1 (national list); L.3134-13 (Alsace-Moselle: Good Friday, 26 December);
 * L.3422-2 and décret 83-1003 (abolition of slavery overseas). Good Friday in Guadeloupe and
 * Martinique is chômé by custom and counted, like `date-holidays` does. Saint-Martin's day is
 * 27 May as in décret 83-1003, though it may be 28 May in practice since 2018 (see the module
 * note, [UNSURE]).
 *
 * @param year - A calendar year from 1900 to 2200.
 * @param zone - The holiday zone.
 * @returns The holidays, `{ date, name }`, sorted by date.
 * @throws {@link index!ValidationError | ValidationError} `invalid_number` or `out_of_range` at `['year']`;
 *   `unknown_zone` at `['zone']`.
 * @example
 * ```ts
 * publicHolidays(2026, 'alsace-moselle').slice(1, 3);
 * // => [{ date: '2026-04-03', name: 'Vendredi saint' }, { date: '2026-04-06', name: 'Lundi de Pâques' }]
 * publicHolidays(2026, 'metropole').length; // => 11
 * ```
 */
export function publicHolidays(year: number, zone: Zone): readonly PublicHoliday[] {
  const y = checkedInteger(year, ['year'], 'an integer year');
  if (y < MIN_YEAR || y > MAX_YEAR) {
    fail('out_of_range', ['year'], year, `a year from ${MIN_YEAR} to ${MAX_YEAR}`);
  }
  return calendarOf(y, parseZone(zone, ['zone'])).list;
}

/**
 * Tells whether a date is a public holiday in a zone.
 *
 * Same rules and sources as {@link publicHolidays} (Code du travail L.3133-1, L.3134-13,
 * L.3422-2). Weekends are not holidays by themselves: see `isBusinessDay`.
 *
 * @param date - A `YYYY-MM-DD` date.
 * @param zone - The holiday zone.
 * @returns `true` if `date` is a public holiday in `zone`.
 * @throws {@link index!ValidationError | ValidationError} for a bad date at `['date']`; `unknown_zone` at `['zone']`.
 * @example
 * ```ts
 * isPublicHoliday('2026-04-03', 'alsace-moselle'); // => true (Vendredi saint)
 * isPublicHoliday('2026-04-03', 'metropole');      // => false
 * isPublicHoliday('2026-12-20', 'reunion');        // => true (Abolition de l'esclavage)
 * ```
 */
export function isPublicHoliday(date: IsoDate, zone: Zone): boolean {
  const epochDay = checkedEpochDay(date, ['date']);
  return isHolidayEpochDay(epochDay, parseZone(zone, ['zone']));
}
