import { beforeEach, describe, expect, it } from 'vitest';
import { compilePolicy } from '../../src/rules/compile';
import { loadPolicy } from '../../src/rules/validate';
import { defaultPolicyJson } from './fixtures';

const defaultJson = defaultPolicyJson();
/**
 * A fresh policy for each test: compilePolicy caches by policy object, and a cached result would
 * hide a change of the code from the test (as under mutation testing).
 */
const fresh = () =>
  loadPolicy({
    ...defaultJson,
    plans: { ...defaultJson.plans, maxDurationMonths: 48 },
    overrides: [
      // The default policy has no override: this test brings its own, one per kind of setting.
      { departments: ['93'], parameters: { highDebt: { value: '5000.00', unit: 'EUR' } } },
      {
        departments: ['2A', '2B'],
        parameters: { seniorAge: { value: 70, unit: 'years' } },
        plans: { maxDurationMonths: 24, minInstalment: '20.00' },
      },
    ],
  }).versions[0]!;

describe('compilePolicy', () => {
  let policy = fresh();
  beforeEach(() => {
    policy = fresh();
  });

  it('substitutes the parameters, with the overrides of the department', () => {
    expect(compilePolicy(policy, '75').params).toEqual({
      highDebt: '2000.00',
      earlyDays: 10,
      seniorAge: 75,
      smallDebt: '100.00',
      smallDebtContacts: 4,
      departedLitigationFloor: '500.00',
      landlordPhone: '01 23 45 67 89',
    });
    expect(compilePolicy(policy, '93').params).toEqual({
      highDebt: '5000.00',
      earlyDays: 10,
      seniorAge: 75,
      smallDebt: '100.00',
      smallDebtContacts: 4,
      departedLitigationFloor: '500.00',
      landlordPhone: '01 23 45 67 89',
    });
    expect(compilePolicy(policy, '2B').params).toEqual({
      highDebt: '2000.00',
      earlyDays: 10,
      seniorAge: 70,
      smallDebt: '100.00',
      smallDebtContacts: 4,
      departedLitigationFloor: '500.00',
      landlordPhone: '01 23 45 67 89',
    });
    const serious = compilePolicy(policy, '93').levels.find((l) => l.level.id === 'serious')!;
    expect(serious.conditions).toEqual({
      all: [
        { fact: 'arrears', operator: 'decimalGreaterThanInclusive', value: '5000.00' },
        { fact: 'daysSinceFirstDefault', operator: 'greaterThanInclusive', value: 60 },
      ],
    });
    // The policy itself keeps its parameter reference.
    expect(policy.levels[4]!.conditions).toMatchObject({ all: [{ value: { param: 'highDebt' } }, {}] });
  });

  it('substitutes inside any and not, and leaves fact references and constants alone', () => {
    const p = loadPolicy({
      ...defaultJson,
      messages: [],
      channels: {
        ...defaultJson.channels,
        rules: [
          {
            id: 'nested',
            conditions: {
              any: [
                { not: { fact: 'oldestMemberAge', operator: 'greaterThanInclusive', value: { param: 'seniorAge' } } },
                { fact: 'arrears', operator: 'decimalGreaterThan', value: { fact: 'balance' } },
              ],
            },
            use: ['letter'],
          },
        ],
      },
    }).versions[0]!;
    expect(compilePolicy(p, '75').channelRules[0]!.conditions).toEqual({
      any: [
        { not: { fact: 'oldestMemberAge', operator: 'greaterThanInclusive', value: 75 } },
        { fact: 'arrears', operator: 'decimalGreaterThan', value: { fact: 'balance' } },
      ],
    });
  });

  it('lists levels from the highest rank down, each with its index; the base level has no test', () => {
    const c = compilePolicy(policy, '75');
    expect(c.levels.map((l) => [l.index, l.level.id, l.test === null])).toEqual([
      [7, 'surendettement', false],
      [6, 'plan', false],
      [5, 'litigation', false],
      [4, 'serious', false],
      [3, 'benefit-unpaid', false],
      [2, 'late', false],
      [1, 'watch', false],
      [0, 'none', true],
    ]);
    expect(c.steps.map((s) => s.index)).toEqual(policy.steps.map((_, i) => i));
    expect(c.channelRules.map((r) => [r.index, r.rule.id])).toEqual(policy.channels.rules.map((r, i) => [i, r.id]));
  });

  it('compiles tests that read the facts, and trace at the policy path', () => {
    const c = compilePolicy(policy, '93');
    const serious = c.levels.find((l) => l.level.id === 'serious')!;
    const trace: { at: string }[] = [];
    const facts = (name: string) => ({ arrears: '5000.00', daysSinceFirstDefault: 60 })[name];
    expect(serious.test!(facts, trace as never)).toBe(true);
    expect(trace.map((t) => t.at)).toEqual(['levels[4].conditions.all[0]', 'levels[4].conditions.all[1]']);
    expect(
      c.levels.find((l) => l.level.id === 'serious')!.test!(
        (n) => ({ arrears: '4999.99', daysSinceFirstDefault: 60 })[n],
      ),
    ).toBe(false);
    const stepTrace: { at: string }[] = [];
    c.steps[0]!.test!((n) => ({ benefitUnpaid: true, cafSignalled: false, tenancy: 'current' })[n], stepTrace as never);
    expect(stepTrace.map((t) => t.at)).toEqual([
      'steps[0].conditions.all[0]',
      'steps[0].conditions.all[1]',
      'steps[0].conditions.all[2]',
    ]);
    const ruleTrace: { at: string }[] = [];
    c.channelRules[0]!.test((n) => ({ guardianship: true })[n], ruleTrace as never);
    expect(ruleTrace.map((t) => t.at)).toEqual(['channels.rules[0].conditions.all[0]']);
  });

  it('resolves the plan limits with the override of the department', () => {
    expect(compilePolicy(policy, '75').limits).toMatchObject({
      maxDurationMonths: 48,
      minInstalment: '15.00',
      maxEffortRate: '0.30',
    });
    expect(compilePolicy(policy, '2A').limits).toMatchObject({
      maxDurationMonths: 24,
      minInstalment: '20.00',
      maxEffortRate: '0.30',
    });
  });

  it('compiles once per policy and override, and shares the result between departments of no override', () => {
    expect(compilePolicy(policy, '75')).toBe(compilePolicy(policy, '75'));
    expect(compilePolicy(policy, '75')).toBe(compilePolicy(policy, '13'));
    expect(compilePolicy(policy, '2A')).toBe(compilePolicy(policy, '2B'));
    expect(compilePolicy(policy, '2A')).not.toBe(compilePolicy(policy, '93'));
    expect(Object.isFrozen(compilePolicy(policy, '75'))).toBe(true);
    expect(Object.isFrozen(compilePolicy(policy, '75').params)).toBe(true);
  });
});
