/**
 * Host extensions: a host's own facts and operators, declared once (`extend`) and known to
 * validation and to both engines, checked like the library's, and never mixed up with a policy
 * validated without them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Account } from '../../src/account';
import { ValidationError, type Issue } from '../../src/errors';
import {
  evaluate,
  loadPolicy,
  prepareRun,
  validatePolicy,
  type Decision,
  type HostFact,
  type HostOperator,
  type PolicyExtension,
} from '../../src/rules';
import { factsMarkdown } from '../../src/rules/facts-doc';
import { HEAVY_TIMEOUT, runs } from '../runs';
import { asOfArb, tenancyArb } from './arbitraries';
import { defaultPolicyJson, tenancy } from './fixtures';

/** What the ERP knows of its tenants and the library does not: its own store, by account id. */
const ERP: ReadonlyMap<string, { segment: string; riskScore: number | null }> = new Map([
  ['GEN-1', { segment: 'fragile', riskScore: 85 }],
  ['GEN-2', { segment: 'commercial', riskScore: 12 }],
  ['GEN-3', { segment: 'standard', riskScore: null }],
  ['GEN-4', { segment: 'fragile', riskScore: 40 }],
  ['S-1', { segment: 'fragile', riskScore: 90 }],
]);

const erpSegment: HostFact = {
  type: 'string',
  unit: null,
  description: 'Segment of the tenant in the ERP: "standard", "fragile" or "commercial".',
  get: (account) => ERP.get(account.id)?.segment ?? null,
};
const erpRiskScore: HostFact = {
  type: 'integer',
  unit: 'points 0–100',
  description: 'Risk score of the ERP.',
  get: (account) => ERP.get(account.id)?.riskScore,
};
const isEven: HostOperator = {
  factTypes: ['integer'],
  value: 'true',
  description: 'the count is even',
  evaluate: (n: number) => n % 2 === 0,
};
const isBlank: HostOperator = {
  factTypes: ['string'],
  value: 'true',
  missing: 'tested',
  evaluate: (s: string | null | undefined) => s == null || s.trim() === '',
};
const EXTEND: PolicyExtension = { facts: { erpSegment, erpRiskScore }, operators: { isEven, isBlank } };

const LATE_HOST = {
  all: [
    { fact: 'erpSegment', operator: 'equal', value: 'fragile' },
    { fact: 'missedPayments', operator: 'isEven', value: true },
    { fact: 'missedPayments', operator: 'greaterThan', value: 0 },
  ],
};

/** The default policy, its "late" level also reached by the ERP's fragile tenants, and a channel rule of the ERP. */
function extendedPolicy(): any {
  const p = defaultPolicyJson();
  const late = p.levels.find((l: any) => l.id === 'late');
  const [owes, days] = late.conditions.all;
  late.conditions = {
    all: [
      owes,
      {
        any: [days, structuredClone(LATE_HOST), { fact: 'erpRiskScore', operator: 'greaterThanInclusive', value: 80 }],
      },
    ],
  };
  p.channels.rules.splice(
    1,
    0,
    {
      id: 'erp-commercial',
      conditions: { all: [{ fact: 'erpSegment', operator: 'in', value: ['commercial'] }] },
      use: ['letter', 'email'],
    },
    {
      id: 'erp-unknown',
      conditions: {
        all: [
          { fact: 'erpSegment', operator: 'isBlank', value: true },
          { fact: 'erpRiskScore', operator: 'isMissing', value: true },
        ],
      },
      use: ['letter', 'phone'],
    },
  );
  return p;
}
const LATE = ['levels', 2, 'conditions', 'all', 1, 'any'];

const codesAt = (issues: readonly Issue[]) => issues.map((i) => `${i.code} ${i.path.join('.')}`);

function thrown(call: () => unknown): readonly Issue[] {
  try {
    call();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues;
    throw error;
  }
  throw new Error('no ValidationError');
}

