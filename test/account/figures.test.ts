/**
 * The situation's amounts, recomputed in the test with Money (decimal.js) from the raw account:
 * the analysis works in whole cents (JS numbers) and must give the same figures, large amounts
 * included, and the same `too_big` as Money where an amount reaches the limit of 13 digits.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, judgePromises, parseAccount, type Situation } from '../../src/account';
import { ageOn } from '../../src/account/affordability';
import { addMonths, daysBetween } from '../../src/calendar';
import {
  add,
  compare,
  divide,
  isNegative,
  isPositive,
  isZero,
  max,
  money,
  ratio,
  subtract,
  sum,
  type AmountLike,
  type Money,
} from '../../src/money';
import { accountArb } from './arbitraries';
import { baseAccount } from './fixtures';
import { outcome } from '../outcome';

const LARGEST = 10n ** 15n - 1n;

/** Cents written as an amount string. */
function amountOf(cents: bigint): string {
  const negative = cents < 0n;
  const digits = (negative ? -cents : cents).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}

/** Cents of an amount string. */
function centsOf(amount: string): bigint {
  return BigInt(money(amount).amount.replace('.', ''));
}

/** Cents everyday or up to the limit of 13 integer digits. */
const leaseCentsArb = fc.oneof(
  { arbitrary: fc.bigInt({ min: 0n, max: 200_000n }), weight: 3 },
  { arbitrary: fc.bigInt({ min: 0n, max: LARGEST }), weight: 1 },
);

/** The tests' random accounts, with amounts scaled up to the limit and the lease's figures drawn at random. */
const largeAccountArb = fc
  .record({
    account: accountArb,
    scale: fc.constantFrom(1n, 1n, 1_000n, 1_000_000_000n, 10n ** 11n),
    rent: leaseCentsArb,
    rls: fc.option(leaseCentsArb, { nil: undefined }),
    charges: leaseCentsArb,
    resources: leaseCentsArb,
    benefit: leaseCentsArb,
    members: fc.array(fc.integer({ min: 0, max: 90 }), { maxLength: 5 }),
    deposit: fc.option(leaseCentsArb, { nil: undefined }),
    endedOn: fc.option(fc.constantFrom('2025-06-30', '2026-10-01'), { nil: undefined }),
    recevableOn: fc.option(fc.constantFrom('2024-06-01', '2025-06-30', '2026-02-01'), { nil: undefined }),
    plan: fc.option(
      fc.record({
        debt: leaseCentsArb,
        instalments: fc.array(fc.tuple(fc.integer({ min: 0, max: 30 }), leaseCentsArb), { minLength: 1, maxLength: 6 }),
      }),
      { nil: undefined },
    ),
  })
  .map((x) => {
    const a = structuredClone(x.account);
    for (const p of a.ledger) {
      const scaled = centsOf(p.amount) * x.scale;
      const limited = scaled > LARGEST ? LARGEST : scaled < -LARGEST ? -LARGEST : scaled;
      p.amount = amountOf(limited);
    }
    a.lease = {
      ...a.lease,
      rent: amountOf(x.rent),
      charges: amountOf(x.charges),
      ...(x.rls === undefined ? {} : { rls: amountOf(x.rls) }),
      ...(x.deposit === undefined ? {} : { securityDeposit: amountOf(x.deposit) }),
      ...(x.endedOn === undefined ? {} : { endedOn: x.endedOn }),
    };
    a.household = {
      monthlyResources: amountOf(x.resources),
      ...(x.members.length === 0 ? {} : { members: x.members.map((age) => ({ age })) }),
    };
    if (a.housingBenefit !== undefined) a.housingBenefit = { ...a.housingBenefit, monthlyAmount: amountOf(x.benefit) };
    if (x.recevableOn !== undefined) a.procedure = { ...a.procedure, surendettementRecevableOn: x.recevableOn };
    if (x.plan !== undefined) {
      a.repaymentPlan = {
        kind: 'amicable',
        agreedOn: '2025-01-10',
        debt: amountOf(x.plan.debt),
        instalments: x.plan.instalments.map(([m, cents]) => ({
          dueOn: new Date(Date.UTC(2025, 1 + m, 5)).toISOString().slice(0, 10),
          amount: amountOf(cents),
        })),
      };
    }
    return a;
  });

const asOfArb = fc.constantFrom('2024-06-15', '2025-12-31', '2026-11-23', '2027-03-01', '2029-06-30');

const OWED = new Set(['rent', 'charges', 'charges-regularisation', 'payment-reversal']);
const total = (amounts: Iterable<AmountLike>): string => sum(amounts).amount;

/**
 * The figures of a situation, recomputed with Money from the raw account and the situation's own
 * lists (which items are unpaid, their prescription days): every sum, difference, ratio and
 * division of the analysis, each with the rounding mode the situation documents.
 */
