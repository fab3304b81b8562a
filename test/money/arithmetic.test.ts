import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError, type Issue } from '../../src/errors';
import {
  abs,
  add,
  compare,
  divide,
  equals,
  isNegative,
  isPositive,
  isZero,
  max,
  min,
  money,
  multiply,
  negate,
  ROUNDING_MODES,
  subtract,
  sum,
  type Money,
  type RoundingMode,
} from '../../src/money/index';
import {
  amountArb,
  amountToCents,
  amountWithin,
  centsToAmount,
  decimalStringArb,
  MAX_CENTS,
  roundDivide,
  roundingModeArb,
  roundingModes,
  toFraction,
} from '../arbitraries';

const STRICT_OUTPUT = /^-?\d+\.\d{2}$/;

function issueOf(run: () => unknown): Issue {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues[0]!;
  }
  throw new Error('expected a ValidationError, but nothing was thrown');
}

/** The oracle's answer as text, or `'too_big'` when it leaves the 13-digit range. */
function expectedFromCents(cents: bigint): string {
  return cents > MAX_CENTS || cents < -MAX_CENTS ? 'too_big' : centsToAmount(cents);
}

/** The result of `run` as text, or the code of the ValidationError it throws. */
function outcome(run: () => Money): string {
  try {
    return run().toString();
  } catch (error) {
    if (error instanceof ValidationError) return error.issues[0]!.code;
    throw error;
  }
}

describe('add, subtract, negate, abs', () => {
  it.each([
    ['0.10', '0.20', '0.30', '-0.10'],
    ['512.30', '85.00', '597.30', '427.30'],
    ['-12.5', '12.50', '0.00', '-25.00'],
    ['9999999999999.98', '0.01', '9999999999999.99', '9999999999999.97'],
  ])('%s and %s: sum %s, difference %s', (a, b, total, difference) => {
    expect(add(a, b).toString()).toBe(total);
    expect(subtract(a, b).toString()).toBe(difference);
  });

  it('accepts Money, strings and exact numbers alike', () => {
    expect(add(money('1.10'), 2.2).toString()).toBe('3.30');
  });

  it('negates and takes the absolute value, never giving -0.00', () => {
    expect(negate('12.5').toString()).toBe('-12.50');
    expect(negate('-12.5').toString()).toBe('12.50');
    expect(negate('0').toString()).toBe('0.00');
    expect(abs('-8.05').toString()).toBe('8.05');
    expect(abs('0.00').toString()).toBe('0.00');
  });

  it('agrees with BigInt arithmetic on cents', () => {
    fc.assert(
      fc.property(amountArb, amountArb, (a, b) => {
        const ca = amountToCents(a);
        const cb = amountToCents(b);
        expect(outcome(() => add(a, b))).toBe(expectedFromCents(ca + cb));
        expect(outcome(() => subtract(a, b))).toBe(expectedFromCents(ca - cb));
        expect(negate(a).toString()).toBe(centsToAmount(-ca));
        expect(abs(a).toString()).toBe(centsToAmount(ca < 0n ? -ca : ca));
      }),
    );
  });

  it('is commutative and associative', () => {
    const third = amountWithin(MAX_CENTS / 3n);
    fc.assert(
      fc.property(third, third, third, (a, b, c) => {
        expect(add(a, b)).toEqual(add(b, a));
        expect(add(add(a, b), c)).toEqual(add(a, add(b, c)));
      }),
    );
  });

  it('undoes an addition with a subtraction', () => {
    const half = amountWithin(MAX_CENTS / 2n);
    fc.assert(
      fc.property(half, half, (a, b) => {
        expect(subtract(add(a, b), b)).toEqual(money(a));
      }),
    );
  });

  it('refuses a result beyond 13 integer digits', () => {
    const issue = issueOf(() => add('9999999999999.99', '0.01'));
    expect(issue.code).toBe('too_big');
    expect(issue.received).toBe('10000000000000.00');
  });

  it('names the argument that is not an amount', () => {
    expect(issueOf(() => add('1.00', '1,00')).path).toEqual(['b']);
    expect(issueOf(() => subtract(null as never, '1')).path).toEqual(['a']);
    expect(issueOf(() => subtract(null as never, '1')).code).toBe('invalid_type');
    expect(issueOf(() => negate('x')).path).toEqual(['amount']);
  });
});

