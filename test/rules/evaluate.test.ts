import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, dayOfWeek, isPublicHoliday, zoneOfDepartment } from '../../src/calendar';
import { contentHash, defaultPolicy, evaluate, loadPolicy, type Decision } from '../../src/rules';
import { LIBRARY_VERSION } from '../../src/version';
import { shuffleKeys } from '../account/arbitraries';
import { demoAccounts } from '../account/fixtures';
import { asOfArb, tenancyArb } from './arbitraries';
import { HEAVY_TIMEOUT, runs } from '../runs';
import { DEFAULT_POLICY_TEXT, defaultPolicyJson, tenancy } from './fixtures';

const defaultJson = defaultPolicyJson();

describe('scenarios, as a recovery officer tells them', () => {
  it('an 82-year-old tenant without a mobile phone, two months behind: a phone call, never an SMS or email', () => {
    const a = tenancy({ paidUntil: 9, members: [{ age: 82 }], digital: { mobile: false, email: false } });
    const d = evaluate(a, defaultPolicy, { asOf: '2026-11-23', locale: 'en' });
    expect(d.level.id).toBe('late');
    // 82: a vulnerable household, so the CESF sees it too; the officer calls the same day.
    expect(d.actions.map((x) => x.step)).toEqual(['vulnerable-review', 'plan-proposal']);
    expect(d.actions[1]).toMatchObject({
      step: 'plan-proposal',
      channel: 'phone',
      date: '2026-11-23',
      requiresHumanApproval: false,
      addressee: 'tenant',
    });
    expect(d.explanation.find((e) => e.about === 'channel')!.text).toMatch(/senior-or-offline/);
    // After a call on Friday 20 Nov, the next contact waits 7 days and takes the next channel in turn.
    const after = evaluate(
      { ...a, contacts: [{ date: '2026-11-20', channel: 'phone', step: 'reminder' }] },
      defaultPolicy,
      { asOf: '2026-11-23' },
    );
    expect(after.actions.at(-1)).toMatchObject({ channel: 'home-visit', date: '2026-11-27' });
  });

  it('a young salaried tenant with SMS, first missed rent: a friendly SMS the same day', () => {
    const a = tenancy({ paidUntil: 10, resources: '2000.00', members: [{ age: 24 }], preferred: ['sms'] });
    const d = evaluate(a, defaultPolicy, { asOf: '2026-11-06', locale: 'en' });
    expect(d.level.id).toBe('watch');
    expect(d.nextAction).toMatchObject({ step: 'prevention-contact', channel: 'sms', date: '2026-11-06' });
    expect(d.nextAction!.variables).toMatchObject({ tenantName: 'Mme Exemple', amountDue: '600.00', monthsOwed: 1 });
  });

  it('a household whose plan is unaffordable: the CESF, then the FSL, no plan', () => {
    const a = tenancy({ paidUntil: 9, resources: '900.00' });
    const d = evaluate(a, defaultPolicy, { asOf: '2026-11-23', locale: 'en' });
    expect(d.plan).toMatchObject({ maxSustainableInstalment: null, proposal: { feasible: false } });
    // 900 € for 1 UC less a residual rent of 600 €: below the 425 € reste à vivre floor.
    expect(d.plan!.proposal!.reasons.map((r) => r.code)).toContain('reste_a_vivre_below_floor');
    // The CESF review and the FSL referral (for a person to confirm) in the same decision, and the
    // tenant reminded the same day.
    expect(d.actions.map((x) => [x.step, x.channel])).toEqual([
      ['social-review', 'internal'],
      ['fsl-referral', 'internal'],
      ['reminder', 'letter'],
    ]);
    const reviewed = { ...a, contacts: [{ date: '2026-11-23', channel: 'internal', step: 'social-review' }] };
    expect(evaluate(reviewed, defaultPolicy, { asOf: '2026-11-24', locale: 'en' }).nextAction).toMatchObject({
      step: 'fsl-referral',
    });
  });

  const litigation = (extra: object) =>
    tenancy({
      paidUntil: 3,
      extra: { procedure: { ccapexReferredOn: '2026-10-05', commandementOn: '2026-09-01', ...extra } },
    });

  it('CCAPEX referred 7 weeks ago: the assignation waits for the end of the 2 months (loi 89-462 art. 24 II)', () => {
    const d = evaluate(litigation({}), defaultPolicy, { asOf: '2026-11-23', locale: 'en' });
    expect(d.nextAction?.step).not.toBe('assignation');
    expect(d.obligations).toContainEqual(
      expect.objectContaining({ code: 'assignation_earliest', date: '2026-12-08', status: 'closed' }),
    );
    expect(d.explanation.some((e) => e.about === 'step' && /assignation.*art\. 24 II.*8 Dec 2026/.test(e.text))).toBe(
      true,
    );
    const later = evaluate(litigation({}), defaultPolicy, { asOf: '2026-12-08', locale: 'en' });
    expect(later.nextAction).toMatchObject({ step: 'assignation', channel: 'internal', requiresHumanApproval: true });
    expect(later.obligations).toContainEqual(
      expect.objectContaining({ code: 'human_review', basis: expect.stringMatching(/GDPR art\. 22/) }),
    );
  });

  it('a commandement served on 15 Oct on a lease signed in 2024: the tenant has 6 weeks, until 26 Nov', () => {
    const a = tenancy({ paidUntil: 3, extra: { procedure: { commandementOn: '2026-10-15' } } });
    const d = evaluate(a, defaultPolicy, { asOf: '2026-11-02', locale: 'en' });
    expect(d.obligations).toContainEqual(
      expect.objectContaining({ code: 'cure_period_end', date: '2026-11-26', status: 'upcoming' }),
    );
  });

  it('an expulsion date falling on 10 Dec: the winter truce holds it until 1 April (CPCE L.412-6)', () => {
    const a = tenancy({ paidUntil: 3, extra: { procedure: { commandementToLeaveOn: '2026-10-09' } } });
    const d = evaluate(a, defaultPolicy, { asOf: '2026-11-23', locale: 'en' });
    expect(d.obligations).toContainEqual(
      expect.objectContaining({ code: 'expulsion_truce', kind: 'gate', date: '2027-04-01', status: 'closed' }),
    );
  });

  it('a surendettement file declared recevable: no enforcement, even under a policy that forgets it (code conso L.722-2)', () => {
    const careless = structuredClone(defaultJson);
    const assignation = careless.steps.find((s: { id: string }) => s.id === 'assignation');
    assignation.conditions.all = assignation.conditions.all.filter(
      (c: { fact?: string }) => c.fact !== 'surendettement',
    );
    const d = evaluate(litigation({ surendettementRecevableOn: '2026-11-01' }), loadPolicy(careless), {
      asOf: '2026-12-10',
      locale: 'en',
    });
    expect(d.nextAction?.step).not.toBe('assignation');
    expect(d.explanation.some((e) => /L\.722-2/.test(e.text))).toBe(true);
  });

  it('a step refused by a person last week is not proposed again', () => {
    const a = { ...litigation({}), approvals: [{ step: 'assignation', date: '2026-12-03', decision: 'refused' }] };
    const d = evaluate(a, defaultPolicy, { asOf: '2026-12-10', locale: 'en' });
    expect(d.nextAction?.step).not.toBe('assignation');
    expect(d.explanation.some((e) => /refused by a person on 3 Dec 2026/.test(e.text))).toBe(true);
  });

  it('a paid-up tenant: no next action, and pending reminders vanish once the debt is settled', () => {
    const owing = tenancy({ paidUntil: 10 });
    expect(evaluate(owing, defaultPolicy, { asOf: '2026-11-20', locale: 'en' }).nextAction).not.toBeNull();
    const paid = { ...owing, ledger: [...owing.ledger, { date: '2026-11-20', kind: 'payment', amount: '600.00' }] };
    const d = evaluate(paid, defaultPolicy, { asOf: '2026-11-20', locale: 'en' });
    expect(d).toMatchObject({ nextAction: null, plan: null, level: { id: 'none' } });
  });
});

