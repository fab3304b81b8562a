import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/errors';
import { evaluate } from '../../src/rules/evaluate';
import { FACTS, FACT_NAMES, type FactType } from '../../src/rules/facts';
import { factsMarkdown } from '../../src/rules/facts-doc';
import { OPERATORS } from '../../src/rules/operators';
import { loadPolicy, validatePolicy } from '../../src/rules/validate';
import { defaultPolicyJson, tenancy } from './fixtures';

/**
 * A fact that does not exist for an account is null, and docs/facts.md promises that every
 * comparison with it is false; `isMissing` and `isPresent` test it. The operators themselves and
 * the two engines are checked in operators.test.ts and engines.test.ts; here, what a policy
 * author meets: validation, the documentation, and decisions.
 */
const defaultJson = defaultPolicyJson();
const asOf = '2026-11-23';
const fact = (f: string, operator: string, value: unknown) => ({ fact: f, operator, value });
/** The default policy with one more condition on the "watch" level. */
const watchTests = (condition: object) => {
  const p = structuredClone(defaultJson);
  p.levels[1].conditions = { all: [...p.levels[1].conditions.all, condition] };
  return p;
};
const lines = (issues: readonly Issue[]) => issues.map((i) => `${i.code} ${i.message}`);
const refused = (policy: unknown) => {
  const r = validatePolicy(policy, { locale: 'en' });
  expect(r.ok).toBe(false);
  return r.ok ? [] : lines(r.issues);
};

describe('isMissing and isPresent in a policy', () => {
  const TYPES: readonly FactType[] = ['amount', 'decimal', 'integer', 'date', 'boolean', 'string', 'string-list'];

  it.each(TYPES.flatMap((type) => ['isMissing', 'isPresent'].map((op) => [op, type] as const)))(
    'accepts %s with true on a fact of type %s, with no warning',
    (operator, type) => {
      const name = FACT_NAMES.find((n) => FACTS[n]!.type === type)!;
      expect(name).toBeDefined();
      expect(validatePolicy(watchTests(fact(name, operator, true)))).toMatchObject({ ok: true, warnings: [] });
    },
  );

  it.each([
    [
      'isMissing with false',
      fact('daysSinceLastContact', 'isMissing', false),
      'operator_mismatch levels[1].conditions.all[1].value: expected true: "isMissing" takes no other value (for the opposite test, use "isPresent"); received false',
    ],
    [
      'isPresent with false',
      fact('firstDefaultOn', 'isPresent', false),
      'operator_mismatch levels[1].conditions.all[1].value: expected true: "isPresent" takes no other value (for the opposite test, use "isMissing"); received false',
    ],
    [
      'isMissing with the text "true"',
      fact('daysSinceLastContact', 'isMissing', 'true'),
      'operator_mismatch levels[1].conditions.all[1].value: expected true: "isMissing" takes no other value (for the opposite test, use "isPresent"); received "true"',
    ],
    [
      'isPresent with a number',
      fact('daysSinceLastContact', 'isPresent', 1),
      'operator_mismatch levels[1].conditions.all[1].value: expected true: "isPresent" takes no other value (for the opposite test, use "isMissing"); received the number 1',
    ],
    [
      'isMissing with null',
      fact('daysSinceLastContact', 'isMissing', null),
      'operator_mismatch levels[1].conditions.all[1].value: expected true: "isMissing" takes no other value (for the opposite test, use "isPresent"); received null',
    ],
    [
      'isMissing with a parameter',
      fact('daysSinceLastContact', 'isMissing', { param: 'earlyDays' }),
      'operator_mismatch levels[1].conditions.all[1].value: expected true: "isMissing" takes no other value (for the opposite test, use "isPresent"); received {"param":"earlyDays"}',
    ],
    [
      'isPresent with another fact',
      fact('daysSinceLastContact', 'isPresent', { fact: 'benefitUnpaid' }),
      'operator_mismatch levels[1].conditions.all[1].value: expected true: "isPresent" takes no other value (for the opposite test, use "isMissing"); received {"fact":"benefitUnpaid"}',
    ],
  ])('refuses %s', (_, condition, message) => {
    expect(refused(watchTests(condition))).toEqual([message]);
  });

  it('warns of null in a list, which a missing fact no longer matches', () => {
    const r = validatePolicy(watchTests(fact('tenancy', 'in', ['current', null])), { locale: 'en' });
    expect(r.ok).toBe(true);
    expect(lines(r.warnings)).toEqual([
      'custom levels[1].conditions.all[1].value[1]: expected a value: a missing fact is compared with nothing ("in" is false on it); test it with "isMissing"; received null',
    ]);
  });

  it('is listed, with what it tests, in the facts reference', () => {
    const doc = factsMarkdown();
    expect(OPERATORS.isMissing!.factTypes).toEqual(TYPES);
    expect(OPERATORS.isPresent!.factTypes).toEqual(TYPES);
    expect(doc).toContain(
      '| `isMissing` | amount, decimal, integer, date, boolean, string, string-list | true | the fact is missing for the account',
    );
    expect(doc).toContain(
      '| `isPresent` | amount, decimal, integer, date, boolean, string, string-list | true | the fact has a value',
    );
    expect(doc).toContain('every comparison with it is false, whichever the operator (`notEqual`, `notIn`');
  });
});

describe('a missing fact in decisions, in both engines', () => {
  /** The default policy whose first channel rule has the given conditions and sends letters. */
  const letterWhen = (conditions: object) => {
    const p = structuredClone(defaultJson);
    p.channels.rules.unshift({ id: 'first', conditions, use: ['letter'] });
    return loadPolicy(p);
  };
  const behind = tenancy({ paidUntil: 9 });
  const contacted = {
    ...behind,
    contacts: [{ date: '2026-11-10', channel: 'phone', step: 'reminder', outcome: 'reached' }],
  };
  /** The channel of the decision, which both engines must give alike. */
  const decide = async (policy: ReturnType<typeof loadPolicy>, account: object) => {
    const compiled = evaluate(account, policy, { asOf, locale: 'en' });
    const viaJre = await evaluate(account, policy, { asOf, engine: 'json-rules-engine', locale: 'en' });
    expect(JSON.stringify(viaJre)).toBe(JSON.stringify(compiled));
    return compiled.explanation.filter((e) => e.about === 'channel').map((e) => e.source);
  };

  it('isMissing picks the never-contacted account, isPresent the other', async () => {
    const missing = letterWhen({ all: [fact('daysSinceLastContact', 'isMissing', true)] });
    expect(await decide(missing, behind)).toContain('channels.rules[0]');
    expect(await decide(missing, contacted)).not.toContain('channels.rules[0]');
    const present = letterWhen({ all: [fact('daysSinceLastContact', 'isPresent', true)] });
    expect(await decide(present, behind)).not.toContain('channels.rules[0]');
    expect(await decide(present, contacted)).toContain('channels.rules[0]');
  });

  it('compares nothing with a missing fact, on either side: no contact is no "more than"', async () => {
    // householdSize > daysSinceLastContact was true with no contact (1 > null in JavaScript).
    const byReference = letterWhen({
      all: [fact('householdSize', 'greaterThan', { fact: 'daysSinceLastContact' })],
    });
    expect(await decide(byReference, behind)).not.toContain('channels.rules[0]');
    const notEqual = letterWhen({ all: [fact('daysSinceLastContact', 'notEqual', 3)] });
    expect(await decide(notEqual, behind)).not.toContain('channels.rules[0]');
    expect(await decide(notEqual, contacted)).toContain('channels.rules[0]');
  });
});
