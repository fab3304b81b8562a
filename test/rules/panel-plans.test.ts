/**
 * Worked cases of a recovery manager's review of the default policy: an existing plan's status
 * (kept, late, broken, finished; judicial délais alike) drives the level, the next step and the
 * narrative of the decision.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, evaluate, type Decision } from '../../src/rules';
import { tenancy } from './fixtures';

type Instalment = { dueOn: string; amount: string };

/** Monthly instalments on the 10th, from a month of 2026 (1-based), `count` of them. */
function instalments(from: number, count: number, amount: string): Instalment[] {
  return Array.from({ length: count }, (_, i) => {
    const m = from - 1 + i;
    const y = 2026 + Math.floor(m / 12);
    return { dueOn: `${y}-${String((m % 12) + 1).padStart(2, '0')}-10`, amount };
  });
}

/**
 * A tenancy paid every month to November 2026 that owed `debt` since 1 December 2025, repaid
 * under a plan: the instalments of `paid` are paid on their due day.
 */
function withPlan(o: {
  kind?: string;
  debt: string;
  schedule: Instalment[];
  paid: Instalment[];
  resources?: string;
  paidUntil?: number;
  procedure?: object;
}) {
  const a = tenancy({
    paidUntil: o.paidUntil ?? 11,
    resources: o.resources,
    extra: {
      repaymentPlan: { kind: o.kind ?? 'amicable', agreedOn: '2026-06-15', debt: o.debt, instalments: o.schedule },
      ...(o.procedure ? { procedure: o.procedure } : {}),
    },
  });
  return {
    ...a,
    ledger: [
      { date: '2025-12-01', kind: 'rent', amount: o.debt },
      ...a.ledger,
      ...o.paid.map((i) => ({ date: i.dueOn, kind: 'payment', amount: i.amount })),
    ],
  };
}

const texts = (d: Decision) => d.explanation.map((e) => e.text);
const planTexts = (d: Decision) => d.explanation.filter((e) => e.about === 'plan').map((e) => e.text);
/** formatEUR's spacing (narrow no-break spaces) made plain, to compare with plain text. */
const plain = (t: string) => t.replace(/\s/g, ' ');

describe('a plan fully paid does not stop recovery of new arrears (issue point 5)', () => {
  // 5 × 100 € paid on their days (March–July); October and November rent unpaid: 1 200 € of new
  // arrears. Practice: a finished plan is history; new arrears follow the ladder (DOMAIN.md §6).
  const schedule = instalments(3, 5, '100.00');
  const account = withPlan({ debt: '500.00', schedule, paid: schedule, paidUntil: 9 });

  it.each(['2026-11-23', '2026-12-21', '2027-02-15'])('on %s, proposes a plan for the new arrears', (asOf) => {
    const d = evaluate(account, defaultPolicy, { asOf, locale: 'en' });
    expect(d.plan?.existing).toMatchObject({
      kind: 'amicable',
      status: 'finished',
      broken: false,
      nextInstalment: null,
    });
    expect(d.nextAction).toMatchObject({ step: 'plan-proposal', kind: 'plan-proposal' });
    expect(d.plan?.proposal?.feasible).toBe(true);
    expect(texts(d)).not.toContain('No step applies today.');
    expect(texts(d).some((t) => t.includes('is finished: every instalment was paid'))).toBe(true);
  });

  it('on 23/11, level « Retard »: a month behind, not a plan in progress', () => {
    expect(evaluate(account, defaultPolicy, { asOf: '2026-11-23', locale: 'en' }).level.id).toBe('late');
  });
});

