import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError, type Issue } from '../../src/errors';
import { isWithinRate, ratio } from '../../src/money/index';
import {
  amountArb,
  amountToCents,
  decimalStringArb,
  positiveAmountArb,
  roundDivide,
  roundingModeArb,
  toFraction,
  unitsToDecimal,
} from '../arbitraries';

function issueOf(run: () => unknown): Issue {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues[0]!;
  }
  throw new Error('expected a ValidationError, but nothing was thrown');
}

describe('ratio', () => {
  it.each([
    ['342.00', '1000.00', {}, '0.3420'],
    ['1.00', '3.00', { decimals: 2 }, '0.33'],
    ['2.00', '3.00', { decimals: 2 }, '0.67'],
    ['2.00', '3.00', { decimals: 0, rounding: 'down' }, '0'],
    ['2.00', '3.00', { decimals: 0 }, '1'],
    ['1.25', '100.00', { decimals: 3 }, '0.012'], // 0.0125, a tie: half-even keeps the 2
    ['1.25', '100.00', { decimals: 3, rounding: 'half-up' }, '0.013'],
    ['-1.00', '3.00', { decimals: 2, rounding: 'floor' }, '-0.34'],
    ['-0.01', '1000.00', { decimals: 2 }, '0.00'], // never "-0.00"
    ['1500.00', '1000.00', {}, '1.5000'],
    ['0.01', '9999999999999.99', { decimals: 20 }, '0.00000000000000100000'],
  ] as const)('%s / %s with %j is %s', (numerator, denominator, options, expected) => {
    expect(ratio(numerator, denominator, options)).toBe(expected);
  });

  it('rounds the exact quotient once, as the BigInt oracle does', () => {
    fc.assert(
      fc.property(
        amountArb,
        amountArb.filter((b) => amountToCents(b) !== 0n),
        fc.integer({ min: 0, max: 20 }),
        roundingModeArb,
        (a, b, decimals, rounding) => {
          const units = roundDivide(amountToCents(a) * 10n ** BigInt(decimals), amountToCents(b), rounding);
          const expected = unitsToDecimal(units, decimals).replace(/^-(?=[0.]*$)/, '');
          expect(ratio(a, b, { decimals, rounding })).toBe(expected);
        },
      ),
    );
  });

  it('refuses a zero denominator', () => {
    const issue = issueOf(() => ratio('1.00', '0.00'));
    expect(issue.code).toBe('division_by_zero');
    expect(issue.path).toEqual(['denominator']);
  });

  it.each([
    [{ decimals: -1 }, ['options', 'decimals'], 'out_of_range'],
    [{ decimals: 21 }, ['options', 'decimals'], 'out_of_range'],
    [{ decimals: 1.5 }, ['options', 'decimals'], 'invalid_number'],
    [{ decimals: '2' }, ['options', 'decimals'], 'invalid_type'],
    [{ rounding: 'nearest' }, ['options', 'rounding'], 'invalid_value'],
  ])('refuses the options %j', (options, path, code) => {
    const issue = issueOf(() => ratio('1.00', '3.00', options as never));
    expect(issue.code).toBe(code);
    expect(issue.path).toEqual(path);
  });
});

describe('isWithinRate', () => {
  // DOMAIN.md §5: a net effort rate (taux d'effort) above 30 % is commonly treated as too high;
  // maxEffortRate defaults to "0.30".
  it.each([
    ['300.00', '1000.00', '0.30', true],
    ['299.99', '1000.00', '0.30', true],
    ['300.01', '1000.00', '0.30', false],
    ['0.00', '0.00', '0.30', true],
    // 450 / 1450 = 0.310344827586206896551…: any rate a hair below it fails, a hair above passes.
    ['450.00', '1450.00', '0.31034482758620689655', false],
    ['450.00', '1450.00', '0.31034482758620689656', true],
  ] as const)('%s ≤ %s × %s is %s', (part, whole, rate, expected) => {
    expect(isWithinRate(part, whole, rate)).toBe(expected);
  });

  it('decides on the exact value, where a rounded ratio would be wrong', () => {
    // 300.01 / 1000.00 = 0.30001: shown with 3 decimals as "0.300", yet above 30 %.
    expect(ratio('300.01', '1000.00', { decimals: 3 })).toBe('0.300');
    expect(isWithinRate('300.01', '1000.00', '0.30')).toBe(false);
  });

  it('agrees with BigInt arithmetic: part × 10^k ≤ rate numerator × whole', () => {
    fc.assert(
      fc.property(
        amountArb,
        positiveAmountArb,
        decimalStringArb({ maxInteger: 2n, maxDecimals: 20 }),
        (part, whole, rate) => {
          const { numerator, scale } = toFraction(rate);
          const expected = amountToCents(part) * scale <= numerator * amountToCents(whole);
          expect(isWithinRate(part, whole, rate)).toBe(expected);
        },
      ),
    );
  });

  it.each([
    [0.3, 'invalid_type'],
    [null, 'invalid_type'],
    ['30%', 'invalid_number'],
    ['.3', 'invalid_number'],
    ['0,30', 'invalid_number'],
    ['3e-1', 'invalid_number'],
    [`0.${'3'.repeat(21)}`, 'too_big'],
  ])('refuses the rate %j (%s)', (rate, code) => {
    const issue = issueOf(() => isWithinRate('1.00', '10.00', rate as never));
    expect(issue.code).toBe(code);
    expect(issue.path).toEqual(['rate']);
  });

  it('names the amount that is wrong', () => {
    expect(issueOf(() => isWithinRate('1,00', '10.00', '0.30')).path).toEqual(['part']);
    expect(issueOf(() => isWithinRate('1.00', 'ten', '0.30')).path).toEqual(['whole']);
  });
});