function moneyFigures(a: Record<string, any>, asOf: string, s: Situation): Record<string, unknown> {
  // Debts count as they are; payments, benefits and a negative adjustment lower the balance.
  const signed = a.ledger
    .filter((p: any) => p.date <= asOf)
    .map((p: any) => {
      const amount = money(p.amount);
      const owed = OWED.has(p.kind) || (p.kind === 'adjustment' && isPositive(amount));
      return owed || isNegative(amount) ? amount : subtract('0', amount);
    });
  const balance = sum(signed);
  const arrears = isPositive(balance) ? balance : money('0');
  const lease = a.lease;
  const rent = max(subtract(lease.rent, lease.rls ?? '0'), '0');
  const gross = add(rent, lease.charges);
  const hb = a.housingBenefit;
  const benefit =
    hb !== undefined && (hb.stoppedOn == null || hb.stoppedOn > asOf) ? money(hb.monthlyAmount) : money('0');
  const residual = max(subtract(gross, benefit), '0');
  const resources = money(a.household.monthlyResources);
  const units = s.affordability.consumptionUnits;
  const unpaid = s.unpaidItems;
  const inMonths = (debt: Money) => (isPositive(gross) ? divide(debt, gross.amount, 'down').amount : '0.00');
  const figures: Record<string, unknown> = {
    balance: balance.amount,
    arrears: arrears.amount,
    credit: isPositive(balance) ? '0.00' : subtract('0', balance).amount,
    unpaidTotal: total(unpaid.map((i) => i.remaining)),
    ageingTotal: total(Object.values(s.ageing)),
    prescribedAmount: total(unpaid.filter((i) => i.prescribedOn <= asOf).map((i) => i.remaining)),
    regularisation: total(unpaid.filter((i) => i.kind === 'charges-regularisation').map((i) => i.remaining)),
    ageDays: unpaid.map((i) => daysBetween(i.date, asOf)),
    debtInMonthsOfRent: inMonths(arrears),
    affordability: {
      resources: resources.amount,
      rent: rent.amount,
      charges: money(lease.charges).amount,
      housingBenefit: benefit.amount,
      residualRent: residual.amount,
      effortRateNet: isPositive(resources) ? ratio(residual, resources) : null,
      effortRateGross: isPositive(resources) ? ratio(gross, resources) : null,
      consumptionUnits: units,
      resteAVivrePerUnit: divide(subtract(resources, residual), units, 'floor').amount,
    },
    surendettement: {
      total: add(s.surendettement.frozenDebt, s.surendettement.currentDebt).amount,
      inMonths: inMonths(money(s.surendettement.currentDebt)),
    },
  };
  if (s.departure !== null) {
    const held = s.departure.depositHeld;
    figures.departure = {
      debtAfterDeposit: max('0', subtract(arrears, held)).amount,
      refundDue: max('0', subtract(held, arrears)).amount,
    };
  }
  if (a.repaymentPlan !== undefined) {
    let scheduled = money(a.repaymentPlan.debt);
    for (const i of a.repaymentPlan.instalments) if (i.dueOn <= asOf) scheduled = subtract(scheduled, i.amount);
    figures.scheduledRemaining = (compare(scheduled, '0') < 0 ? money('0') : scheduled).amount;
  }
  return figures;
}

/** The same figures as the situation gives them. */
function situationFigures(a: Record<string, any>, s: Situation): Record<string, unknown> {
  const figures: Record<string, unknown> = {
    balance: s.balance,
    arrears: s.arrears,
    credit: s.credit,
    unpaidTotal: s.arrears,
    ageingTotal: s.arrears,
    prescribedAmount: s.prescribedAmount,
    regularisation: s.earlySigns.chargesRegularisationDebt,
    ageDays: s.unpaidItems.map((i) => i.ageDays),
    debtInMonthsOfRent: s.debtInMonthsOfRent,
    affordability: s.affordability,
    surendettement: { total: s.arrears, inMonths: s.surendettement.currentDebtInMonthsOfRent },
  };
  if (s.departure !== null) {
    figures.departure = { debtAfterDeposit: s.departure.debtAfterDeposit, refundDue: s.departure.refundDue };
  }
  if (a.repaymentPlan !== undefined) figures.scheduledRemaining = s.plan!.scheduledRemaining;
  return figures;
}

describe('analyze in whole cents: the figures Money gives', () => {
  it('gives every amount, ratio and division as Money recomputes it, up to 13-digit amounts', () => {
    let analysed = 0;
    fc.assert(
      fc.property(largeAccountArb, asOfArb, (a, asOf) => {
        const result = outcome(() => analyze(a, { asOf }));
        if ('issues' in result) {
          // Only an amount at the limit stops the analysis, as it stops Money.
          expect(result.issues.map((i) => i.code)).toEqual(['too_big']);
          return;
        }
        analysed++;
        const s = result.value;
        expect(situationFigures(a, s)).toEqual(moneyFigures(a, asOf, s));
        for (const item of s.unpaidItems) expect(isZero(item.remaining)).toBe(false);
      }),
      { numRuns: 400 },
    );
    expect(analysed).toBeGreaterThan(200);
  });

  it('writes every amount in the normal form of Money', () => {
    fc.assert(
      fc.property(largeAccountArb, asOfArb, (a, asOf) => {
        const result = outcome(() => analyze(a, { asOf }));
        if ('issues' in result) return;
        const s = result.value;
        const amounts = [
          s.balance,
          s.arrears,
          s.credit,
          s.prescribedAmount,
          s.prescription.contestedAmount,
          ...Object.values(s.ageing),
          ...s.unpaidItems.flatMap((i) => [i.amount, i.remaining]),
          s.surendettement.frozenDebt,
          s.surendettement.currentDebt,
          s.earlySigns.chargesRegularisationDebt,
          ...(s.housingBenefit === null ? [] : [s.housingBenefit.monthlyAmount]),
        ];
        for (const amount of amounts) expect(money(amount).amount).toBe(amount);
      }),
      { numRuns: 200 },
    );
  });
});

