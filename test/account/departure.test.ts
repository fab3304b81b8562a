/**
 * A departed tenant (« locataire parti »): the dépôt de garantie set against the debt, the
 * deadline to return it (loi 89-462 art. 22), and no procedure against a sitting tenant (no benefit
 * impayé, no CAF signalling, no CCAPEX, no winter truce).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, departureOf, parseAccount } from '../../src/account';
import { runs } from '../runs';
import { baseAccount } from './fixtures';
import { cents } from './arbitraries';

const rentMonth = (date: string, rent = '500.00', charges = '100.00') => [
  { date, kind: 'rent', amount: rent },
  { date, kind: 'charges', amount: charges },
];

/**
 * An APL paid to the tenant, and rent and charges unpaid from May to October 2026 (3,600.00 €):
 * a benefit impayé since 1 June 2026 (2 × 600.00 €, CCH R.824-1) for a tenant in the home.
 */
function cafImpayeAccount(lease: Record<string, unknown> = {}, procedure: Record<string, unknown> = {}) {
  const a = baseAccount();
  return {
    ...a,
    lease: { ...a.lease, ...lease },
    housingBenefit: { kind: 'APL', monthlyAmount: '200.00', paidTo: 'tenant' },
    ledger: ['2026-05-01', '2026-06-01', '2026-07-01', '2026-08-01', '2026-09-01', '2026-10-01'].flatMap((d) =>
      rentMonth(d),
    ),
    procedure,
  };
}

/** A departed tenant whose arrears are `arrears` (one adjustment), holding `deposit` if given. */
function departedWith(arrears: string, deposit?: string, procedure: Record<string, unknown> = {}) {
  const a = baseAccount();
  return {
    ...a,
    lease: {
      ...a.lease,
      endedOn: '2026-09-15',
      exitInventoryMatchesEntry: true,
      ...(deposit === undefined ? {} : { securityDeposit: deposit }),
    },
    ledger: [...a.ledger, { date: '2026-09-01', kind: 'adjustment', amount: arrears }],
    procedure,
  };
}

describe('a departed tenant is no sitting tenant', () => {
  const asOf = '2026-12-01'; // in the winter truce

  it('in the home, the ledger is a CAF impayé: caf_signal and the winter truce are listed', () => {
    const s = analyze(cafImpayeAccount(), { asOf });
    expect(s.tenancy).toBe('current');
    expect(s.departure).toBeNull();
    expect(s.benefitUnpaid).toMatchObject({ applies: true, constituted: true, since: '2026-06-01' });
    expect(s.obligations.map((o) => o.code)).toEqual(expect.arrayContaining(['caf_signal', 'winter_truce']));
  });

  it('gone, the same ledger gives no impayé, no CAF deadline, no caf_signal, no ccapex, no winter_truce', () => {
    const s = analyze(
      cafImpayeAccount(
        { endedOn: '2026-10-31', securityDeposit: '450.00' },
        { cafSignalledOn: '2026-07-15', commandementOn: '2026-09-01' },
      ),
      { asOf },
    );
    expect(s.tenancy).toBe('departed');
    expect(s.benefitUnpaid).toEqual({
      applies: false,
      constituted: false,
      since: null,
      regime: null,
      signalDeadline: null,
      basis: null,
      // Added with the named readings of the law (issue [4/8], Part A 1): the branch of the rule
      // and the reading of the 2027 time branch; both null when nothing is constituted.
      branch: null,
      reading: null,
    });
    // Keys returned on 31 Oct, the exit inventory not known to match: 2 months → 31 Dec 2026.
    expect(s.obligations.map((o) => [o.code, o.date, o.status])).toEqual([
      ['deposit_restitution', '2026-12-31', 'upcoming'],
    ]);
    expect(s.arrears).toBe('3600.00');
    expect(s.departure).toEqual({
      endedOn: '2026-10-31',
      depositHeld: '450.00',
      debtAfterDeposit: '3150.00',
      refundDue: '0.00',
      restitutionDeadline: '2026-12-31',
      finalStatementOn: null,
      formalNoticeOn: null,
      injonctionOn: null,
      writeOffOn: null,
    });
  });

  it('leaves on the day of the evaluation: departed from that day (lease.endedOn on or before asOf)', () => {
    expect(analyze(departedWith('300.00', '450.00'), { asOf: '2026-09-15' }).tenancy).toBe('departed');
    const before = analyze(departedWith('300.00', '450.00'), { asOf: '2026-09-14' });
    expect(before.tenancy).toBe('current');
    expect(before.departure).toBeNull();
  });
});

