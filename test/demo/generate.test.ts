import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, safeParseAccount, type AccountInput } from '../../src/account';
import { ValidationError } from '../../src/errors';
import { portfolioSize } from '../runs';
import { DEMO_DEFAULT_AS_OF, DEMO_DEFAULT_SEED, generateDemoAccount, generateDemoPortfolio } from '../../src/demo';

const asOf = '2026-11-23';
/** 1,000 accounts in npm test (with fewer, the seeded portfolio has one kind of repayment plan only), 2,000 in npm run test:long. */
const N = portfolioSize(2000, 1000);

/** The default demo portfolio of N accounts, generated once for the whole file. */
const portfolio: readonly AccountInput[] = [...generateDemoPortfolio({ count: N, asOf })];

/** Balances as of asOf, computed once. */
let balances: Map<AccountInput, number> | undefined;
function owes(a: AccountInput): boolean {
  balances ??= new Map(portfolio.map((x) => [x, Number(analyze(x, { asOf }).balance)]));
  return balances.get(a)! > 0;
}

const share = (predicate: (a: AccountInput) => boolean): number => portfolio.filter(predicate).length / N;

/** Every amount of an account, wherever it is. */
function amountsOf(a: AccountInput): string[] {
  const out = [a.lease.rent, a.lease.charges, a.household.monthlyResources];
  if (a.housingBenefit) out.push(a.housingBenefit.monthlyAmount);
  for (const p of a.ledger) out.push(p.amount);
  if (a.repaymentPlan) {
    out.push(a.repaymentPlan.debt);
    for (const i of a.repaymentPlan.instalments) out.push(i.amount);
  }
  return out;
}

/** Ages of the members, from `age` or from `birthDate` as of `asOf`. */
function agesOf(a: AccountInput): number[] {
  return (a.household.members ?? []).map((m) => {
    if (m.age !== undefined) return m.age;
    const b = m.birthDate!;
    const years = Number(asOf.slice(0, 4)) - Number(b.slice(0, 4));
    return asOf.slice(5) >= b.slice(5) ? years : years - 1;
  });
}

describe('generateDemoPortfolio: validity', () => {
  it('generates accounts that all pass safeParseAccount', () => {
    const failures = portfolio
      .map((a) => [a.id, safeParseAccount(a)] as const)
      .filter(([, r]) => !r.ok)
      .map(([id, r]) => [id, r.ok ? null : r.issues.slice(0, 2)]);
    expect(failures).toEqual([]);
    expect(portfolio).toHaveLength(N);
  });

  it('writes every amount as a plain decimal string with two decimals (no NaN, no exponent)', () => {
    const bad = portfolio.flatMap((a) =>
      amountsOf(a)
        .filter((x) => !/^-?\d+\.\d{2}$/.test(x))
        .map((x) => [a.id, x]),
    );
    expect(bad).toEqual([]);
  });

  it('names the accounts DEMO-000001, DEMO-000002… in index order', () => {
    expect(portfolio.slice(0, 3).map((a) => a.id)).toEqual(['DEMO-000001', 'DEMO-000002', 'DEMO-000003']);
    expect(new Set(portfolio.map((a) => a.id)).size).toBe(N);
  });

  it('keeps the ledger within the 24 months before asOf, in date order', () => {
    for (const a of portfolio) {
      const dates = a.ledger.map((p) => p.date);
      expect(dates).toEqual([...dates].sort());
      expect(dates.every((d) => d > '2024-11-23' && d <= asOf)).toBe(true);
    }
  });

  it('names in settles only debts of the same ledger', () => {
    for (const a of portfolio) {
      const ids = new Set(a.ledger.flatMap((p) => (p.id === undefined ? [] : [p.id])));
      for (const p of a.ledger) for (const id of p.settles ?? []) expect(ids.has(id)).toBe(true);
    }
  });

  it('stays valid for other export dates', () => {
    for (const other of ['2026-11-03', '2027-02-28', '2030-06-15']) {
      for (const a of generateDemoPortfolio({ seed: 3, count: 200, asOf: other })) {
        expect(safeParseAccount(a).ok).toBe(true);
        expect(a.ledger.every((p) => p.date <= other)).toBe(true);
      }
    }
  });
});