describe('worked examples (docs: DESIGN.md account, DOMAIN.md §1)', () => {
  it('balances the sample ledger of DESIGN.md to zero', () => {
    // rent + charges owed, benefit paid to the landlord and the tenant's payment received
    expect(sum(['512.30', '85.00', '-230.00', '-367.30']).toString()).toBe('0.00');
  });

  // CCH R.824-1: a benefit "impayé" exists once the debt reaches 2 × the monthly rent + charges.
  it.each([
    ['1194.59', false],
    ['1194.60', true],
    ['1500.00', true],
  ])('a debt of %s is an impayé for rent 512.30 + charges 85.00: %s', (debt, expected) => {
    const threshold = multiply(add('512.30', '85.00'), 2, 'half-even');
    expect(threshold.toString()).toBe('1194.60');
    expect(compare(debt, threshold) >= 0).toBe(expected);
  });
});

describe('sum', () => {
  it('adds a list exactly, and gives 0.00 for none', () => {
    expect(sum(['512.30', '85.00', '-230.00']).toString()).toBe('367.30');
    expect(sum(Array.from({ length: 10 }, () => '0.10')).toString()).toBe('1.00');
    expect(sum([]).toString()).toBe('0.00');
  });

  it('takes any iterable', () => {
    function* ledger(): Generator<string> {
      yield '1.00';
      yield '2.50';
    }
    expect(sum(ledger()).toString()).toBe('3.50');
    expect(sum(new Set(['1.00', '2.00'])).toString()).toBe('3.00');
  });

  it('refuses a string, whose characters would be summed one by one', () => {
    const issue = issueOf(() => sum('12' as never));
    expect(issue.code).toBe('invalid_type');
    expect(issue.path).toEqual([]);
  });

  it('names the index of a bad element', () => {
    const issue = issueOf(() => sum(['1.00', '2.00', '3,00']));
    expect(issue.code).toBe('invalid_amount');
    expect(issue.path).toEqual([2]);
  });

  it('agrees with BigInt arithmetic on cents, checking the range only at the end', () => {
    fc.assert(
      fc.property(fc.array(amountArb, { maxLength: 20 }), (amounts) => {
        const total = amounts.reduce((acc, amount) => acc + amountToCents(amount), 0n);
        expect(outcome(() => sum(amounts))).toBe(expectedFromCents(total));
      }),
    );
  });
});

describe('compare, equals and the sign tests', () => {
  it.each([
    ['10.00', '9.99', 1],
    ['9.99', '10.00', -1],
    ['1', '1.00', 0],
    ['-0', '0.00', 0],
    ['-10.00', '-9.99', -1],
  ] as const)('compare(%s, %s) is %i', (a, b, expected) => {
    expect(compare(a, b)).toBe(expected);
    expect(equals(a, b)).toBe(expected === 0);
  });

  it('orders amounts as their cents do', () => {
    fc.assert(
      fc.property(amountArb, amountArb, (a, b) => {
        const ca = amountToCents(a);
        const cb = amountToCents(b);
        expect(compare(a, b)).toBe(ca < cb ? -1 : ca > cb ? 1 : 0);
        expect(compare(b, a)).toBe(-compare(a, b) || 0);
      }),
    );
  });

  it.each([
    ['0.00', true, false, false],
    ['-0', true, false, false],
    ['0.01', false, false, true],
    ['-0.01', false, true, false],
  ])('%s: zero %s, negative %s, positive %s', (amount, zero, negative, positive) => {
    expect(isZero(amount)).toBe(zero);
    expect(isNegative(amount)).toBe(negative);
    expect(isPositive(amount)).toBe(positive);
  });
});

