import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError, type Issue } from '../../src/errors';
import { allocate, money, negate, sum } from '../../src/money/index';
import { amountArb, amountToCents, decimalStringArb, positiveAmountArb, toFraction } from '../arbitraries';

function issueOf(run: () => unknown): Issue {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues[0]!;
  }
  throw new Error('expected a ValidationError, but nothing was thrown');
}

const texts = (parts: readonly unknown[]): string[] => parts.map(String);

describe('allocate in equal parts', () => {
  it.each([
    ['100.00', 3, ['33.34', '33.33', '33.33']],
    ['0.05', 3, ['0.02', '0.02', '0.01']],
    ['0.01', 3, ['0.01', '0.00', '0.00']],
    ['0.00', 2, ['0.00', '0.00']],
    ['-100.00', 3, ['-33.34', '-33.33', '-33.33']],
    ['-0.01', 2, ['-0.01', '0.00']],
    ['1000.00', 12, [...Array(4).fill('83.34'), ...Array(8).fill('83.33')]],
    ['512.30', 1, ['512.30']],
  ] as const)('splits %s in %i', (total, n, expected) => {
    expect(texts(allocate(total, n))).toEqual(expected);
  });

  // CCH R.824-12: without a plan, the benefit agency's default is 1/36 of the debt each month for
  // 36 months. 1234.56 € is 123456 cents = 36 × 3429 + 12: twelve instalments of 34.30 first.
  it('gives leftover cents to the first instalments of a 36-month plan (CCH R.824-12)', () => {
    const plan = allocate('1234.56', 36);
    expect(texts(plan)).toEqual([...Array(12).fill('34.30'), ...Array(24).fill('34.29')]);
    expect(sum(plan)).toEqual(money('1234.56'));
  });

  it('sums exactly to the total', () => {
    fc.assert(
      fc.property(amountArb, fc.integer({ min: 1, max: 600 }), (total, n) => {
        const parts = allocate(total, n);
        expect(parts).toHaveLength(n);
        expect(sum(parts)).toEqual(money(total));
      }),
    );
  });

  it('gives parts that differ by at most 0.01, the larger ones first', () => {
    fc.assert(
      fc.property(positiveAmountArb, fc.integer({ min: 1, max: 600 }), (total, n) => {
        const cents = allocate(total, n).map((part) => part.cents);
        const last = cents[cents.length - 1]!;
        for (let i = 1; i < cents.length; i += 1) expect(cents[i - 1]! >= cents[i]!).toBe(true);
        expect(cents[0]! - last <= 1n).toBe(true);
        // exactly (total mod n) parts, the first ones, carry the extra cent
        const extra = cents.filter((part) => part > last).length;
        expect(BigInt(extra)).toBe(amountToCents(total) % BigInt(n));
      }),
    );
  });

  it('splits a negative total as the negation of its opposite', () => {
    fc.assert(
      fc.property(amountArb, fc.integer({ min: 1, max: 100 }), (total, n) => {
        expect(allocate(negate(total), n)).toEqual(allocate(total, n).map(negate));
      }),
    );
  });

  it.each([
    [0, 'invalid_number'],
    [-1, 'invalid_number'],
    [1.5, 'invalid_number'],
    [NaN, 'invalid_number'],
    [Infinity, 'invalid_number'],
    [10_001, 'too_big'],
    ['3', 'invalid_type'],
    [null, 'invalid_type'],
  ])('refuses %s parts (%s)', (n, code) => {
    const issue = issueOf(() => allocate('10.00', n as number));
    expect(issue.code).toBe(code);
    expect(issue.path).toEqual(['parts']);
  });

  it('accepts up to 10 000 parts', () => {
    expect(allocate('100.00', 10_000)).toHaveLength(10_000);
  });

  it('names the total when it is not an amount', () => {
    expect(issueOf(() => allocate('1,00', 2)).path).toEqual(['total']);
  });
});

