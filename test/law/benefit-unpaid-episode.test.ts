/**
 * The 2027 time branch of the benefit impayé, read from the start of the arrears episode
 * (issue "[4/8] The law on 1 January 2027", Part A 1).
 *
 * Source: CCH R.824-2 as amended by décret n° 2026-84 of 12 Feb 2026 (DOMAIN.md §1, read via
 * secondary sources): the impayé exists « trois mois après un premier défaut de paiement constaté
 * par le bailleur » while still unpaid. The consolidated text was not read: the law table names
 * the reading applied (`episode-start`) and the one set aside (`oldest-unpaid-item`).
 */
import { describe, expect, it } from 'vitest';
import { appliedReading, cafSignalDeadline, findBenefitUnpaid, legalParameter, type DebtState } from '../../src/law';
import { voiceOf } from '../../src/i18n';
import { money } from '../../src/money';

const state = (from: string, debt: string, firstDefaultOn: string | null = from): DebtState => ({
  from,
  debt: money(debt),
  firstDefaultOn,
});
// Tiers payant: rent + charges 600 €, benefit 500 € paid to the landlord, so a residual of 100 €;
// the 2016 rule would compare with 2 × 100 €, but only 2027 days are judged here.
const residual = money('100.00');

describe('the reading of the 2027 time branch is a named entry of the law table', () => {
  it('applies episode-start from 2027-01-01, names oldest-unpaid-item, and says the consolidated text was not read', () => {
    const p = legalParameter('benefit_unpaid_time_reading', '2027-01-01')!;
    expect(p).toMatchObject({
      value: { reading: 'episode-start', alternative: 'oldest-unpaid-item' },
      unit: 'reading',
      validFrom: '2027-01-01',
      clock: 'day-judged',
    });
    expect(p.source).toContain('décret 2026-84');
    expect(p.source).toContain('« trois mois après un premier défaut de paiement constaté par le bailleur »');
    expect(p.source).toContain('the consolidated text was not read');
    expect(p.source).toContain('oldest-unpaid-item');
    expect(legalParameter('benefit_unpaid_time_reading', '2026-12-31')).toBeUndefined();
    expect(appliedReading('benefit_unpaid_time_reading', '2027-05-01')).toEqual({
      id: 'episode-start',
      text: (p.value as { text: string }).text,
      source: p.source,
      alternative: 'oldest-unpaid-item',
    });
  });
});

describe('the 3 months run from the start of the arrears episode (worked examples, issue [4/8] Part A 1)', () => {
  // 100 € a month left unpaid from 2027-02-01: each month's benefit settles the oldest residual,
  // so the oldest unpaid item moves forward every month (the states the ledger gives).
  const fromFebruary = [
    state('2027-02-01', '100.00', '2027-02-01'),
    state('2027-03-01', '200.00', '2027-03-01'),
    state('2027-04-01', '300.00', '2027-04-01'),
    state('2027-05-01', '400.00', '2027-05-01'),
  ];

  it('residual 100 €/month unpaid from 2027-02-01 → impayé on 2027-05-01 (400 €, under 450 €), signal by 2027-07-01', () => {
    expect(findBenefitUnpaid(fromFebruary, '2027-04-30', residual)).toBeNull();
    // In English: the reading pinned below is the law table's own text.
    const c = findBenefitUnpaid(fromFebruary, '2027-05-01', residual, voiceOf('en'))!;
    expect(c).toMatchObject({ on: '2027-05-01', regime: 'apl-2027', branch: 'three-months-unpaid' });
    expect(c.reading).toEqual(appliedReading('benefit_unpaid_time_reading', '2027-05-01'));
    expect(cafSignalDeadline(c.on).date).toBe('2027-07-01');
  });

  it('unpaid from 2027-03-31, rent due at month end → the 3 months end on 2027-06-30 (June has no 31st), signal by 2027-08-30', () => {
    const monthEnd = [
      state('2027-03-31', '100.00', '2027-03-31'),
      state('2027-04-30', '200.00', '2027-04-30'),
      state('2027-05-31', '300.00', '2027-05-31'),
      state('2027-06-30', '400.00', '2027-06-30'),
    ];
    expect(findBenefitUnpaid(monthEnd, '2027-06-29', residual)).toBeNull();
    const c = findBenefitUnpaid(monthEnd, '2027-06-30', residual)!;
    expect(c).toMatchObject({ on: '2027-06-30', branch: 'three-months-unpaid' });
    expect(cafSignalDeadline(c.on).date).toBe('2027-08-30');
  });

  it('a debt cleared on 2027-02-15 and a new default on 2027-03-01 → impayé on 2027-06-01', () => {
    const states = [
      state('2027-01-01', '100.00'),
      state('2027-02-01', '200.00', '2027-02-01'),
      state('2027-02-15', '0.00', null),
      state('2027-03-01', '100.00'),
      state('2027-04-01', '200.00', '2027-04-01'),
      state('2027-05-01', '300.00', '2027-05-01'),
      state('2027-06-01', '400.00', '2027-06-01'),
    ];
    expect(findBenefitUnpaid(states, '2027-05-31', residual)).toBeNull();
    expect(findBenefitUnpaid(states, '2027-06-01', residual)?.on).toBe('2027-06-01');
  });

  it('an impayé found in an episode ends when the debt is cleared; the next episode is judged afresh', () => {
    const states = [state('2027-01-01', '100.00'), state('2027-04-15', '0.00', null), state('2027-05-01', '100.00')];
    expect(findBenefitUnpaid(states, '2027-04-14', residual)?.on).toBe('2027-04-01');
    expect(findBenefitUnpaid(states, '2027-04-15', residual)).toBeNull();
    expect(findBenefitUnpaid(states, '2027-07-31', residual)).toBeNull();
    expect(findBenefitUnpaid(states, '2027-08-01', residual)?.on).toBe('2027-08-01');
  });

  it('a debt paid down to one cent is not cleared: the episode, and its 3 months, go on', () => {
    const states = [
      state('2027-01-01', '100.00'),
      state('2027-02-15', '0.01', '2027-02-01'),
      state('2027-03-01', '100.01'),
    ];
    expect(findBenefitUnpaid(states, '2027-04-01', residual)?.on).toBe('2027-04-01');
  });

  it('names the 450 € branch, which rests on no reading, and prefers it on a tie with the time branch', () => {
    expect(findBenefitUnpaid([state('2027-02-01', '450.01')], '2027-02-01', residual)).toMatchObject({
      branch: 'debt-above-450',
      reading: null,
    });
    // An episode from October 2026 reaches 3 months on 1 January 2027, the day its 500 € is judged
    // by the 2027 rule: both branches hold that day; the one that needs no reading is named.
    expect(findBenefitUnpaid([state('2026-10-01', '500.00')], '2027-01-01', money('600.00'))).toMatchObject({
      on: '2027-01-01',
      branch: 'debt-above-450',
      reading: null,
    });
  });

  it('keeps the 2016 regime as it was: no reading, branch two-months-of-housing-cost', () => {
    // Tiers payant, 100 € residual: 2 × 100 € reached on 2026-12-01.
    expect(
      findBenefitUnpaid([state('2026-11-01', '100.00'), state('2026-12-01', '200.00')], '2027-03-01', residual),
    ).toMatchObject({ on: '2026-12-01', regime: 'apl-2016', branch: 'two-months-of-housing-cost', reading: null });
  });
});