describe('the decision', () => {
  it('carries its provenance, for replay and audit', () => {
    const d = evaluate(demoAccounts()['a-1029-two-months-behind.json'], defaultPolicy, {
      asOf: '2026-11-23',
      locale: 'en',
    });
    expect(d).toMatchObject({
      schemaVersion: '2',
      accountId: 'A-1029',
      policy: { id: 'default', version: '2024.1' },
      provenance: { library: LIBRARY_VERSION, policyHash: contentHash(defaultPolicy.versions[0]) },
    });
    expect(d.provenance.policyHash).toMatch(/^fnv1a64:[0-9a-f]{16}$/);
  });

  it('justifies every element by a rule or a legal source', () => {
    for (const account of Object.values(demoAccounts())) {
      const d = evaluate(account, defaultPolicy, { asOf: '2026-11-23', locale: 'en' });
      expect(d.explanation.find((e) => e.about === 'level')!.source).toMatch(/^levels\[\d+\]$/);
      for (const o of d.obligations) expect(o.basis.length).toBeGreaterThan(5);
      if (d.nextAction)
        expect(d.explanation.some((e) => e.about === 'step' && e.text.includes(d.nextAction!.step))).toBe(true);
      for (const e of d.explanation) expect(e.source.length).toBeGreaterThan(0);
    }
  });

  it('offers prevention even on a paid-up account', () => {
    const a = tenancy({ paidUntil: 11, resources: '1500.00' });
    const d = evaluate(a, defaultPolicy, { asOf: '2026-11-23', locale: 'en' });
    expect(d.nextAction).toBeNull();
    // No rooms on file: no move to a smaller home (test/rules/panel-advice.test.ts, point 12).
    expect(d.prevention.map((p) => p.code)).toEqual(['check-housing-benefit', 'cesf-review']);
  });

  it('the default policy is deep-frozen and is src/rules/default-policy.json', () => {
    expect(Object.isFrozen(defaultPolicy.versions[0]!.steps[0])).toBe(true);
    expect(JSON.parse(JSON.stringify(defaultPolicy.versions[0]))).toEqual(defaultJson);
  });

  it('examples/policies/default.json, the file a policy team copies, is the default policy byte for byte (else run `npm run schemas`)', () => {
    const example = readFileSync(join(__dirname, '..', '..', 'examples', 'policies', 'default.json'), 'utf8');
    expect(example).toBe(DEFAULT_POLICY_TEXT);
  });
});

