import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/account';
import { generateDemoPortfolio } from '../../src/demo';
import { portfolioKpis } from '../../src/portfolio';

const asOf = '2026-11-23';

/** Three tenancies whose indicators are computed by hand below. */
const portfolio = [
  {
    // Current tenant in Seine-Saint-Denis: 400 owed before the period, 400 billed in it, 600 paid.
    id: 'A',
    lease: { signedOn: '2020-01-01', department: '93', rent: '400.00', charges: '0.00' },
    household: { monthlyResources: '1500.00' },
    ledger: [
      { date: '2025-10-01', kind: 'rent', amount: '400.00' },
      { date: '2026-01-01', kind: 'rent', amount: '400.00' },
      { date: '2026-02-01', kind: 'payment', amount: '600.00' },
    ],
    repaymentPlan: {
      kind: 'amicable',
      agreedOn: '2026-01-15',
      debt: '600.00',
      instalments: [
        { dueOn: '2026-02-01', amount: '300.00' },
        { dueOn: '2026-12-01', amount: '300.00' },
      ],
    },
    procedure: { cafSignalledOn: '2026-03-01' },
  },
  {
    // Departed tenant in the Nord: 600 billed, 100 paid.
    id: 'B',
    lease: { signedOn: '2021-01-01', department: '59', rent: '300.00', charges: '0.00', endedOn: '2026-06-30' },
    household: { monthlyResources: '900.00' },
    ledger: [
      { date: '2026-03-01', kind: 'rent', amount: '300.00' },
      { date: '2026-04-01', kind: 'rent', amount: '300.00' },
      { date: '2026-04-10', kind: 'payment', amount: '100.00' },
    ],
  },
  {
    // Current tenant in credit: a commandement on file does not count, nothing is owed.
    id: 'C',
    lease: { signedOn: '2022-01-01', department: '93', rent: '500.00', charges: '100.00' },
    household: { monthlyResources: '2500.00' },
    ledger: [
      { date: '2026-09-01', kind: 'rent', amount: '500.00' },
      { date: '2026-09-01', kind: 'charges', amount: '100.00' },
      { date: '2026-09-03', kind: 'payment', amount: '600.00' },
      { date: '2026-10-01', kind: 'payment', amount: '50.00' },
    ],
    procedure: { commandementOn: '2026-05-01' },
  },
];

describe('portfolioKpis on a portfolio computed by hand', () => {
  it('gives billing, receivables, collections and the rates of DOMAIN.md §6', async () => {
    const k = await portfolioKpis([...portfolio, { id: 'broken' }], { asOf });
    expect(k.period).toEqual({ from: '2025-11-23', to: asOf });
    expect(k).toMatchObject({ accounts: 4, errors: 1 });
    // Billing 400 + 600 + 600; receivables 200 + 500 + 0; 400 owed at the start (A).
    expect(k.billing).toBe('1600.00');
    expect(k.receivables).toBe('700.00');
    expect(k.receivablesAtStart).toBe('400.00');
    // Collections = 1600 − (700 − 400) = 1300.
    expect(k.collections).toBe('1300.00');
    expect(k.recoveryRate).toBe('0.8125');
    expect(k.arrearsRate).toBe('0.4375');
    // 700 ÷ (1600 ÷ 12) = 5.25 months; 700 ÷ 1600 × 365 = 159.6875 days.
    expect(k.debtInMonthsOfBilling).toBe('5.25');
    expect(k.averagePaymentDelayDays).toBe('159.7');
  });

  it('ages the receivables and splits current and departed tenants and departments', async () => {
    const k = await portfolioKpis(portfolio, { asOf });
    // A: 200 left of the rent of 1 Jan; B: 200 of 1 Mar and 300 of 1 Apr: all 6 to 12 months old.
    expect(k.ageing).toEqual({ '0-1': '0.00', '1-3': '0.00', '3-6': '0.00', '6-12': '700.00', '12+': '0.00' });
    expect(k.tenancies.current).toEqual({
      accounts: 2,
      inArrears: 1,
      billing: '1000.00',
      receivables: '200.00',
      arrearsRate: '0.2000',
    });
    expect(k.tenancies.departed).toEqual({
      accounts: 1,
      inArrears: 1,
      billing: '600.00',
      receivables: '500.00',
      arrearsRate: '0.8333',
    });
    expect(Object.keys(k.byDepartment)).toEqual(['59', '93']);
    expect(k.byDepartment['93']).toEqual(k.tenancies.current);
    expect(k.procedure).toEqual({ cafSignalled: 1, ccapexReferred: 0, commandement: 0, assignation: 0 });
    expect(k.plans).toEqual({ active: 1, kept: 1 });
    expect(Object.values(k.byLevel).reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('has no rate without billing, and never NaN', async () => {
    const k = await portfolioKpis([], { asOf });
    expect(k).toMatchObject({
      accounts: 0,
      billing: '0.00',
      recoveryRate: null,
      arrearsRate: null,
      averagePaymentDelayDays: null,
    });
  });

  it('agrees with analyze on the receivables and the ageing of a generated portfolio', async () => {
    const accounts = [...generateDemoPortfolio({ count: 300, asOf })];
    const k = await portfolioKpis(accounts, { asOf });
    let cents = 0n;
    for (const a of accounts) cents += BigInt(analyze(a, { asOf }).arrears.replace('.', ''));
    expect(BigInt(k.receivables.replace('.', ''))).toBe(cents);
    const aged = Object.values(k.ageing).reduce((s, v) => s + BigInt(v.replace('.', '')), 0n);
    expect(aged).toBe(cents);
    expect(k.tenancies.current.accounts + k.tenancies.departed.accounts).toBe(300);
  });
});
