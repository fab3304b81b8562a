import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/rules/conditions';
import { createRulesEngine, evaluateWithJsonRulesEngine } from '../../src/rules/engine';
import { deepFreeze } from '../../src/freeze';

describe('the json-rules-engine path', () => {
  it('takes a fact the engine does not know as undefined, not an error', async () => {
    const rules = [
      { id: 'missing', conditions: { all: [{ fact: 'ghost', operator: 'equal', value: 1 }] } },
      { id: 'negated', conditions: { not: { fact: 'ghost', operator: 'equal', value: 1 } } },
    ];
    expect(await evaluateWithJsonRulesEngine(rules, {})).toEqual({ missing: false, negated: true });
  });

  it('reads paths with the library resolver: plain steps only, own properties only', async () => {
    const facts = { profile: { a: { b: 3 }, list: [{ b: 3 }] } };
    const at = (path: string): Condition => ({ fact: 'profile', path, operator: 'equal', value: 3 });
    expect(
      await evaluateWithJsonRulesEngine(
        [
          { id: 'plain', conditions: at('$.a.b') },
          { id: 'index', conditions: at('$.list[0].b') },
          { id: 'recursive', conditions: at('$..b') },
          {
            id: 'inherited',
            conditions: { fact: 'profile', path: '$.a.constructor.name', operator: 'equal', value: 'Object' },
          },
        ],
        facts,
      ),
    ).toEqual({ plain: true, index: true, recursive: false, inherited: false });
  });

  it('wraps a lone fact test, keeps each rule by its id, and leaves the frozen conditions alone', async () => {
    const lone = deepFreeze({ fact: 'n', operator: 'decimalGreaterThan', value: '1.00' }) as Condition;
    const nested = deepFreeze({ any: [{ fact: 'n', operator: 'dateAfter', value: '2026-01-01' }] }) as Condition;
    expect(
      await evaluateWithJsonRulesEngine(
        [
          { id: 'a', conditions: lone },
          { id: 'b', conditions: nested },
        ],
        { n: '1.01' },
      ),
    ).toEqual({ a: true, b: false });
    expect(lone).toEqual({ fact: 'n', operator: 'decimalGreaterThan', value: '1.00' });
  });

  it('lets a host add its own operators and facts', async () => {
    const result = await evaluateWithJsonRulesEngine(
      [{ id: 'even', conditions: { all: [{ fact: 'units', operator: 'isEven', value: true }] } }],
      {},
      (engine) => {
        engine.addOperator('isEven', (a: number, b: boolean) => (a % 2 === 0) === b);
        engine.addFact('units', 4);
      },
    );
    expect(result).toEqual({ even: true });
  });

  it('builds a fresh engine each time, with the exact operators registered', async () => {
    const a = createRulesEngine();
    expect(a).not.toBe(createRulesEngine());
    let seen: unknown = null;
    createRulesEngine((e) => (seen = e));
    expect(seen).not.toBeNull();
    a.addRule({
      name: 'r',
      conditions: { all: [{ fact: 'x', operator: 'decimalEqual', value: '0.3' }] },
      event: { type: 't' },
    });
    const { results } = await a.run({ x: '0.30' });
    expect(results.map((r) => r.name)).toEqual(['r']);
  });
});
