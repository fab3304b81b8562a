/**
 * The cure delay of a lease signed before 2023-07-29 whose clause résolutoire is shorter than the
 * law of its time (issue "[4/8] The law on 1 January 2027", Part A 3).
 *
 * Sources: loi 89-462 art. 24 I as in force before loi 2023-668 (d'ordre public, art. 2): the
 * clause takes effect only « deux mois après un commandement de payer demeuré infructueux »;
 * Cass., avis 13 June 2024, n° 24-70.002: those leases keep their own delay, within the law of their
 * time (DOMAIN.md §3). Leases signed from 2023-07-29: 6 weeks (loi 2023-668 art. 10).
 *
 * A clause is compared with the 2 months by the day each ends from the commandement (CPC 641,
 * before any CPC 642 roll-forward); without a commandement day, on every day of four years.
 */
import { describe, expect, it } from 'vitest';
import { voiceOf } from '../../src/i18n';
import { cureDelay, curePeriodEnd, legalObligations, legalParameter, type Period } from '../../src/law';

/** The bases pinned below are the English ones. */
const EN = voiceOf('en');

const before2023 = legalParameter('cure_delay', '2022-05-01')!.source;
const since2023 = legalParameter('cure_delay', '2024-01-01')!.source;

describe('a clause shorter than the 2 months of its time gives the 2 months (art. 24 I as then in force)', () => {
  it.each<[string, Period, Period]>([
    // Both sides of the boundary, for a lease signed in 2022.
    ['1 month', { months: 1 }, { months: 2 }],
    ['6 weeks', { weeks: 6 }, { months: 2 }],
    ['59 days (2 months are 59 to 62 days)', { days: 59 }, { months: 2 }],
    ['exactly 2 months', { months: 2 }, { months: 2 }],
    ['2 months and 1 day', { months: 2, days: 1 }, { months: 2, days: 1 }],
    ['3 months', { months: 3 }, { months: 3 }],
    ['9 weeks (63 days, more than any 2 months)', { weeks: 9 }, { weeks: 9 }],
    // 2 months after 1 month end at most 31 days later: 1 month + 31 days is never shorter.
    ['1 month and 31 days', { months: 1, days: 31 }, { months: 1, days: 31 }],
  ])('lease of 2022-05-01 with a clause of %s → %o', (_name, clause, period) => {
    expect(cureDelay('2022-05-01', clause).period).toEqual(period);
  });

  it('says the clause is below the legal minimum of its time, and that a judge may hold it void', () => {
    expect(cureDelay('2022-05-01', { months: 1 }, undefined, EN)).toEqual({
      period: { months: 2 },
      basis: `${before2023}; the delay written in the lease (1 month) is below the legal minimum of its time (2 months, art. 24 I as then in force, d’ordre public): the tenant has the 2 months, and a judge may hold the clause itself void`,
    });
    expect(cureDelay('2022-05-01', { months: 1, days: 10 }, undefined, EN).basis).toContain(
      'the delay written in the lease (1 month 10 days) is below the legal minimum of its time (2 months',
    );
    expect(cureDelay('2022-05-01', { weeks: 6 }, undefined, EN).basis).toContain(
      '(6 weeks) is below the legal minimum',
    );
  });

  it('keeps a clause of 2 months or more, and says it is the lease’s', () => {
    expect(cureDelay('2022-05-01', { months: 2 }, undefined, EN)).toEqual({
      period: { months: 2 },
      basis: `${before2023}; delay written in the lease`,
    });
    expect(cureDelay('2022-05-01', { months: 2, days: 1 }, undefined, EN).basis).toBe(
      `${before2023}; delay written in the lease`,
    );
  });

  it('gives 2 months when the lease has no clause of its own', () => {
    expect(cureDelay('2022-05-01', undefined, undefined, EN)).toEqual({ period: { months: 2 }, basis: before2023 });
  });

  it('the law table says the 2 months were a minimum, d’ordre public, and cites the avis', () => {
    expect(before2023).toContain('d’ordre public, art. 2');
    expect(before2023).toContain('never less than these 2 months');
    expect(before2023).toContain('n° 24-70.002');
  });
});