describe('the deposit set against the debt (loi 89-462 art. 22)', () => {
  const asOf = '2026-10-01';

  it.each([
    // The brief's worked examples.
    ['1200.00', '450.00', '450.00', '750.00', '0.00'],
    ['300.00', '450', '450.00', '0.00', '150.00'],
    ['450.00', '450.00', '450.00', '0.00', '0.00'],
    ['300.00', undefined, '0.00', '300.00', '0.00'],
    ['0.00', '450.00', '450.00', '0.00', '450.00'],
    ['0.01', '0.00', '0.00', '0.01', '0.00'],
  ])('arrears %s, deposit %s (held %s) → still owed %s, to refund %s', (arrears, deposit, held, debt, refund) => {
    const s = analyze(departedWith(arrears, deposit), { asOf });
    expect(s.arrears).toBe(arrears);
    expect(s.departure).toMatchObject({ depositHeld: held, debtAfterDeposit: debt, refundDue: refund });
  });

  it('gives the keys + 1 month when the inventories match, + 2 otherwise (keys on 15 Sep 2026)', () => {
    const matching = analyze(departedWith('300.00', '450.00'), { asOf });
    expect(matching.departure!.restitutionDeadline).toBe('2026-10-15');
    expect(matching.obligations.map((o) => [o.code, o.date, o.status])).toEqual([
      ['deposit_restitution', '2026-10-15', 'upcoming'],
    ]);
    const account = departedWith('300.00', '450.00');
    account.lease.exitInventoryMatchesEntry = false;
    const differing = analyze(account, { asOf, locale: 'en' });
    expect(differing.departure!.restitutionDeadline).toBe('2026-11-15');
    expect(differing.obligations[0]!.basis).toMatch(/^loi 89-462 art\. 22: 2 months/);
  });

  it('holds nothing once the final statement is sent (the ERP posts the offset), and the duty is done', () => {
    const account = departedWith('300.00', '450.00', { finalStatementOn: '2026-09-30' });
    // The ERP posted the offset: the deposit paid the 300.00 owed and 150.00 is refunded.
    account.ledger.push(
      { date: '2026-09-30', kind: 'payment', amount: '450.00' },
      { date: '2026-09-30', kind: 'adjustment', amount: '150.00' },
    );
    const s = analyze(account, { asOf });
    expect(s.arrears).toBe('0.00');
    expect(s.departure).toMatchObject({
      depositHeld: '0.00',
      debtAfterDeposit: '0.00',
      refundDue: '0.00',
      finalStatementOn: '2026-09-30',
    });
    expect(s.obligations.map((o) => [o.code, o.date, o.status])).toEqual([
      ['deposit_restitution', '2026-10-15', 'done'],
    ]);
  });

  it('ignores a final statement dated before the keys or after asOf', () => {
    for (const finalStatementOn of ['2026-09-14', '2026-10-02']) {
      const s = analyze(departedWith('300.00', '450.00', { finalStatementOn }), { asOf });
      expect(s.departure).toMatchObject({ depositHeld: '450.00', finalStatementOn: null });
      expect(s.obligations[0]!.status).toBe('upcoming');
    }
  });

  it('reads the acts that follow a departure, only when on or before asOf', () => {
    const procedure = { formalNoticeOn: '2026-09-20', injonctionOn: '2026-10-01', writeOffOn: '2026-10-02' };
    expect(analyze(departedWith('1200.00', '450.00', procedure), { asOf }).departure).toMatchObject({
      formalNoticeOn: '2026-09-20',
      injonctionOn: '2026-10-01',
      writeOffOn: null,
    });
  });

  it('lists no obligation when neither a deposit nor a debt is left', () => {
    const s = analyze(departedWith('0.00'), { asOf });
    expect(s.departure).toMatchObject({ depositHeld: '0.00', debtAfterDeposit: '0.00', refundDue: '0.00' });
    expect(s.obligations).toEqual([]);
  });

  it('lists the deposit to return even when the departed tenant owes nothing', () => {
    const s = analyze(departedWith('0.00', '450.00'), { asOf });
    expect(s.obligations.map((o) => o.code)).toEqual(['deposit_restitution']);
  });

  it('gives null for a current tenant', () => {
    expect(departureOf(parseAccount(baseAccount()), '0.00', asOf)).toBeNull();
    expect(analyze(baseAccount(), { asOf }).departure).toBeNull();
  });
});

describe('departureOf: exact money', () => {
  const amount = (max: bigint) =>
    fc.bigInt({ min: 0n, max }).map((c) => `${c / 100n}.${String(c % 100n).padStart(2, '0')}`);

  it('debtAfterDeposit − refundDue = arrears − depositHeld, exactly, and at most one of them is positive', () => {
    fc.assert(
      fc.property(amount(99_999_999_999n), amount(99_999_999_999n), (arrears, deposit) => {
        const base = baseAccount();
        const acc = parseAccount({
          ...base,
          lease: { ...base.lease, endedOn: '2026-09-15', securityDeposit: deposit },
        });
        const d = departureOf(acc, arrears, '2026-10-01')!;
        expect(d.depositHeld).toBe(deposit);
        expect(cents(d.debtAfterDeposit) - cents(d.refundDue)).toBe(cents(arrears) - cents(d.depositHeld));
        expect(cents(d.debtAfterDeposit) >= 0n && cents(d.refundDue) >= 0n).toBe(true);
        expect(cents(d.debtAfterDeposit) === 0n || cents(d.refundDue) === 0n).toBe(true);
      }),
      { numRuns: runs(1000, 200) },
    );
  });
});
