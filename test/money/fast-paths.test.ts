/**
 * The money functions' paths without decimals: compare and the sign tests read the normal text of
 * a Money, and multiply by a whole factor multiplies cents. The same answers, and the same errors,
 * as the cents and as the decimal path, for amounts in every spelling and results of arithmetic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  compare,
  divide,
  isNegative,
  isPositive,
  isZero,
  max,
  min,
  money,
  multiply,
  subtract,
} from '../../src/money';
import { compareNormalAmounts } from '../../src/money/money';
import { amountArb, amountToCents, amountWithin, roundingModeArb } from '../arbitraries';
import { outcome } from '../outcome';

const order = (a: bigint, b: bigint) => (a < b ? -1 : a > b ? 1 : 0);

/** Amounts as Money, parsed or computed (sums, differences, quotients), small and large. */
const moneyArb = fc.oneof(
  amountArb.map((a) => money(a)),
  fc.tuple(amountWithin(10n ** 14n), amountWithin(10n ** 14n)).map(([a, b]) => add(a, b)),
  fc.tuple(amountWithin(10n ** 14n), amountWithin(10n ** 14n)).map(([a, b]) => subtract(a, b)),
  fc.tuple(amountArb, fc.integer({ min: 1, max: 1000 }), roundingModeArb).map(([a, d, r]) => divide(a, d, r)),
);

describe('compare on the normal text', () => {
  it('orders Money values as their cents do, and gives 0, never -0, for equal ones', () => {
    fc.assert(
      fc.property(moneyArb, moneyArb, (a, b) => {
        const expected = order(amountToCents(a.amount), amountToCents(b.amount));
        expect(compare(a, b)).toBe(expected);
        expect(compareNormalAmounts(a.amount, b.amount)).toBe(expected);
        expect(Object.is(compare(a, a), 0)).toBe(true);
        expect(min(a, b).amount).toBe(expected <= 0 ? a.amount : b.amount);
        expect(max(a, b).amount).toBe(expected >= 0 ? a.amount : b.amount);
      }),
      { numRuns: 2000 },
    );
  });

  it('tells zero, negative and positive as the cents do', () => {
    fc.assert(
      fc.property(moneyArb, (a) => {
        const cents = amountToCents(a.amount);
        expect([isZero(a), isNegative(a), isPositive(a)]).toEqual([cents === 0n, cents < 0n, cents > 0n]);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    ['-0.01', '0.00', -1],
    ['-10.00', '-9.99', -1],
    ['-9.99', '-10.00', 1],
    ['100.00', '99.99', 1],
    ['-0.00', '0', 0],
  ] as const)('compare(%s, %s) is %i', (a, b, expected) => {
    expect(compare(a, b)).toBe(expected);
  });
});

describe('multiply by a whole factor', () => {
  const factorArb = fc.oneof(
    fc.integer({ min: -1000, max: 1000 }),
    fc.constantFrom(0, 1, -1, 2, 12, Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER),
    fc.maxSafeInteger(),
  );

  it('gives what the decimal path gives for the same factor written as text, errors included', () => {
    fc.assert(
      fc.property(amountArb, factorArb, roundingModeArb, (a, n, rounding) => {
        const fast = outcome(() => multiply(a, n, rounding).amount);
        expect(fast).toEqual(outcome(() => multiply(a, String(n), rounding).amount));
        if ('value' in fast) expect(amountToCents(fast.value)).toBe(amountToCents(money(a).amount) * BigInt(n));
      }),
      { numRuns: 3000 },
    );
  });

  it('still checks the rounding mode, and writes a zero product as "0.00"', () => {
    // @ts-expect-error a mode is required
    expect(outcome(() => multiply('1.00', 2, undefined))).toEqual(
      outcome(() => multiply('1.00', '2', undefined as never)),
    );
    expect(outcome(() => multiply('1.00', 2, 'nearest' as never))).toMatchObject({
      issues: [{ code: 'invalid_value', path: ['rounding'] }],
    });
    expect(multiply('-0.00', -3, 'half-even').amount).toBe('0.00');
    expect(multiply('12.50', 0, 'half-even').amount).toBe('0.00');
  });
});
