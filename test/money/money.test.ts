import Decimal from 'decimal.js';
import fc from 'fast-check';
import { afterEach, describe, expect, expectTypeOf, it, vi } from 'vitest';
import { ValidationError, type Issue } from '../../src/errors';
import {
  add,
  allocate,
  divide,
  formatEUR,
  isMoney,
  Money,
  money,
  multiply,
  ratio,
  safeMoney,
  sum,
} from '../../src/money/index';
import { amountArb, amountToCents, centsArb, centsToAmount, MAX_CENTS } from '../arbitraries';

const STRICT_OUTPUT = /^-?\d+\.\d{2}$/;
const AMOUNT_EXPECTED = 'an EUR amount as a decimal string with at most 2 decimals, e.g. "1234.56"';

/** A readable test name for any input, including NaN, -0 and bigints. */
function label(value: unknown): string {
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : String(value);
  return JSON.stringify(value) ?? String(value);
}

/** Runs `run`, expects a ValidationError with one issue, and returns that issue. */
function issueOf(run: () => unknown): Issue {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    const { issues } = error as ValidationError;
    expect(issues).toHaveLength(1);
    return issues[0]!;
  }
  throw new Error('expected a ValidationError, but nothing was thrown');
}

describe('money', () => {
  it.each(
    [
      ['1234.56', '1234.56'],
      ['1234.5', '1234.50'],
      ['1234', '1234.00'],
      ['0', '0.00'],
      ['-0', '0.00'],
      ['-0.00', '0.00'],
      ['-12.3', '-12.30'],
      ['007.10', '7.10'],
      ['9999999999999.99', '9999999999999.99'],
      ['-9999999999999.99', '-9999999999999.99'],
      ['00000000000001.00', '1.00'],
      [12.5, '12.50'],
      [1234, '1234.00'],
      [-0.01, '-0.01'],
      [-0, '0.00'],
    ].map(([input, expected]) => [label(input), expected, input] as const),
  )('reads %s as %s', (_, expected, input) => {
    expect(money(input).toString()).toBe(expected);
  });

  it('returns a Money it is given as is', () => {
    const rent = money('512.30');
    expect(money(rent)).toBe(rent);
  });

  describe('rejects what is not a strict amount, with a code and the path', () => {
    const path = ['ledger', 3, 'amount'] as const;

    it.each(
      [
        [NaN, 'invalid_amount'],
        [Infinity, 'invalid_amount'],
        [-Infinity, 'invalid_amount'],
        ['', 'invalid_amount'],
        ['abc', 'invalid_amount'],
        ['1e5', 'invalid_amount'],
        ['1_000', 'invalid_amount'],
        ['12.345.6', 'invalid_amount'],
        ['--1', 'invalid_amount'],
        [' 12', 'invalid_amount'],
        ['12 ', 'invalid_amount'],
        ['12\n', 'invalid_amount'],
        ['0x1A', 'invalid_amount'],
        ['+12', 'invalid_amount'],
        ['12.', 'invalid_amount'],
        ['.5', 'invalid_amount'],
        ['-', 'invalid_amount'],
        ['1,50', 'invalid_amount'],
        ['1 234,50', 'invalid_amount'],
        ['\u221212.00', 'invalid_amount'], // U+2212 minus sign
        ['\u0661\u0662', 'invalid_amount'], // Arabic-Indic digits
        ['12.345', 'invalid_amount'],
        [1.005, 'invalid_amount'],
        [0.1 + 0.2, 'invalid_amount'],
        [1e21, 'invalid_amount'],
        [5e-7, 'invalid_amount'],
        [null, 'invalid_type'],
        [undefined, 'invalid_type'],
        [true, 'invalid_type'],
        [{}, 'invalid_type'],
        [{ amount: '12.00' }, 'invalid_type'],
        [['12.00'], 'invalid_type'],
        [1200n, 'invalid_type'],
        ['10000000000000', 'too_big'],
        ['-10000000000000.00', 'too_big'],
        [1e20, 'too_big'],
      ].map(([input, code]) => [label(input), code, input] as const),
    )('%s → %s', (_, code, input) => {
      const issue = issueOf(() => money(input, path));
      expect(issue.code).toBe(code);
      expect(issue.path).toEqual(['ledger', 3, 'amount']);
      // ±Infinity, which JSON would write null, is received as the words that describe it.
      if (input === Infinity || input === -Infinity) expect(issue.received).toMatch(/^a (negative )?number too large/);
      else expect(Object.is(issue.received, input)).toBe(true);
      expect(issue.message.startsWith('ledger[3].amount: expected ')).toBe(true);
      if (code !== 'too_big') expect(issue.expected).toBe(AMOUNT_EXPECTED);
    });

    it('uses the root path by default', () => {
      expect(issueOf(() => money('12,50')).message).toBe(`(root): expected ${AMOUNT_EXPECTED}; received "12,50"`);
    });
  });

  it('caps the integer part at 13 digits, leading zeros aside', () => {
    expect(money('0009999999999999.99').toString()).toBe('9999999999999.99');
    expect(issueOf(() => money('10000000000000.00')).expected).toMatch(/13 integer digits/);
  });
});

