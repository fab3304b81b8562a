import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileCondition, type Condition, type TraceEntry } from '../../src/rules/conditions';
import { evaluateWithJsonRulesEngine } from '../../src/rules/engine';
import { OPERATORS, OPERATOR_NAMES, isMissingValue } from '../../src/rules/operators';
import { HEAVY_TIMEOUT, runs } from '../runs';

const FACT_NAMES = ['arrears', 'rate', 'count', 'since', 'flag', 'label', 'channels', 'profile', 'ghost'] as const;

const decimalArb = fc.oneof(
  fc.integer({ min: -100000, max: 100000 }).map((c) => (c / 100).toFixed(2)),
  fc.constantFrom('0.3', '0.30', '10.1', '10.10', '10.09', '450.00', '450.01', '-0.00', '1e3', '', 'abc'),
);
const dateArb = fc.oneof(
  fc.integer({ min: 0, max: 2000 }).map((n) => new Date(Date.UTC(2025, 0, 1 + n)).toISOString().slice(0, 10)),
  fc.constantFrom('2026-02-30', 'yesterday'),
);
const scalarArb = fc.oneof(
  decimalArb,
  dateArb,
  fc.integer({ min: -50, max: 400 }),
  fc.boolean(),
  fc.constantFrom('current', 'departed', 'sms', 'letter', null),
);
/** A missing value: a fact that does not exist for the account (null), or that no engine knows. */
const missingArb = fc.constantFrom(null, undefined);
const factValueArb = fc.oneof(
  { weight: 6, arbitrary: scalarArb },
  { weight: 2, arbitrary: missingArb },
  { weight: 1, arbitrary: fc.array(fc.constantFrom('sms', 'email', 'letter', 'phone'), { maxLength: 3 }) },
  // Plain objects, as facts are (fast-check's records have no prototype).
  {
    weight: 1,
    arbitrary: fc.record({ a: scalarArb, b: fc.record({ c: scalarArb }) }).map((r) => ({ a: r.a, b: { c: r.b.c } })),
  },
);
const factsArb = fc
  .record(
    Object.fromEntries(FACT_NAMES.filter((f) => f !== 'ghost').map((f) => [f, factValueArb])) as Record<
      string,
      fc.Arbitrary<unknown>
    >,
    { requiredKeys: [] },
  )
  .map((r) => ({ ...r }) as Record<string, unknown>);

const leafArb: fc.Arbitrary<Condition> = fc
  .record({
    fact: fc.constantFrom(...FACT_NAMES),
    operator: fc.constantFrom(...OPERATOR_NAMES),
    scalar: scalarArb,
    list: fc.array(scalarArb, { maxLength: 4 }),
    ref: fc.option(fc.constantFrom(...FACT_NAMES), { nil: undefined }),
    path: fc.option(fc.constantFrom('$.a', '$.b.c', '$[0]', '$.missing'), { nil: undefined }),
  })
  .map(({ fact, operator, scalar, list, ref, path }) => {
    const kind = OPERATORS[operator]!.value;
    // Validation only admits a literal list for in / notIn, and true for isMissing / isPresent
    // (any other value is generated now and then: both engines must still agree).
    const value =
      kind === 'list'
        ? list
        : kind === 'true' && typeof scalar !== 'boolean'
          ? true
          : ref !== undefined
            ? { fact: ref }
            : scalar;
    return { fact, operator, value, ...(path === undefined ? {} : { path }) } as Condition;
  });

const conditionArb: fc.Arbitrary<Condition> = fc.letrec<{ node: Condition }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafArb,
    fc.array(tie('node'), { maxLength: 4 }).map((all) => ({ all })),
    fc.array(tie('node'), { maxLength: 4 }).map((any) => ({ any })),
    tie('node').map((not) => ({ not })),
  ),
})).node;

