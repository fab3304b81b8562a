import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze, analyzeAccount, parseAccount } from '../../src/account';
import { ValidationError } from '../../src/errors';
import { accountArb, cents, shuffleKeys } from './arbitraries';
import { baseAccount, demoAccounts } from './fixtures';
import { runs } from '../runs';

/** An account with one month of rent and charges unpaid per entry of `months`, APL optional. */
function accountWith(overrides: Record<string, any>): Record<string, any> {
  return { ...baseAccount(), ...overrides };
}

const rentMonth = (date: string, rent = '500.00', charges = '100.00') => [
  { date, kind: 'rent', amount: rent },
  { date, kind: 'charges', amount: charges },
];

describe('analyze: balances and imputation (C. civ. 1342-10)', () => {
  it('reads the DESIGN.md example: two months behind under tiers payant', () => {
    const s = analyze(demoAccounts()['a-1029-two-months-behind.json'], { asOf: '2026-11-23' });
    expect(s).toMatchObject({
      accountId: 'A-1029',
      zone: 'metropole',
      balance: '734.60',
      arrears: '734.60',
      credit: '0.00',
      firstDefaultOn: '2026-07-01',
      monthsOfArrears: 2,
      debtInMonthsOfRent: '1.22',
    });
    // The benefit of August paid the oldest debt first: July's rent.
    expect(s.unpaidItems.map((i) => [i.date, i.kind, i.remaining])).toEqual([
      ['2026-07-01', 'rent', '52.30'],
      ['2026-07-01', 'charges', '85.00'],
      ['2026-08-01', 'rent', '512.30'],
      ['2026-08-01', 'charges', '85.00'],
    ]);
  });

  it('ignores postings after asOf', () => {
    const a = accountWith({ ledger: [...rentMonth('2026-01-01'), ...rentMonth('2026-02-01')] });
    expect(analyze(a, { asOf: '2026-01-31' }).arrears).toBe('600.00');
    expect(analyze(a, { asOf: '2026-02-01' }).arrears).toBe('1200.00');
  });

  it('pays the debt the tenant names before the oldest one', () => {
    const a = accountWith({
      ledger: [
        { id: 'R1', date: '2026-01-01', kind: 'rent', amount: '500.00' },
        { id: 'REG', date: '2026-02-01', kind: 'charges-regularisation', amount: '300.00' },
        { date: '2026-02-10', kind: 'payment', amount: '300.00', settles: ['REG'] },
      ],
    });
    const s = analyze(a, { asOf: '2026-03-01' });
    expect(s.unpaidItems.map((i) => [i.kind, i.remaining])).toEqual([['rent', '500.00']]);
    expect(s.earlySigns.chargesRegularisationDebt).toBe('0.00');
  });

  it('keeps an advance for the next debts and reports it as credit', () => {
    const a = accountWith({
      ledger: [{ date: '2026-01-01', kind: 'payment', amount: '700.00' }, ...rentMonth('2026-01-02')],
    });
    const s = analyze(a, { asOf: '2026-01-31' });
    expect(s).toMatchObject({
      balance: '-100.00',
      arrears: '0.00',
      credit: '100.00',
      unpaidItems: [],
      obligations: [],
    });
  });

  it('treats a payment reversal as a new debt and a signed adjustment both ways', () => {
    const a = accountWith({
      ledger: [
        ...rentMonth('2026-01-01'),
        { date: '2026-01-05', kind: 'payment', amount: '600.00' },
        { date: '2026-01-12', kind: 'payment-reversal', amount: '600.00' },
        { date: '2026-01-20', kind: 'adjustment', amount: '-50.00' },
        { date: '2026-01-21', kind: 'adjustment', amount: '10.00' },
      ],
    });
    expect(analyze(a, { asOf: '2026-01-31' }).balance).toBe('560.00');
  });
});

