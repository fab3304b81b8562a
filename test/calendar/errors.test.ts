/**
 * Every calendar function names the argument at fault: the path and the whole message of the
 * issue, for each kind of bad argument.
 */
import { describe, expect, it } from 'vitest';
import type { PathSegment } from '../../src/errors';
import { firstIssue } from '../first-issue';
import * as calendar from '../../src/calendar/index';

const {
  addBusinessDays,
  addDays,
  addMonths,
  addWeeks,
  businessDaysBetween,
  dateInParis,
  dayOfWeek,
  daysBetween,
  easterSunday,
  fromEpochDay,
  isBusinessDay,
  isPublicHoliday,
  isWinterTruce,
  legalDeadline,
  nextBusinessDay,
  parseDate,
  parseZone,
  publicHolidays,
  rollForward,
  toEpochDay,
  winterTruceEnd,
  zoneOfDepartment,
} = calendar as unknown as { [K in keyof typeof calendar]: (...args: unknown[]) => unknown };
// Called with arguments their types refuse, as JavaScript callers and JSON data can.

const CASES: [string, () => unknown, PathSegment[], string][] = [
  [
    'parseDate number',
    () => parseDate(20261123),
    [],
    '(root): expected a date string written YYYY-MM-DD, e.g. "2026-11-22"; received the number 20261123; write dates as text in quotes, e.g. "2026-11-22"',
  ],
  [
    'parseDate placeholder far in the future',
    () => parseDate('9999-12-31', ['lease', 'endedOn']),
    ['lease', 'endedOn'],
    'lease.endedOn: expected a date from 1900-01-01 to 2200-12-31, the supported range; received "9999-12-31"',
  ],
  [
    'parseDate bad',
    () => parseDate('2026-02-30', ['lease', 'signedOn']),
    ['lease', 'signedOn'],
    'lease.signedOn: expected a real calendar date written YYYY-MM-DD, e.g. "2026-11-22"; received "2026-02-30"',
  ],
  [
    'parseDate range',
    () => parseDate('2201-01-01'),
    [],
    '(root): expected a date from 1900-01-01 to 2200-12-31, the supported range; received "2201-01-01"',
  ],
  [
    'toEpochDay',
    () => toEpochDay('x'),
    ['date'],
    'date: expected a real calendar date written YYYY-MM-DD, e.g. "2026-11-22"; received "x"',
  ],
  [
    'fromEpochDay',
    () => fromEpochDay(1.5),
    ['epochDay'],
    'epochDay: expected an integer number of days since 1970-01-01; received the number 1.5',
  ],
  [
    'dayOfWeek',
    () => dayOfWeek('x'),
    ['date'],
    'date: expected a real calendar date written YYYY-MM-DD, e.g. "2026-11-22"; received "x"',
  ],
  [
    'addDays n',
    () => addDays('2026-01-01', 1.5),
    ['n'],
    'n: expected an integer number of days; received the number 1.5',
  ],
  [
    'addWeeks date',
    () => addWeeks('x', 1),
    ['date'],
    'date: expected a real calendar date written YYYY-MM-DD, e.g. "2026-11-22"; received "x"',
  ],
  ['addWeeks n', () => addWeeks('2026-01-01', 'x'), ['n'], 'n: expected an integer number of weeks; received "x"'],
  [
    'addMonths n',
    () => addMonths('2026-01-01', 0.5),
    ['n'],
    'n: expected an integer number of months; received the number 0.5',
  ],
  [
    'daysBetween',
    () => daysBetween('2026-01-01', 'x'),
    ['to'],
    'to: expected a real calendar date written YYYY-MM-DD, e.g. "2026-11-22"; received "x"',
  ],
  ['easterSunday type', () => easterSunday('2026'), ['year'], 'year: expected an integer year; received "2026"'],
  [
    'easterSunday range',
    () => easterSunday(1899),
    ['year'],
    'year: expected a year from 1900 to 2200; received the number 1899',
  ],
  [
    'publicHolidays range',
    () => publicHolidays(2201, 'metropole'),
    ['year'],
    'year: expected a year from 1900 to 2200; received the number 2201',
  ],
  [
    'publicHolidays zone',
    () => publicHolidays(2026, 'paris'),
    ['zone'],
    'zone: expected a holiday zone, one of "metropole", "alsace-moselle", "guadeloupe", "martinique", "guyane", "reunion", "mayotte", "saint-martin", "saint-barthelemy"; received "paris"',
  ],
  [
    'isPublicHoliday date',
    () => isPublicHoliday('x', 'metropole'),
    ['date'],
    'date: expected a real calendar date written YYYY-MM-DD, e.g. "2026-11-22"; received "x"',
  ],
  [
    'isBusinessDay options',
    () => isBusinessDay('2026-01-01', {}),
    ['options', 'zone'],
    'options.zone: expected a holiday zone, one of "metropole", "alsace-moselle", "guadeloupe", "martinique", "guyane", "reunion", "mayotte", "saint-martin", "saint-barthelemy"; received nothing (the field is absent)',
  ],
  [
    'isBusinessDay key',
    () => isBusinessDay('2026-01-01', { zone: 'metropole', extra: 1 }),
    ['options', 'extra'],
    'options.extra: expected only the keys zone; received "extra"',
  ],
  [
    'isBusinessDay proto',
    () => isBusinessDay('2026-01-01', JSON.parse('{"zone":"metropole","__proto__":{}}') as never),
    ['options', '__proto__'],
    'options.__proto__: expected an options object with a zone, e.g. { zone: "metropole" }; received "__proto__"',
  ],
  [
    'nextBusinessDay date',
    () => nextBusinessDay('x', { zone: 'metropole' }),
    ['date'],
    'date: expected a real calendar date written YYYY-MM-DD, e.g. "2026-11-22"; received "x"',
  ],
  [
    'rollForward date',
    () => rollForward('x', { zone: 'metropole' }),
    ['date'],
    'date: expected a real calendar date written YYYY-MM-DD, e.g. "2026-11-22"; received "x"',
  ],
  [
    'addBusinessDays n',
    () => addBusinessDays('2026-01-01', 1.5, { zone: 'metropole' }),
    ['n'],
    'n: expected an integer number of business days; received the number 1.5',
  ],
  [
    'addBusinessDays range',
    () => addBusinessDays('2200-12-30', 5, { zone: 'metropole' }),
    ['n'],
    'n: expected a value keeping the result between 1900-01-01 and 2200-12-31; received the number 5',
  ],
  [
    'businessDaysBetween',
    () => businessDaysBetween('2026-01-01', 'x', { zone: 'metropole' }),
    ['to'],
    'to: expected a real calendar date written YYYY-MM-DD, e.g. "2026-11-22"; received "x"',
  ],
  [
    'legalDeadline empty period',
    () => legalDeadline('2026-01-01', {}, { roll: 'none', zone: 'metropole' }),
    ['period'],
    'period: expected at least one of months, weeks, days; received {}',
  ],
  [
    'legalDeadline period key',
    () => legalDeadline('2026-01-01', { years: 1 }, { roll: 'none', zone: 'metropole' }),
    ['period', 'years'],
    'period.years: expected only the keys months, weeks, days; received "years"',
  ],
  [
    'legalDeadline months',
    () => legalDeadline('2026-01-01', { months: 1.5 }, { roll: 'none', zone: 'metropole' }),
    ['period', 'months'],
    'period.months: expected an integer number of months; received the number 1.5',
  ],
  [
    'legalDeadline roll',
    () => legalDeadline('2026-01-01', { months: 1 }, { roll: 'cpc-641', zone: 'metropole' }),
    ['options', 'roll'],
    'options.roll: expected "cpc-642" or "none"; received "cpc-641"',
  ],
  [
    'legalDeadline no zone',
    () => legalDeadline('2026-01-01', { months: 1 }, { roll: 'none' }),
    ['options', 'zone'],
    'options.zone: expected a holiday zone; received nothing (the field is absent)',
  ],
  [
    'legalDeadline options',
    () => legalDeadline('2026-01-01', { months: 1 }, null),
    ['options'],
    'options: expected an options object { roll, zone }; received null',
  ],
  [
    'isWinterTruce date',
    () => isWinterTruce('x', 'metropole'),
    ['date'],
    'date: expected a real calendar date written YYYY-MM-DD, e.g. "2026-11-22"; received "x"',
  ],
  [
    'isWinterTruce zone',
    () => isWinterTruce('2026-01-01', 'mars'),
    ['zone'],
    'zone: expected a holiday zone, one of "metropole", "alsace-moselle", "guadeloupe", "martinique", "guyane", "reunion", "mayotte", "saint-martin", "saint-barthelemy"; received "mars"',
  ],
  [
    'isWinterTruce period in metropole',
    () => isWinterTruce('2026-01-01', 'metropole', { period: { from: '11-01', to: '03-31' } }),
    ['options', 'period'],
    'options.period: expected no period in metropole or alsace-moselle, where CPCE L.412-6 fixes 1 November to 31 March; received {"from":"11-01","to":"03-31"}',
  ],
  [
    'isWinterTruce bad period',
    () => isWinterTruce('2026-01-01', 'guyane', { period: { from: '02-30', to: '03-31' } }),
    ['options', 'period', 'from'],
    'options.period.from: expected a month and day written MM-DD, e.g. "11-01" (not "02-29"); received "02-30"',
  ],
  [
    'isWinterTruce period shape',
    () => isWinterTruce('2026-01-01', 'guyane', { period: '11-01' }),
    ['options', 'period'],
    'options.period: expected a period { from: "MM-DD", to: "MM-DD" }; received "11-01"',
  ],
  [
    'winterTruceEnd options',
    () => winterTruceEnd('2026-01-01', 'metropole', { periods: 1 }),
    ['options', 'periods'],
    'options.periods: expected only the keys period; received "periods"',
  ],
  [
    'zoneOfDepartment',
    () => zoneOfDepartment('20'),
    [],
    '(root): expected a French department code: "01" to "95" (not "20"), "2A", "2B", "971" to "974", "976", "977" or "978"; received "20"',
  ],
  [
    'zoneOfDepartment path',
    () => zoneOfDepartment('99', ['lease', 'department']),
    ['lease', 'department'],
    'lease.department: expected a French department code: "01" to "95" (not "20"), "2A", "2B", "971" to "974", "976", "977" or "978"; received "99"',
  ],
  [
    'parseZone',
    () => parseZone(3),
    [],
    '(root): expected a holiday zone, one of "metropole", "alsace-moselle", "guadeloupe", "martinique", "guyane", "reunion", "mayotte", "saint-martin", "saint-barthelemy"; received the number 3',
  ],
  [
    'dateInParis',
    () => dateInParis('x'),
    [],
    '(root): expected an ISO 8601 timestamp with a UTC offset, e.g. "2026-03-29T23:30:00Z" or "2026-03-30T01:30:00+02:00"; received "x"',
  ],
  [
    'dateInParis range',
    () => dateInParis('2201-01-01T00:00:00Z'),
    [],
    '(root): expected an instant whose Paris date is a date from 1900-01-01 to 2200-12-31, the supported range; received "2201-01-01T00:00:00Z"',
  ],
];

describe('errors of the calendar functions', () => {
  it.each(CASES)('%s', (_name, call, path, message) => {
    const issue = firstIssue(call);
    expect(issue.path).toEqual(path);
    expect(issue.message).toBe(message);
  });
});