describe('two engines, one semantics', () => {
  it(
    'the compiled evaluator and json-rules-engine agree on generated conditions and facts',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(conditionArb, { minLength: 1, maxLength: 5 }),
          factsArb,
          async (conditions, facts) => {
            const rules = conditions.map((c, i) => ({ id: `r${i}`, conditions: c }));
            const expected = await evaluateWithJsonRulesEngine(rules, facts);
            const reader = (name: string) => (Object.hasOwn(facts, name) ? facts[name] : undefined);
            for (const rule of rules) {
              expect(
                compileCondition(rule.conditions, ['rules', rule.id])(reader),
                JSON.stringify(rule.conditions),
              ).toBe(expected[rule.id]);
            }
          },
        ),
        { numRuns: runs(2000, 500) },
      );
    },
    HEAVY_TIMEOUT,
  );

  it('compares money exactly where floats and strings go wrong', async () => {
    const cases: [string, unknown, unknown, boolean][] = [
      ['decimalGreaterThan', '10.10', '10.09', true],
      ['decimalGreaterThan', '9.99', '10.00', false], // as strings, "9.99" > "10.00"
      ['decimalEqual', '0.30', '0.3', true],
      ['decimalEqual', '0.30', '0.1', false],
      ['decimalGreaterThanInclusive', '450.00', '450.00', true],
      ['decimalGreaterThan', '450.00', '450', false],
      ['decimalLessThan', '-0.01', '0', true],
      ['decimalGreaterThan', '1e3', '10', false], // an exponent is no amount
      ['decimalGreaterThan', null, '10', false],
      ['dateBefore', '2026-12-31', '2027-01-01', true],
      ['dateOnOrAfter', '2026-02-30', '2026-01-01', false],
    ];
    for (const [operator, factValue, value, result] of cases) {
      const condition = { fact: 'x', operator, value } as Condition;
      expect(
        compileCondition(condition, [])(() => factValue),
        `${operator} ${String(factValue)} ${String(value)}`,
      ).toBe(result);
      expect((await evaluateWithJsonRulesEngine([{ id: 'r', conditions: condition }], { x: factValue })).r).toBe(
        result,
      );
    }
    // 0.1 + 0.2 in floats is not 0.3; the decimal amounts are.
    expect(0.1 + 0.2 === 0.3).toBe(false);
  });

  it('traces every evaluated condition with its fact value and result', () => {
    const trace: TraceEntry[] = [];
    const condition: Condition = {
      all: [
        { fact: 'arrears', operator: 'decimalGreaterThanInclusive', value: '500.00' },
        { not: { fact: 'flag', operator: 'equal', value: true } },
      ],
    };
    const facts: Record<string, unknown> = { arrears: '734.60', flag: false };
    expect(compileCondition(condition, ['levels', 2, 'conditions'])((n) => facts[n], trace)).toBe(true);
    expect(trace).toEqual([
      {
        at: 'levels[2].conditions.all[0]',
        fact: 'arrears',
        operator: 'decimalGreaterThanInclusive',
        value: '500.00',
        factValue: '734.60',
        result: true,
      },
      {
        at: 'levels[2].conditions.all[1].not',
        fact: 'flag',
        operator: 'equal',
        value: true,
        factValue: false,
        result: false,
      },
    ]);
  });
});

