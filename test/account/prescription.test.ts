/**
 * The prescription on a situation: what is prescribed, the reading of the first day it rests on,
 * and what a debtor could contest on the boundary day (issue "[4/8] The law on 1 January 2027",
 * Part A 2; loi 89-462 art. 7-1; C. civ. 2228–2229; Cass. 1re civ. 12 Dec 2018, n° 17-25.697
 * against the classic doctrine; DOMAIN.md §4).
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/account';
import { prescriptionReading } from '../../src/law';
import { baseAccount } from './fixtures';

function account(): Record<string, any> {
  const a = baseAccount();
  a.ledger = [
    { date: '2023-02-28', kind: 'rent', amount: '200.00' },
    { date: '2023-03-01', kind: 'rent', amount: '400.00' },
    { date: '2023-03-02', kind: 'rent', amount: '300.00' },
    // Oldest first: 50 € off the rent of 28 February, 150 € of it left.
    { date: '2023-04-01', kind: 'payment', amount: '50.00' },
  ];
  return a;
}

describe('analyze: prescription and its contested boundary day', () => {
  it.each([
    // asOf, prescribed (first day counted), contested (prescribed today, not under the other reading), items
    ['2026-02-27', '0.00', '0.00', 0],
    // 28 Feb 2023 + 3 years: prescribed today under our reading, tomorrow under the other.
    ['2026-02-28', '150.00', '150.00', 1],
    // DOMAIN.md §4: a rent due on 2023-03-01 is prescribed from 2026-03-01; from 2026-03-02 if the
    // first day is not counted.
    ['2026-03-01', '550.00', '400.00', 1],
    ['2026-03-02', '850.00', '300.00', 1],
    ['2026-03-03', '850.00', '0.00', 0],
  ])('asOf %s → prescribed %s, contested %s in %i item(s)', (asOf, prescribed, contested, items) => {
    // In English: the reading pinned below is the law table's own text.
    const s = analyze(account(), { asOf, locale: 'en' });
    expect(s.prescription).toEqual({
      reading: prescriptionReading(asOf),
      prescribedAmount: prescribed,
      contestedAmount: contested,
      contestedItems: items,
    });
    // The top-level amount stays where it was, the same.
    expect(s.prescribedAmount).toBe(prescribed);
  });

  it('names the reading, and the one set aside, for the explanation', () => {
    expect(analyze(account(), { asOf: '2026-03-01' }).prescription.reading).toMatchObject({
      id: 'first-day-counted',
      alternative: 'first-day-not-counted',
      source: expect.stringContaining('n° 17-25.697'),
    });
  });

  it('gives zeros, and the reading, when nothing is owed', () => {
    const a = baseAccount();
    expect(analyze(a, { asOf: '2026-03-01', locale: 'en' }).prescription).toEqual({
      reading: prescriptionReading('2026-03-01'),
      prescribedAmount: '0.00',
      contestedAmount: '0.00',
      contestedItems: 0,
    });
  });

  it('gives the reading on a date before the law table starts', () => {
    expect(analyze(baseAccount(), { asOf: '2010-01-01' }).prescription.reading.id).toBe('first-day-counted');
  });
});