describe('analyze in whole cents: the amounts beyond the limit', () => {
  const MAX = '9999999999999.99';
  const month = (m: number) => `2025-${String(m).padStart(2, '0')}-01`;
  const day = (d: number) => `2025-01-${String(d).padStart(2, '0')}`;
  const tooBig = (account: Record<string, any>) => {
    const result = outcome(() => analyze(account, { asOf: '2026-11-23' }));
    return 'issues' in result ? result.issues.map(({ code, path, received }) => ({ code, path, received })) : result;
  };

  // Each error below is the one the analysis gave when it worked in Money (checked against it by hand).
  it.each([
    [
      'an end-of-day balance: the first one at the limit',
      { ledger: Array.from({ length: 10 }, (_, m) => ({ date: month(m + 1), kind: 'rent', amount: MAX })) },
      '19999999999999.98',
    ],
    [
      'an end-of-day balance at the limit, even when the debt later comes down',
      {
        ledger: [
          { date: month(1), kind: 'rent', amount: MAX },
          { date: month(2), kind: 'rent', amount: MAX },
          { date: month(3), kind: 'payment', amount: MAX },
        ],
      },
      '19999999999999.98',
    ],
    [
      'the total paid, with sums beyond the safe integers',
      {
        ledger: Array.from({ length: 20 }, (_, d) => [
          { date: day(d + 1), kind: 'rent', amount: MAX },
          { date: day(d + 1), kind: 'payment', amount: MAX },
        ]).flat(),
      },
      '199999999999999.80',
    ],
    [
      'the gross housing cost',
      { lease: { ...baseAccount().lease, rent: '9999999999999.00', charges: '1.00' } },
      '10000000000000.00',
    ],
    [
      'the debt in months of rent',
      {
        lease: { ...baseAccount().lease, rent: '0.01', charges: '0.00' },
        ledger: [{ date: '2025-01-01', kind: 'rent', amount: '100000000000.00' }],
      },
      '10000000000000.00',
    ],
    [
      'the plan’s remaining debt',
      {
        repaymentPlan: {
          kind: 'amicable',
          agreedOn: '2025-01-10',
          debt: '0.00',
          instalments: [
            { dueOn: '2025-02-05', amount: MAX },
            { dueOn: '2025-03-05', amount: MAX },
          ],
        },
      },
      '-19999999999999.98',
    ],
  ])('refuses %s with too_big', (_, overrides, received) => {
    expect(tooBig({ ...baseAccount(), ...overrides })).toEqual([{ code: 'too_big', path: [], received }]);
  });
});

describe('ageOn', () => {
  it('is the whole years from the birth date, as addMonths counts them', () => {
    const dateArb = fc
      .integer({ min: 0, max: 200 * 366 })
      .map((n) => new Date(Date.UTC(1900, 0, 1 + n)).toISOString().slice(0, 10))
      .filter((d) => d <= '2200-12-31');
    fc.assert(
      fc.property(dateArb, dateArb, (birthDate, on) => {
        let years = Number(on.slice(0, 4)) - Number(birthDate.slice(0, 4));
        if (addMonths(birthDate, years * 12) > on) years--;
        expect(ageOn({ birthDate }, on)).toBe(Math.max(0, years));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['2000-02-29', '2026-02-28', 26],
    ['2000-02-29', '2028-02-28', 27],
    ['2000-02-29', '2028-02-29', 28],
    ['2000-03-01', '2026-02-28', 25],
    ['2030-01-01', '2026-11-23', 0],
  ])('born %s, on %s, is %i', (birthDate, on, age) => {
    expect(ageOn({ birthDate }, on)).toBe(age);
  });
});

describe('judgePromises in whole cents', () => {
  it('keeps a promise of 13 integer digits paid in full, and writes what was paid exactly', () => {
    const a = {
      ...baseAccount(),
      ledger: [
        { date: '2026-11-20', kind: 'payment', amount: '9999999999999.98' },
        { date: '2026-11-21', kind: 'payment', amount: '0.01' },
      ],
      promises: [{ madeOn: '2026-11-16', dueOn: '2026-11-30', amount: '9999999999999.99' }],
    };
    const [state] = judgePromises(parseAccount(a), '2026-12-10', { graceDays: 3, shortfall: '0.00' });
    expect(state).toMatchObject({ status: 'kept', paid: '9999999999999.99', keptOn: '2026-11-21' });
  });
});
