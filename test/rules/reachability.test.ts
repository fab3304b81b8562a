import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Condition } from '../../src/rules/conditions';
import { OPERATORS } from '../../src/rules/operators';
import { findUnreachable, order, thresholdsOf } from '../../src/rules/reachability';
import { runs } from '../runs';

/**
 * The interval reasoning of `validatePolicy` against brute force: a rule is unreachable exactly
 * when, at every point of a grid finer than its thresholds, an earlier rule holds wherever it
 * holds. The grid runs beyond every threshold, in half steps, so that it meets each side of each
 * bound; the conditions are evaluated by the library's own operators.
 */
const GRID = Array.from({ length: 15 }, (_, i) => i / 2 - 1.5); // -1.5 … 5.5
const TENANCIES = ['current', 'departed', 'x', 'y', 'never-named'];
const points = GRID.flatMap((arrears) =>
  GRID.flatMap((months) =>
    TENANCIES.map(
      (tenancy) => ({ arrears: arrears.toFixed(2), monthsOfArrears: months, tenancy }) as Record<string, unknown>,
    ),
  ),
);

const DECIMAL_OPS = [
  'decimalGreaterThan',
  'decimalGreaterThanInclusive',
  'decimalLessThan',
  'decimalLessThanInclusive',
  'decimalEqual',
];
const INTEGER_OPS = ['greaterThan', 'greaterThanInclusive', 'lessThan', 'lessThanInclusive'];
const bound = fc.integer({ min: 0, max: 4 });
const leafArb: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({
    fact: fc.constant('arrears'),
    operator: fc.constantFrom(...DECIMAL_OPS),
    value: bound.map((n) => `${n}.00`),
  }),
  fc.record({ fact: fc.constant('monthsOfArrears'), operator: fc.constantFrom(...INTEGER_OPS), value: bound }),
  fc.record({
    fact: fc.constant('tenancy'),
    operator: fc.constant('equal'),
    value: fc.constantFrom('current', 'departed', 'x', 'y'),
  }),
  fc.record({
    fact: fc.constant('tenancy'),
    operator: fc.constant('in'),
    value: fc.subarray(['current', 'departed', 'x', 'y']),
  }),
);
const ruleArb = fc.array(leafArb, { minLength: 0, maxLength: 3 }).map((all): Condition => ({ all }));

const holds = (c: Condition, p: Record<string, unknown>): boolean => {
  if ('all' in c) return c.all.every((x) => holds(x, p));
  if ('any' in c) return c.any.length === 0 || c.any.some((x) => holds(x, p));
  if ('not' in c) return !holds(c.not, p);
  return OPERATORS[c.operator]!.evaluate(p[c.fact], c.value);
};

