import fc from 'fast-check';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ValidationError, type Issue } from '../../src/errors';
import { formatEUR, formatPercent, money } from '../../src/money/index';
import { amountArb, centsToAmount, amountToCents, decimalStringArb } from '../arbitraries';

const NNBSP = '\u202F'; // narrow no-break space, between thousands
const NBSP = '\u00A0'; // no-break space, before € and %

function issueOf(run: () => unknown): Issue {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues[0]!;
  }
  throw new Error('expected a ValidationError, but nothing was thrown');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('formatEUR', () => {
  it.each([
    ['0.00', `0,00${NBSP}€`],
    ['0', `0,00${NBSP}€`],
    ['-0.00', `0,00${NBSP}€`],
    ['-1234567.8', `-1${NNBSP}234${NNBSP}567,80${NBSP}€`],
    ['1234.56', `1${NNBSP}234,56${NBSP}€`],
    ['999.99', `999,99${NBSP}€`],
    ['1000', `1${NNBSP}000,00${NBSP}€`],
    ['-0.01', `-0,01${NBSP}€`],
    ['100000', `100${NNBSP}000,00${NBSP}€`],
    ['9999999999999.99', `9${NNBSP}999${NNBSP}999${NNBSP}999${NNBSP}999,99${NBSP}€`],
  ])('writes %s as %j', (amount, expected) => {
    expect(formatEUR(amount)).toBe(expected);
  });

  it('takes a Money and exact numbers too', () => {
    expect(formatEUR(money('12.5'))).toBe(`12,50${NBSP}€`);
    expect(formatEUR(-3)).toBe(`-3,00${NBSP}€`);
  });

  it('matches Intl.NumberFormat fr-FR on generated amounts', () => {
    // The oracle gets the exact decimal string (Intl.NumberFormat v3), not a float. On Node 20 with
    // full ICU its output matches character for character (U+202F, U+00A0, hyphen-minus), so
    // nothing is normalised; amounts are canonical, so Intl never sees a negative zero.
    const oracle = new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'EUR' });
    fc.assert(
      fc.property(amountArb, (amount) => {
        const canonical = centsToAmount(amountToCents(amount));
        expect(formatEUR(amount)).toBe(oracle.format(canonical as unknown as number));
      }),
    );
  });

  it("does not depend on the host's Intl data", () => {
    vi.spyOn(Intl, 'NumberFormat').mockImplementation(() => {
      throw new Error('Intl.NumberFormat used');
    });
    vi.spyOn(Number.prototype, 'toLocaleString').mockImplementation(() => {
      throw new Error('toLocaleString used');
    });
    expect(formatEUR('-1234567.8')).toBe(`-1${NNBSP}234${NNBSP}567,80${NBSP}€`);
    expect(formatPercent('0.342')).toBe(`34,2${NBSP}%`);
  });

  it('names the amount when it is not one', () => {
    const issue = issueOf(() => formatEUR('1 234,56'));
    expect(issue.code).toBe('invalid_amount');
    expect(issue.path).toEqual(['amount']);
  });
});

describe('formatPercent', () => {
  it.each([
    ['0.342', 1, `34,2${NBSP}%`],
    ['0.3', 0, `30${NBSP}%`],
    ['0.30', 1, `30,0${NBSP}%`],
    ['0.3425', 1, `34,2${NBSP}%`], // a tie: half-even keeps the 2
    ['0.3435', 1, `34,4${NBSP}%`], // a tie: half-even makes the 3 a 4
    ['0.34251', 2, `34,25${NBSP}%`],
    ['12.345', 1, `1${NNBSP}234,5${NBSP}%`],
    ['-0.05', 1, `-5,0${NBSP}%`],
    ['-0.0004', 1, `0,0${NBSP}%`], // never "-0,0 %"
    ['0', 1, `0,0${NBSP}%`],
  ] as const)('writes %s with %i decimals as %j', (rate, decimals, expected) => {
    expect(formatPercent(rate, decimals)).toBe(expected);
  });

  it('uses one decimal by default, for messages such as "34,2 % > 30 %"', () => {
    expect(`${formatPercent('0.342')} > ${formatPercent('0.30', 0)}`).toBe(`34,2${NBSP}% > 30${NBSP}%`);
  });

  it('matches Intl.NumberFormat fr-FR percent, half-even, on generated rates', () => {
    // Intl writes a rate that rounds to zero from below as "-0,0 %"; formatPercent never writes a
    // negative zero, so the oracle's minus is dropped in that one case.
    fc.assert(
      fc.property(
        decimalStringArb({ maxInteger: 100_000n, maxDecimals: 8 }),
        fc.integer({ min: 0, max: 4 }),
        (rate, decimals) => {
          const oracle = new Intl.NumberFormat('fr-FR', {
            style: 'percent',
            minimumFractionDigits: decimals,
            maximumFractionDigits: decimals,
            roundingMode: 'halfEven',
          } as Intl.NumberFormatOptions);
          const expected = oracle.format(rate as unknown as number).replace(/^-(?=[0,]+\u00A0%$)/, '');
          expect(formatPercent(rate, decimals)).toBe(expected);
        },
      ),
    );
  });

  it.each([
    [0.342, 1, ['rate'], 'invalid_type'],
    ['34%', 1, ['rate'], 'invalid_number'],
    ['0,342', 1, ['rate'], 'invalid_number'],
    ['0.342', -1, ['decimals'], 'out_of_range'],
    ['0.342', 0.5, ['decimals'], 'invalid_number'],
  ])('refuses %j with %s decimals', (rate, decimals, path, code) => {
    const issue = issueOf(() => formatPercent(rate as never, decimals));
    expect(issue.code).toBe(code);
    expect(issue.path).toEqual(path);
  });
});