describe('a policy using host facts and operators', () => {
  it('validates with the extension, checked like the library’s own', () => {
    const result = validatePolicy(extendedPolicy(), { extend: EXTEND, locale: 'en' });
    expect(result.ok ? [] : codesAt(result.issues)).toEqual([]);
    expect(loadPolicy(extendedPolicy(), { extend: EXTEND }).versions).toHaveLength(1);
  });

  it('is refused without it, each host name at its path, with where host names are declared', () => {
    const result = validatePolicy(extendedPolicy(), { locale: 'en' });
    expect(result.ok).toBe(false);
    const issues = result.ok ? [] : result.issues;
    expect(codesAt(issues)).toEqual([
      `unknown_fact ${[...LATE, 1, 'all', 0, 'fact'].join('.')}`,
      `unknown_operator ${[...LATE, 1, 'all', 1, 'operator'].join('.')}`,
      `unknown_fact ${[...LATE, 2, 'fact'].join('.')}`,
      'unknown_fact channels.rules.1.conditions.all.0.fact',
      'unknown_fact channels.rules.2.conditions.all.0.fact',
      'unknown_operator channels.rules.2.conditions.all.0.operator',
      'unknown_fact channels.rules.2.conditions.all.1.fact',
    ]);
    expect(issues[0]!.message).toBe(
      'levels[2].conditions.all[1].any[1].all[0].fact: expected a known fact; the facts are listed in docs/facts.md; a host\'s own facts are declared with the option "extend"; received "erpSegment"',
    );
    expect(issues[1]!.expected).toBe('a known operator; a host\'s own operators are declared with the option "extend"');
    // In French too.
    const fr = validatePolicy(extendedPolicy());
    expect(fr.ok ? '' : fr.issues[1]!.message).toBe(
      'levels[2].conditions.all[1].any[1].all[1].operator\u00a0: attendu un opérateur connu\u00a0; les opérateurs propres à l’hôte se déclarent avec l’option "extend", reçu "isEven"',
    );
    expect(() => loadPolicy(extendedPolicy())).toThrow(/expected a known fact/);
    expect(() => prepareRun(extendedPolicy(), { asOf: '2026-11-23' })).toThrow(ValidationError);
  });

  it('suggests the host’s names for a near miss', () => {
    const p = extendedPolicy();
    p.levels[2].conditions.all[1].any[1].all[0].fact = 'erpSegmnt';
    p.levels[2].conditions.all[1].any[1].all[1].operator = 'isEvn';
    const result = validatePolicy(p, { extend: EXTEND, locale: 'en' });
    expect(result.ok ? [] : result.issues.map((i) => i.expected)).toEqual([
      'a known fact (did you mean "erpSegment"?); the facts are listed in docs/facts.md',
      'a known operator (did you mean "isEven"?)',
    ]);
  });

  it('refuses a host operator on a fact of a type it does not accept, at its path', () => {
    const p = extendedPolicy();
    p.levels[1].conditions.all.push({ fact: 'tenancy', operator: 'isEven', value: true });
    p.channels.rules[1].conditions.all[0] = { fact: 'erpSegment', operator: 'isEven', value: true };
    const result = validatePolicy(p, { extend: EXTEND, locale: 'en' });
    expect(result.ok ? [] : codesAt(result.issues)).toEqual([
      'operator_mismatch levels.1.conditions.all.1.operator',
      'operator_mismatch channels.rules.1.conditions.all.0.operator',
    ]);
    const issue = result.ok ? null : result.issues[0]!;
    expect(issue!.received).toBe('isEven');
    expect(issue!.expected).toMatch(/^an operator for a fact of type string \(.*\bisBlank\b.*\)$/);
    expect(issue!.expected).not.toMatch(/\bisEven\b/);
  });

  it('refuses a host fact compared with a value of the wrong type, or with the wrong operator', () => {
    const p = extendedPolicy();
    p.channels.rules[1].conditions.all[0] = { fact: 'erpSegment', operator: 'equal', value: 3 };
    p.levels[2].conditions.all[1].any[2] = { fact: 'erpRiskScore', operator: 'greaterThanInclusive', value: '80' };
    p.levels[1].conditions.all.push({ fact: 'erpRiskScore', operator: 'decimalGreaterThan', value: '80' });
    p.levels[1].conditions.all.push({ fact: 'erpSegment', operator: 'isBlank', value: false });
    const result = validatePolicy(p, { extend: EXTEND, locale: 'en' });
    expect(result.ok ? [] : result.issues.map((i) => `${i.code} ${i.path.join('.')}: ${i.expected}`)).toEqual([
      'operator_mismatch levels.1.conditions.all.1.operator: an operator for a fact of type integer (equal, greaterThan, greaterThanInclusive, in, isEven, isMissing, isPresent, lessThan, lessThanInclusive, notEqual, notIn)',
      'operator_mismatch levels.1.conditions.all.2.value: true: "isBlank" takes no other value',
      `operator_mismatch ${[...LATE, 2, 'value'].join('.')}: a whole number, e.g. 30, to compare with "erpRiskScore" (integer)`,
      'operator_mismatch channels.rules.1.conditions.all.0.value: a single value (text, number, true/false), to compare with "erpSegment" (string)',
    ]);
  });

  it('takes a parameter for a host fact, and checks it as for a fact of the library', () => {
    const p = extendedPolicy();
    p.parameters.riskFloor = { value: 80, unit: 'count' };
    p.levels[2].conditions.all[1].any[2].value = { param: 'riskFloor' };
    expect(validatePolicy(p, { extend: EXTEND }).ok).toBe(true);
    p.overrides = [{ departments: ['93'], parameters: { riskFloor: { value: 'high', unit: 'count' } } }];
    const result = validatePolicy(p, { extend: EXTEND, locale: 'en' });
    expect(result.ok ? [] : codesAt(result.issues)).toEqual(['invalid_number overrides.0.parameters.riskFloor.value']);
  });
});

