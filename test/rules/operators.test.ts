import { describe, expect, it } from 'vitest';
import { compileCondition, type Condition } from '../../src/rules/conditions';
import { evaluateWithJsonRulesEngine } from '../../src/rules/engine';
import { OPERATORS, OPERATOR_NAMES, resolvePath } from '../../src/rules/operators';

/**
 * Every operator on each side of its bound, by hand: below, equal, above, a value of the wrong
 * kind (false, never an exception) and a missing value on either side (false: docs/facts.md
 * promises that every comparison with a missing fact is false). json-rules-engine must agree on
 * each line.
 */
const TABLE: Record<string, [unknown, unknown, boolean][]> = {
  equal: [
    [2, 2, true],
    [2, 3, false],
    ['2', 2, false],
    [null, null, false],
    [undefined, undefined, false],
    [null, 2, false],
  ],
  notEqual: [
    [2, 2, false],
    [2, 3, true],
    ['2', 2, true],
    [null, 2, false],
    [undefined, 'current', false],
    [2, null, false],
  ],
  in: [
    ['sms', ['sms', 'email'], true],
    ['phone', ['sms'], false],
    ['ms', 'sms', true],
    [2, 2, false],
    [null, ['sms', null], false],
  ],
  notIn: [
    ['sms', ['sms', 'email'], false],
    ['phone', ['sms'], true],
    ['x', 'sms', true],
    [2, 2, true],
    [null, ['sms'], false],
    [undefined, [], false],
  ],
  contains: [
    [['sms', 'email'], 'email', true],
    [['sms'], 'phone', false],
    ['sms', 'ms', false],
    [null, 'sms', false],
    [['sms'], null, false],
  ],
  doesNotContain: [
    [['sms', 'email'], 'email', false],
    [['sms'], 'phone', true],
    ['sms', 'x', false],
    [null, 'sms', false],
    [['sms'], undefined, false],
  ],
  lessThan: [
    [29, 30, true],
    [30, 30, false],
    [31, 30, false],
    ['abc', 30, false],
    [-1, null, false], // JavaScript holds -1 < null
  ],
  lessThanInclusive: [
    [29, 30, true],
    [30, 30, true],
    [31, 30, false],
    [null, 30, false],
    [0, null, false], // JavaScript holds 0 <= null
  ],
  greaterThan: [
    [29, 30, false],
    [30, 30, false],
    [31, 30, true],
    ['x', -1, false],
    [4, null, false], // JavaScript holds 4 > null
  ],
  greaterThanInclusive: [
    [29, 30, false],
    [30, 30, true],
    [31, 30, true],
    [undefined, -1, false],
    [0, null, false],
  ],
  decimalGreaterThan: [
    ['9.99', '10.00', false],
    ['10.00', '10', false],
    ['10.01', '10.00', true],
    ['1e3', '1', false],
    ['5.00', 'abc', false],
    ['5.00', null, false],
  ],
  decimalGreaterThanInclusive: [
    ['9.99', '10.00', false],
    ['10.00', '10', true],
    ['10.01', '10.00', true],
    [null, '0', false],
  ],
  decimalLessThan: [
    ['9.99', '10.00', true],
    ['10.00', '10', false],
    ['10.01', '10.00', false],
    [true, '1', false],
  ],
  decimalLessThanInclusive: [
    ['9.99', '10.00', true],
    ['10.00', '10', true],
    ['10.01', '10.00', false],
    ['', '1', false],
  ],
  decimalEqual: [
    ['0.30', '0.3', true],
    ['0.31', '0.3', false],
    ['0.29', '0.3', false],
    [0.3, '0.3', false],
  ],
  dateBefore: [
    ['2026-01-01', '2026-01-02', true],
    ['2026-01-02', '2026-01-02', false],
    ['2026-01-03', '2026-01-02', false],
    ['2026-02-30', '2026-03-01', false],
  ],
  dateOnOrBefore: [
    ['2026-01-01', '2026-01-02', true],
    ['2026-01-02', '2026-01-02', true],
    ['2026-01-03', '2026-01-02', false],
    ['2026-01-01', 'tomorrow', false],
  ],
  dateAfter: [
    ['2026-01-01', '2026-01-02', false],
    ['2026-01-02', '2026-01-02', false],
    ['2026-01-03', '2026-01-02', true],
    [null, '2026-01-01', false],
  ],
  dateOnOrAfter: [
    ['2026-01-01', '2026-01-02', false],
    ['2026-01-02', '2026-01-02', true],
    ['2026-01-03', '2026-01-02', true],
    [20260103, '2026-01-02', false],
    ['2026-01-03', undefined, false],
  ],
  isMissing: [
    [null, true, true],
    [undefined, true, true],
    [0, true, false],
    ['', true, false],
    [false, true, false],
    [[], true, false],
    ['0.00', true, false],
    [null, false, false], // validation refuses any value but true
  ],
  isPresent: [
    [null, true, false],
    [undefined, true, false],
    [0, true, true],
    ['', true, true],
    [false, true, true],
    [[], true, true],
    ['0.00', true, true],
    [0, false, false],
  ],
};