describe('a kept plan reads as a plan in progress (issue point 6)', () => {
  // 10 × 102,50 € from July; the 5 due by 23/11 paid on their days; resources too low for even
  // the minimum instalment of a new plan. Practice: a plan kept is followed, not replaced or
  // escalated (DOMAIN.md §5, plan feasibility applies to a new plan only).
  const schedule = instalments(7, 10, '102.50');
  const kept = withPlan({ debt: '1025.00', schedule, paid: schedule.slice(0, 5), resources: '900.00' });

  it('« plan en cours », its next instalment, no step, no proposal, no CESF review', () => {
    const d = evaluate(kept, defaultPolicy, { asOf: '2026-11-23', locale: 'en' });
    expect(d.level).toEqual({ id: 'plan', rank: 6, label: "Plan en cours (le plan d'apurement est tenu)" });
    expect(d.nextAction).toBeNull();
    expect(d.plan).toMatchObject({
      proposal: null,
      existing: {
        kind: 'amicable',
        status: 'kept',
        broken: false,
        reason: null,
        nextInstalment: { dueOn: '2026-12-10', amount: '102.50' },
      },
    });
    expect(texts(d)).toContain('No step applies today: the plan is kept; follow its next instalment.');
    const plan = plain(planTexts(d).find((t) => t.startsWith('Plan en cours'))!);
    expect(plan).toContain('5 of 10 instalments paid');
    expect(plan).toContain('Next instalment: €102.50 on 10 Dec 2026.');
    expect(texts(d).some((t) => t.includes('minimum'))).toBe(false);
    expect(texts(d).some((t) => t.includes('social-review') || t.includes('fsl-referral'))).toBe(false);
  });

  it('one instalment unpaid, within the tolerance: late, a reminder, no new plan', () => {
    // Policy: brokenAfterUnpaid 2, so one unpaid instalment is tolerated (DOMAIN.md §5).
    const late = withPlan({ debt: '1025.00', schedule, paid: schedule.slice(0, 4), resources: '2600.00' });
    const d = evaluate(late, defaultPolicy, { asOf: '2026-11-23', locale: 'en' });
    expect(d.plan).toMatchObject({
      proposal: null,
      existing: { status: 'late', broken: false, nextInstalment: { dueOn: '2026-11-10', amount: '102.50' } },
    });
    expect(d.nextAction).toMatchObject({ step: 'reminder' });
    expect(texts(d).some((t) => t.includes('1 instalment is unpaid, within the policy'))).toBe(true);
  });

  it('two instalments missed: broken, said so, renegotiation proposed', () => {
    // Policy: brokenAfterUnpaid 2 → recovery resumes; a plan the household can afford is renegotiated.
    const broken = withPlan({ debt: '1025.00', schedule, paid: schedule.slice(0, 3), resources: '2600.00' });
    const d = evaluate(broken, defaultPolicy, { asOf: '2026-11-23', locale: 'en' });
    expect(d.level.id).not.toBe('plan');
    expect(d.plan?.existing).toMatchObject({
      status: 'broken',
      broken: true,
      reason: expect.stringContaining('2 instalments are unpaid'),
    });
    expect(d.nextAction).toMatchObject({ step: 'plan-renegotiation', kind: 'plan-proposal' });
    expect(d.plan?.proposal?.feasible).toBe(true);
    expect(texts(d).some((t) => t.includes('is broken') && t.includes('Renegotiate it'))).toBe(true);
  });
});

describe('broken délais de paiement (issue point 3)', () => {
  // Délais granted by the judge on 15/06: 12 × 250 € from July; the November instalment unpaid.
  // DOMAIN.md §3 « Délais de paiement granted by the judge »: the suspension of the clause
  // résolutoire ends at the first missed payment (loi 89-462 art. 24 VII).
  const schedule = instalments(7, 12, '250.00');
  const procedure = {
    ccapexReferredOn: '2026-01-15',
    commandementOn: '2026-02-02',
    assignationOn: '2026-04-01',
    judgmentOn: '2026-06-15',
    judgment: 'delais',
  };
  const account = withPlan({ kind: 'judicial', debt: '3000.00', schedule, paid: schedule.slice(0, 4), procedure });

  it('says the lease may be treated as terminated, calls urgently, proposes no plan', () => {
    const d = evaluate(account, defaultPolicy, { asOf: '2026-11-23', locale: 'en' });
    expect(d.plan).toMatchObject({
      proposal: null,
      existing: {
        kind: 'judicial',
        status: 'broken',
        broken: true,
        nextInstalment: { dueOn: '2026-11-10', amount: '250.00' },
      },
    });
    expect(d.nextAction).toMatchObject({ step: 'delais-broken-call', kind: 'phone-call', channel: 'phone' });
    const plan = planTexts(d)[0]!;
    expect(plan).toContain('The lease may now be treated as terminated.');
    expect(plan).toContain('ask the CESF to review');
    expect(texts(d).some((t) => t.includes('a plan of'))).toBe(false);
  });

  it('once the call is made, asks the CESF review, never a reminder', () => {
    const called = { ...account, contacts: [{ date: '2026-11-23', channel: 'phone', step: 'delais-broken-call' }] };
    const d = evaluate(called, defaultPolicy, { asOf: '2026-11-24', locale: 'en' });
    expect(d.nextAction).toMatchObject({ step: 'delais-broken-review', kind: 'social-review', channel: 'internal' });
  });

  it('kept délais read as a plan in progress', () => {
    const kept = withPlan({ kind: 'judicial', debt: '3000.00', schedule, paid: schedule.slice(0, 5), procedure });
    const d = evaluate(kept, defaultPolicy, { asOf: '2026-11-23', locale: 'en' });
    expect(d.level.id).toBe('plan');
    expect(d.plan).toMatchObject({ proposal: null, existing: { status: 'kept' } });
  });
});

describe('properties', () => {
  it('no new plan proposal while a plan is kept', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 15, max: 400 }),
        fc.constantFrom('amicable', 'caf', 'judicial', 'surendettement'),
        fc.constantFrom('600.00', '1200.00', '2600.00', '5000.00'),
        (count, due, euros, kind, resources) => {
          // Instalments from July: `due` of them by 23/11 (at most 5), all paid on their days.
          const schedule = instalments(7, Math.max(count, due + 1), `${euros}.00`);
          const debt = `${euros * schedule.length}.00`;
          const a = withPlan({ kind, debt, schedule, paid: schedule.slice(0, Math.min(due, 5)), resources });
          const d = evaluate(a, defaultPolicy, { asOf: '2026-11-23', locale: 'en' });
          if (d.plan?.existing?.status !== 'kept') return;
          expect(d.plan.proposal).toBeNull();
          expect(d.actions.map((x) => x.kind)).not.toContain('plan-proposal');
        },
      ),
      { numRuns: 60 },
    );
  });
});