describe('findUnreachable', () => {
  it('finds exactly the rules an earlier rule always pre-empts, and the first such rule', () => {
    fc.assert(
      fc.property(fc.array(ruleArb, { minLength: 2, maxLength: 4 }), (conditions) => {
        const rules = conditions.map((c, index) => ({ index: index + 10, conditions: c }));
        const expected = [];
        const empty = new Set<number>(); // a rule no account meets is covered by any rule: the reasoning need not say so
        for (let k = 1; k < rules.length; k++) {
          const cases = points.filter((p) => holds(conditions[k]!, p));
          if (cases.length === 0) empty.add(k + 10);
          const by = conditions.slice(0, k).findIndex((m) => cases.every((p) => holds(m, p)));
          if (by >= 0 && cases.length > 0) expected.push({ index: k + 10, by: by + 10, exact: true });
        }
        expect(findUnreachable(rules, {}).filter((u) => !empty.has(u.index))).toEqual(expected);
      }),
      { numRuns: runs(1000, 300) },
    );
  });

  // Every pair of rules of one or two tests on one fact, against brute force on that fact alone.
  const ONE_FACT: [string, Condition[], Record<string, unknown>[]][] = [
    [
      'an amount',
      [...DECIMAL_OPS.flatMap((operator) => ['1.00', '2.00'].map((value) => ({ fact: 'arrears', operator, value })))],
      GRID.map((v) => ({ arrears: v.toFixed(2) })),
    ],
    [
      'a count',
      [...INTEGER_OPS.flatMap((operator) => [1, 2].map((value) => ({ fact: 'monthsOfArrears', operator, value })))],
      GRID.map((v) => ({ monthsOfArrears: v })),
    ],
    [
      'a text',
      [
        ...['current', 'departed'].map((value) => ({ fact: 'tenancy', operator: 'equal', value })),
        ...[[], ['current'], ['departed'], ['current', 'departed']].map((value) => ({
          fact: 'tenancy',
          operator: 'in',
          value,
        })),
      ],
      ['current', 'departed', 'other'].map((tenancy) => ({ tenancy })),
    ],
  ];
  it.each(ONE_FACT)('decides exactly every pair of conjunctions of one or two tests on %s', (_, leaves, grid) => {
    const rules: { all: Condition[] }[] = [
      ...leaves.map((l) => ({ all: [l] })),
      ...leaves.flatMap((l) => leaves.map((m) => ({ all: [l, m] }))),
    ];
    let checked = 0;
    for (const inner of rules) {
      const cases = grid.filter((p) => holds(inner, p));
      if (cases.length === 0) continue;
      for (const outer of rules) {
        if (outer.all.length + inner.all.length > 3) continue;
        const covered = cases.every((p) => holds(outer, p));
        const found = findUnreachable(
          [
            { index: 0, conditions: outer },
            { index: 1, conditions: inner },
          ],
          {},
        );
        expect(found, `${JSON.stringify(outer)} then ${JSON.stringify(inner)}`).toEqual(
          covered ? [{ index: 1, by: 0, exact: true }] : [],
        );
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(leaves.length ** 2);
  });

  it('decides whether amounts listed one by one all fall within a range', () => {
    const ranges = DECIMAL_OPS.flatMap((operator) =>
      ['1.00', '2.00'].map((value) => ({ fact: 'arrears', operator, value })),
    );
    const sets = [
      { fact: 'arrears', operator: 'equal', value: '1.00' },
      { fact: 'arrears', operator: 'equal', value: '2.00' },
      { fact: 'arrears', operator: 'in', value: ['1.00', '2.00'] },
      { fact: 'arrears', operator: 'in', value: ['0.50', '2.50'] },
    ];
    const grid = GRID.map((v) => ({ arrears: v.toFixed(2) }));
    for (const inner of sets) {
      const cases = grid.filter((p) => holds(inner, p));
      for (const outer of ranges) {
        const covered = cases.every((p) => holds(outer, p));
        expect(
          findUnreachable(
            [
              { index: 0, conditions: { all: [outer] } },
              { index: 1, conditions: { all: [inner] } },
            ],
            {},
          ),
          `${JSON.stringify(outer)} then ${JSON.stringify(inner)}`,
        ).toEqual(covered ? [{ index: 1, by: 0, exact: true }] : []);
      }
    }
  });

  it('a rule without conditions pre-empts every later one; it is itself pre-empted by nothing but another', () => {
    const any: Condition = { all: [] };
    const one: Condition = { all: [{ fact: 'arrears', operator: 'decimalGreaterThan', value: '1.00' }] };
    expect(
      findUnreachable(
        [
          { index: 0, conditions: undefined },
          { index: 1, conditions: one },
        ],
        {},
      ),
    ).toEqual([{ index: 1, by: 0, exact: true }]);
    expect(
      findUnreachable(
        [
          { index: 0, conditions: one },
          { index: 1, conditions: any },
        ],
        {},
      ),
    ).toEqual([]);
  });

  it('reads parameters, and gives up on a fact reference or an unknown parameter', () => {
    const above = (value: unknown): Condition => ({
      all: [{ fact: 'arrears', operator: 'decimalGreaterThan', value: value as never }],
    });
    const params = { low: { value: '1.00' }, high: { value: '2.00' } };
    expect(
      findUnreachable(
        [
          { index: 0, conditions: above({ param: 'low' }) },
          { index: 1, conditions: above({ param: 'high' }) },
        ],
        params,
      ),
    ).toEqual([{ index: 1, by: 0, exact: true }]);
    expect(
      findUnreachable(
        [
          { index: 0, conditions: above({ param: 'high' }) },
          { index: 1, conditions: above({ param: 'low' }) },
        ],
        params,
      ),
    ).toEqual([]);
    // Undecidable shapes are only flagged when they repeat an earlier rule word for word.
    for (const value of [{ param: 'missing' }, { fact: 'balance' }, { param: 'low', other: 1 }]) {
      expect(
        findUnreachable(
          [
            { index: 0, conditions: above(value) },
            { index: 1, conditions: above('5.00') },
          ],
          params,
        ),
      ).toEqual([]);
      expect(
        findUnreachable(
          [
            { index: 0, conditions: above('0.00') },
            { index: 1, conditions: above(value) },
          ],
          params,
        ),
      ).toEqual([]);
      expect(
        findUnreachable(
          [
            { index: 0, conditions: above(value) },
            { index: 1, conditions: above(value) },
          ],
          params,
        ),
      ).toEqual([{ index: 1, by: 0, exact: false }]);
    }
  });

  it('does not decide any, not, paths, other operators or a comparison with null', () => {
    const leaf = { fact: 'arrears', operator: 'decimalGreaterThan', value: '1.00' };
    const shapes: Condition[] = [
      { any: [leaf] },
      { all: [{ not: leaf }] },
      { all: [{ ...leaf, path: '$.a' }] },
      { all: [{ fact: 'tenancy', operator: 'notEqual', value: 'current' }] },
      { all: [{ fact: 'tenancy', operator: 'in', value: 'current' }] },
      { all: [{ fact: 'arrears', operator: 'decimalGreaterThan', value: null }] },
      { all: [{ fact: 'arrears', operator: 'decimalGreaterThan', value: ['1.00'] }] },
      { all: [{ fact: 'tenancy', operator: 'equal', value: ['current'] }] },
      // A value set and a range on one fact cannot be intersected.
      {
        all: [
          { fact: 'tenancy', operator: 'equal', value: 'current' },
          { fact: 'tenancy', operator: 'dateAfter', value: 'a' },
        ],
      },
    ];
    for (const shape of shapes) {
      expect(
        findUnreachable(
          [
            { index: 0, conditions: { all: [] } },
            { index: 1, conditions: shape },
          ],
          {},
        ),
        JSON.stringify(shape),
      ).toEqual([]);
      expect(
        findUnreachable(
          [
            { index: 0, conditions: shape },
            { index: 1, conditions: { all: [leaf, leaf] } },
          ],
          {},
        ),
        JSON.stringify(shape),
      ).toEqual([]);
    }
  });

  it.each([
    ['dateOnOrAfter', 'dateAfter', true],
    ['dateAfter', 'dateOnOrAfter', false],
    ['dateOnOrBefore', 'dateBefore', true],
    ['dateBefore', 'dateOnOrBefore', false],
    ['dateOnOrAfter', 'dateOnOrAfter', true],
    ['dateBefore', 'dateAfter', false],
  ])('a date %s a day, then %s the same day: pre-empted %s', (first, second, preempted) => {
    const rule = (operator: string): Condition => ({
      all: [{ fact: 'firstDefaultOn', operator, value: '2026-01-02' }],
    });
    expect(
      findUnreachable(
        [
          { index: 0, conditions: rule(first) },
          { index: 1, conditions: rule(second) },
        ],
        {},
      ),
    ).toEqual(preempted ? [{ index: 1, by: 0, exact: true }] : []);
  });

  it('orders dates as text', () => {
    const onOrAfter = (d: string): Condition => ({
      all: [{ fact: 'firstDefaultOn', operator: 'dateOnOrAfter', value: d }],
    });
    const earlierThan = (d: string): Condition => ({
      all: [{ fact: 'firstDefaultOn', operator: 'dateBefore', value: d }],
    });
    expect(
      findUnreachable(
        [
          { index: 0, conditions: onOrAfter('2026-01-01') },
          { index: 1, conditions: onOrAfter('2026-06-01') },
        ],
        {},
      ),
    ).toEqual([{ index: 1, by: 0, exact: true }]);
    expect(
      findUnreachable(
        [
          { index: 0, conditions: earlierThan('2026-01-01') },
          { index: 1, conditions: earlierThan('2026-06-01') },
        ],
        {},
      ),
    ).toEqual([]);
  });
});

describe('order', () => {
  it.each([
    [2, 10, -8],
    ['10.00', '9.99', 1],
    ['9.99', '10.00', -1],
    ['0.3', '0.30', 0],
    [3, '3.00', 0],
    ['2026-01-02', '2026-01-10', -1],
    ['b', 'a', 1],
    ['a', 'a', 0],
    [true, false, 1],
  ])('orders %j and %j: %d', (a, b, sign) => {
    expect(Math.sign(order(a as never, b as never))).toBe(Math.sign(sign));
    if (typeof a === 'number' && typeof b === 'number') expect(order(a, b)).toBe(sign);
  });
});

describe('thresholdsOf', () => {
  it('gives the greatest lower bound on each amount, rate and count fact of a conjunction', () => {
    const c: Condition = {
      all: [
        { fact: 'arrears', operator: 'decimalGreaterThan', value: '100.00' },
        { all: [{ fact: 'arrears', operator: 'decimalGreaterThanInclusive', value: { param: 'high' } }] },
        { fact: 'arrears', operator: 'decimalLessThan', value: '9000.00' },
        { fact: 'effortRateNet', operator: 'decimalEqual', value: '0.35' },
        { fact: 'monthsOfArrears', operator: 'greaterThan', value: 2 },
        { fact: 'daysSinceFirstDefault', operator: 'lessThanInclusive', value: 90 },
        { fact: 'firstDefaultOn', operator: 'dateAfter', value: '2026-01-01' },
        { fact: 'tenancy', operator: 'equal', value: 'current' },
      ],
    };
    expect([...thresholdsOf(c, { high: { value: '2000.00' } })]).toEqual([
      ['arrears', '2000.00'],
      ['effortRateNet', '0.35'],
      ['monthsOfArrears', 2],
    ]);
  });

  it('keeps the first of two equal bounds, and the strict one', () => {
    const c: Condition = {
      all: [
        { fact: 'arrears', operator: 'decimalGreaterThanInclusive', value: '5.0' },
        { fact: 'arrears', operator: 'decimalGreaterThan', value: '5.00' },
        { fact: 'arrears', operator: 'decimalGreaterThanInclusive', value: '5' },
      ],
    };
    expect(thresholdsOf(c, {}).get('arrears')).toBe('5.00');
  });

  it('is empty for conditions it cannot decide', () => {
    expect(thresholdsOf({ any: [{ fact: 'arrears', operator: 'decimalGreaterThan', value: '1.00' }] }, {}).size).toBe(
      0,
    );
    expect(
      thresholdsOf({ all: [{ fact: 'arrears', operator: 'decimalGreaterThan', value: { param: 'nope' } }] }, {}).size,
    ).toBe(0);
    expect(thresholdsOf({ all: [{ fact: 'unknown', operator: 'greaterThan', value: 1 }] }, {}).size).toBe(0);
  });
});
