/**
 * Whole cents as JS numbers (the analysis' fast path) against their references: `centsOf` and
 * `fromCents` in bigint, and `ratio`, `divide`, `add` over decimal.js. Same results on random
 * amounts, large ones included, and the same errors where the references throw.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { add, centsOf, compare, divide, fromCents, ratio, subtract } from '../../src/money';
import {
  amountOfCents,
  CENTS_LIMIT,
  centsNumberOf,
  checkedCents,
  moneyOfCents,
  quotientAmount,
  quotientText,
} from '../../src/money/cents';
import {
  amountArb,
  centsArb,
  centsToAmount,
  MAX_CENTS,
  roundDivide,
  roundingModeArb,
  unitsToDecimal,
} from '../arbitraries';
import { outcome } from '../outcome';

/** Safe integers of every size: everyday cents, cents near the amounts' limit, and beyond it. */
const safeIntegerArb = fc.oneof(
  { arbitrary: fc.integer({ min: -1_000_000, max: 1_000_000 }), weight: 3 },
  { arbitrary: fc.bigInt({ min: -MAX_CENTS, max: MAX_CENTS }).map(Number), weight: 3 },
  { arbitrary: fc.bigInt({ min: 10n ** 15n - 1000n, max: 10n ** 15n + 1000n }).map(Number), weight: 1 },
  { arbitrary: fc.maxSafeInteger().map((n) => n), weight: 1 },
  { arbitrary: fc.constantFrom(0, 1, -1, 99, 100, -100, 1e15, -1e15, Number.MAX_SAFE_INTEGER), weight: 1 },
);