describe('safeMoney', () => {
  it('returns the value when the amount is valid', () => {
    const result = safeMoney('12.5');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value).toEqual(money('12.50'));
  });

  it('returns the issues instead of throwing', () => {
    const result = safeMoney('12.345', ['lease', 'rent']);
    expect(result).toEqual({
      ok: false,
      issues: [expect.objectContaining({ code: 'invalid_amount', path: ['lease', 'rent'], received: '12.345' })],
    });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.anything({ withBigInt: true, withNullPrototype: true, withTypedArray: true }), (value) => {
        const result = safeMoney(value);
        if (result.ok) expect(isMoney(result.value)).toBe(true);
        else expect(result.issues.length).toBe(1);
      }),
    );
  });
});

describe('Money', () => {
  it('is frozen and cannot be changed', () => {
    const rent = money('512.30');
    expect(Object.isFrozen(rent)).toBe(true);
    expect(() => {
      (rent as { amount: string }).amount = '0.00';
    }).toThrow(TypeError);
    expect(rent.toString()).toBe('512.30');
  });

  it('cannot be built with new', () => {
    // @ts-expect-error the constructor is private
    expect(() => new Money()).toThrow(TypeError);
  });

  it('writes itself as a string with two decimals, in JSON too', () => {
    const rent = money('512.3');
    expect(String(rent)).toBe('512.30');
    expect(`${rent} €`).toBe('512.30 €');
    expect(rent.toJSON()).toBe('512.30');
    expect(JSON.stringify({ rent, paid: [money(1)] })).toBe('{"rent":"512.30","paid":["1.00"]}');
  });

  it('gives its cents as a bigint', () => {
    expect(money('-12.3').cents).toBe(-1230n);
    expect(money('9999999999999.99').cents).toBe(MAX_CENTS);
    expect(money('0').cents).toBe(0n);
  });

  it('refuses to become a number', () => {
    const rent = money('512.30');
    expect(() => +rent).toThrow(TypeError);
    expect(() => Number(rent)).toThrow(TypeError);
    expect(() => (rent as unknown as number) < 1000).toThrow(TypeError);
  });

  it('shows only its amount, so that deep equality compares values', () => {
    expect(Object.keys(money('1'))).toEqual(['amount']);
    expect(money('1')).toEqual(money('1.00'));
    expect(money('1')).not.toEqual(money('2'));
  });

  it('is recognised by isMoney, and strings are not', () => {
    expect(isMoney(money('1'))).toBe(true);
    expect(isMoney('1.00')).toBe(false);
    expect(isMoney({ amount: '1.00' })).toBe(false);
    expect(isMoney(Object.create(Money.prototype))).toBe(false);
    expect(isMoney(null)).toBe(false);
  });

  it('exposes no decimal.js type', () => {
    expectTypeOf(money('1')).toEqualTypeOf<Money>();
    expectTypeOf<keyof Money>().toEqualTypeOf<'amount' | 'cents' | 'toString' | 'toJSON' | typeof Symbol.toPrimitive>();
  });
});