describe('the declaration of an extension', () => {
  it('lists the host’s facts and operators in the facts table, marked as the host’s', () => {
    const doc = factsMarkdown(EXTEND);
    expect(doc).toContain('| `erpRiskScore` | integer | points 0–100 | Risk score of the ERP. | host |');
    expect(doc).toContain('| `isEven` | integer | true | the count is even (host) |');
    expect(doc).toContain('| `isBlank` | string | true | an operator of the host (host) |');
    expect(factsMarkdown()).not.toContain('host |');
  });

  const op = (o: object): PolicyExtension => ({ operators: { isEven: { ...isEven, ...o } as HostOperator } });
  const fact = (o: object): PolicyExtension => ({ facts: { erpSegment: { ...erpSegment, ...o } as HostFact } });
  const at = (extend: unknown) =>
    thrown(() => validatePolicy(defaultPolicyJson(), { extend: extend as PolicyExtension, locale: 'en' })).map(
      (i) => `${i.code} ${i.path.join('.')}`,
    );

  it('refuses a name that shadows a fact or an operator of the library', () => {
    expect(at({ facts: { arrears: erpSegment } })).toEqual(['invalid_value options.extend.facts.arrears']);
    expect(at({ operators: { equal: isEven, decimalEqual: isEven } })).toEqual([
      'invalid_value options.extend.operators.equal',
      'invalid_value options.extend.operators.decimalEqual',
    ]);
    const [issue] = thrown(() => loadPolicy(defaultPolicyJson(), { extend: { operators: { in: isEven } } }));
    expect(issue!.message).toBe(
      'options.extend.operators.in: expected a name that is not an operator of the library (docs/facts.md lists them); received "in"',
    );
  });

  it('refuses names that are no identifiers, and prototype keys', () => {
    const facts = JSON.parse('{"__proto__": 1, "constructor": 2, "erp-segment": 3, "9lives": 4, "": 5}');
    expect(at({ facts })).toEqual([
      'forbidden_key options.extend.facts.__proto__',
      'forbidden_key options.extend.facts.constructor',
      'invalid_value options.extend.facts.erp-segment',
      'invalid_value options.extend.facts.9lives',
      'invalid_value options.extend.facts.',
    ]);
    expect(at({ operators: { prototype: isEven, ['x'.repeat(65)]: isEven } })).toEqual([
      'forbidden_key options.extend.operators.prototype',
      `invalid_value options.extend.operators.${'x'.repeat(65)}`,
    ]);
  });

  it('refuses a type, a value kind or a function the library does not have, each at its path', () => {
    expect(at(fact({ type: 'money', get: 'segment', unit: 3, description: '' }))).toEqual([
      'invalid_value options.extend.facts.erpSegment.type',
      'invalid_type options.extend.facts.erpSegment.unit',
      'invalid_type options.extend.facts.erpSegment.description',
      'invalid_type options.extend.facts.erpSegment.get',
    ]);
    expect(
      at(op({ factTypes: ['integer', 'count'], value: 'bool', missing: 'no', evaluate: null, evaluat: 1 })),
    ).toEqual([
      'unrecognized_key options.extend.operators.isEven.evaluat',
      'invalid_value options.extend.operators.isEven.factTypes.1',
      'invalid_value options.extend.operators.isEven.value',
      'invalid_value options.extend.operators.isEven.missing',
      'invalid_type options.extend.operators.isEven.evaluate',
    ]);
    expect(at(op({ factTypes: [] }))).toEqual(['invalid_type options.extend.operators.isEven.factTypes']);
    expect(at({ fact: {} })).toEqual(['unrecognized_key options.extend.fact']);
    expect(at({ facts: [] })).toEqual(['invalid_type options.extend.facts']);
    expect(at({ operators: { isEven: 'n % 2' } })).toEqual(['invalid_type options.extend.operators.isEven']);
    expect(at('isEven')).toEqual(['invalid_type options.extend']);
  });

  it('refuses a function that changes json-rules-engine, with what to declare instead', () => {
    const issues = thrown(() =>
      prepareRun(defaultPolicyJson(), {
        asOf: '2026-11-23',
        engine: 'json-rules-engine',
        extend: ((engine: any) => engine.addOperator('isEven', () => true)) as never,
      }),
    );
    expect(issues.map((i) => `${i.code} ${i.path.join('.')}`)).toEqual(['invalid_type extend']);
    expect(issues[0]!.expected).toMatch(
      /^an object \{ "facts": …, "operators": … \} declaring host facts and operators, not a function/,
    );
    expect(
      thrown(() => prepareRun(defaultPolicyJson(), { asOf: '2026-11-23', extend: fact({ type: 'int' }) }))[0]!.path,
    ).toEqual(['extend', 'facts', 'erpSegment', 'type']);
  });

  it('says the faults of the declaration in the language asked for', () => {
    const [issue] = thrown(() => validatePolicy(defaultPolicyJson(), { extend: { operators: { equal: isEven } } }));
    expect(issue!.message).toBe(
      'options.extend.operators.equal\u00a0: attendu un nom qui n’est pas celui d’un opérateur de la bibliothèque (docs/facts.md les liste), reçu "equal"',
    );
  });
});