describe('a missing fact, in both engines', () => {
  const COMPARISONS = OPERATOR_NAMES.filter((n) => OPERATORS[n]!.missing === 'false');
  const both = async (condition: Condition, facts: Record<string, unknown>) => {
    const reader = (name: string) => (Object.hasOwn(facts, name) ? facts[name] : undefined);
    const compiled = compileCondition(condition, [])(reader);
    const viaJre = (await evaluateWithJsonRulesEngine([{ id: 'r', conditions: condition }], facts)).r;
    expect(viaJre, JSON.stringify(condition)).toBe(compiled);
    return compiled;
  };
  /** A present value, for the side that is not missing. */
  const presentArb = fc.oneof(
    scalarArb.filter((v) => v !== null),
    fc.array(scalarArb, { maxLength: 3 }),
  );

  it(
    'makes every comparison false, whichever side is missing: the fact, a fact reference, or both',
    async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.constantFrom(...COMPARISONS),
          fc.constantFrom('fact', 'reference', 'both'),
          fc.constantFrom('null', 'undefined', 'absent'),
          presentArb,
          async (operator, side, how, other) => {
            // A missing fact is null, undefined, or no fact at all.
            const facts: Record<string, unknown> = {};
            const put = (name: string, missing: boolean) => {
              if (!missing) facts[name] = other;
              else if (how !== 'absent') facts[name] = how === 'null' ? null : undefined;
            };
            put('x', side !== 'reference');
            put('y', side !== 'fact');
            const condition = { fact: 'x', operator, value: { fact: 'y' } } as Condition;
            expect(await both(condition, facts)).toBe(false);
            if (side === 'fact') {
              // The constant form: the missing fact compared with a constant.
              const constant = OPERATORS[operator]!.value === 'list' && !Array.isArray(other) ? [other] : other;
              expect(await both({ fact: 'x', operator, value: constant } as Condition, facts)).toBe(false);
            }
          },
        ),
        { numRuns: runs(1000, 300) },
      );
    },
    HEAVY_TIMEOUT,
  );

  it('keeps the promise where JavaScript coercion or json-rules-engine would not', async () => {
    const contactless = { householdSize: 3, daysSinceLastContact: null, tenancy: null, channels: ['sms'] };
    const cases: Condition[] = [
      { fact: 'householdSize', operator: 'greaterThan', value: { fact: 'daysSinceLastContact' } }, // 3 > null
      { fact: 'householdSize', operator: 'greaterThanInclusive', value: { fact: 'ghost' } },
      { fact: 'daysSinceLastContact', operator: 'lessThanInclusive', value: 0 }, // null <= 0
      { fact: 'tenancy', operator: 'notEqual', value: 'current' },
      { fact: 'tenancy', operator: 'notIn', value: ['current', 'departed'] },
      { fact: 'tenancy', operator: 'in', value: ['current', null] },
      { fact: 'tenancy', operator: 'equal', value: { fact: 'daysSinceLastContact' } }, // null === null
      { fact: 'channels', operator: 'doesNotContain', value: { fact: 'tenancy' } },
      { fact: 'ghost', operator: 'notEqual', value: 'x' },
    ];
    for (const condition of cases) expect(await both(condition, contactless)).toBe(false);
    // not negates: a comparison with a missing fact is false, so its negation is true.
    expect(await both({ not: { fact: 'tenancy', operator: 'equal', value: 'current' } }, contactless)).toBe(true);
  });

  it('tests a missing or present fact with isMissing and isPresent', async () => {
    await fc.assert(
      fc.asyncProperty(fc.option(factValueArb, { nil: undefined }), fc.boolean(), async (value, absent) => {
        const facts: Record<string, unknown> = absent ? {} : { x: value };
        const missing = absent || isMissingValue(value);
        expect(await both({ fact: 'x', operator: 'isMissing', value: true }, facts)).toBe(missing);
        expect(await both({ fact: 'x', operator: 'isPresent', value: true }, facts)).toBe(!missing);
      }),
      { numRuns: runs(500, 200) },
    );
  });
});

describe("json-rules-engine's number check", () => {
  it.each([
    [3, true],
    ['12abc', true],
    [' -.5', true],
    ['+Infinity', true],
    ['\u00a08', true],
    ['abc', false],
    ['abc1', false],
    ['', false],
    ['.', false],
    ['-', false],
    [null, false],
    [undefined, false],
    [true, false],
    [[4], true],
    [{}, false],
  ])('lessThan screens %j as json-rules-engine does (number: %s)', async (factValue, isNumber) => {
    const condition = { fact: 'x', operator: 'lessThan', value: 1e9 } as Condition;
    const viaJre = (await evaluateWithJsonRulesEngine([{ id: 'r', conditions: condition }], { x: factValue })).r;
    expect(compileCondition(condition, [])(() => factValue)).toBe(viaJre);
    if (typeof factValue === 'number' || typeof factValue === 'string')
      expect(OPERATORS.lessThan!.evaluate(factValue, 1e9)).toBe(isNumber && viaJre);
  });
});
