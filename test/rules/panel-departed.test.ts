/**
 * The recovery manager's review of departed tenants (issue "Decisions a recovery manager would
 * sign", point 4): a tenant who left gets their own sequence — the final statement with the
 * deposit offset (loi 89-462 art. 22), a mise en demeure, an injonction de payer, a write-off
 * proposal a person decides — and none of a sitting tenant's: no CAF/MSA signalling, no CCAPEX,
 * no eviction, no mutation or housing-benefit advice, no plan judged on the rent of the home they
 * left.
 *
 * The tenancy: rent 500 + charges 100 due on the 1st in Seine-Saint-Denis, paid until July 2026;
 * the keys returned on Tuesday 15 September 2026; August and September unpaid: 1 200 € owed; a
 * deposit of 500 € held.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, evaluate } from '../../src/rules';
import { defaultPolicyJson, tenancy } from './fixtures';

function departed(o: { procedure?: object; deposit?: string; matches?: boolean; benefit?: object } = {}) {
  const base = tenancy({ paidUntil: 7, months: 9 });
  return {
    ...base,
    lease: {
      ...base.lease,
      endedOn: '2026-09-15',
      securityDeposit: o.deposit ?? '500.00',
      ...(o.matches === undefined ? {} : { exitInventoryMatchesEntry: o.matches }),
    },
    ...(o.benefit ? { housingBenefit: o.benefit } : {}),
    ...(o.procedure ? { procedure: o.procedure } : {}),
  };
}

const decide = (account: object, asOf: string) => evaluate(account, defaultPolicy, { asOf, locale: 'en' });

describe('point 4: a departed tenant has a sequence of their own', () => {
  it('first the final statement, the deposit offset, by the deadline of art. 22', () => {
    const d = decide(departed(), '2026-10-05');
    expect(d.actions.map((a) => [a.step, a.channel, a.role, a.addressee])).toEqual([
      ['final-statement', 'letter', 'officer', 'tenant'],
    ]);
    // Exit inventory not said to match: 2 months from the keys (loi 89-462 art. 22).
    const deadline = d.obligations.find((o) => o.code === 'deposit_restitution')!;
    expect(deadline).toMatchObject({ kind: 'deadline', date: '2026-11-15', status: 'upcoming' });
    expect(deadline.basis).toContain('art. 22');
    const note = d.explanation.find((e) => e.source === 'loi 89-462 art. 22' && e.about === 'step')!;
    expect(note.text).toContain('€700.00 left to pay');
  });

  it('exit inventory matching the entry one: 1 month to return the deposit', () => {
    const d = decide(departed({ matches: true }), '2026-10-05');
    expect(d.obligations.find((o) => o.code === 'deposit_restitution')?.date).toBe('2026-10-15');
  });

  it('a mise en demeure by registered letter 15 days after the statement', () => {
    const d = decide(departed({ procedure: { finalStatementOn: '2026-10-09' } }), '2026-11-23');
    expect(d.actions.map((a) => [a.step, a.kind, a.channel])).toEqual([
      ['departed-formal-notice', 'formal-notice', 'registered-letter'],
    ]);
    expect(d.obligations.find((o) => o.code === 'deposit_restitution')?.status).toBe('done');
  });

  it('an injonction de payer 30 days after the mise en demeure, for a person to approve (debt ≥ 500 €)', () => {
    const procedure = { finalStatementOn: '2026-10-09', formalNoticeOn: '2026-10-20' };
    const d = decide(departed({ procedure, deposit: '0.00' }), '2026-11-23');
    expect(d.actions[0]).toMatchObject({
      step: 'injonction-de-payer',
      role: 'litigation',
      requiresHumanApproval: true,
    });
    expect(d.obligations.some((o) => o.code === 'human_review' && o.basis.startsWith('GDPR'))).toBe(true);
  });

  it('below 500 € after the deposit, a write-off proposal instead, which a person decides', () => {
    // The ledger after the statement carries the offset: 1 200 − 900 paid since = 300 € owed.
    const account = departed({ procedure: { finalStatementOn: '2026-09-20', formalNoticeOn: '2026-09-21' } });
    account.ledger.push({ date: '2026-09-20', kind: 'payment', amount: '900.00' });
    const d = decide(account, '2026-11-23');
    expect(d.actions.map((a) => [a.step, a.role, a.addressee, a.requiresHumanApproval])).toEqual([
      ['write-off', 'manager', 'landlord', true],
    ]);
  });

  it('no CAF signalling, CCAPEX, winter truce nor eviction step, no advice and no plan on the old rent', () => {
    // A benefit paid to the tenant had stopped: for a sitting tenant, advice to restore it; here
    // the home is left, so nothing of the kind.
    const benefit = { kind: 'APL', monthlyAmount: '200.00', paidTo: 'tenant', stoppedOn: '2026-08-01' };
    const d = decide(departed({ benefit }), '2026-11-23');
    const codes = d.obligations.map((o) => o.code);
    for (const code of ['caf_signal', 'ccapex_referral', 'assignation_earliest', 'winter_truce'] as const) {
      expect(codes).not.toContain(code);
    }
    expect(d.prevention).toEqual([]);
    expect(d.plan?.proposal).toBeNull();
    expect(d.plan?.maxSustainableInstalment).toBeNull();
    expect(d.explanation.some((e) => e.about === 'plan' && e.text.includes('no longer pays the rent'))).toBe(true);
  });

  it('a policy that asks for a CAF signal or a commandement for a departed tenant is overruled (built-in)', () => {
    const policy = defaultPolicyJson();
    policy.steps = [
      { id: 'caf', kind: 'caf-signal', label: 'CAF', channel: 'internal', humanApproval: false },
      { id: 'cmd', kind: 'commandement', label: 'Commandement', channel: 'internal', humanApproval: true },
      { id: 'ccapex', kind: 'ccapex-referral', label: 'CCAPEX', channel: 'internal', humanApproval: false },
      { id: 'letter', kind: 'reminder', label: 'Relance', channel: 'letter', humanApproval: false, repeat: true },
    ];
    policy.messages = [];
    const d = evaluate(departed(), policy, { asOf: '2026-11-23', locale: 'en' });
    expect(d.actions.map((a) => a.step)).toEqual(['letter']);
    for (const id of ['caf', 'cmd', 'ccapex']) {
      const blocked = d.explanation.find((e) => e.text.startsWith(`Step "${id}" applies but is not proposed`))!;
      expect(blocked.text).toContain('the tenant left on 15 Sep 2026');
    }
  });

  it('property: whatever the policy asks, no eviction, CAF or CCAPEX step for a departed tenant', () => {
    const kinds = ['caf-signal', 'ccapex-referral', 'commandement', 'assignation', 'reminder'] as const;
    fc.assert(
      fc.property(
        fc.subarray([...kinds], { minLength: 1 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 0, max: 120 }),
        (chosen, paidUntil, daysAfter) => {
          const policy = defaultPolicyJson();
          policy.steps = chosen.map((kind, i) => ({
            id: `s${i}`,
            kind,
            label: kind,
            channel: kind === 'reminder' ? 'letter' : 'internal',
            humanApproval: kind === 'commandement' || kind === 'assignation',
            ...(kind === 'assignation' ? { requires: ['assignation_earliest'] } : {}),
          }));
          policy.messages = [];
          const base = departed();
          const account = {
            ...base,
            ledger: tenancy({ paidUntil, months: 9 }).ledger,
            procedure: { ccapexReferredOn: '2026-06-01', commandementOn: '2026-07-01' },
          };
          const asOf = new Date(Date.UTC(2026, 8, 15 + daysAfter)).toISOString().slice(0, 10);
          const d = evaluate(account, policy, { asOf, locale: 'en' });
          return d.actions.every(
            (a) =>
              a.kind !== 'caf-signal' &&
              a.kind !== 'ccapex-referral' &&
              a.kind !== 'commandement' &&
              a.kind !== 'assignation',
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
