/**
 * Worked cases of a recovery manager's review of the default policy: a household whose
 * surendettement file is recevable.
 *
 * Source: DOMAIN.md §6 (Banque de France surendettement); code de la consommation L.722-2 (from
 * recevabilité, enforcement is suspended and barred) and L.722-5 (the household may not pay the
 * earlier debts). From the day the file is recevable, the debt that fell due before is frozen:
 * never reminded, never in a plan, never pursued, declared to the commission; only the rent that
 * falls due after it is collected, normally.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/account';
import { defaultPolicy, evaluate, loadPolicy, type Decision } from '../../src/rules';
import { tenancyArb } from './arbitraries';
import { defaultPolicyJson, tenancy } from './fixtures';

const TENANT_CONTACT = ['prevention-contact', 'reminder', 'phone-call', 'appointment', 'home-visit', 'formal-notice'];

/** Rent 500 + charges 100 due on the 1st of each month of 2026 to November; `paid` months paid on the 3rd. */
function ledger(paid: readonly number[]) {
  const out: object[] = [];
  for (let m = 1; m <= 11; m++) {
    const mm = String(m).padStart(2, '0');
    out.push(
      { date: `2026-${mm}-01`, kind: 'rent', amount: '500.00' },
      { date: `2026-${mm}-01`, kind: 'charges', amount: '100.00' },
    );
    if (paid.includes(m)) out.push({ date: `2026-${mm}-03`, kind: 'payment', amount: '600.00' });
  }
  return out;
}

/**
 * June to September unpaid (2 400 €, all due before the file was recevable on 15 September),
 * October and November paid; referred to the CCAPEX in June, so the assignation gate is open.
 */
function recevable(o: { paid?: number[]; contacts?: object[] } = {}) {
  return tenancy({
    paidUntil: 0,
    extra: {
      ledger: ledger(o.paid ?? [1, 2, 3, 4, 5, 10, 11]),
      procedure: { surendettementRecevableOn: '2026-09-15', ccapexReferredOn: '2026-06-20' },
      contacts: o.contacts ?? [],
    },
  });
}

const ASOF = '2026-11-20';
const texts = (d: Decision) => d.explanation.map((e) => e.text).join('\n');

describe('a recevable surendettement file (code conso L.722-2, L.722-5)', () => {
  it('shows the frozen debt and the current debt apart', () => {
    const s = analyze(recevable(), { asOf: ASOF, locale: 'en' });
    expect(s.arrears).toBe('2400.00');
    expect(s.surendettement).toEqual({
      frozen: true,
      recevableOn: '2026-09-15',
      frozenDebt: '2400.00',
      currentDebt: '0.00',
      currentFirstDefaultOn: null,
      currentMonthsOfArrears: 0,
      currentDebtInMonthsOfRent: '0.00',
    });
  });

  it('current rent paid, all debt older: no « Impayé important », the claim declared, no reminder, no plan', () => {
    const d = evaluate(recevable(), defaultPolicy, { asOf: ASOF, locale: 'en' });
    // Not « À jour » either: the frozen debt is owed, through the commission (L.722-2).
    expect(d.level.id).toBe('surendettement');
    expect(d.nextAction).toMatchObject({
      step: 'surendettement-claim',
      kind: 'surendettement-claim',
      channel: 'internal',
    });
    expect(d.plan?.proposal).toBeNull();
    expect(texts(d)).toContain('€2,400.00 fell due before and is frozen');
    // The assignation gate is open in time, but reads as suspended.
    expect(d.obligations.find((o) => o.code === 'assignation_earliest')?.status).toBe('open');
    expect(texts(d)).toContain('assignation_earliest (gate) on 21 Aug 2026: open, but suspended');
  });

  it('once the claim and the CESF review are logged: no step at all, never a reminder by SMS', () => {
    const d = evaluate(
      recevable({
        contacts: [
          { date: '2026-10-02', channel: 'internal', step: 'surendettement-claim' },
          { date: '2026-10-05', channel: 'internal', step: 'social-review' },
        ],
      }),
      defaultPolicy,
      { asOf: ASOF, locale: 'en' },
    );
    expect(d.nextAction).toBeNull();
    expect(d.plan?.proposal).toBeNull();
  });

  it('rent unpaid since the file: reminded and planned on that rent alone', () => {
    const d = evaluate(
      recevable({
        paid: [1, 2, 3, 4, 5, 10],
        contacts: [{ date: '2026-10-02', channel: 'internal', step: 'surendettement-claim' }],
      }),
      defaultPolicy,
      { asOf: ASOF, locale: 'en' },
    );
    // 600 € due since 1 November, 19 days: « Suivi », not « Impayé important » on 3 000 €.
    expect(d.level.id).toBe('watch');
    expect(d.nextAction).toMatchObject({
      kind: 'reminder',
      variables: { amountDue: '600.00', monthsOwed: 1, oldestDueDate: '2026-11-01' },
    });
    const proposal = d.plan?.proposal;
    expect(proposal?.feasible).toBe(true);
    expect(proposal?.schedule.reduce((t, i) => t + Math.round(Number(i.amount) * 100), 0)).toBe(60000);
    expect(texts(d)).toContain('The plan covers only the current debt, €600.00');
  });
});

describe('a policy that reads the whole balance', () => {
  it('still never reminds of frozen debt: the library blocks it (L.722-5)', () => {
    const careless = defaultPolicyJson();
    careless.steps = careless.steps.filter((s: { id: string }) => s.id !== 'surendettement-claim');
    const reminder = careless.steps.find((s: { id: string }) => s.id === 'reminder');
    reminder.conditions = { all: [{ fact: 'balance', operator: 'decimalGreaterThan', value: '0.00' }] };
    const d = evaluate(recevable(), loadPolicy(careless), { asOf: ASOF, locale: 'en' });
    expect(d.nextAction).toBeNull();
    expect(texts(d)).toContain(
      'Step "reminder" applies but is not proposed: only debt older than the surendettement file',
    );
  });
});

describe('property: nothing touches frozen debt', () => {
  it('a recevable file and no current debt: no tenant contact, no plan proposal', () => {
    fc.assert(
      fc.property(tenancyArb, fc.integer({ min: 0, max: 120 }), (account, back) => {
        const asOf = '2026-11-23';
        const on = new Date(Date.UTC(2026, 10, 23 - back)).toISOString().slice(0, 10);
        const a = { ...account, procedure: { ...(account as any).procedure, surendettementRecevableOn: on } };
        const s = analyze(a, { asOf, locale: 'en' });
        const d = evaluate(a, defaultPolicy, { asOf, locale: 'en' });
        if (s.surendettement.currentDebt === '0.00') {
          expect(d.actions.some((x) => TENANT_CONTACT.includes(x.kind))).toBe(false);
          expect(d.plan?.proposal ?? null).toBeNull();
        } else {
          // What any action asks for is the current debt, never the frozen one.
          for (const x of d.actions) expect(x.variables.amountDue).toBe(s.surendettement.currentDebt);
        }
        const total = d.plan?.proposal?.schedule.reduce((t, i) => t + Math.round(Number(i.amount) * 100), 0) ?? 0;
        expect(total).toBeLessThanOrEqual(Math.round(Number(s.surendettement.currentDebt) * 100));
      }),
      { numRuns: 300 },
    );
  });
});