describe('operators', () => {
  it('the table covers every operator', () => {
    expect(Object.keys(TABLE).sort()).toEqual(OPERATOR_NAMES);
    expect(OPERATOR_NAMES).toEqual([...OPERATOR_NAMES].sort());
  });

  it.each(Object.entries(TABLE).flatMap(([op, rows]) => rows.map(([a, b, r]) => [op, a, b, r] as const)))(
    '%s: %j against %j is %s, in both engines',
    async (operator, factValue, value, result) => {
      expect(OPERATORS[operator]!.evaluate(factValue, value)).toBe(result);
      // json-rules-engine throws on "in" with a value that is not a list; validation refuses it.
      if ((operator === 'in' || operator === 'notIn') && typeof value === 'number') return;
      const condition = { fact: 'x', operator, value } as Condition;
      expect((await evaluateWithJsonRulesEngine([{ id: 'r', conditions: condition }], { x: factValue })).r).toBe(
        result,
      );
    },
  );

  it("keeps json-rules-engine's own function for the operators it has (behind the guard on missing values)", () => {
    expect(OPERATOR_NAMES.filter((n) => OPERATORS[n]!.builtin)).toEqual([
      'contains',
      'doesNotContain',
      'equal',
      'greaterThan',
      'greaterThanInclusive',
      'in',
      'lessThan',
      'lessThanInclusive',
      'notEqual',
      'notIn',
    ]);
    expect(OPERATOR_NAMES.filter((n) => OPERATORS[n]!.missing === 'tested')).toEqual(['isMissing', 'isPresent']);
  });
});

describe('resolvePath', () => {
  const value = {
    a: { b: [10, { c: 'deep' }] },
    n: null,
    'x-y': 1,
    s: 'abc',
    l: Array.from({ length: 12 }, (_, i) => i * 10),
  };

  it.each([
    ['$', value],
    ['$.a.b[0]', 10],
    ['$.a.b[1].c', 'deep'],
    ['$.a.b[2]', undefined],
    ['$.n', null],
    ['$.n.x', undefined],
    ['$.a.b[0].c', undefined],
    ['$.missing', undefined],
    ['$.toString', undefined], // inherited, not own
    ['$.a.constructor', undefined],
    ['$["a"]', undefined], // not a plain step
    ['$..b', undefined],
    ['a.b', undefined],
    ['$.x-y', undefined],
    ['$[1234567]', undefined],
    ['$.s.length', undefined], // a text has no fields
    ['$.l[10]', 100],
    ['$.l[12]', undefined],
  ])('%s reads %j', (path, expected) => {
    expect(resolvePath(value, path)).toEqual(expected);
  });
});

describe('compiled conditions', () => {
  const facts: Record<string, unknown> = { n: 5, obj: { a: { b: 7 } }, flag: true, list: ['x'], nothing: null };
  const read = (name: string) => facts[name];
  const run = (c: Condition) => compileCondition(c, [])(read);

  it('all and any, empty or not, as json-rules-engine has them', async () => {
    const t = { fact: 'flag', operator: 'equal', value: true };
    const f = { fact: 'flag', operator: 'equal', value: false };
    const cases: [Condition, boolean][] = [
      [{ all: [] }, true],
      [{ any: [] }, true],
      [{ all: [t, f] }, false],
      [{ all: [t, t] }, true],
      [{ any: [f, t] }, true],
      [{ any: [f, f] }, false],
      [{ not: t }, false],
      [{ not: { any: [f] } }, true],
    ];
    for (const [c, result] of cases) {
      expect(run(c), JSON.stringify(c)).toBe(result);
      expect((await evaluateWithJsonRulesEngine([{ id: 'r', conditions: c }], facts)).r, JSON.stringify(c)).toBe(
        result,
      );
    }
  });

  it('stops at the first false of an all and the first true of an any, as the trace shows', () => {
    const trace: unknown[] = [];
    const t = { fact: 'flag', operator: 'equal', value: true };
    const f = { fact: 'flag', operator: 'equal', value: false };
    compileCondition({ all: [f, t] }, ['a'])(read, trace as never);
    compileCondition({ any: [t, f] }, ['b'])(read, trace as never);
    expect(trace.map((e) => (e as { at: string }).at)).toEqual(['a.all[0]', 'b.any[0]']);
  });

  it('reads a path inside an object fact, and compares with another fact, itself read at its path', () => {
    expect(run({ fact: 'obj', path: '$.a.b', operator: 'equal', value: 7 })).toBe(true);
    expect(run({ fact: 'n', path: '$.a', operator: 'equal', value: 5 })).toBe(true); // a path on a number leaves it as it is
    expect(run({ fact: 'n', path: '', operator: 'equal', value: 5 })).toBe(true);
    expect(run({ fact: 'list', path: '', operator: 'contains', value: 'x' })).toBe(true); // an empty path reads the fact itself
    expect(run({ fact: 'nothing', path: '$.a', operator: 'isMissing', value: true })).toBe(true); // a path on null leaves null
    expect(run({ fact: 'nothing', path: '$.a', operator: 'equal', value: null })).toBe(false); // and null equals nothing
    expect(run({ fact: 'obj', path: '$.a.zz', operator: 'isMissing', value: true })).toBe(true); // a path to nowhere is missing
    expect(run({ fact: 'n', operator: 'lessThan', value: { fact: 'obj', path: '$.a.b' } })).toBe(true);
    expect(run({ fact: 'n', operator: 'greaterThan', value: { fact: 'obj', path: '$.a.b' } })).toBe(false);
    expect(run({ fact: 'list', operator: 'contains', value: { fact: 'ghost' } })).toBe(false);
  });

  it('records the compared value after reading a fact reference', () => {
    const trace: { value: unknown; factValue: unknown }[] = [];
    compileCondition({ fact: 'n', operator: 'lessThan', value: { fact: 'obj', path: '$.a.b' } }, ['x'])(
      read,
      trace as never,
    );
    expect(trace).toEqual([{ at: 'x', fact: 'n', operator: 'lessThan', value: 7, factValue: 5, result: true }]);
  });

  it('refuses to compile an operator that validation would have refused', () => {
    expect(() => compileCondition({ fact: 'n', operator: 'matches', value: '.*' }, [])).toThrow(
      'unvalidated operator matches',
    );
  });
});
