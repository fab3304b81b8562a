import fc from 'fast-check';

const day = (n: number) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10);
const dateArb = fc.integer({ min: 0, max: 700 }).map(day);
const cents = (min: number, max: number) => fc.integer({ min, max }).map((c) => (c / 100).toFixed(2));

/** Generated tenancies over 2025–2026 with varied households, ledgers, procedures and contacts. */
export const tenancyArb = fc
  .record({
    department: fc.constantFrom('93', '57', '2A', '974', '971', '75'),
    signedOn: fc.constantFrom('2019-05-01', '2023-07-28', '2023-07-29', '2024-06-01'),
    rent: cents(20000, 90000),
    charges: cents(3000, 15000),
    resources: cents(0, 400000),
    ages: fc.array(fc.integer({ min: 0, max: 95 }), { minLength: 1, maxLength: 5 }),
    mobile: fc.boolean(),
    email: fc.boolean(),
    preferred: fc.option(fc.constantFrom('sms', 'email', 'letter', 'phone'), { nil: undefined }),
    benefit: fc.option(fc.record({ amount: cents(5000, 40000), paidTo: fc.constantFrom('landlord', 'tenant') }), {
      nil: undefined,
    }),
    months: fc.array(
      fc.record({
        paid: fc.constantFrom('full', 'full', 'full', 'partial', 'none'),
        late: fc.integer({ min: 0, max: 25 }),
      }),
      { minLength: 1, maxLength: 22 },
    ),
    regularisation: fc.option(cents(1000, 80000), { nil: undefined }),
    contacts: fc.array(
      fc.record({
        date: dateArb,
        channel: fc.constantFrom('letter', 'sms', 'phone', 'internal', 'email'),
        step: fc.constantFrom('reminder', 'plan-proposal', 'prevention-contact', 'caf-signal'),
      }),
      { maxLength: 5 },
    ),
    procedure: fc.record(
      {
        cafSignalledOn: fc.option(dateArb, { nil: null }),
        ccapexReferredOn: fc.option(dateArb, { nil: null }),
        commandementOn: fc.option(dateArb, { nil: null }),
        surendettementRecevableOn: fc.option(dateArb, { nil: null }),
      },
      { requiredKeys: [] },
    ),
    approvals: fc.array(
      fc.record({
        step: fc.constantFrom('commandement', 'assignation', 'reminder'),
        date: dateArb,
        decision: fc.constantFrom('approved', 'refused'),
      }),
      { maxLength: 2 },
    ),
  })
  .map((t) => {
    const ledger: Record<string, unknown>[] = [];
    const monthly = (Number(t.rent) * 100 + Number(t.charges) * 100) / 100;
    t.months.forEach((m, i) => {
      const date = new Date(Date.UTC(2025, i, 1)).toISOString().slice(0, 10);
      ledger.push({ date, kind: 'rent', amount: t.rent }, { date, kind: 'charges', amount: t.charges });
      if (t.benefit?.paidTo === 'landlord') ledger.push({ date, kind: 'benefit', amount: t.benefit.amount });
      if (m.paid !== 'none') {
        const due =
          Math.round(monthly * 100) -
          (t.benefit?.paidTo === 'landlord' ? Math.round(Number(t.benefit.amount) * 100) : 0);
        const pay = m.paid === 'full' ? due : Math.floor(due / 2);
        if (pay > 0)
          ledger.push({
            date: new Date(Date.UTC(2025, i, 1 + m.late)).toISOString().slice(0, 10),
            kind: 'payment',
            amount: (pay / 100).toFixed(2),
          });
      }
    });
    if (t.regularisation !== undefined)
      ledger.push({ date: '2025-06-15', kind: 'charges-regularisation', amount: t.regularisation });
    return {
      id: 'GEN',
      lease: { signedOn: t.signedOn, department: t.department, rent: t.rent, charges: t.charges, guarantor: true },
      household: {
        monthlyResources: t.resources,
        members: t.ages.map((age) => ({ age })),
        digital: { mobile: t.mobile, email: t.email },
        ...(t.preferred === undefined ? {} : { preferredChannels: [t.preferred] }),
      },
      ...(t.benefit === undefined
        ? {}
        : { housingBenefit: { kind: 'APL', monthlyAmount: t.benefit.amount, paidTo: t.benefit.paidTo } }),
      ledger,
      contacts: t.contacts,
      procedure: t.procedure,
      approvals: t.approvals,
    } as Record<string, any>;
  });

/** Evaluation dates across 2025–2026, weekends and holidays included. */
export const asOfArb = fc.integer({ min: 30, max: 720 }).map(day);
