/**
 * Promises to pay in the default policy (issue "[4/8]", part B, practice): while a promise is
 * pending, no reminder, early contact or plan proposal goes to the tenant; a policy that wants
 * them anyway says so by leaving `promisePending` out of its conditions.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultPolicy, evaluate, loadPolicy } from '../../src/rules';
import { defaultPolicyJson, tenancy } from './fixtures';

const HELD_BACK = new Set(['reminder', 'prevention-contact', 'plan-proposal']);

describe('a pending promise holds the reminders back', () => {
  it('property: no reminder, early contact or plan proposal while a promise is pending', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 5, max: 10 }),
        fc.integer({ min: 0, max: 20 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 100, max: 200_000 }),
        fc.constantFrom('2600.00', '1200.00', '800.00'),
        (paidUntil, madeBefore, dueAfter, cents, resources) => {
          const asOf = '2026-11-23';
          const day = (n: number) => new Date(Date.UTC(2026, 10, 23 + n)).toISOString().slice(0, 10);
          const account = {
            ...tenancy({ paidUntil, resources }),
            promises: [
              {
                madeOn: day(-madeBefore),
                dueOn: day(dueAfter),
                amount: `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`,
              },
            ],
          };
          const d = evaluate(account, defaultPolicy, { asOf, locale: 'en' });
          // Nothing paid since the promise: it is pending (its due date is not passed).
          expect(d.explanation.some((e) => e.text.startsWith('A promise to pay'))).toBe(true);
          for (const a of d.actions) expect(HELD_BACK.has(a.kind)).toBe(false);
        },
      ),
      { numRuns: 80 },
    );
  });

  it('a policy that wants the reminders anyway leaves the promise out of its conditions', () => {
    const policy = defaultPolicyJson();
    for (const s of policy.steps) {
      if (s.conditions?.all)
        s.conditions.all = s.conditions.all.filter((c: { fact?: string }) => c.fact !== 'promisePending');
    }
    const account = {
      ...tenancy({ paidUntil: 9 }),
      promises: [{ madeOn: '2026-11-20', dueOn: '2026-11-30', amount: '600.00' }],
    };
    const held = evaluate(account, defaultPolicy, { asOf: '2026-11-23', locale: 'en' });
    expect(held.actions.filter((a) => HELD_BACK.has(a.kind))).toEqual([]);
    const sent = evaluate(account, loadPolicy(policy), { asOf: '2026-11-23', locale: 'en' });
    expect(sent.actions.some((a) => HELD_BACK.has(a.kind))).toBe(true);
  });

  it('the tolerance is the policy’s: a payment 5 days late keeps the promise with graceDays 5', () => {
    const base = tenancy({ paidUntil: 9 });
    const account = {
      ...base,
      ledger: [...base.ledger, { date: '2026-11-20', kind: 'payment', amount: '300.00' }],
      promises: [{ madeOn: '2026-11-10', dueOn: '2026-11-15', amount: '300.00' }],
    };
    const broken = evaluate(account, defaultPolicy, { asOf: '2026-11-23', locale: 'en' });
    expect(broken.explanation.some((e) => e.text.startsWith('The promise to pay €300.00'))).toBe(true);
    const policy = defaultPolicyJson();
    policy.promises = { graceDays: 5 };
    const kept = evaluate(account, loadPolicy(policy), { asOf: '2026-11-23', locale: 'en' });
    expect(kept.explanation.some((e) => e.text.includes('promise'))).toBe(false);
  });
});
