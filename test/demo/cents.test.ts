/**
 * The generator's integer-cent helpers, kept local for speed (see src/demo/cents.ts), against the
 * money layer and a BigInt oracle.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCents, scaleCents } from '../../src/demo/cents';
import { fromCents } from '../../src/money';
import { centsToAmount } from '../arbitraries';

describe('formatCents', () => {
  it.each([
    [51230, '512.30'],
    [-5, '-0.05'],
    [0, '0.00'],
    [100, '1.00'],
    [-100, '-1.00'],
    [7, '0.07'],
  ])('writes %d cents as %s', (cents, amount) => {
    expect(formatCents(cents)).toBe(amount);
  });

  it('writes the same text as fromCents of the money layer, for any amount money accepts', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1_000_000, max: 1_000_000 }),
          fc.integer({ min: -(10 ** 15 - 1), max: 10 ** 15 - 1 }),
        ),
        (cents) => {
          expect(formatCents(cents)).toBe(fromCents(BigInt(cents)).amount);
        },
      ),
    );
  });

  it('writes the canonical amount for any safe number of cents (BigInt oracle)', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), (cents) => {
        expect(formatCents(cents)).toBe(centsToAmount(BigInt(cents)));
      }),
    );
  });
});

describe('scaleCents', () => {
  it('rounds half up', () => {
    expect(scaleCents(100, 1, 8)).toBe(13);
    expect(scaleCents(100, 3, 8)).toBe(38);
    expect(scaleCents(51230, 10_000, 10_250)).toBe(49980);
  });

  it('is cents × numerator ÷ denominator rounded half up (BigInt oracle)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 40_000 }),
        fc.integer({ min: 1, max: 40_000 }),
        (cents, numerator, denominator) => {
          const exact = BigInt(cents) * BigInt(numerator);
          const d = BigInt(denominator);
          const rounded = (2n * exact + d) / (2n * d);
          expect(scaleCents(cents, numerator, denominator)).toBe(Number(rounded));
        },
      ),
    );
  });
});
