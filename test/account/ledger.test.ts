/** The imputation in whole cents: the kinds it owes, and the same result whatever the input order. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OWED_POSTING_KINDS, parseAccount, PostingKindSchema } from '../../src/account';
import { imputeLedger, isOwed } from '../../src/account/ledger';
import { accountArb } from './arbitraries';

describe('isOwed', () => {
  it('owes the kinds of OWED_POSTING_KINDS, and an adjustment upwards only', () => {
    for (const kind of PostingKindSchema.options) {
      for (const cents of [1, -1]) {
        expect(isOwed(kind, cents)).toBe(OWED_POSTING_KINDS.has(kind) || (kind === 'adjustment' && cents > 0));
      }
    }
  });
});

describe('imputeLedger', () => {
  it('gives the same debts and history for a ledger in date order as for the same postings shuffled', () => {
    fc.assert(
      fc.property(accountArb, fc.constantFrom('2025-06-30', '2026-12-31'), (a, asOf) => {
        const ledger = parseAccount(a).ledger;
        // In date order, the postings of a day kept in their order: the order that decides among them.
        const inOrder = ledger
          .map((p, index) => ({ p, index }))
          .sort((x, y) => (x.p.date < y.p.date ? -1 : x.p.date > y.p.date ? 1 : x.index - y.index));
        const shuffled = imputeLedger(ledger, asOf);
        const sorted = imputeLedger(
          inOrder.map((x) => x.p),
          asOf,
        );
        const withoutIndex = (items: typeof sorted.items) => items.map(({ index: _, ...item }) => item);
        expect(withoutIndex(sorted.items)).toEqual(withoutIndex(shuffled.items));
        expect(sorted.items.map((i) => inOrder[i.index]!.index)).toEqual(shuffled.items.map((i) => i.index));
        expect(sorted.states).toEqual(shuffled.states);
        expect([sorted.balance, sorted.paid]).toEqual([shuffled.balance, shuffled.paid]);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps amounts in whole cents, never a negative zero', () => {
    fc.assert(
      fc.property(accountArb, (a) => {
        const { items, states, balance, paid } = imputeLedger(parseAccount(a).ledger, '2026-12-31');
        for (const n of [
          balance,
          paid,
          ...states.map((s) => s.balance),
          ...items.flatMap((i) => [i.amount, i.remaining]),
        ]) {
          expect(Number.isSafeInteger(n)).toBe(true);
          expect(Object.is(n, -0)).toBe(false);
        }
      }),
    );
  });
});
