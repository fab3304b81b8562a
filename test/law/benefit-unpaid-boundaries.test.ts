/**
 * The day a benefit impayé arises, at the edges: the last day judged, the day the next state
 * begins, and the change of rule on 1 January 2027 (CCH R.824-1 before, R.824-2 from décret
 * 2026-84).
 */
import { describe, expect, it } from 'vitest';
import { findBenefitUnpaid, legalParameter, type DebtState } from '../../src/law';
import { money } from '../../src/money';

const cost = money('600.00'); // the 2016 rule: 2 × 600 = 1,200 €
const state = (from: string, debt: string, firstDefaultOn: string | null = null): DebtState => ({
  from,
  debt: money(debt),
  firstDefaultOn,
});
const source2016 = legalParameter('benefit_unpaid', '2026-12-31')!.source;
const source2027 = legalParameter('benefit_unpaid', '2027-01-01')!.source;

describe('findBenefitUnpaid at the edges', () => {
  it('cites the rule of each regime', () => {
    expect(findBenefitUnpaid([state('2026-06-01', '1200.00')], '2026-07-01', cost)).toEqual({
      on: '2026-06-01',
      regime: 'apl-2016',
      basis: source2016,
    });
    expect(findBenefitUnpaid([state('2027-02-01', '450.01')], '2027-03-01', cost)).toEqual({
      on: '2027-02-01',
      regime: 'apl-2027',
      basis: source2027,
    });
  });

  it('judges a state that begins on the last day, and none after it', () => {
    expect(findBenefitUnpaid([state('2027-02-01', '5000.00')], '2027-02-01', cost)?.on).toBe('2027-02-01');
    expect(findBenefitUnpaid([state('2027-02-02', '5000.00')], '2027-02-01', cost)).toBeNull();
  });

  it('ends a state the day before the next one begins, or on the last day judged', () => {
    // Three months after the first default is 10 January; the state ends on the 9th.
    expect(
      findBenefitUnpaid(
        [state('2027-01-05', '100.00', '2026-10-10'), state('2027-01-10', '50.00')],
        '2027-01-10',
        cost,
      ),
    ).toBeNull();
    // The next state begins after the last day judged: the state runs to that day only.
    expect(
      findBenefitUnpaid(
        [state('2027-01-05', '100.00', '2026-10-10'), state('2027-01-20', '100.00', '2026-10-10')],
        '2027-01-08',
        cost,
      ),
    ).toBeNull();
    expect(
      findBenefitUnpaid(
        [state('2027-01-05', '100.00', '2026-10-10'), state('2027-01-20', '100.00', '2026-10-10')],
        '2027-01-10',
        cost,
      )?.on,
    ).toBe('2027-01-10');
  });

  it('judges the 2027 rule from 1 January for a state that began in 2026', () => {
    // 500 € is below the 2016 threshold (1,200 €) and above the 2027 one (450 €).
    expect(
      findBenefitUnpaid([state('2026-12-01', '500.00'), state('2027-01-02', '500.00')], '2027-03-01', cost),
    ).toEqual({ on: '2027-01-01', regime: 'apl-2027', basis: source2027 });
    // 3 months after a first default in June: not before the new rule applies.
    expect(findBenefitUnpaid([state('2026-12-01', '300.00', '2026-06-01')], '2027-02-01', cost)).toEqual({
      on: '2027-01-01',
      regime: 'apl-2027',
      basis: source2027,
    });
  });

  it('never applies the 2016 rule from 1 January 2027', () => {
    expect(findBenefitUnpaid([state('2027-01-01', '1300.00')], '2027-01-31', cost)).toMatchObject({
      on: '2027-01-01',
      regime: 'apl-2027',
    });
  });

  it('needs a first default for the 3-month test', () => {
    expect(findBenefitUnpaid([state('2027-01-01', '300.00')], '2027-12-31', cost)).toBeNull();
  });
});