describe('min and max', () => {
  it('pick the smallest and the largest', () => {
    expect(min('12.00', '-3.50', '7').toString()).toBe('-3.50');
    expect(max('12.00', '-3.50', '7').toString()).toBe('12.00');
    expect(min('5').toString()).toBe('5.00');
  });

  it('need at least one amount', () => {
    // @ts-expect-error at least one amount is required
    const issue = issueOf(() => min());
    expect(issue.code).toBe('too_small');
    // @ts-expect-error at least one amount is required
    expect(issueOf(() => max()).code).toBe('too_small');
  });

  it('name the index of a bad argument', () => {
    expect(issueOf(() => max('1', '2', 'x')).path).toEqual([2]);
  });

  it('agree with the cents', () => {
    fc.assert(
      fc.property(fc.array(amountArb, { minLength: 1, maxLength: 10 }), (amounts) => {
        const cents = amounts.map(amountToCents);
        const list = amounts as [string, ...string[]];
        expect(min(...list).cents).toBe(cents.reduce((a, b) => (b < a ? b : a)));
        expect(max(...list).cents).toBe(cents.reduce((a, b) => (b > a ? b : a)));
      }),
    );
  });
});

describe('multiply', () => {
  // 0.25 × 0.5 = 0.125 and 0.27 × 0.5 = 0.135: exact ties between two cents.
  it.each([
    ['half-even', '0.12', '-0.12', '0.14'],
    ['half-up', '0.13', '-0.13', '0.14'],
    ['half-down', '0.12', '-0.12', '0.13'],
    ['up', '0.13', '-0.13', '0.14'],
    ['down', '0.12', '-0.12', '0.13'],
    ['ceil', '0.13', '-0.12', '0.14'],
    ['floor', '0.12', '-0.13', '0.13'],
  ] as const)('rounds the ties with %s', (mode, positive, negative, other) => {
    expect(multiply('0.25', '0.5', mode).toString()).toBe(positive);
    expect(multiply('-0.25', '0.5', mode).toString()).toBe(negative);
    expect(multiply('0.25', '-0.5', mode).toString()).toBe(negative);
    expect(multiply('0.27', '0.5', mode).toString()).toBe(other);
  });

  it.each([
    ['half-even', '0.00', '0.01'],
    ['half-up', '0.00', '0.01'],
    ['half-down', '0.00', '0.01'],
    ['up', '0.01', '0.01'],
    ['down', '0.00', '0.00'],
    ['ceil', '0.01', '0.01'],
    ['floor', '0.00', '0.00'],
  ] as const)('rounds what is not a tie with %s', (mode, third, twoThirds) => {
    expect(multiply('0.01', '0.3', mode).toString()).toBe(third); // 0.003
    expect(multiply('0.01', '0.6', mode).toString()).toBe(twoThirds); // 0.006
  });

  it('takes integer and decimal-string factors', () => {
    expect(multiply('512.30', 3, 'half-even').toString()).toBe('1536.90');
    expect(multiply('1000.00', '0.30', 'half-even').toString()).toBe('300.00');
    expect(multiply('100.00', '1.8', 'half-even').toString()).toBe('180.00');
    expect(multiply('12.34', '0', 'half-even').toString()).toBe('0.00');
    expect(multiply('-12.34', 0, 'half-even').toString()).toBe('0.00');
  });

  it('leaves an amount unchanged when multiplied by 1', () => {
    fc.assert(
      fc.property(amountArb, roundingModeArb, fc.constantFrom<string | number>('1', 1, '1.000'), (a, mode, one) => {
        expect(multiply(a, one, mode)).toEqual(money(a));
      }),
    );
  });

  it('rounds the exact product once, as the BigInt oracle does', () => {
    const factorArb = fc.oneof(
      decimalStringArb({ maxInteger: 1000n, maxDecimals: 6 }),
      decimalStringArb({ maxInteger: 10n ** 15n, maxDecimals: 20 }),
      fc.integer({ min: -1000, max: 1000 }),
    );
    fc.assert(
      fc.property(amountArb, factorArb, roundingModeArb, (a, factor, mode) => {
        const { numerator, scale } = toFraction(factor);
        const expected = expectedFromCents(roundDivide(amountToCents(a) * numerator, scale, mode));
        expect(outcome(() => multiply(a, factor, mode))).toBe(expected);
      }),
    );
  });

  it.each([
    [0.3, 'invalid_number'],
    [Number.MAX_SAFE_INTEGER + 1, 'invalid_number'],
    [NaN, 'invalid_number'],
    ['1e2', 'invalid_number'],
    ['.5', 'invalid_number'],
    ['0,3', 'invalid_number'],
    ['+2', 'invalid_number'],
    [null, 'invalid_type'],
    [`0.${'1'.repeat(21)}`, 'too_big'],
    ['12345678901234567', 'too_big'],
  ])('refuses the factor %s (%s)', (factor, code) => {
    const issue = issueOf(() => multiply('1.00', factor as never, 'half-even'));
    expect(issue.code).toBe(code);
    expect(issue.path).toEqual(['factor']);
  });

  it('accepts the longest factors it documents', () => {
    expect(multiply('1.00', `0.${'0'.repeat(19)}1`, 'up').toString()).toBe('0.01');
    expect(multiply('0.01', '123456789012345', 'half-even').toString()).toBe('1234567890123.45');
    expect(multiply('0.00', '1234567890123456', 'half-even').toString()).toBe('0.00');
  });

  it('requires a known rounding mode', () => {
    // @ts-expect-error the rounding mode is required
    const missing = issueOf(() => multiply('1.00', '0.5'));
    expect(missing.code).toBe('missing');
    expect(missing.path).toEqual(['rounding']);
    const unknown = issueOf(() => multiply('1.00', '0.5', 'HALF_UP' as RoundingMode));
    expect(unknown.code).toBe('invalid_value');
    expect(unknown.expected).toContain("'half-even'");
  });
});

