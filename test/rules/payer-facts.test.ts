/**
 * The facts of the payer's procedure a policy can use (issue "[4/8]", part B): the aid the CAF/MSA
 * may keep when the tenant pays at least half of the residual rent (CCH R.824-28, « peut »), the
 * plan it asked for (R.824-7 1°) and its offer of tiers payant (R.824-20).
 */
import { describe, expect, it } from 'vitest';
import { analyze, parseAccount } from '../../src/account';
import { FACTS } from '../../src/rules';

function fact(name: string, raw: object, asOf: string) {
  const account = parseAccount(raw);
  const situation = analyze(account, { asOf });
  return FACTS[name]!.get({ account, situation, maxSustainableInstalment: null });
}

/** Rent 550 + charges 50, APL 500 to the landlord: a residual rent of 100 €; nothing paid since October. */
function account(extra: object = {}) {
  const ledger: object[] = [];
  for (const m of ['09', '10', '11']) {
    ledger.push(
      { date: `2026-${m}-01`, kind: 'rent', amount: '550.00' },
      { date: `2026-${m}-01`, kind: 'charges', amount: '50.00' },
      { date: `2026-${m}-01`, kind: 'benefit', amount: '500.00' },
    );
  }
  return {
    id: 'F-1',
    lease: { signedOn: '2020-01-01', department: '75', rent: '550.00', charges: '50.00' },
    household: { monthlyResources: '1300.00' },
    housingBenefit: { kind: 'APL', monthlyAmount: '500.00', paidTo: 'landlord' },
    ledger,
    procedure: { cafSignalledOn: '2026-10-20' },
    ...extra,
  };
}

describe('paidHalfResidualRent (CCH R.824-28)', () => {
  it.each([
    ['50,00 € paid within the 30 days: half of the 100 € residual rent', '2026-10-25', '50.00', true],
    ['49,99 €: less than half', '2026-10-25', '49.99', false],
    ['50,00 € paid 30 days before: still inside the window', '2026-10-25', '50.00', true],
    ['50,00 € paid 31 days before: outside it', '2026-10-24', '50.00', false],
  ])('%s', (_, date, amount, expected) => {
    const a = account();
    a.ledger.push({ date, kind: 'payment', amount });
    expect(fact('paidHalfResidualRent', a, '2026-11-23')).toBe(expected);
  });
});

describe('the payer’s requests', () => {
  it('a plan asked for on 2026-10-28: due by 2027-04-28, 156 days left on 2026-11-23', () => {
    const a = account({ payerEvents: [{ date: '2026-10-28', kind: 'plan-requested' }] });
    expect(fact('payerPlanDue', a, '2026-11-23')).toBe(true);
    expect(fact('daysToPayerPlanDeadline', a, '2026-11-23')).toBe(156);
    const sent = account({
      payerEvents: [
        { date: '2026-10-28', kind: 'plan-requested' },
        { date: '2026-11-20', kind: 'plan-sent' },
      ],
    });
    expect(fact('payerPlanDue', sent, '2026-11-23')).toBe(false);
  });

  it('a tiers-payant offer unanswered is due; answered, it is not', () => {
    const offered = account({ payerEvents: [{ date: '2026-11-02', kind: 'tiers-payant-offered' }] });
    expect(fact('tiersPayantAnswerDue', offered, '2026-11-23')).toBe(true);
    const answered = account({
      payerEvents: [
        { date: '2026-11-02', kind: 'tiers-payant-offered' },
        { date: '2026-11-10', kind: 'tiers-payant-answered' },
      ],
    });
    expect(fact('tiersPayantAnswerDue', answered, '2026-11-23')).toBe(false);
  });

  it('the regime follows the day of the signal', () => {
    expect(fact('payerRegime', account(), '2026-11-23')).toBe('apl-2016');
    expect(fact('payerRegime', account({ procedure: {} }), '2026-11-23')).toBe('none');
  });
});