describe('analyze: ageing, months and prescription', () => {
  it('buckets unpaid debt by age: 0–1, 1–3, 3–6, 6–12, more than 12 months', () => {
    const ledger = ['2026-11-01', '2026-10-24', '2026-09-01', '2026-07-01', '2025-11-24', '2025-11-01'].map((date) => ({
      date,
      kind: 'rent',
      amount: '100.00',
    }));
    const s = analyze(accountWith({ ledger }), { asOf: '2026-11-23' });
    expect(s.ageing).toEqual({ '0-1': '200.00', '1-3': '100.00', '3-6': '100.00', '6-12': '100.00', '12+': '100.00' });
  });

  it('marks debts due 3 years ago or more as prescribed (loi 89-462 art. 7-1)', () => {
    const ledger = [
      { date: '2023-11-23', kind: 'rent', amount: '400.00' },
      { date: '2023-11-24', kind: 'rent', amount: '300.00' },
    ];
    const s = analyze(accountWith({ ledger }), { asOf: '2026-11-23' });
    expect(s.prescribedAmount).toBe('400.00');
    expect(s.unpaidItems[0]!.prescribedOn).toBe('2026-11-23');
  });
});

describe('analyze: benefit impayé and its deadlines (CCH R.824-1; décret 2026-84)', () => {
  const apl = (paidTo: 'landlord' | 'tenant') => ({ kind: 'APL', monthlyAmount: '200.00', paidTo });

  it('uses the net housing cost under tiers payant (2 × 400.00 = 800.00)', () => {
    const ledger = ['2026-03-01', '2026-04-01'].flatMap((d) => [
      ...rentMonth(d),
      { date: d, kind: 'benefit', amount: '200.00' },
    ]);
    const s = analyze(accountWith({ housingBenefit: apl('landlord'), ledger }), { asOf: '2026-05-15' });
    expect(s.arrears).toBe('800.00');
    expect(s.benefitUnpaid).toMatchObject({
      constituted: true,
      since: '2026-04-01',
      regime: 'apl-2016',
      signalDeadline: '2026-06-01',
    });
  });

  it('uses the gross housing cost when the benefit goes to the tenant (2 × 600.00)', () => {
    const ledger = [
      ...rentMonth('2026-03-01'),
      ...rentMonth('2026-04-01'),
      { date: '2026-04-01', kind: 'payment', amount: '0.01' },
    ];
    const s = analyze(accountWith({ housingBenefit: apl('tenant'), ledger }), { asOf: '2026-05-15' });
    expect(s.arrears).toBe('1199.99');
    expect(s.benefitUnpaid.constituted).toBe(false);
    const exact = analyze(accountWith({ housingBenefit: apl('tenant'), ledger: ledger.slice(0, 4) }), {
      asOf: '2026-05-15',
    });
    expect(exact.benefitUnpaid).toMatchObject({ constituted: true, since: '2026-04-01' });
  });

  it.each([
    ['450.00', false],
    ['450.01', true],
  ])('from 2027, a debt of %s is an impayé at once: %s', (amount, constituted) => {
    const ledger = [{ date: '2027-02-01', kind: 'rent', amount }];
    const s = analyze(accountWith({ housingBenefit: apl('tenant'), ledger }), { asOf: '2027-02-15' });
    expect(s.benefitUnpaid.constituted).toBe(constituted);
  });

  // CCH R.824-30 (DOMAIN §1, §2): the CAF signalling is also the CCAPEX referral, one duty until
  // made; CPCE L.412-6 (DOMAIN §3): in March the winter truce still runs.
  it('lists caf_signal alone until the CAF is told, then both done, with the winter truce', () => {
    const ledger = [...rentMonth('2027-01-05', '500.00', '0.00')];
    const a = accountWith({ housingBenefit: apl('tenant'), ledger });
    const before = analyze(a, { asOf: '2027-03-05' });
    expect(before.obligations.map((o) => [o.code, o.kind, o.date, o.status])).toEqual([
      ['caf_signal', 'deadline', '2027-03-05', 'due'],
      ['winter_truce', 'gate', '2027-04-01', 'closed'],
    ]);
    const told = analyze({ ...a, procedure: { cafSignalledOn: '2027-02-01' } }, { asOf: '2027-03-06' });
    expect(told.obligations.map((o) => [o.code, o.status])).toEqual([
      ['caf_signal', 'done'],
      ['ccapex_referral', 'done'],
      ['winter_truce', 'closed'],
      ['assignation_earliest', 'closed'],
    ]);
    expect(told.obligations[3]!.date).toBe('2027-04-02');
  });

  it('has no benefit impayé when the household receives no benefit', () => {
    const s = analyze(accountWith({ ledger: rentMonth('2026-01-01', '5000.00') }), { asOf: '2026-03-01' });
    expect(s.benefitUnpaid).toMatchObject({ applies: false, constituted: false });
  });
});

