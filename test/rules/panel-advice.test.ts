/**
 * The recovery manager's review of the default policy's prevention advice (issue points 10, 12
 * and 14): built accounts, the day, the advice expected, and where the expectation comes from.
 *
 * The tenancy of `tenancy()`: rent 500 + charges 100 due on the 1st, lease signed 2024-02-01,
 * one occupant aged 30. The default policy caps the effort rate at 0.30: with resources of
 * 1500.00 the residual rent of 600.00 is 0.40 (above), with 2600.00 it is 0.23 (within).
 */
import { describe, expect, it } from 'vitest';
import { parseAccount } from '../../src/account';
import { defaultPolicy, evaluate, PreventionSchema } from '../../src/rules';
import { tenancy } from './fixtures';

type Built = ReturnType<typeof tenancy>;

const LEASE = { signedOn: '2024-02-01', department: '93', rent: '500.00', charges: '100.00' };

/** The account with its lease's fields patched. */
function withLease(account: Built, lease: object): Built {
  return { ...account, lease: { ...LEASE, ...lease } };
}

/** The account with its household's fields patched. */
function withHousehold(account: Built, household: object): Built {
  return { ...account, household: { ...account.household, ...household } };
}

function advice(account: object, asOf = '2026-11-23') {
  return evaluate(account, defaultPolicy, { asOf, locale: 'en' }).prevention;
}

const codes = (account: object, asOf?: string) => advice(account, asOf).map((p) => p.code);

const APL = (paidTo: 'landlord' | 'tenant', stoppedOn?: string) => ({
  housingBenefit: { kind: 'APL', monthlyAmount: '200.00', paidTo, ...(stoppedOn ? { stoppedOn } : {}) },
});

describe('point 10: a stopped housing benefit is addressed first', () => {
  // DOMAIN.md §1 (R.824-28: the payer may keep the aid; from 2027 only a CCAPEX suspension stops
  // it, L.824-2) and §6 (levers): a stopped APL is the first thing to get back — the household
  // then bears the whole rent. The reviewer: « restore-housing-benefit comes first ».
  it.each([
    ['stopped, in arrears, within the cap', 9, '2600.00', '2026-09-01', ['restore-housing-benefit']],
    ['stopped, paid up, above the cap', 11, '1500.00', '2026-09-01', ['restore-housing-benefit', 'cesf-review']],
    ['stopped on the day itself', 11, '2600.00', '2026-11-23', ['restore-housing-benefit']],
    ['stopping after the day: still paid, nothing to restore', 11, '2600.00', '2026-12-01', []],
  ])('%s', (_, paidUntil, resources, stoppedOn, expected) => {
    const account = tenancy({ paidUntil, resources, extra: APL('landlord', stoppedOn) });
    expect(codes(account)).toEqual(expected);
  });

  it('names the benefit and the day it stopped, and rests on the benefit articles', () => {
    const [first] = advice(tenancy({ paidUntil: 9, extra: APL('tenant', '2026-09-01') }));
    expect(first).toMatchObject({ code: 'restore-housing-benefit' });
    expect(first!.message).toContain('APL stopped on 1 Sep 2026');
    expect(first!.message).toContain('CAF/MSA');
    expect(first!.basis).toContain('CCH L.821-1');
  });

  it('is not given to a departed tenant', () => {
    // DOMAIN.md §6: the levers serve a household still in the home; a departed tenant has no APL to restore.
    const account = withLease(tenancy({ paidUntil: 9, extra: APL('landlord', '2026-09-01') }), {
      endedOn: '2026-10-31',
    });
    expect(codes(account)).not.toContain('restore-housing-benefit');
  });
});

describe('point 14: tiers payant is asked for when the benefit goes to a tenant in arrears', () => {
  // DOMAIN.md §6 « switching the APL to tiers payant »; §1: CCH R.824-20 (tiers payant offered
  // when the aid is paid to a tenant in an impayé).
  it.each([
    ['paid to the tenant, two months unpaid', 'tenant', 9, '2026-11-23', ['switch-to-tiers-payant']],
    ['already tiers payant', 'landlord', 9, '2026-11-23', []],
    ['paid to the tenant, paid up', 'tenant', 11, '2026-11-23', []],
    // The November rent is 4 days old: within the 10 days of grace the early signs give a late payment.
    ['paid to the tenant, this month’s rent 4 days late', 'tenant', 10, '2026-11-05', []],
    ['paid to the tenant, this month’s rent 22 days late', 'tenant', 10, '2026-11-23', ['switch-to-tiers-payant']],
  ] as const)('%s', (_, paidTo, paidUntil, asOf, expected) => {
    expect(codes(tenancy({ paidUntil, extra: APL(paidTo) }), asOf)).toEqual(expected);
  });

  it('says how much is paid to whom and what is owed', () => {
    const [p] = advice(tenancy({ paidUntil: 9, extra: APL('tenant') }));
    expect(p!.code).toBe('switch-to-tiers-payant');
    expect(p!.message).toContain('APL (€200.00 a month) is paid to the tenant, who owes €1,200.00');
    expect(p!.message).toContain('tiers payant');
    expect(p!.basis).toContain('R.824-20');
  });

  it('a stopped benefit is restored first, not switched', () => {
    expect(codes(tenancy({ paidUntil: 9, extra: APL('tenant', '2026-09-01') }))).toEqual(['restore-housing-benefit']);
  });
});

