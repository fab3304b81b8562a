/**
 * The first day of the prescription, a contested point named in the law table (issue "[4/8] The
 * law on 1 January 2027", Part A 2; DOMAIN.md §4).
 *
 * Sources: loi 89-462 art. 7-1 (3 years); C. civ. 2228–2229; Cass. 1re civ. 12 Dec 2018,
 * n° 17-25.697 counted the first day (a period that began on 19 June 2008 expired on 18 June 2013
 * at midnight); the classic doctrine does not (one day later); never extended for a weekend or a
 * holiday (Cass. 2e civ. 7 Apr 2016, n° 15-12.960).
 */
import { describe, expect, it } from 'vitest';
import { legalDeadline } from '../../src/calendar';
import { legalParameter, prescribedOn, prescriptionDays, prescriptionReading } from '../../src/law';

describe('the reading of the first day is a named entry of the law table', () => {
  it('applies first-day-counted, names first-day-not-counted, and cites both sources', () => {
    const p = legalParameter('prescription_first_day_reading', '2026-03-01')!;
    expect(p).toMatchObject({
      value: { reading: 'first-day-counted', alternative: 'first-day-not-counted' },
      unit: 'reading',
      validFrom: '2014-03-27',
      clock: 'day-judged',
    });
    expect(p.source).toContain('art. 7-1');
    expect(p.source).toContain('C. civ. 2228–2229');
    expect(p.source).toContain('Cass. 1re civ. 12 Dec 2018, n° 17-25.697');
    expect(p.source).toContain('classic doctrine');
    expect(prescriptionReading('2026-03-01')).toEqual({
      id: 'first-day-counted',
      text: (p.value as { text: string }).text,
      source: p.source,
      alternative: 'first-day-not-counted',
    });
    // Before the table starts, its first version.
    expect(prescriptionReading('2010-01-01').id).toBe('first-day-counted');
  });
});

describe('the first prescribed day under each reading', () => {
  it.each([
    // DOMAIN.md §4: a rent due on 2023-03-01 is prescribed from 2026-03-01 (a Sunday, not moved);
    // not counting the first day, from 2026-03-02.
    ['2023-03-01', '2026-03-01', '2026-03-02'],
    ['2023-11-05', '2026-11-05', '2026-11-06'],
    // A month without the day: CPC 641 counts to its last day.
    ['2024-02-29', '2027-02-28', '2027-03-01'],
    ['2023-12-31', '2026-12-31', '2027-01-01'],
  ])('due %s → prescribed from %s (first day counted), %s (not counted)', (due, counted, notCounted) => {
    expect(prescriptionDays(due)).toEqual({ prescribedOn: counted, otherReadingOn: notCounted });
    expect(prescribedOn(due)).toBe(counted);
  });

  it('counts as Cass. 1re civ. 12 Dec 2018 did: begun 19 June 2008, 5 years expire on 18 June 2013 at midnight', () => {
    // The same counting, on the ruling's own 5-year period: the first day prescribed is the day
    // after the last day of the period.
    expect(legalDeadline('2008-06-19', { months: 60 }, { roll: 'none', zone: 'metropole' })).toBe('2013-06-19');
  });
});
