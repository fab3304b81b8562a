import { describe, expect, expectTypeOf, it } from 'vitest';
import { parseAccount } from '../../src/account';
import { ValidationError } from '../../src/errors';
import {
  assess,
  contentHash,
  defaultPolicy,
  evaluate,
  loadPolicy,
  prepareRun,
  type Decision,
  type PolicyInput,
  type PolicySource,
  type PreparedRun,
  type RecordResult,
} from '../../src/rules';
import { defaultPolicyJson, tenancy } from './fixtures';

const asOf = '2026-11-23';
// Two months behind on 23 November 2026: a reminder is due.
const behind = () => tenancy({ paidUntil: 9 });

/** The default policy file with the label of its "late" level changed. */
function relabelled(policy: any, label: string): any {
  policy.levels.find((l: { id: string }) => l.id === 'late').label = label;
  return policy;
}

describe('prepareRun', () => {
  it('prepares once what does not depend on the account, and gives the same bytes as evaluate', () => {
    const run = prepareRun(defaultPolicy, { asOf });
    expect(Object.isFrozen(run)).toBe(true);
    expect(run.asOf).toBe(asOf);
    expect(run.engine).toBe('compiled');
    expect(run.policy).toBe(defaultPolicy.versions[0]);
    expect(run.policyHash).toBe(contentHash(defaultPolicy.versions[0]));
    expect(run.loaded).toBe(defaultPolicy);
    const d = run.evaluate(behind());
    expect(d.provenance.policyHash).toBe(run.policyHash);
    expect(JSON.stringify(d)).toBe(JSON.stringify(evaluate(behind(), defaultPolicy, { asOf })));
    // A parsed account is not parsed again, and gives the same decision.
    expect(JSON.stringify(run.evaluate(parseAccount(behind())))).toBe(JSON.stringify(d));
  });

  it('refuses a bad asOf, a bad policy, a date no version covers and an unknown engine before any account', () => {
    expect(() => prepareRun(defaultPolicy, { asOf: '2026-02-30' })).toThrow(ValidationError);
    expect(() => prepareRun(defaultPolicy, { asOf: '2023-12-31' })).toThrow(/covered by a version of the policy/);
    expect(() => prepareRun({ id: 'x' } as never, { asOf })).toThrow(ValidationError);
    expect(() => prepareRun(defaultPolicy, { asOf, engine: 'drools' as never })).toThrow(
      /"compiled" or "json-rules-engine"/,
    );
  });

  it('gives an error record, never a throw, for a bad or unreadable record, in its place', () => {
    const run = prepareRun(defaultPolicy, { asOf, locale: 'en' });
    const bad = run.evaluateRecord({ id: 'A-1', lease: {} }, 4);
    expect(bad.ok).toBe(false);
    expect(bad).toMatchObject({ ok: false, index: 4, accountId: 'A-1' });
    expect(!bad.ok && bad.issues.some((i) => i.path.join('.') === 'lease.signedOn')).toBe(true);
    const unreadable = run.evaluateRecord(
      {
        unreadable: true,
        line: 9,
        issues: [{ code: 'invalid_type', path: [], received: '{', expected: 'JSON', message: 'x' }],
      },
      7,
    );
    expect(unreadable).toEqual({
      ok: false,
      index: 7,
      line: 9,
      issues: [{ code: 'invalid_type', path: [], received: '{', expected: 'JSON', message: 'x' }],
    });
    const good = run.evaluateRecord(behind(), 5);
    expect(good.ok && good.index === 5 && good.decision.accountId === 'S-1').toBe(true);
    // An id the contract refuses is not echoed as the record's name: its issue names it, bounded.
    const long = run.evaluateRecord({ ...behind(), id: 'x'.repeat(10_000_000) }, 3);
    expect(long.ok).toBe(false);
    expect(long).not.toHaveProperty('accountId');
    expect(JSON.stringify(long).length).toBeLessThan(2_000);
    expect(run.evaluateRecord({ ...behind(), id: 'A-1\n=cmd' }, 4)).not.toHaveProperty('accountId');
    // A record that is not even an object.
    expect(run.evaluateRecord(42, 0)).toMatchObject({ ok: false, index: 0 });
    expect(run.evaluateRecord(null, 1)).toMatchObject({ ok: false, index: 1 });
  });

  it('decides sync or async once: json-rules-engine gives promises of the same bytes', async () => {
    const compiled = prepareRun(defaultPolicy, { asOf });
    const jre = prepareRun(defaultPolicy, { asOf, engine: 'json-rules-engine' });
    expect(jre.engine).toBe('json-rules-engine');
    const pending = jre.evaluate(behind());
    expect(pending).toBeInstanceOf(Promise);
    expect(JSON.stringify(await pending)).toBe(JSON.stringify(compiled.evaluate(behind())));
    const record = jre.evaluateRecord({ id: 'B' }, 2);
    expect(record).toBeInstanceOf(Promise);
    expect(await record).toMatchObject({ ok: false, index: 2, accountId: 'B' });
  });

  it('has types that follow the engine', () => {
    expectTypeOf(prepareRun(defaultPolicy, { asOf })).toEqualTypeOf<PreparedRun<Decision>>();
    expectTypeOf(prepareRun(defaultPolicy, { asOf }).evaluateRecord).returns.toEqualTypeOf<RecordResult>();
    expectTypeOf(prepareRun(defaultPolicy, { asOf, engine: 'json-rules-engine' }).evaluate).returns.toEqualTypeOf<
      Promise<Decision>
    >();
    expectTypeOf(prepareRun(defaultPolicy, { asOf, engine: 'json-rules-engine' }).evaluateRecord).returns.toEqualTypeOf<
      Promise<RecordResult>
    >();
    expectTypeOf(evaluate).parameter(1).toEqualTypeOf<PolicySource>();
    expectTypeOf<PolicyInput>().toMatchTypeOf<PolicySource>();
    // @ts-expect-error a number is not a policy
    expect(() => evaluate(behind(), 42, { asOf })).toThrow(ValidationError);
    // @ts-expect-error asOf is required
    expect(() => prepareRun(defaultPolicy, {})).toThrow(/asOf/);
  });
});