describe('invariants', () => {
  const zoneOf = (a: Record<string, any>) => zoneOfDepartment(a.lease.department);

  it('a paid-up account gets no next action; an action is never on a weekend, a holiday, before asOf or sooner than the cadence', () => {
    fc.assert(
      fc.property(tenancyArb, asOfArb, (a, asOf) => {
        const d = evaluate(a, defaultPolicy, { asOf, locale: 'en' });
        if (d.nextAction === null) return;
        expect(d.nextAction.date >= asOf).toBe(true);
        expect(dayOfWeek(d.nextAction.date)).toBeLessThanOrEqual(5);
        expect(isPublicHoliday(d.nextAction.date, zoneOf(a))).toBe(false);
        const balance = d.plan; // a next action implies something is owed
        expect(balance).not.toBeNull();
        if (d.nextAction.channel !== 'internal') {
          const last = (a.contacts as { date: string; channel: string }[])
            .filter((c) => c.channel !== 'internal' && c.date <= asOf)
            .map((c) => c.date)
            .sort()
            .pop();
          if (last !== undefined) expect(d.nextAction.date >= addDays(last, 7)).toBe(true);
        }
      }),
      { numRuns: runs(300) },
    );
  });

  it('no next action when nothing is owed', () => {
    fc.assert(
      fc.property(tenancyArb, asOfArb, (a, asOf) => {
        const paid = { ...a, ledger: [...a.ledger, { date: asOf, kind: 'payment', amount: '99999.00' }] };
        expect(evaluate(paid, defaultPolicy, { asOf, locale: 'en' }).nextAction).toBeNull();
      }),
      { numRuns: runs(200) },
    );
  });

  it('with everything else fixed, a larger debt never lowers the alert level', () => {
    fc.assert(
      fc.property(tenancyArb, asOfArb, fc.integer({ min: 1, max: 500000 }), (a, asOf, extra) => {
        const first = a.ledger.find((p: { kind: string }) => p.kind === 'rent');
        const more = {
          ...a,
          ledger: [...a.ledger, { date: first.date, kind: 'rent', amount: (extra / 100).toFixed(2) }],
        };
        expect(evaluate(more, defaultPolicy, { asOf, locale: 'en' }).level.rank).toBeGreaterThanOrEqual(
          evaluate(a, defaultPolicy, { asOf, locale: 'en' }).level.rank,
        );
      }),
      { numRuns: runs(300) },
    );
  });

  it('gives byte-identical output across runs and key orders, and never mutates its input', () => {
    fc.assert(
      fc.property(tenancyArb, asOfArb, fc.integer(), (a, asOf, seed) => {
        const before = JSON.stringify(a);
        const out = JSON.stringify(evaluate(a, defaultPolicy, { asOf, locale: 'en' }));
        expect(JSON.stringify(evaluate(shuffleKeys(a, seed), defaultPolicy, { asOf, locale: 'en' }))).toBe(out);
        expect(JSON.stringify(a)).toBe(before);
      }),
      { numRuns: runs(100) },
    );
  });

  // json-rules-engine is slow: 200 generated accounts in npm test, 2,000 in npm run test:long.
  it(
    'both engines give identical decisions, explanation included, on generated accounts',
    async () => {
      await fc.assert(
        fc.asyncProperty(tenancyArb, asOfArb, async (a, asOf) => {
          const compiled: Decision = evaluate(a, defaultPolicy, { asOf, locale: 'en' });
          const viaJre: Decision = await evaluate(a, defaultPolicy, {
            asOf,
            engine: 'json-rules-engine',
            locale: 'en',
          });
          expect(JSON.stringify(viaJre)).toBe(JSON.stringify(compiled));
        }),
        { numRuns: runs(2000, 200) },
      );
    },
    HEAVY_TIMEOUT,
  );
});