describe('point 12: a move to a smaller, cheaper home only when the home is too big or the CESF says so', () => {
  const one = [{ age: 30 }];
  const couple = [{ age: 40 }, { age: 38 }];
  const six = [{ age: 44 }, { age: 41 }, { age: 17 }, { age: 12 }, { age: 9 }, { age: 4 }];

  // CCH L.621-2 (as amended by loi 2017-86; applied to HLM by L.442-3-1): under-occupied when the
  // pièces habitables, kitchen not counted, exceed the occupants by more than one (rooms > occupants + 1).
  // DOMAIN.md §5 (effort rate above the cap, CCH R.441-3-1) and §6 (mutation to a cheaper home that fits).
  it.each([
    ['no rooms on file (the 364 accounts of the review)', one, undefined, '2024-02-01', false],
    ['a family of six in 4 rooms', six, 4, '2020-03-01', false],
    ['one person in 2 rooms: 2 ≤ 1 + 1', one, 2, '2024-02-01', false],
    ['one person in 3 rooms: 3 > 1 + 1', one, 3, '2024-02-01', true],
    ['a couple in 3 rooms: 3 ≤ 2 + 1', couple, 3, '2024-02-01', false],
    ['a couple in 4 rooms (« a F4 for two », the 2017 reading)', couple, 4, '2024-02-01', true],
    ['moved in six weeks earlier, one person in 3 rooms', one, 3, '2026-10-12', false],
    ['lease signed a year ago to the day: its first year is over', one, 3, '2025-11-23', true],
    ['lease signed a year ago less a day: still its first year', one, 3, '2025-11-24', false],
    ['no member listed: the occupants are unknown', [], 3, '2024-02-01', false],
  ])('%s, effort rate above the cap', (_, members, rooms, signedOn, expected) => {
    const account = withLease(tenancy({ paidUntil: 11, resources: '1500.00', members }), {
      signedOn,
      ...(rooms === undefined ? {} : { rooms }),
    });
    expect(codes(account).includes('consider-mutation')).toBe(expected);
  });

  it('under-occupied but within the cap: no move (the rent is borne)', () => {
    const account = withLease(tenancy({ paidUntil: 11, resources: '2600.00' }), { rooms: 4 });
    expect(codes(account)).toEqual([]);
  });

  it('under-occupied and above the cap: the advice, in the stated order, with its reasons', () => {
    const account = withLease(tenancy({ paidUntil: 11, resources: '1500.00' }), { rooms: 3 });
    const out = advice(account);
    expect(out.map((p) => p.code)).toEqual(['check-housing-benefit', 'consider-mutation', 'cesf-review']);
    expect(out[1]!.message).toContain('3 rooms for 1 occupant');
    expect(out[1]!.basis).toContain('CCH L.621-2');
  });

  // DOMAIN.md §6: referral to the CESF; the CESF's assessment of the budget is what an officer follows.
  it.each([
    ['a CESF assessment recommends a move, effort rate within the cap', '2026-10-12', true, '2024-02-01', true],
    ['the assessment does not recommend it', '2026-10-12', false, '2024-02-01', false],
    ['the assessment is dated after the day', '2026-12-01', true, '2024-02-01', false],
    ['recommended, but the lease is in its first year', '2026-10-12', true, '2026-06-01', false],
  ])('%s', (_, assessedOn, recommendsMutation, signedOn, expected) => {
    const account = withLease(
      withHousehold(tenancy({ paidUntil: 11 }), { cesfAssessment: { assessedOn, recommendsMutation } }),
      { signedOn },
    );
    const out = advice(account);
    expect(out.some((p) => p.code === 'consider-mutation')).toBe(expected);
    if (expected)
      expect(out.find((p) => p.code === 'consider-mutation')!.message).toContain('CESF assessment of 12 Oct 2026');
  });
});

describe('the prevention advice', () => {
  it('comes in the order of PreventionSchema, restore-housing-benefit first', () => {
    expect(PreventionSchema.shape.code.options[0]).toBe('restore-housing-benefit');
    // Everything at once: APL stopped, regularisation unpaid, one person in 3 rooms, above the cap.
    const base = tenancy({ paidUntil: 10, resources: '1200.00', extra: APL('tenant', '2026-09-01') });
    const account = withLease(
      { ...base, ledger: [...base.ledger, { date: '2026-10-15', kind: 'charges-regularisation', amount: '240.00' }] },
      { rooms: 3 },
    );
    const out = advice(account).map((p) => p.code);
    expect(out).toEqual(['restore-housing-benefit', 'spread-regularisation', 'consider-mutation', 'cesf-review']);
    const order = PreventionSchema.shape.code.options;
    expect([...out].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(out);
  });

  it('each has a basis', () => {
    const account = withLease(tenancy({ paidUntil: 9, resources: '1200.00', extra: APL('tenant') }), { rooms: 3 });
    const out = advice(account);
    expect(out.length).toBeGreaterThan(2);
    for (const p of out) expect(p.basis.length).toBeGreaterThan(5);
  });
});

describe('the account contract additions', () => {
  it('keeps lease.rooms and household.cesfAssessment optional: an account without them parses', () => {
    expect(() => parseAccount(tenancy({ paidUntil: 11 }))).not.toThrow();
  });

  it.each([
    ['rooms 0', { rooms: 0 }],
    ['rooms 2.5', { rooms: 2.5 }],
    ['rooms "3"', { rooms: '3' }],
  ])('refuses %s', (_, lease) => {
    expect(() => parseAccount(withLease(tenancy({ paidUntil: 11 }), lease))).toThrow();
  });

  it('refuses a CESF assessment without its date or with free text', () => {
    const a = tenancy({ paidUntil: 11 });
    expect(() => parseAccount(withHousehold(a, { cesfAssessment: { recommendsMutation: true } }))).toThrow();
    expect(() =>
      parseAccount(withHousehold(a, { cesfAssessment: { assessedOn: '2026-10-12', notes: 'too big' } })),
    ).toThrow();
  });
});