describe('analyze: procedure deadlines (loi 89-462 art. 24; CPCE L.412-1, L.412-6)', () => {
  const owing = { ledger: rentMonth('2026-01-01', '3000.00') };

  it.each([
    // A referral on 31 Dec 2026 vs 2 Jan 2027: the gate moves with it (CPC 641, 642).
    ['2026-12-31', '2027-03-02'],
    ['2027-01-02', '2027-03-03'],
  ])('CCAPEX referred %s → assignation allowed from %s', (referred, gate) => {
    const s = analyze(accountWith({ ...owing, procedure: { ccapexReferredOn: referred } }), { asOf: '2027-01-15' });
    expect(s.obligations.find((o) => o.code === 'assignation_earliest')).toMatchObject({
      kind: 'gate',
      date: gate,
      status: 'closed',
    });
  });

  it.each([
    // A lease signed the day before loi 2023-668 keeps 2 months; the day of, 6 weeks.
    ['2023-07-28', '2026-12-15'],
    ['2023-07-29', '2026-11-26'],
  ])('lease signed %s, commandement 15 Oct 2026 → last day to pay %s', (signedOn, end) => {
    const a = accountWith({ ...owing, procedure: { commandementOn: '2026-10-15' } });
    a.lease.signedOn = signedOn;
    const s = analyze(a, { asOf: '2026-11-01' });
    expect(s.obligations.find((o) => o.code === 'cure_period_end')).toMatchObject({ date: end, status: 'upcoming' });
  });

  it('notifies the guarantor within 15 days of the commandement, when there is one', () => {
    const a = accountWith({ ...owing, procedure: { commandementOn: '2026-10-15' } });
    expect(analyze(a, { asOf: '2026-10-20' }).obligations.some((o) => o.code === 'guarantor_notice')).toBe(false);
    a.lease.guarantor = true;
    expect(analyze(a, { asOf: '2026-10-31' }).obligations.find((o) => o.code === 'guarantor_notice')).toMatchObject({
      date: '2026-10-30',
      status: 'overdue',
    });
  });

  it('gives the prefect deadline of the DOMAIN.md example (hearing Mon 1 Dec 2025 → Sun 19 Oct 2025)', () => {
    const a = accountWith({ ledger: rentMonth('2025-01-01', '3000.00'), procedure: { hearingOn: '2025-12-01' } });
    expect(analyze(a, { asOf: '2025-10-19' }).obligations).toContainEqual(
      expect.objectContaining({ code: 'prefect_notice', date: '2025-10-19', status: 'due' }),
    );
    const told = { ...a, procedure: { hearingOn: '2025-12-01', prefectNotifiedOn: '2025-10-10' } };
    expect(analyze(told, { asOf: '2025-10-20' }).obligations[0]).toMatchObject({
      code: 'prefect_notice',
      status: 'done',
    });
  });

  it.each([
    ['2027-01-30', '2027-04-01'], // earliest expulsion day 31 Mar: in the truce
    ['2027-01-31', null], // earliest expulsion day 1 Apr: after it
  ])('commandement de quitter %s → truce gate %s', (served, gate) => {
    const a = accountWith({ ...owing, procedure: { commandementToLeaveOn: served } });
    const truce = analyze(a, { asOf: '2027-02-01' }).obligations.find((o) => o.code === 'expulsion_truce');
    expect(truce?.date ?? null).toBe(gate);
  });
});