describe('a clause whose order against 2 months depends on the commandement day', () => {
  it.each<[string, Period, string, Period]>([
    // 60 days from 31 Dec end on 1 Mar, 2 months on 28 Feb: the clause is longer.
    ['60 days', { days: 60 }, '2026-12-31', { days: 60 }],
    // From 1 Jul, 60 days end on 30 Aug, 2 months on 1 Sep: the 2 months.
    ['60 days', { days: 60 }, '2026-07-01', { months: 2 }],
    // 1 month 29 days: from 31 Dec → 31 Jan + 29 = 1 Mar (kept); from 31 Jan → 28 Feb + 29 = 29 Mar < 31 Mar.
    ['1 month 29 days', { months: 1, days: 29 }, '2026-12-31', { months: 1, days: 29 }],
    ['1 month 29 days', { months: 1, days: 29 }, '2027-01-31', { months: 2 }],
    // Equal ends keep the clause: 60 days and 2 months both end on 29 Feb 2028 from 31 Dec 2027.
    ['60 days', { days: 60 }, '2027-12-31', { days: 60 }],
  ])('clause of %s, commandement on %s → %o', (_name, clause, commandementOn, period) => {
    expect(cureDelay('2022-05-01', clause, commandementOn).period).toEqual(period);
  });

  it('without a commandement day, keeps the clause only when it is never shorter, and says so', () => {
    expect(cureDelay('2022-05-01', { days: 60 }, undefined, EN)).toEqual({
      period: { months: 2 },
      basis: `${before2023}; the delay written in the lease (60 days) is below the legal minimum of its time (2 months, art. 24 I as then in force, d’ordre public) for some commandement days: the tenant has the 2 months, and a judge may hold the clause itself void`,
    });
    expect(cureDelay('2022-05-01', { days: 60 }, '2026-07-01', EN).basis).toContain(
      'd’ordre public) for a commandement served on 2026-07-01: the tenant has the 2 months',
    );
  });

  it('a clause shorter on every day names no commandement day', () => {
    expect(cureDelay('2022-05-01', { months: 1 }, '2026-10-15', EN).basis).toContain('d’ordre public): the tenant');
  });
});

describe('leases signed from 2023-07-29: 6 weeks whatever the lease says (loi 2023-668 art. 10)', () => {
  it.each<[string, Period | undefined, Period]>([
    ['2023-07-29', undefined, { weeks: 6 }],
    ['2023-07-29', { months: 1 }, { weeks: 6 }],
    ['2023-07-29', { months: 3 }, { weeks: 6 }],
    ['2024-01-01', { weeks: 4 }, { weeks: 6 }],
    // The day before: the law of its time.
    ['2023-07-28', { months: 1 }, { months: 2 }],
    ['2023-07-28', { weeks: 6 }, { months: 2 }],
  ])('lease signed %s, clause %o → %o', (signedOn, clause, period) => {
    const delay = cureDelay(signedOn, clause, '2026-10-15', EN);
    expect(delay.period).toEqual(period);
    if (signedOn >= '2023-07-29') expect(delay.basis).toBe(since2023);
  });
});

describe('the cure period of an obligation follows (loi 89-462 art. 24 I; CPC 641, 642)', () => {
  const cure = (signedOn: string, cureDelayInLease: Period, commandementOn: string) =>
    legalObligations(
      {
        asOf: commandementOn,
        zone: 'metropole',
        episodeStart: '2026-01-01',
        lease: { signedOn, cureDelay: cureDelayInLease },
        procedure: { commandementOn },
        cafSignal: null,
      },
      EN,
    ).find((o) => o.code === 'cure_period_end')!;

  it.each<[string, Period, string, string]>([
    // A 1-month clause, commandement 15 Oct 2026: 2 months → Tue 15 Dec 2026, not 16 Nov.
    ['1 month', { months: 1 }, '2026-10-15', '2026-12-15'],
    // 61 days from 31 Dec 2026 end on Tue 2 Mar 2027; 2 months on Sun 28 Feb (rolled to 1 Mar).
    ['61 days', { days: 61 }, '2026-12-31', '2027-03-02'],
    // 61 days from 1 Jul 2026 end on Mon 31 Aug; 2 months on Tue 1 Sep.
    ['61 days', { days: 61 }, '2026-07-01', '2026-09-01'],
  ])('clause of %s, commandement %s → last day to pay %s', (_name, clause, commandementOn, end) => {
    const o = cure('2020-01-01', clause, commandementOn);
    expect(o.date).toBe(end);
    expect(o.date).toBe(
      curePeriodEnd(commandementOn, cureDelay('2020-01-01', clause, commandementOn).period, 'metropole'),
    );
  });

  it('the obligation’s basis says the clause is below the legal minimum', () => {
    expect(cure('2020-01-01', { months: 1 }, '2026-10-15').basis).toContain('is below the legal minimum of its time');
    expect(cure('2020-01-01', { months: 3 }, '2026-10-15').basis).toContain('delay written in the lease');
  });
});
