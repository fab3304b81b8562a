import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareDecimal, isDecimal } from '../../src/money';

describe('compareDecimal', () => {
  it.each([
    ['10.10', '10.09', 1],
    ['9.99', '10.00', -1],
    ['0.30', '0.3', 0],
    ['-0.00', '0', 0],
    ['450.01', 450, 1],
    ['0.1000000000000000000000000001', '0.1', 1],
  ] as const)('compares %s with %s exactly: %i', (a, b, c) => {
    expect(compareDecimal(a, b)).toBe(c);
  });

  it.each([
    [0.3, '0.3'],
    ['1e3', '1000'],
    ['', '1'],
    [null, '1'],
    [' 1', '1'],
    ['0x10', '16'],
  ])('refuses %j against %j: null', (a, b) => {
    expect(compareDecimal(a, b)).toBeNull();
    expect(isDecimal(a)).toBe(false);
  });

  it('agrees with BigInt arithmetic on cents', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        (a, b) => {
          const text = (c: bigint) =>
            `${c < 0n ? '-' : ''}${(c < 0n ? -c : c) / 100n}.${String((c < 0n ? -c : c) % 100n).padStart(2, '0')}`;
          expect(compareDecimal(text(a), text(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
        },
      ),
    );
  });
});