describe('analyze: affordability (CCH R.441-3-1; INSEE OECD-modified scale)', () => {
  it('computes effort rates and the reste à vivre per consumption unit', () => {
    const a = accountWith({
      household: { monthlyResources: '1450.00', members: [{ age: 44 }, { age: 41 }, { age: 10 }] },
      housingBenefit: { kind: 'APL', monthlyAmount: '290.00', paidTo: 'landlord' },
    });
    expect(analyze(a, { asOf: '2026-01-31' }).affordability).toEqual({
      resources: '1450.00',
      rent: '500.00',
      charges: '100.00',
      housingBenefit: '290.00',
      residualRent: '310.00',
      effortRateNet: '0.2138',
      effortRateGross: '0.4138',
      consumptionUnits: '1.8',
      resteAVivrePerUnit: '633.33',
    });
  });

  it('takes ages from birth dates on asOf', () => {
    const a = accountWith({
      household: { monthlyResources: '1000.00', members: [{ age: 40 }, { birthDate: '2012-11-24' }] },
    });
    expect(analyze(a, { asOf: '2026-11-23' }).affordability.consumptionUnits).toBe('1.3');
    expect(analyze(a, { asOf: '2026-11-24' }).affordability.consumptionUnits).toBe('1.5');
  });

  it('gives no effort rate, rather than NaN, when resources are 0', () => {
    const a = accountWith({ household: { monthlyResources: '0.00' } });
    expect(analyze(a, { asOf: '2026-01-31' }).affordability).toMatchObject({
      effortRateNet: null,
      resteAVivrePerUnit: '-600.00',
    });
  });
});

describe('analyze: plans, contacts, early signs, surendettement', () => {
  it('follows a plan: kept, late, unpaid and upcoming instalments', () => {
    const s = analyze(demoAccounts()['d-4102-charges-regularisation.json'], { asOf: '2026-11-23' });
    expect(s.plan).toMatchObject({
      kind: 'amicable',
      kept: 5,
      late: 0,
      unpaid: 0,
      upcoming: 1,
      scheduledRemaining: '64.00',
    });
    const a = accountWith({
      ledger: [
        { date: '2026-01-01', kind: 'rent', amount: '300.00' },
        { date: '2026-02-10', kind: 'payment', amount: '100.00' },
        { date: '2026-03-15', kind: 'payment', amount: '100.00' },
      ],
      repaymentPlan: {
        kind: 'judicial',
        agreedOn: '2026-01-20',
        debt: '300.00',
        instalments: ['2026-02-10', '2026-03-10', '2026-04-10', '2026-05-10'].map((dueOn) => ({
          dueOn,
          amount: '75.00',
        })),
      },
    });
    const plan = analyze(a, { asOf: '2026-04-20' }).plan!;
    // Balance 200 on 10 Feb ≤ 225: kept. Target 150 on 10 Mar, reached on 15 Mar: late.
    // Target 75 on 10 Apr, balance still 100: unpaid.
    expect(plan.instalments.map((i) => [i.status, i.paidOn])).toEqual([
      ['kept', '2026-02-10'],
      ['late', '2026-03-15'],
      ['unpaid', null],
      ['upcoming', null],
    ]);
  });

  it('keeps the benefit while a CAF-approved plan is kept, before 2027 (CCH R.824-11, R.824-19)', () => {
    const plan = (kind: string) => ({
      kind,
      agreedOn: '2026-01-20',
      debt: '300.00',
      instalments: [
        { dueOn: '2026-02-10', amount: '100.00' },
        { dueOn: '2026-03-10', amount: '100.00' },
      ],
    });
    const ledger = [
      { date: '2026-01-01', kind: 'rent', amount: '300.00' },
      { date: '2026-02-10', kind: 'payment', amount: '100.00' },
    ];
    expect(
      analyze(accountWith({ ledger, repaymentPlan: plan('caf') }), { asOf: '2026-03-01' }).plan!.benefitMaintained,
    ).toBe(true);
    expect(
      analyze(accountWith({ ledger, repaymentPlan: plan('caf') }), { asOf: '2026-03-11' }).plan!.benefitMaintained,
    ).toBe(false);
    expect(
      analyze(accountWith({ ledger, repaymentPlan: plan('amicable') }), { asOf: '2026-03-01' }).plan!.benefitMaintained,
    ).toBeNull();
  });

  it('counts contacts with the tenant, not internal steps', () => {
    const a = accountWith({
      ledger: rentMonth('2026-01-01'),
      contacts: [
        { date: '2026-01-10', channel: 'letter', step: 'r1' },
        { date: '2026-01-25', channel: 'internal', step: 'caf' },
        { date: '2026-01-28', channel: 'sms', step: 'r2' },
        { date: '2026-02-05', channel: 'phone', step: 'r3' },
      ],
    });
    expect(analyze(a, { asOf: '2026-01-31' }).contacts).toEqual({
      last7Days: 1,
      last30Days: 2,
      lastContactOn: '2026-01-28',
      lastChannel: 'sms',
    });
  });

  it('freezes the debt older than a recevable surendettement file (code conso L.722-2)', () => {
    const a = accountWith({
      ledger: [...rentMonth('2026-01-01'), ...rentMonth('2026-02-01'), ...rentMonth('2026-03-01')],
      procedure: { surendettementRecevableOn: '2026-02-15' },
    });
    expect(analyze(a, { asOf: '2026-03-10' }).surendettement).toEqual({
      frozen: true,
      recevableOn: '2026-02-15',
      frozenDebt: '1200.00',
      // March's rent fell due after the file: collected normally (L.722-5).
      currentDebt: '600.00',
      currentFirstDefaultOn: '2026-03-01',
      currentMonthsOfArrears: 1,
      currentDebtInMonthsOfRent: '1.00',
    });
  });

  it('flags a debt from a charges regularisation and a stopped benefit', () => {
    const a = accountWith({
      ledger: [{ date: '2026-06-15', kind: 'charges-regularisation', amount: '384.00' }],
      housingBenefit: { kind: 'ALS', monthlyAmount: '120.00', paidTo: 'tenant', stoppedOn: '2026-05-01' },
    });
    expect(analyze(a, { asOf: '2026-07-01' }).earlySigns).toMatchObject({
      chargesRegularisationDebt: '384.00',
      housingBenefit: 'stopped',
    });
  });
});