describe('both engines with host facts and operators', () => {
  const policy = loadPolicy(extendedPolicy(), { extend: EXTEND });
  const generated = fc
    .tuple(tenancyArb, fc.constantFrom('GEN-1', 'GEN-2', 'GEN-3', 'GEN-4', 'GEN-5'))
    .map(([a, id]) => ({ ...a, id }));

  it(
    'give identical decisions on generated accounts, explanation included',
    async () => {
      const seen = new Set<string>();
      await fc.assert(
        fc.asyncProperty(generated, asOfArb, async (a, asOf) => {
          const compiled: Decision = evaluate(a, policy, { asOf, extend: EXTEND, locale: 'en' });
          const viaJre: Decision = await evaluate(a, policy, {
            asOf,
            engine: 'json-rules-engine',
            extend: EXTEND,
            locale: 'en',
          });
          expect(JSON.stringify(viaJre)).toBe(JSON.stringify(compiled));
          for (const e of compiled.explanation)
            for (const t of e.trace ?? [])
              if (t.fact.startsWith('erp') || t.operator.startsWith('is'))
                seen.add(`${t.fact} ${t.operator} ${t.result}`);
        }),
        {
          numRuns: runs(500, 60),
          // Beside the generated ones, accounts that reach the host's conditions for sure.
          examples: [
            [{ ...tenancy({ paidUntil: 9 }), id: 'GEN-4' }, '2026-10-23'],
            [{ ...tenancy({ paidUntil: 9 }), id: 'GEN-2' }, '2026-11-23'],
            [{ ...tenancy({ paidUntil: 9 }), id: 'GEN-5' }, '2026-11-23'],
          ],
        },
      );
      // The host's conditions were evaluated, and both ways.
      expect([...seen].some((s) => s.startsWith('erpSegment equal'))).toBe(true);
      expect([...seen].some((s) => s.includes('isEven'))).toBe(true);
    },
    HEAVY_TIMEOUT,
  );

  it('decide with the host conditions: a fragile tenant with an even count of missed items is "late" at once', async () => {
    // Two months unpaid, the first default 22 days ago: "watch" for the library alone.
    const account = tenancy({ paidUntil: 9 });
    const asOf = '2026-10-23';
    expect(evaluate(account, defaultPolicyJson(), { asOf }).level.id).toBe('watch');
    const compiled = evaluate(account, policy, { asOf, extend: EXTEND, locale: 'en' });
    expect(compiled.level.id).toBe('late');
    const viaJre = await evaluate(account, policy, { asOf, engine: 'json-rules-engine', extend: EXTEND, locale: 'en' });
    expect(viaJre).toEqual(compiled);
    // The trace shows each host condition with the fact's value.
    const trace = compiled.explanation.find((e) => e.about === 'level')!.trace!;
    expect(trace).toContainEqual({
      at: 'levels[2].conditions.all[1].any[1].all[0]',
      fact: 'erpSegment',
      operator: 'equal',
      value: 'fragile',
      factValue: 'fragile',
      result: true,
    });
    expect(trace).toContainEqual({
      at: 'levels[2].conditions.all[1].any[1].all[1]',
      fact: 'missedPayments',
      operator: 'isEven',
      value: true,
      factValue: 2,
      result: true,
    });
  });

  it('reads a host fact once per account, only when a rule reads it', () => {
    let reads = 0;
    const counted: PolicyExtension = {
      ...EXTEND,
      facts: {
        ...EXTEND.facts,
        erpSegment: {
          ...erpSegment,
          get: (a: Account, s) => {
            reads++;
            return erpSegment.get(a, s);
          },
        },
      },
    };
    evaluate(tenancy({ paidUntil: 9 }), extendedPolicy(), { asOf: '2026-10-23', extend: counted });
    expect(reads).toBe(1);
  });

  it('takes a missing host value as missing: every comparison false, isMissing and a "tested" operator true', async () => {
    const account = { ...tenancy({ paidUntil: 9 }), id: 'UNKNOWN' };
    for (const engine of ['compiled', 'json-rules-engine'] as const) {
      const d = await evaluate(account, policy, { asOf: '2026-11-23', engine, extend: EXTEND, locale: 'en' });
      const channel = d.explanation.find((e) => e.about === 'channel')!;
      expect(channel.source).toBe('channels.rules[2]');
      expect(channel.trace).toContainEqual(
        expect.objectContaining({ fact: 'erpSegment', operator: 'isBlank', factValue: null, result: true }),
      );
    }
  });

  it('makes an account whose host fact has the wrong type an error record naming the fact', async () => {
    const broken: PolicyExtension = {
      ...EXTEND,
      facts: { ...EXTEND.facts, erpRiskScore: { ...erpRiskScore, get: () => '85' } },
    };
    const account = { ...tenancy({ paidUntil: 9 }), id: 'GEN-3' };
    for (const engine of ['compiled', 'json-rules-engine'] as const) {
      const run = prepareRun(policy, { asOf: '2026-10-23', engine, extend: broken, locale: 'en' });
      const result = await run.evaluateRecord(account, 0);
      expect(result.ok).toBe(false);
      expect(result.ok ? [] : result.issues.map((i) => `${i.code} ${i.path.join('.')}: ${i.expected}`)).toEqual([
        'invalid_type extend.facts.erpRiskScore: a whole number, e.g. 30, or null when the account has none: the value of the host fact "erpRiskScore" (integer)',
      ]);
    }
  });
});

