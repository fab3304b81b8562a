/**
 * The 2027 time branch of the benefit impayé on real ledgers: the 3 months run from
 * `arrearsSince`, the start of the arrears episode, and the situation names the reading
 * (issue "[4/8] The law on 1 January 2027", Part A 1; CCH R.824-2 as amended by décret n° 2026-84,
 * DOMAIN.md §1; the consolidated text was not read).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/account';
import { appliedReading } from '../../src/law';
import { baseAccount } from './fixtures';

/** Tiers payant: rent 500 + charges 100 = 600 €, APL 500 € paid to the landlord, tenant pays nothing. */
function tiersPayant(dates: readonly string[], extra: Record<string, unknown>[] = []): Record<string, any> {
  const a = baseAccount();
  a.housingBenefit = { kind: 'APL', monthlyAmount: '500.00', paidTo: 'landlord' };
  a.ledger = [
    ...dates.flatMap((date) => [
      { date, kind: 'rent', amount: '500.00' },
      { date, kind: 'charges', amount: '100.00' },
      { date, kind: 'benefit', amount: '500.00' },
    ]),
    ...extra,
  ];
  return a;
}

const episodeStart = appliedReading('benefit_unpaid_time_reading', '2027-01-01')!;

describe('analyze: the 2027 time branch from the start of the episode (worked examples)', () => {
  it('residual 100 €/month unpaid from 2027-02-01 → impayé on 2027-05-01, signal by 2027-07-01', () => {
    const a = tiersPayant(['2027-02-01', '2027-03-01', '2027-04-01', '2027-05-01']);
    const before = analyze(a, { asOf: '2027-04-30' });
    expect(before.benefitUnpaid).toMatchObject({ applies: true, constituted: false, branch: null, reading: null });
    // In English: the reading pinned below is the law table's own text.
    const s = analyze(a, { asOf: '2027-05-01', locale: 'en' });
    expect(s.arrears).toBe('400.00');
    // The oldest unpaid item moved forward with each month's benefit; the episode did not.
    expect(s.firstDefaultOn).toBe('2027-05-01');
    expect(s.arrearsSince).toBe('2027-02-01');
    expect(s.benefitUnpaid).toEqual({
      applies: true,
      constituted: true,
      since: '2027-05-01',
      regime: 'apl-2027',
      branch: 'three-months-unpaid',
      signalDeadline: '2027-07-01',
      basis: expect.stringContaining('CCH R.824-2'),
      reading: episodeStart,
    });
    expect(s.benefitUnpaid.reading).toMatchObject({ id: 'episode-start', alternative: 'oldest-unpaid-item' });
    expect(s.obligations.find((o) => o.code === 'caf_signal')).toMatchObject({
      date: '2027-07-01',
      status: 'upcoming',
    });
  });

  it('unpaid from 2027-03-31, rent due at month end → impayé on 2027-06-30, signal by 2027-08-30', () => {
    const a = tiersPayant(['2027-03-31', '2027-04-30', '2027-05-31', '2027-06-30']);
    a.lease.dueDay = 31;
    expect(analyze(a, { asOf: '2027-06-29' }).benefitUnpaid.constituted).toBe(false);
    expect(analyze(a, { asOf: '2027-06-30' }).benefitUnpaid).toMatchObject({
      since: '2027-06-30',
      branch: 'three-months-unpaid',
      signalDeadline: '2027-08-30',
    });
  });

  it('a debt cleared on 2027-02-15 and a new default on 2027-03-01 → impayé on 2027-06-01', () => {
    const months = ['2027-01-01', '2027-02-01', '2027-03-01', '2027-04-01', '2027-05-01', '2027-06-01'];
    const a = tiersPayant(months, [{ date: '2027-02-15', kind: 'payment', amount: '200.00' }]);
    expect(analyze(a, { asOf: '2027-05-31' }).benefitUnpaid.constituted).toBe(false);
    const s = analyze(a, { asOf: '2027-06-01', locale: 'en' });
    expect(s.arrearsSince).toBe('2027-03-01');
    expect(s.benefitUnpaid).toMatchObject({ since: '2027-06-01', signalDeadline: '2027-08-01', reading: episodeStart });
    // One cent short of clearing: the episode from January goes on, the impayé arose on 1 April.
    const short = tiersPayant(months, [{ date: '2027-02-15', kind: 'payment', amount: '199.99' }]);
    expect(analyze(short, { asOf: '2027-06-01' })).toMatchObject({
      arrearsSince: '2027-01-01',
      benefitUnpaid: { since: '2027-04-01', branch: 'three-months-unpaid' },
    });
  });

  it('names the 450 € branch, which rests on no reading', () => {
    const a = baseAccount();
    a.housingBenefit = { kind: 'APL', monthlyAmount: '200.00', paidTo: 'tenant' };
    a.ledger = [{ date: '2027-02-01', kind: 'rent', amount: '450.01' }];
    expect(analyze(a, { asOf: '2027-02-01' }).benefitUnpaid).toMatchObject({
      since: '2027-02-01',
      regime: 'apl-2027',
      branch: 'debt-above-450',
      reading: null,
    });
  });

  it('keeps the 2016 regime unchanged, and names its branch', () => {
    // Tiers payant, 100 € residual a month: 2 × 100 € reached on 2026-12-01 (CCH R.824-1).
    const s = analyze(tiersPayant(['2026-11-01', '2026-12-01']), { asOf: '2026-12-15' });
    expect(s.benefitUnpaid).toMatchObject({
      since: '2026-12-01',
      regime: 'apl-2016',
      branch: 'two-months-of-housing-cost',
      signalDeadline: '2027-02-01',
      reading: null,
    });
  });
});
