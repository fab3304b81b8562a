import { DateTime, Settings } from 'luxon';
import { afterEach, describe, expect, expectTypeOf, it } from 'vitest';
import * as calendar from '../../src/calendar/index';
import type { IsoDate, PublicHoliday, Zone } from '../../src/calendar/index';

describe('the calendar entry point', () => {
  it('exports exactly the public API', () => {
    expect(Object.keys(calendar).sort()).toEqual(
      [
        'MAX_YEAR',
        'MIN_YEAR',
        'ZONES',
        'addBusinessDays',
        'addDays',
        'addMonths',
        'addWeeks',
        'businessDaysBetween',
        'dateInParis',
        'dayOfWeek',
        'daysBetween',
        'easterSunday',
        'fromEpochDay',
        'isBusinessDay',
        'isIsoDate',
        'isPublicHoliday',
        'isWinterTruce',
        'isZone',
        'legalDeadline',
        'nextBusinessDay',
        'parseDate',
        'parseZone',
        'publicHolidays',
        'rollForward',
        'safeParseDate',
        'toEpochDay',
        'winterTruceEnd',
        'zoneOfDepartment',
      ].sort(),
    );
    expect([calendar.MIN_YEAR, calendar.MAX_YEAR]).toEqual([1900, 2200]);
  });

  it('keeps luxon and Decimal types out of the public signatures', () => {
    expectTypeOf(calendar.addDays).returns.toEqualTypeOf<IsoDate>();
    expectTypeOf(calendar.publicHolidays).returns.toEqualTypeOf<readonly PublicHoliday[]>();
    expectTypeOf(calendar.winterTruceEnd).returns.toEqualTypeOf<IsoDate | null>();
    expectTypeOf(calendar.zoneOfDepartment).returns.toEqualTypeOf<Zone>();
    expectTypeOf<PublicHoliday>().toEqualTypeOf<{ readonly date: string; readonly name: string }>();
  });

  it('requires a zone in the options at the type level', () => {
    // @ts-expect-error the zone is required
    expect(() => calendar.isBusinessDay('2026-01-02', {})).toThrow();
    // @ts-expect-error roll must be 'cpc-642' or 'none'
    expect(() => calendar.legalDeadline('2026-01-02', { days: 1 }, { roll: 'yes', zone: 'metropole' })).toThrow();
  });
});

describe('independence from the host luxon Settings', () => {
  const zone = Settings.defaultZone;
  afterEach(() => {
    Settings.defaultZone = zone;
  });

  it('converts instants to Paris even when the host sets another default zone', () => {
    Settings.defaultZone = 'Pacific/Kiritimati'; // UTC+14
    expect(calendar.dateInParis('2026-03-29T23:30:00Z')).toBe('2026-03-30');
    expect(calendar.dateInParis('2026-06-30T21:59:59Z')).toBe('2026-06-30');
    expect(DateTime.local().zoneName).toBe('Pacific/Kiritimati'); // untouched by the library
  });
});