describe('a policy validated with one vocabulary never serves a run with another', () => {
  const asOf = '2026-10-23';
  const account = tenancy({ paidUntil: 9 });

  it('runs a loaded policy with the same declaration as it is, and validates it again for another', () => {
    const loaded = loadPolicy(extendedPolicy(), { extend: EXTEND });
    expect(prepareRun(loaded, { asOf, extend: EXTEND }).loaded).toBe(loaded);
    // The same facts and operators in a new object: the same vocabulary.
    expect(
      prepareRun(loaded, { asOf, extend: { facts: { ...EXTEND.facts }, operators: { ...EXTEND.operators } } }).loaded,
    ).toBe(loaded);
    // Without the extension, it is refused, each time.
    expect(() => prepareRun(loaded, { asOf })).toThrow(/expected a known fact/);
    expect(() => evaluate(account, loaded, { asOf })).toThrow(/expected a known fact/);
    // With another isEven, validated again and run with it.
    const isOdd: PolicyExtension = {
      ...EXTEND,
      operators: { ...EXTEND.operators, isEven: { ...isEven, evaluate: (n: number) => n % 2 === 1 } },
    };
    const run = prepareRun(loaded, { asOf, extend: isOdd });
    expect(run.loaded).not.toBe(loaded);
    expect(run.loaded).toEqual(loaded);
    expect(run.evaluate({ ...account, id: 'GEN-4' }).level.id).toBe('watch');
    expect(prepareRun(loaded, { asOf, extend: EXTEND }).evaluate({ ...account, id: 'GEN-4' }).level.id).toBe('late');
    // Its hash is the policy's content hash whatever the extension.
    expect(run.policyHash).toBe(prepareRun(loaded, { asOf, extend: EXTEND }).policyHash);
  });

  it('keeps no plain policy validated with an extension for a run without, nor the reverse', () => {
    const plain = extendedPolicy();
    for (let i = 0; i < 3; i++) {
      expect(prepareRun(plain, { asOf, extend: EXTEND }).evaluate(account).level.id).toBe('late');
      expect(() => prepareRun(plain, { asOf })).toThrow(ValidationError);
    }
    // The default policy, loaded without extension, runs with one: validated again, same decisions.
    const base = defaultPolicyJson();
    const without = evaluate(account, base, { asOf });
    expect(evaluate(account, base, { asOf, extend: EXTEND })).toEqual(without);
    expect(evaluate(account, base, { asOf })).toEqual(without);
  });

  it('copies the declaration: a host that changes it afterwards changes no prepared run', () => {
    const mutable = { facts: { ...EXTEND.facts }, operators: { ...EXTEND.operators } } as {
      facts: Record<string, HostFact>;
      operators: Record<string, HostOperator>;
    };
    const run = prepareRun(extendedPolicy(), { asOf, extend: mutable });
    mutable.operators.isEven = { ...isEven, evaluate: () => false };
    mutable.facts.erpSegment = { ...erpSegment, get: () => 'standard' };
    const fragile = { ...account, id: 'GEN-4' };
    expect(run.evaluate(fragile).level.id).toBe('late');
    expect(prepareRun(extendedPolicy(), { asOf, extend: mutable }).evaluate(fragile).level.id).toBe('watch');
  });

  it('cannot be described for a worker thread: its functions stay in this thread', () => {
    const run = prepareRun(extendedPolicy(), { asOf, extend: EXTEND });
    expect(() => run.describe()).toThrow(/worker thread/);
    expect(prepareRun(defaultPolicyJson(), { asOf }).describe().engine).toBe('compiled');
  });
});