describe('divide', () => {
  it.each([
    ['100.00', 3, 'half-even', '33.33'],
    ['100.00', 3, 'up', '33.34'],
    ['1.00', '3', 'up', '0.34'],
    ['-0.25', 2, 'floor', '-0.13'],
    ['-0.25', 2, 'half-even', '-0.12'],
    ['0.25', '-2', 'half-up', '-0.13'],
    ['10.00', '0.5', 'down', '20.00'],
    ['1234.56', '36', 'half-even', '34.29'],
  ] as const)('%s ÷ %s with %s is %s', (amount, divisor, mode, expected) => {
    expect(divide(amount, divisor, mode).toString()).toBe(expected);
  });

  it.each([0, '0', '0.00', '-0'])('refuses to divide by %s', (divisor) => {
    const issue = issueOf(() => divide('1.00', divisor, 'half-even'));
    expect(issue.code).toBe('division_by_zero');
    expect(issue.path).toEqual(['divisor']);
  });

  it('rounds the exact quotient once, as the BigInt oracle does', () => {
    const divisorArb = fc
      .oneof(
        decimalStringArb({ maxInteger: 1000n, maxDecimals: 4 }),
        decimalStringArb({ maxInteger: 10n ** 15n, maxDecimals: 20 }),
        fc.integer({ min: -600, max: 600 }),
      )
      .filter((divisor) => toFraction(divisor).numerator !== 0n);
    fc.assert(
      fc.property(amountArb, divisorArb, roundingModeArb, (a, divisor, mode) => {
        const { numerator, scale } = toFraction(divisor);
        const expected = expectedFromCents(roundDivide(amountToCents(a) * scale, numerator, mode));
        expect(outcome(() => divide(a, divisor, mode))).toBe(expected);
      }),
    );
  });
});

describe('every result', () => {
  it('is written ^-?\\d+\\.\\d{2}$, without NaN or an exponent', () => {
    const small = amountWithin(10n ** 12n);
    fc.assert(
      fc.property(small, small, roundingModeArb, (a, b, mode) => {
        const results = [
          add(a, b),
          subtract(a, b),
          negate(a),
          abs(a),
          sum([a, b]),
          min(a, b),
          max(a, b),
          multiply(a, '0.001', mode),
          multiply(a, '3', mode),
          divide(a, '7', mode),
        ];
        for (const result of results) {
          expect(result.toString()).toMatch(STRICT_OUTPUT);
          expect(result.toString()).not.toMatch(/NaN|e|-0\.00/);
        }
      }),
    );
  });
});

describe('ROUNDING_MODES', () => {
  it('lists the seven documented modes, frozen', () => {
    expect(ROUNDING_MODES).toEqual(roundingModes);
    expect(Object.isFrozen(ROUNDING_MODES)).toBe(true);
  });
});