describe('generateDemoPortfolio: the portfolio looks like a social landlord’s', () => {
  it('has 12–18 % of accounts in arrears as of asOf', () => {
    const inArrears = share(owes);
    expect(inArrears).toBeGreaterThanOrEqual(0.12);
    expect(inArrears).toBeLessThanOrEqual(0.18);
  });

  it('gives a housing benefit to about half of the households, mostly paid to the landlord', () => {
    const withBenefit = share((a) => a.housingBenefit != null);
    expect(withBenefit).toBeGreaterThan(0.4);
    expect(withBenefit).toBeLessThan(0.6);
    expect(share((a) => a.housingBenefit?.paidTo === 'landlord')).toBeGreaterThan(withBenefit * 0.75);
    for (const a of portfolio.filter((x) => x.housingBenefit != null)) {
      const b = Number(a.housingBenefit!.monthlyAmount);
      expect(b).toBeGreaterThanOrEqual(50);
      expect(b).toBeLessThanOrEqual(450);
      expect(b).toBeLessThan(Number(a.lease.rent) + Number(a.lease.charges));
    }
  });

  it('keeps rents, charges and resources in their ranges', () => {
    for (const a of portfolio) {
      expect(Number(a.lease.rent)).toBeGreaterThanOrEqual(300);
      expect(Number(a.lease.rent)).toBeLessThanOrEqual(900);
      expect(Number(a.lease.charges)).toBeGreaterThanOrEqual(40);
      expect(Number(a.lease.charges)).toBeLessThanOrEqual(180);
      expect(Number(a.household.monthlyResources)).toBeGreaterThanOrEqual(600);
      expect(Number(a.household.monthlyResources)).toBeLessThanOrEqual(4000);
      expect(a.lease.signedOn >= '1995-01-01' && a.lease.signedOn < asOf).toBe(true);
      expect([1, 5]).toContain(a.lease.dueDay);
    }
  });

  it('has households of 1 to 6 people, with a member aged 75 or more in about 10 % of them', () => {
    for (const a of portfolio) {
      const ages = agesOf(a);
      expect(ages.length).toBeGreaterThanOrEqual(1);
      expect(ages.length).toBeLessThanOrEqual(6);
      expect(ages[0]).toBeGreaterThanOrEqual(18);
      expect(Math.max(...ages)).toBeLessThanOrEqual(95);
    }
    const elderly = share((a) => agesOf(a).some((x) => x >= 75));
    expect(elderly).toBeGreaterThan(0.07);
    expect(elderly).toBeLessThan(0.13);
  });

  it('has repayment plans, procedures at every stage, departed tenants and leases after 2023-07-29', () => {
    expect(share((a) => a.repaymentPlan != null)).toBeGreaterThan(0.02);
    expect(
      new Set(portfolio.flatMap((a) => (a.repaymentPlan ? [a.repaymentPlan.kind] : []))).size,
    ).toBeGreaterThanOrEqual(2);
    expect(share((a) => a.procedure?.cafSignalledOn != null)).toBeGreaterThan(0.01);
    expect(share((a) => a.procedure?.commandementOn != null)).toBeGreaterThan(0.005);
    expect(portfolio.some((a) => a.procedure?.assignationOn != null && a.procedure.hearingOn != null)).toBe(true);
    expect(portfolio.some((a) => a.procedure?.commandementToLeaveOn != null)).toBe(true);
    expect(share((a) => a.lease.endedOn != null)).toBeGreaterThan(0.01);
    expect(share((a) => a.lease.signedOn >= '2023-07-29')).toBeGreaterThan(0.05);
  });

  it('orders the procedure acts in time', () => {
    for (const a of portfolio) {
      const p = a.procedure;
      if (!p) continue;
      const chain = [p.commandementOn, p.assignationOn, p.judgmentOn, p.commandementToLeaveOn].filter((d) => d != null);
      expect(chain).toEqual([...chain].sort());
      if (p.hearingOn != null) expect(p.hearingOn > p.assignationOn!).toBe(true);
    }
  });

  it('writes repayment plans whose instalments sum exactly to the debt', () => {
    const cents = (x: string): number => Math.round(Number(x) * 100);
    for (const a of portfolio.filter((x) => x.repaymentPlan != null)) {
      const plan = a.repaymentPlan!;
      expect(plan.instalments.reduce((s, i) => s + cents(i.amount), 0)).toBe(cents(plan.debt));
      expect(plan.agreedOn <= asOf).toBe(true);
    }
  });

  it('contacts mostly the accounts that fell behind', () => {
    const inArrears = portfolio.filter(owes);
    expect(inArrears.filter((a) => (a.contacts ?? []).length > 0).length / inArrears.length).toBeGreaterThan(0.9);
  });
});

