import { describe, expect, it } from 'vitest';
import { benefitUnpaidRegime, findBenefitUnpaid, type DebtState } from '../../src/law';
import { money } from '../../src/money';

const state = (from: string, debt: string, firstDefaultOn: string | null = from): DebtState => ({
  from,
  debt: money(debt),
  firstDefaultOn,
});

describe('benefit impayé, regime until 2026-12-31 (CCH R.824-1)', () => {
  const cost = money('600.00'); // gross rent + charges, benefit paid to the tenant

  it.each([
    ['1199.99', null],
    ['1200.00', '2026-05-01'], // exactly 2 × housing cost: « au moins égale »
    ['1200.01', '2026-05-01'],
  ])('debt %s against 2 × 600.00 → constituted on %s', (debt, on) => {
    expect(findBenefitUnpaid([state('2026-05-01', debt)], '2026-06-30', cost)?.on ?? null).toBe(on);
  });

  it('uses the housing cost net of the benefit under tiers payant (the caller gives it)', () => {
    // rent + charges 600, APL 230 paid to the landlord: net 370, threshold 740.
    expect(findBenefitUnpaid([state('2026-05-01', '740.00')], '2026-06-30', money('370.00'))?.regime).toBe('apl-2016');
  });

  it('judges each day under its own rule: 500 € is no impayé on 2026-12-31, one on 2027-01-01', () => {
    const states = [state('2026-12-01', '500.00')];
    expect(findBenefitUnpaid(states, '2026-12-31', cost)).toBeNull();
    expect(findBenefitUnpaid(states, '2027-01-02', cost)).toMatchObject({ on: '2027-01-01', regime: 'apl-2027' });
  });

  it('keeps an impayé constituted before 2027 under the 2016 regime', () => {
    const states = [state('2026-12-20', '1300.00'), state('2027-01-10', '300.00', '2026-12-20')];
    expect(findBenefitUnpaid(states, '2027-03-01', cost)).toMatchObject({ on: '2026-12-20', regime: 'apl-2016' });
  });
});

describe('benefit impayé, regime from 2027-01-01 (décret 2026-84)', () => {
  const cost = money('600.00');

  it.each([
    ['450.00', null],
    ['450.01', '2027-02-01'], // « dépasse »: strictly above 450 €
  ])('debt %s → constituted on %s (before 3 months have passed)', (debt, on) => {
    expect(findBenefitUnpaid([state('2027-02-01', debt)], '2027-04-30', cost)?.on ?? null).toBe(on);
  });

  it('arises 3 months after a first default still unpaid, whatever the amount', () => {
    expect(findBenefitUnpaid([state('2027-01-05', '100.00')], '2027-04-04', cost)).toBeNull();
    expect(findBenefitUnpaid([state('2027-01-05', '100.00')], '2027-04-05', cost)).toMatchObject({
      on: '2027-04-05',
      regime: 'apl-2027',
    });
  });

  // Reversed by issue [4/8], Part A 1: the 3 months run from the start of the arrears episode
  // (reading `episode-start`), so paying the first default while a later one remains does not
  // start them again; only clearing the whole debt does.
  it('keeps the 3 months running when the first default is paid and a later one remains', () => {
    const states = [state('2027-01-05', '100.00'), state('2027-03-01', '80.00', '2027-02-05')];
    expect(findBenefitUnpaid(states, '2027-04-04', cost)).toBeNull();
    expect(findBenefitUnpaid(states, '2027-04-05', cost)?.on).toBe('2027-04-05');
  });

  it('starts the 3 months again when the whole debt is cleared', () => {
    const states = [state('2027-01-05', '100.00'), state('2027-02-15', '0.00', null), state('2027-03-01', '80.00')];
    expect(findBenefitUnpaid(states, '2027-05-31', cost)).toBeNull();
    expect(findBenefitUnpaid(states, '2027-06-01', cost)?.on).toBe('2027-06-01');
  });

  it('names the regime by the day judged', () => {
    expect(benefitUnpaidRegime('2026-12-31')).toBe('apl-2016');
    expect(benefitUnpaidRegime('2027-01-01')).toBe('apl-2027');
  });
});
