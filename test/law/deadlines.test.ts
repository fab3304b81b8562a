import { describe, expect, it } from 'vitest';
import {
  assignationEarliest,
  cafSignalDeadline,
  cureDelay,
  curePeriodEnd,
  expulsionGates,
  guarantorNoticeDeadline,
  prefectNoticeDeadline,
  prescribedOn,
} from '../../src/law';

describe('prefect notice (loi 89-462 art. 24 III; Cass. avis 6 Nov 2025, n° 25-70018)', () => {
  it.each([
    // DOMAIN.md §3 worked example: 42 full days, counted back, never extended.
    ['2025-12-01', '2025-10-19'],
    ['2026-03-02', '2026-01-18'],
    // The first hearings under loi 2023-668.
    ['2023-07-29', '2023-06-16'],
  ])('hearing %s → last day to notify %s, not rolled even on a Sunday', (hearing, last) => {
    const notice = prefectNoticeDeadline(hearing);
    expect(notice.date).toBe(last);
    expect(notice.basis).toMatch(/art\. 24 III/);
  });

  it('uses 2 full months for hearings before 2023-07-29', () => {
    expect(prefectNoticeDeadline('2023-07-28').date).toBe('2023-05-27');
  });
});

describe('assignation gate (loi 89-462 art. 24 II; CCH R.824-30)', () => {
  it.each([
    // DESIGN.md: referral 31 Dec 2026 → ends Sun 28 Feb, rolled to Mon 1 Mar → first day 2 Mar 2027.
    ['2026-12-31', 'metropole', '2027-03-02'],
    // Ends on Tue 2027-03-02: no roll, first day the next day.
    ['2027-01-02', 'metropole', '2027-03-03'],
    // Ends on Sat 2026-08-15 (Assumption), rolled to Mon 17 → 18 Aug.
    ['2026-06-15', 'metropole', '2026-08-18'],
  ] as const)('referral %s in %s → assignation allowed from %s', (referral, zone, first) => {
    expect(assignationEarliest(referral, zone).date).toBe(first);
  });
});

describe('cure delay of a commandement de payer (loi 89-462 art. 24 I; loi 2023-668 art. 10; Cass. avis 13 June 2024)', () => {
  it.each([
    ['2023-07-28', { months: 2 }],
    ['2023-07-29', { weeks: 6 }],
    ['2019-05-01', { months: 2 }],
    ['2024-03-01', { weeks: 6 }],
  ])('lease signed %s → %o', (signed, period) => {
    expect(cureDelay(signed).period).toEqual(period);
  });

  // A 1-month clause no longer keeps its month (issue [4/8], Part A 3): art. 24 I as then in force
  // gave the clause effect only after 2 months; test/law/cure-delay.test.ts has both sides.
  it('keeps the delay written in an older lease, and ignores one in a newer lease', () => {
    expect(cureDelay('2020-01-01', { months: 3 }).period).toEqual({ months: 3 });
    expect(cureDelay('2020-01-01', { months: 1 }).period).toEqual({ months: 2 });
    expect(cureDelay('2024-01-01', { months: 1 }).period).toEqual({ weeks: 6 });
  });

  it.each([
    // A commandement served on 15 Oct on a lease signed in 2024: 6 weeks → Thu 26 Nov 2026.
    ['2026-10-15', { weeks: 6 }, '2026-11-26'],
    // Ends Sat 31 Oct 2026; Sun 1 Nov is a holiday: rolled to Mon 2 Nov (CPC 642).
    ['2026-09-19', { weeks: 6 }, '2026-11-02'],
    // 2 months, CPC 641: 31 Dec → 28 Feb (Sunday in 2027) → Mon 1 Mar.
    ['2026-12-31', { months: 2 }, '2027-03-01'],
  ])('commandement %s + %o → last day to pay %s', (served, period, last) => {
    expect(curePeriodEnd(served, period, 'metropole')).toBe(last);
  });
});

describe('other deadlines', () => {
  it('signals the impayé to the CAF within 2 months, not rolled (CCH R.824-1 to R.824-4)', () => {
    expect(cafSignalDeadline('2026-12-31').date).toBe('2027-02-28');
    expect(cafSignalDeadline('2026-08-15').date).toBe('2026-10-15');
  });

  it('notifies the guarantor within 15 days, not rolled (loi 89-462 art. 24 I)', () => {
    expect(guarantorNoticeDeadline('2026-10-15').date).toBe('2026-10-30');
    expect(guarantorNoticeDeadline('2026-10-17').date).toBe('2026-11-01');
  });

  it('prescribes a due item 3 years after it fell due (loi 89-462 art. 7-1)', () => {
    expect(prescribedOn('2023-11-05')).toBe('2026-11-05');
    expect(prescribedOn('2024-02-29')).toBe('2027-02-28');
  });
});

describe('winter truce on an expulsion (CPCE L.412-1, L.412-6)', () => {
  it.each([
    // The expulsion date falls on 10 Dec: no expulsion before 1 April.
    ['2026-10-09', '2026-12-10', '2027-04-01'],
    // Earliest day 31 Mar: still in the truce.
    ['2027-01-30', '2027-03-31', '2027-04-01'],
    // Earliest day 1 Apr: the truce is over.
    ['2027-01-31', '2027-04-01', null],
    // Earliest day 31 Oct vs 1 Nov.
    ['2026-08-29', '2026-10-30', null],
    ['2026-08-31', '2026-11-03', '2027-04-01'],
  ])('commandement de quitter %s → earliest %s, truce gate %s', (served, earliest, gate) => {
    const gates = expulsionGates(served, 'metropole');
    expect(gates.earliest.date).toBe(earliest);
    expect(gates.truceGate?.date ?? null).toBe(gate);
  });
});
