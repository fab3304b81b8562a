import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, dayOfWeek, fromEpochDay, toEpochDay } from '../../src/calendar';
import { buildFrame, dateOf, onWeekday } from '../../src/demo/frame';
import { ValidationError } from '../../src/errors';

describe('onWeekday', () => {
  it('moves a Saturday or a Sunday to the next Monday and keeps a weekday', () => {
    expect(fromEpochDay(onWeekday(toEpochDay('2026-11-21')))).toBe('2026-11-23');
    expect(fromEpochDay(onWeekday(toEpochDay('2026-11-22')))).toBe('2026-11-23');
    expect(fromEpochDay(onWeekday(toEpochDay('2026-11-20')))).toBe('2026-11-20');
  });

  it('lands on a weekday of the calendar layer, at most 2 days later', () => {
    fc.assert(
      fc.property(fc.integer({ min: toEpochDay('1990-01-01'), max: toEpochDay('2160-12-31') }), (day) => {
        const moved = onWeekday(day);
        expect(moved - day).toBeGreaterThanOrEqual(0);
        expect(moved - day).toBeLessThanOrEqual(2);
        expect(dayOfWeek(fromEpochDay(moved))).toBeLessThanOrEqual(5);
        if (dayOfWeek(fromEpochDay(day)) <= 5) expect(moved).toBe(day);
      }),
    );
  });
});

describe('buildFrame', () => {
  it('lists the due dates of the 24 months before asOf, on day 1 and on day 5', () => {
    const frame = buildFrame('2026-11-23');
    expect(frame.grid1.map((m) => m.date)).toEqual(
      Array.from(
        { length: 24 },
        (_, i) => `${2024 + Math.floor((11 + i) / 12)}-${String(((11 + i) % 12) + 1).padStart(2, '0')}-01`,
      ),
    );
    expect(frame.grid5[0]!.date).toBe('2024-12-05');
    expect(frame.grid5.at(-1)!.date).toBe('2026-11-05');
    for (const m of [...frame.grid1, ...frame.grid5]) {
      expect(m.key).toBe(m.date.slice(0, 7));
      expect(m.day).toBe(toEpochDay(m.date));
    }
    expect(frame.grid1[1]!.length).toBe(31); // 2025-01-01 − 2024-12-01
  });

  it('writes the dates of epoch days inside and outside the memoised window', () => {
    const frame = buildFrame('2026-11-23');
    for (const date of ['2026-11-23', '2024-11-24', '2020-02-29', addDays('2026-11-23', 400)]) {
      expect(dateOf(frame, toEpochDay(date))).toBe(date);
      expect(dateOf(frame, toEpochDay(date))).toBe(date);
    }
  });

  it.each([
    ['1999-12-31', 'out_of_range'],
    ['2151-01-01', 'out_of_range'],
    ['2026-02-30', 'invalid_date'],
    [20261123, 'invalid_type'],
  ])('refuses asOf %s (%s)', (asOf, code) => {
    expect(() => buildFrame(asOf)).toThrow(ValidationError);
    try {
      buildFrame(asOf);
    } catch (e) {
      expect((e as ValidationError).issues[0]).toMatchObject({ code, path: ['asOf'] });
    }
  });
});