describe('analyze: input', () => {
  it('accepts a raw account or the output of parseAccount, with the same result', () => {
    const raw = demoAccounts()['c-3310-commandement.json'];
    expect(analyze(parseAccount(raw), { asOf: '2026-11-23' })).toEqual(analyze(raw, { asOf: '2026-11-23' }));
  });

  it.each([undefined, '2026-02-30', '23/11/2026'])('rejects asOf %s with a typed error at path asOf', (asOf) => {
    expect(() => analyze(baseAccount(), { asOf: asOf as string })).toThrow(ValidationError);
    try {
      analyze(baseAccount(), { asOf: asOf as string });
    } catch (e) {
      expect((e as ValidationError).issues[0]!.path).toEqual(['asOf']);
    }
  });

  it('analyses a 10,000-posting ledger', () => {
    const ledger: Record<string, string>[] = [];
    for (let i = 0; i < 2500; i++) {
      const date = new Date(Date.UTC(2000, 0, 1 + i * 3)).toISOString().slice(0, 10);
      ledger.push({ date, kind: 'rent', amount: '400.00' }, { date, kind: 'charges', amount: '50.55' });
      ledger.push({ date, kind: 'benefit', amount: '100.00' }, { date, kind: 'payment', amount: '350.00' });
    }
    const s = analyze(accountWith({ ledger }), { asOf: '2026-11-23' });
    expect(s.balance).toBe('1375.00');
    // Oldest first: the 0.55 € left each day piles up on the most recent debts only.
    expect(s.unpaidItems.reduce((t, i) => t + cents(i.remaining), 0n)).toBe(137500n);
    expect(s.unpaidItems.every((i) => i.date >= '2020-06-01')).toBe(true);
  });
});