describe('a policy given as a plain object', () => {
  it('is copied and frozen when loaded: later changes by the host never leak into a prepared run', () => {
    const raw = relabelled(defaultPolicyJson(), 'Retard');
    const run = prepareRun(raw, { asOf });
    const before = JSON.stringify(run.evaluate(behind()));
    // The host's object stays its own: not frozen, and editable.
    expect(Object.isFrozen(raw)).toBe(false);
    expect(Object.isFrozen(raw.levels[1])).toBe(false);
    relabelled(raw, 'Changed by the host');
    raw.steps.splice(0, raw.steps.length);
    expect(JSON.stringify(run.evaluate(behind()))).toBe(before);
    expect(run.policy.levels.find((l) => l.id === 'late')!.label).toBe('Retard');
  });

  it('is seen changed by a new call: evaluate and prepareRun never return the old rules or the old hash', () => {
    const raw = relabelled(defaultPolicyJson(), 'Retard');
    const first = evaluate(behind(), raw, { asOf });
    expect(first.level.label).toBe('Retard');
    relabelled(raw, 'Retard de paiement');
    const second = evaluate(behind(), raw, { asOf });
    expect(second.level.label).toBe('Retard de paiement');
    expect(second.provenance.policyHash).not.toBe(first.provenance.policyHash);
    expect(prepareRun(raw, { asOf }).policyHash).toBe(second.provenance.policyHash);
    // Back to the first content: the first rules and hash again.
    relabelled(raw, 'Retard');
    expect(JSON.stringify(evaluate(behind(), raw, { asOf }))).toBe(JSON.stringify(first));
  });

  it('gives the same decision as the loaded policy, whose hash is the content of its version', () => {
    const raw = defaultPolicyJson();
    const d = evaluate(behind(), raw, { asOf });
    expect(JSON.stringify(d)).toBe(JSON.stringify(evaluate(behind(), loadPolicy(raw), { asOf })));
    expect(d.provenance.policyHash).toBe(contentHash(defaultPolicy.versions[0]));
  });

  it('is validated again when it holds something that is not plain JSON', () => {
    const raw = defaultPolicyJson();
    expect(evaluate(behind(), raw, { asOf }).level.id).toBe('late');
    // Same JSON text once serialised, but a Date is not a date string: refused, not served from a cache.
    const dated = { ...raw, effectiveFrom: new Date('2024-01-01T00:00:00Z') };
    expect(() => evaluate(behind(), dated as never, { asOf })).toThrow(ValidationError);
  });
});

describe('assess', () => {
  it('gives the account, its situation and its decision, and reuses a situation it is given', () => {
    const run = prepareRun(defaultPolicy, { asOf });
    const a = assess(run, behind());
    expect(a.account.id).toBe('S-1');
    expect(a.situation.asOf).toBe(asOf);
    expect(JSON.stringify(a.decision)).toBe(JSON.stringify(run.evaluate(behind())));
    const other = prepareRun(relabelled(defaultPolicyJson(), 'Retard'), { asOf });
    const b = assess(other, a.account, a.situation);
    expect(b.situation).toBe(a.situation);
    expect(b.decision.level.label).toBe('Retard');
    // A situation of another day is not reused.
    const later = prepareRun(defaultPolicy, { asOf: '2026-12-01' });
    expect(assess(later, a.account, a.situation).situation.asOf).toBe('2026-12-01');
  });

  it('needs a run of the compiled engine', () => {
    const jre = prepareRun(defaultPolicy, { asOf, engine: 'json-rules-engine' });
    expect(() => assess(jre as never, behind())).toThrow(TypeError);
  });
});