describe('round trips', () => {
  it('parse → toString → parse gives the same amount', () => {
    fc.assert(
      fc.property(amountArb, (amount) => {
        const once = money(amount);
        expect(money(once.toString())).toEqual(once);
        expect(money(once.toString()).toString()).toBe(once.toString());
      }),
    );
  });

  it('toString of a parsed amount is the normalised input', () => {
    fc.assert(
      fc.property(amountArb, (amount) => {
        expect(money(amount).toString()).toBe(centsToAmount(amountToCents(amount)));
      }),
    );
  });

  it('writes every amount as ^-?\\d+\\.\\d{2}$, never NaN, never an exponent', () => {
    fc.assert(
      fc.property(amountArb, (amount) => {
        const text = money(amount).toString();
        expect(text).toMatch(STRICT_OUTPUT);
        expect(text).not.toMatch(/NaN|e|-0\.00/);
      }),
    );
  });

  it('normalises leading zeros, signs and zero exactly as decimal.js does, and computes from the same value', () => {
    const text = fc
      .tuple(
        fc.constantFrom('', '-'),
        fc.stringMatching(/^0{0,3}$/),
        fc.stringMatching(/^\d{1,13}$/),
        fc.constantFrom('', '.5', '.05', '.00', '.1', '.99'),
      )
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (s) => {
        const m = money(s);
        const expected = new Decimal(s).toFixed(2).replace(/^-(0\.00)$/, '$1');
        expect(m.amount).toBe(expected);
        expect(m.cents).toBe(BigInt(expected.replace('.', '')));
        expect(add(m, '0.01').toString()).toBe(
          new Decimal(s)
            .plus('0.01')
            .toFixed(2)
            .replace(/^-(0\.00)$/, '$1'),
        );
      }),
    );
  });

  it('reads a JS number the same as its decimal string', () => {
    // Up to 15 significant digits, String(Number(s)) gives back the same decimal.
    fc.assert(
      fc.property(centsArb, (cents) => {
        const canonical = centsToAmount(cents);
        expect(money(Number(canonical)).toString()).toBe(canonical);
      }),
    );
  });
});

describe('the private Decimal clone', () => {
  const saved = {
    precision: Decimal.precision,
    rounding: Decimal.rounding,
    toExpNeg: Decimal.toExpNeg,
    toExpPos: Decimal.toExpPos,
    minE: Decimal.minE,
    maxE: Decimal.maxE,
    modulo: Decimal.modulo,
    crypto: Decimal.crypto,
  };

  afterEach(() => {
    Decimal.set(saved);
    vi.resetModules();
  });

  type Api = Pick<
    typeof import('../../src/money/index'),
    'add' | 'money' | 'sum' | 'multiply' | 'divide' | 'allocate' | 'ratio' | 'formatEUR'
  >;

  function expectSameResults(api: Api): void {
    expect(api.add('1234.56', '0.01').toString()).toBe('1234.57');
    expect(api.money('9999999999999.99').toString()).toBe('9999999999999.99');
    expect(api.sum(['0.10', '0.20', '1000000.00']).toString()).toBe('1000000.30');
    expect(api.multiply('1234.56', '1.5', 'half-even').toString()).toBe('1851.84');
    expect(api.multiply('0.25', '0.5', 'half-up').toString()).toBe('0.13');
    expect(api.divide('100.00', 3, 'half-even').toString()).toBe('33.33');
    expect(api.allocate('100.00', 3).map(String)).toEqual(['33.34', '33.33', '33.33']);
    expect(api.ratio('342.00', '1000.00')).toBe('0.3420');
    expect(api.formatEUR('1234567.89')).toBe('1\u202F234\u202F567,89\u00A0€');
  }

  it("ignores the host's global Decimal settings", () => {
    Decimal.set({ precision: 3, rounding: Decimal.ROUND_DOWN, toExpPos: 2 });
    expect(new Decimal('1234.56').plus('0.01').toString()).toBe('1.23e+3'); // the host's view
    expectSameResults({ add, money, sum, multiply, divide, allocate, ratio, formatEUR });
  });

  it('ignores the global settings even when they were changed before the module was loaded', async () => {
    Decimal.set({
      precision: 3,
      rounding: Decimal.ROUND_DOWN,
      toExpNeg: -2,
      toExpPos: 2,
      minE: -3,
      maxE: 3,
      modulo: Decimal.EUCLID,
    });
    vi.resetModules();
    expectSameResults(await import('../../src/money/index'));
  });

  it("never changes the host's global Decimal settings", () => {
    add('1.00', '2.00');
    multiply('1.00', '0.3', 'floor');
    ratio('1.00', '3.00');
    expect({
      precision: Decimal.precision,
      rounding: Decimal.rounding,
      toExpNeg: Decimal.toExpNeg,
      toExpPos: Decimal.toExpPos,
      minE: Decimal.minE,
      maxE: Decimal.maxE,
      modulo: Decimal.modulo,
      crypto: Decimal.crypto,
    }).toEqual(saved);
  });
});