describe('centsNumberOf', () => {
  it.each([
    ['512.3', 51230],
    ['-12.5', -1250],
    ['0.01', 1],
    ['9999999999999.99', 999999999999999],
    ['-00009999999999999.99', -999999999999999],
    ['0000000000000000012.50', 1250],
  ])('reads %s as %s cents', (text, cents) => {
    expect(centsNumberOf(text)).toBe(cents);
  });

  it('never gives a negative zero', () => {
    for (const text of ['-0', '-0.00', '-000.0', '0']) expect(Object.is(centsNumberOf(text), 0)).toBe(true);
  });

  it('reads every amount as centsOf does, its spellings and the 13-digit ones included', () => {
    fc.assert(
      fc.property(amountArb, (a) => {
        expect(centsNumberOf(a)).toBe(Number(centsOf(a)));
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses what centsOf refuses, with the same issue and path', () => {
    const textArb = fc.oneof(
      fc.string(),
      fc.stringMatching(/^-?\d{0,16}(\.\d{0,3})?[e,x ]?$/),
      fc.constantFrom('10000000000000', '-00010000000000000.00', '1.', '.5', '+1', '1e5', '- 1', '12.3.4', '١٢'),
    );
    fc.assert(
      fc.property(textArb, (text) => {
        const path = ['ledger', 3, 'amount'];
        const expected = outcome(() => Number(centsOf(text, path)));
        expect(outcome(() => centsNumberOf(text, path))).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('amountOfCents, moneyOfCents and checkedCents', () => {
  it('write cents as fromCents does, and refuse the amounts beyond the limit with its issue', () => {
    fc.assert(
      fc.property(safeIntegerArb, (cents) => {
        const expected = outcome(() => fromCents(BigInt(cents)).amount);
        expect(outcome(() => amountOfCents(cents))).toEqual(expected);
        expect(outcome(() => moneyOfCents(cents).amount)).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('give a Money that computes like any other', () => {
    fc.assert(
      fc.property(centsArb, centsArb, (a, b) => {
        const left = moneyOfCents(Number(a));
        expect(compare(left, fromCents(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
        expect(outcome(() => add(left, fromCents(b)).amount)).toEqual(outcome(() => fromCents(a + b).amount));
      }),
    );
  });

  it('write zero as "0.00", never "-0.00"', () => {
    expect(amountOfCents(-0)).toBe('0.00');
    expect(amountOfCents(0 - 0)).toBe('0.00');
  });

  it('check a sum or a difference against the limit as add and subtract do', () => {
    fc.assert(
      fc.property(centsArb, centsArb, (a, b) => {
        const sum = outcome(() => checkedCents(Number(a) + Number(b)));
        const reference = outcome(() => add(fromCents(a), fromCents(b)).amount);
        expect('issues' in sum ? sum : { value: amountOfCents(sum.value) }).toEqual(reference);
        const difference = outcome(() => checkedCents(Number(a) - Number(b)));
        const subtracted = outcome(() => subtract(fromCents(a), fromCents(b)).amount);
        expect('issues' in difference ? difference : { value: amountOfCents(difference.value) }).toEqual(subtracted);
      }),
      { numRuns: 2000 },
    );
  });

  it.each([
    [CENTS_LIMIT - 1, '9999999999999.99'],
    [-(CENTS_LIMIT - 1), '-9999999999999.99'],
    [5, '0.05'],
    [-5, '-0.05'],
    [100, '1.00'],
  ])('writes %s cents as %s', (cents, text) => {
    expect(amountOfCents(cents)).toBe(text);
  });
});

describe('quotientText and quotientAmount', () => {
  it('give the ratio of two amounts as ratio() does, for every number of decimals and mode', () => {
    fc.assert(
      fc.property(
        centsArb,
        centsArb.filter((d) => d !== 0n),
        fc.integer({ min: 0, max: 15 }),
        roundingModeArb,
        (n, d, decimals, rounding) => {
          const reference = ratio(centsToAmount(n), centsToAmount(d), { decimals, rounding });
          expect(quotientText(Number(n), Number(d), decimals, rounding)).toBe(reference);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('are exact on any safe integers, beyond the amounts too (the bigint path)', () => {
    fc.assert(
      fc.property(
        safeIntegerArb,
        safeIntegerArb.filter((d) => d !== 0),
        fc.integer({ min: 0, max: 15 }),
        roundingModeArb,
        (n, d, decimals, rounding) => {
          const units = roundDivide(BigInt(n) * 10n ** BigInt(decimals), BigInt(d), rounding);
          const expected = unitsToDecimal(units, decimals).replace(/^-(?=[0.]*$)/, '');
          expect(quotientText(n, d, decimals, rounding)).toBe(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('divide an amount as divide() does, with its too_big beyond 13 integer digits', () => {
    fc.assert(
      fc.property(
        centsArb,
        centsArb.filter((d) => d !== 0n),
        roundingModeArb,
        (n, d, rounding) => {
          const reference = outcome(() => divide(centsToAmount(n), centsToAmount(d), rounding).amount);
          expect(outcome(() => quotientAmount(Number(n), Number(d), rounding))).toEqual(reference);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('divide by a number of units in tenths as divide() does: cents ÷ (10 × tenths)', () => {
    fc.assert(
      fc.property(centsArb, fc.integer({ min: 10, max: 200 }), roundingModeArb, (n, tenths, rounding) => {
        const units = tenths % 10 === 0 ? String(tenths / 10) : `${Math.floor(tenths / 10)}.${tenths % 10}`;
        const reference = divide(centsToAmount(n), units, rounding).amount;
        expect(quotientAmount(Number(n), 10 * tenths, rounding)).toBe(reference);
      }),
    );
  });

  it.each([
    [1, 3, 4, 'half-even', '0.3333'],
    [2, 3, 0, 'half-even', '1'],
    [-1, 3, 2, 'floor', '-0.34'],
    [-1, 1000, 2, 'half-even', '0.00'],
    [125, 10000, 3, 'half-even', '0.012'],
    [125, 10000, 3, 'half-up', '0.013'],
    [Number.MAX_SAFE_INTEGER, 1, 2, 'down', '9007199254740991.00'],
  ] as const)('%s ÷ %s with %s decimals, %s, is %s', (n, d, decimals, rounding, text) => {
    expect(quotientText(n, d, decimals, rounding)).toBe(text);
  });

  it('gives the too_big of divide() for a quotient beyond the limit', () => {
    // 9999999999999.99 ÷ 0.5 is 19999999999999.98: 14 integer digits.
    const expected = outcome(() => divide('9999999999999.99', '0.5', 'down'));
    expect(expected).toMatchObject({ issues: [{ code: 'too_big', path: [], received: '19999999999999.98' }] });
    expect(outcome(() => quotientAmount(999999999999999, 50, 'down'))).toEqual(expected);
    expect(outcome(() => quotientAmount(-999999999999999, 100, 'down'))).toEqual({ value: '-9999999999999.99' });
  });
});