describe('analyze: properties', () => {
  const asOf = '2026-12-31';

  it('the balance is the signed sum of the postings up to asOf', () => {
    fc.assert(
      fc.property(accountArb, (a) => {
        let expected = 0n;
        for (const p of a.ledger) {
          if (p.date > asOf) continue;
          const c = cents(p.amount);
          expected += ['payment', 'benefit'].includes(p.kind) ? -c : c;
        }
        expect(cents(analyze(a, { asOf }).balance)).toBe(expected);
      }),
    );
  });

  it('never settles more than was paid, and arrears are what is left unpaid', () => {
    fc.assert(
      fc.property(accountArb, (a) => {
        const s = analyze(a, { asOf });
        const left = s.unpaidItems.reduce((t, i) => t + cents(i.remaining), 0n);
        expect(cents(s.arrears)).toBe(left);
        let owed = 0n;
        let paid = 0n;
        for (const p of a.ledger) {
          if (p.date > asOf) continue;
          const c = cents(p.amount);
          if (['payment', 'benefit'].includes(p.kind) || c < 0n) paid += c < 0n ? -c : c;
          else owed += c;
        }
        expect(owed - left <= paid).toBe(true);
      }),
    );
  });

  it('never leaves an older debt unpaid while a younger one was paid, absent a designation', () => {
    fc.assert(
      fc.property(accountArb, (a) => {
        const ledger = a.ledger.map(({ settles: _, ...p }) => p);
        const s = analyze({ ...a, ledger }, { asOf });
        const unpaid = s.unpaidItems;
        if (unpaid.length === 0) return;
        const oldestUnpaid = unpaid[0]!.date;
        // Every owed posting dated after the oldest unpaid one is still entirely unpaid.
        for (const item of unpaid) if (item.date > oldestUnpaid) expect(item.remaining).toBe(item.amount);
        const owedAfter = ledger.filter(
          (p) =>
            p.date > oldestUnpaid &&
            p.date <= asOf &&
            !['payment', 'benefit'].includes(p.kind) &&
            !p.amount.startsWith('-') &&
            cents(p.amount) > 0n,
        ).length;
        expect(unpaid.filter((i) => i.date > oldestUnpaid)).toHaveLength(owedAfter);
      }),
    );
  });

  it('a payment never increases arrears', () => {
    fc.assert(
      fc.property(
        accountArb,
        fc.date({ min: new Date('2024-01-01'), max: new Date('2026-12-31'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 500000 }),
        (a, d, c) => {
          const before = analyze(a, { asOf });
          const payment = { date: d.toISOString().slice(0, 10), kind: 'payment', amount: (c / 100).toFixed(2) };
          const after = analyze({ ...a, ledger: [...a.ledger, payment] }, { asOf });
          expect(cents(after.arrears) <= cents(before.arrears)).toBe(true);
        },
      ),
    );
  });

  it('an account whose balance is ≤ 0 has no arrears and no obligations', () => {
    fc.assert(
      fc.property(accountArb, (a) => {
        const s = analyze(a, { asOf });
        if (cents(s.balance) <= 0n) {
          expect(s.arrears).toBe('0.00');
          expect(s.unpaidItems).toEqual([]);
          expect(s.obligations).toEqual([]);
        }
      }),
    );
  });

  it('does not mutate its input and gives the same bytes whatever the key order', () => {
    fc.assert(
      fc.property(accountArb, fc.integer(), (a, seed) => {
        const before = JSON.stringify(a);
        const out = JSON.stringify(analyze(a, { asOf }));
        expect(JSON.stringify(a)).toBe(before);
        expect(JSON.stringify(analyze(shuffleKeys(a, seed), { asOf }))).toBe(out);
      }),
      { numRuns: runs(50) },
    );
  });
});

describe('analyzeAccount: analyze without the parsing', () => {
  const asOf = '2026-12-31';

  it('gives the same situation as analyze on an account and a date parsed once', () => {
    fc.assert(
      fc.property(accountArb, (a) => {
        expect(analyzeAccount(parseAccount(a), asOf)).toEqual(analyze(a, { asOf }));
      }),
      { numRuns: runs(50) },
    );
  });

  it('reads the DESIGN.md example from a parsed account', () => {
    const account = parseAccount(demoAccounts()['a-1029-two-months-behind.json']);
    expect(analyzeAccount(account, '2026-11-23')).toMatchObject({
      accountId: 'A-1029',
      balance: '734.60',
      firstDefaultOn: '2026-07-01',
    });
  });
});