describe('allocate by ratios', () => {
  it.each([
    ['100.00', [1, 1, 1], ['33.34', '33.33', '33.33']],
    ['100.00', [1, 2], ['33.34', '66.66']],
    ['10.00', ['0.7', '0.3'], ['7.00', '3.00']],
    ['0.05', [0, 1, 1], ['0.00', '0.03', '0.02']],
    ['0.05', [1, 0, 1], ['0.03', '0.00', '0.02']],
    ['100.00', ['0.5', 1, '0'], ['33.34', '66.66', '0.00']],
    ['-100.00', [1, 2], ['-33.34', '-66.66']],
    ['0.00', [3, 1], ['0.00', '0.00']],
  ] as const)('splits %s by %j', (total, ratios, expected) => {
    expect(texts(allocate(total, ratios))).toEqual(expected);
  });

  const ratiosArb = fc
    .array(
      fc.oneof(
        fc.integer({ min: 0, max: 1000 }),
        decimalStringArb({ maxInteger: 100n, maxDecimals: 4, negative: false }),
      ),
      { minLength: 1, maxLength: 30 },
    )
    .filter((ratios) => ratios.some((ratio) => toFraction(ratio).numerator > 0n));

  it('sums exactly to the total', () => {
    fc.assert(
      fc.property(amountArb, ratiosArb, (total, ratios) => {
        const parts = allocate(total, ratios);
        expect(parts).toHaveLength(ratios.length);
        expect(sum(parts)).toEqual(money(total));
      }),
    );
  });

  it('rounds each share toward zero, then hands the leftover cents to the first non-zero ratios', () => {
    fc.assert(
      fc.property(positiveAmountArb, ratiosArb, (total, ratios) => {
        const cents = amountToCents(total);
        const scale = ratios.map((r) => toFraction(r).scale).reduce((a, b) => (a > b ? a : b));
        const weights = ratios.map((r) => {
          const { numerator, scale: own } = toFraction(r);
          return numerator * (scale / own);
        });
        const whole = weights.reduce((a, b) => a + b, 0n);
        const floors = weights.map((w) => (cents * w) / whole);
        let leftover = cents - floors.reduce((a, b) => a + b, 0n);
        const expected = floors.map((floor, i) => {
          if (weights[i]! > 0n && leftover > 0n) {
            leftover -= 1n;
            return floor + 1n;
          }
          return floor;
        });
        expect(allocate(total, ratios).map((part) => part.cents)).toEqual(expected);
      }),
    );
  });

  it('splits a negative total as the negation of its opposite', () => {
    fc.assert(
      fc.property(amountArb, ratiosArb, (total, ratios) => {
        expect(allocate(negate(total), ratios)).toEqual(allocate(total, ratios).map(negate));
      }),
    );
  });

  it('does not change the ratios it is given', () => {
    const ratios = Object.freeze([1, '2', 3]);
    expect(texts(allocate('6.00', ratios))).toEqual(['1.00', '2.00', '3.00']);
    expect(ratios).toEqual([1, '2', 3]);
  });

  it.each(
    [
      [[], ['ratios'], 'too_small'],
      [[0, 0], ['ratios'], 'invalid_number'],
      [['0', '0.00'], ['ratios'], 'invalid_number'],
      [[-1, 2], ['ratios', 0], 'invalid_number'],
      [[1, '-2'], ['ratios', 1], 'invalid_number'],
      [[0.5, 1], ['ratios', 0], 'invalid_number'],
      [[1, 'x'], ['ratios', 1], 'invalid_number'],
      [[1, '1/3'], ['ratios', 1], 'invalid_number'],
      [[1, null], ['ratios', 1], 'invalid_type'],
      [Array(10_001).fill(1), ['ratios'], 'too_big'],
    ].map(([ratios, path, code]) => [JSON.stringify(ratios).slice(0, 24), code, ratios, path] as const),
  )('refuses the ratios %s (%s)', (_, code, ratios, path) => {
    const issue = issueOf(() => allocate('10.00', ratios as never));
    expect(issue.code).toBe(code);
    expect(issue.path).toEqual(path);
  });
});