describe('generateDemoPortfolio: determinism', () => {
  it('gives account i the same JSON among 10 or among 1,000 accounts', () => {
    const small = [...generateDemoPortfolio({ seed: 11, count: 10, asOf })];
    const big = [...generateDemoPortfolio({ seed: 11, count: 1000, asOf })];
    small.forEach((a, i) => {
      expect(JSON.stringify(big[i])).toBe(JSON.stringify(a));
      expect(JSON.stringify(generateDemoAccount(11, i, { asOf }))).toBe(JSON.stringify(a));
    });
  });

  it('gives byte-identical JSON on two runs', () => {
    const again = [...generateDemoPortfolio({ count: N, asOf })];
    expect(JSON.stringify(again)).toBe(JSON.stringify(portfolio));
  });

  it('gives different accounts for different seeds', () => {
    const a = [...generateDemoPortfolio({ seed: 1, count: 50, asOf })].map((x) => JSON.stringify(x));
    const b = [...generateDemoPortfolio({ seed: 2, count: 50, asOf })].map((x) => JSON.stringify(x));
    expect(a.filter((x, i) => x === b[i])).toEqual([]);
  });

  it('is a pure function of (seed, index) for any safe integers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 40), max: 2 ** 40 }), fc.nat({ max: 10_000_000 }), (seed, index) => {
        const one = generateDemoAccount(seed, index, { asOf });
        expect(JSON.stringify(generateDemoAccount(seed, index, { asOf }))).toBe(JSON.stringify(one));
        expect(safeParseAccount(one).ok).toBe(true);
      }),
      { numRuns: 50 },
    );
  });

  it('defaults to seed 2026 and asOf 2026-11-23', () => {
    expect(DEMO_DEFAULT_SEED).toBe(2026);
    expect(DEMO_DEFAULT_AS_OF).toBe('2026-11-23');
    expect(generateDemoAccount(2026, 5)).toEqual(portfolio[5]);
  });
});

describe('generateDemoPortfolio: streaming and arguments', () => {
  it('yields lazily: a huge count costs nothing until accounts are asked for', () => {
    const it = generateDemoPortfolio({ count: Number.MAX_SAFE_INTEGER, asOf });
    expect(it.next().value).toEqual(portfolio[0]);
    expect(it.next().value).toEqual(portfolio[1]);
  });

  it('yields nothing for a count of 0', () => {
    expect([...generateDemoPortfolio({ count: 0 })]).toEqual([]);
  });

  it.each([
    ['a fractional count', { count: 1.5 }, 'invalid_number'],
    ['a negative count', { count: -1 }, 'invalid_number'],
    ['a fractional seed', { count: 1, seed: 0.5 }, 'invalid_number'],
    ['an impossible asOf', { count: 1, asOf: '2026-02-30' }, 'invalid_date'],
    ['an asOf out of the supported years', { count: 1, asOf: '1990-01-01' }, 'out_of_range'],
  ])('throws a ValidationError for %s, before the first account', (_, options, code) => {
    let caught: unknown;
    try {
      generateDemoPortfolio(options);
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ValidationError);
    expect((caught as ValidationError).issues[0]!.code).toBe(code);
  });

  it('rejects a negative or fractional index', () => {
    expect(() => generateDemoAccount(1, -1)).toThrow(ValidationError);
    expect(() => generateDemoAccount(1, 0.5)).toThrow(ValidationError);
  });
});
