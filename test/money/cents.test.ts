import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors';
import { centsOf, fromCents, money } from '../../src/money';
import { amountArb } from '../arbitraries';

describe('centsOf and fromCents', () => {
  it.each([
    ['512.3', 51230n],
    ['-12.5', -1250n],
    ['0.01', 1n],
    ['-0', 0n],
    ['9999999999999.99', 999999999999999n],
    // Leading zeros do not count against the 13 integer digits.
    ['0000000000000000012.50', 1250n],
    ['-00009999999999999.99', -999999999999999n],
  ])('reads %s as %s cents', (text, cents) => {
    expect(centsOf(text)).toBe(cents);
  });

  it.each(['1e5', '12.345', ' 1', '', '1,5', '10000000000000', '-00010000000000000.00'])(
    'refuses %j with its path',
    (text) => {
      expect(() => centsOf(text, ['ledger', 2, 'amount'])).toThrow(ValidationError);
      expect(() => centsOf(text, ['ledger', 2, 'amount'])).toThrow(/^ledger\[2\]\.amount: /);
    },
  );

  it('round-trips with money(), exactly', () => {
    fc.assert(
      fc.property(amountArb, (a) => {
        expect(centsOf(a)).toBe(money(a).cents);
        expect(fromCents(centsOf(a)).amount).toBe(money(a).amount);
      }),
    );
  });
});
