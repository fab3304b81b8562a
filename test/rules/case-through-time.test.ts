/**
 * A case followed month by month under the default policy, from the first default to the
 * CCAPEX's decision on the aid (issue "[4/8] The law on 1 January 2027, and a case followed
 * through time").
 *
 * The household: a couple and a child of 8 in Lyon (69), rent 550 + charges 50 due on the 1st;
 * an APL of 500 € paid to the landlord (tiers payant, posted with the rent it pays); the tenant
 * pays the 100 € left each month until January 2027, then nothing from February 2027.
 *
 * What the law says (DOMAIN.md §1): under the 2027 rule (décret 2026-84, CCH R.824-2), the impayé
 * exists 3 months after a first default still unpaid — read from the start of the arrears
 * episode, 1 February 2027 — so on 1 May 2027 (the debt, 300 € on 30 April, never passed 450 €
 * before); the landlord signals it within 2 months, by 1 July 2027 (CCH R.824-1 to R.824-4). From
 * 2027 the CCAPEX decides whether the aid is kept or suspended; a suspension takes effect on the
 * first day of the month after its notification to the payer (CCH L.824-2).
 *
 * The file records, as the ERP would by each day: a friendly letter on 5 February, letters on 15
 * March and 15 April, the CAF signal on 5 May, a promise by phone on 10 May to pay 200 € by 31
 * May (not kept), the CCAPEX's suspension notified to the payer on 12 July.
 */
import { describe, expect, it } from 'vitest';
import { defaultPolicy, evaluate } from '../../src/rules';

function ledger(): object[] {
  const out: object[] = [];
  for (let y = 2026; y <= 2027; y++) {
    for (let m = 1; m <= 12; m++) {
      const month = `${y}-${String(m).padStart(2, '0')}`;
      if (month < '2026-09' || month > '2027-09') continue;
      out.push(
        { date: `${month}-01`, kind: 'rent', amount: '550.00' },
        { date: `${month}-01`, kind: 'charges', amount: '50.00' },
      );
      // The aid stops with the suspension, from 1 August 2027.
      if (month < '2027-08') out.push({ date: `${month}-01`, kind: 'benefit', amount: '500.00' });
      if (month < '2027-02') out.push({ date: `${month}-05`, kind: 'payment', amount: '100.00' });
    }
  }
  return out;
}

const ACCOUNT = {
  id: 'T-2027',
  lease: { signedOn: '2020-05-01', department: '69', rent: '550.00', charges: '50.00' },
  household: {
    name: 'M. et Mme Exemple',
    monthlyResources: '1400.00',
    members: [{ age: 41 }, { age: 39 }, { age: 8 }],
    digital: { mobile: true, email: true },
  },
  housingBenefit: { kind: 'APL', monthlyAmount: '500.00', paidTo: 'landlord' },
  ledger: ledger(),
  contacts: [
    { date: '2027-02-05', channel: 'letter', step: 'prevention-contact' },
    { date: '2027-03-15', channel: 'letter', step: 'reminder' },
    { date: '2027-04-15', channel: 'letter', step: 'reminder' },
    { date: '2027-05-05', channel: 'internal', step: 'caf-signal' },
    { date: '2027-05-10', channel: 'phone', step: 'reminder', outcome: 'promise-to-pay' },
  ],
  procedure: { cafSignalledOn: '2027-05-05' },
  promises: [{ madeOn: '2027-05-10', dueOn: '2027-05-31', amount: '200.00', channel: 'phone' }],
  payerEvents: [{ date: '2027-07-12', kind: 'ccapex-suspended' }],
};

/** What a recovery manager reads first in a decision. */
function summary(asOf: string) {
  const d = evaluate(ACCOUNT, defaultPolicy, { asOf, locale: 'en' });
  return {
    level: d.level.id,
    owed: d.actions[0]?.variables.amountDue ?? null,
    actions: d.actions.map((a) => `${a.step} by ${a.channel} on ${a.date} (${a.role} → ${a.addressee})`),
    obligations: d.obligations.map((o) => `${o.code} ${o.date} ${o.status}`),
    notes: d.explanation
      .filter((e) => /promise|impayé is constituted|CCAPEX decides/.test(e.text))
      .map((e) => e.text.slice(0, 90)),
  };
}

describe('a tiers-payant household that stops paying its share in February 2027', () => {
  it('4 February: 100 € owed since the 1st, a friendly contact', () => {
    const s = summary('2027-02-04');
    expect(s.level).toBe('watch');
    expect(s.actions[0]).toMatch(/^prevention-contact by \w+ on 2027-02-04/);
  });

  it('30 April: 300 € owed for 3 months less a day, under 450 €: no impayé yet', () => {
    const s = summary('2027-04-30');
    expect(s.obligations.some((o) => o.startsWith('caf_signal'))).toBe(false);
  });

  it('3 May: the impayé is constituted on 1 May, 3 months after the episode began; signal by 1 July', () => {
    const s = summary('2027-05-03');
    expect(s.level).toBe('benefit-unpaid');
    expect(s.obligations).toContain('caf_signal 2027-07-01 upcoming');
    expect(s.actions[0]).toBe('caf-signal by internal on 2027-05-03 (back-office → caf)');
    expect(s.notes.some((n) => n.startsWith('The benefit impayé is constituted on 1 May 2027'))).toBe(true);
  });

  it('17 May: signalled, a promise pending: no reminder until it falls due', () => {
    const s = summary('2027-05-17');
    expect(s.obligations).toContain('caf_signal 2027-07-01 done');
    expect(s.actions.some((a) => a.startsWith('reminder'))).toBe(false);
    expect(s.notes.some((n) => n.startsWith('A promise to pay €200.00'))).toBe(true);
  });

  it('7 June: the promise is broken (an early sign), the reminders resume', () => {
    const s = summary('2027-06-07');
    expect(s.notes.some((n) => n.startsWith('The promise to pay €200.00'))).toBe(true);
    expect(s.actions.some((a) => /^(reminder|plan-proposal) /.test(a))).toBe(true);
  });

  it('15 July: the CCAPEX suspended the aid, notified on 12 July: suspended from 1 August', () => {
    const s = summary('2027-07-15');
    expect(s.obligations).toContain('aid_suspension 2027-08-01 closed');
    expect(s.notes.some((n) => n.includes('CCAPEX decides'))).toBe(true);
  });

  it('the decisions of the case, month by month, pinned', () => {
    const days = [
      '2027-02-04',
      '2027-03-15',
      '2027-04-15',
      '2027-05-03',
      '2027-05-17',
      '2027-06-07',
      '2027-07-15',
      '2027-08-16',
    ];
    expect(Object.fromEntries(days.map((d) => [d, summary(d)]))).toMatchSnapshot();
  });
});
