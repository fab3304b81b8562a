/**
 * The readings of the law a decision rests on, said in its explanation (issue "[4/8]", part A):
 * prescription's first day (loi 89-462 art. 7-1; Cass. 1re civ. 12 Dec 2018 n° 17-25.697 against
 * classic doctrine) and a lease's cure clause below the legal minimum of its time (loi 89-462
 * art. 24 I as then in force; Cass. 3e civ., avis 13 June 2024, n° 24-70.002).
 */
import { describe, expect, it } from 'vitest';
import { defaultPolicy, evaluate } from '../../src/rules';

function account(extra: object = {}) {
  return {
    id: 'R-1',
    lease: { signedOn: '2020-03-01', department: '75', rent: '500.00', charges: '100.00' },
    household: { monthlyResources: '2000.00', members: [{ age: 50 }] },
    ledger: [
      { date: '2023-11-23', kind: 'rent', amount: '500.00' },
      { date: '2026-11-01', kind: 'rent', amount: '500.00' },
    ],
    ...extra,
  };
}

const lawTexts = (asOf: string, a: object = account()) =>
  evaluate(a, defaultPolicy, { asOf, locale: 'en' })
    .explanation.filter((e) => e.about === 'law')
    .map((e) => e.text);

describe('prescription on its boundary day', () => {
  it('a rent due on 2023-11-23 is prescribed on 2026-11-23 under the reading applied, which may be contested', () => {
    const texts = lawTexts('2026-11-23');
    const note = texts.find((t) => t.includes('more than 3 years ago'))!;
    expect(note).toMatch(/reaches its prescription today under the reading applied \(first-day-counted\)/);
    expect(note).toContain('first-day-not-counted');
  });

  it('the day before, nothing is prescribed; the day after, it is, and no longer contested', () => {
    expect(lawTexts('2026-11-22').some((t) => t.includes('more than 3 years ago'))).toBe(false);
    const after = lawTexts('2026-11-24').find((t) => t.includes('more than 3 years ago'))!;
    expect(after).not.toContain('boundary day');
  });
});

describe('a cure clause below the legal minimum of its time', () => {
  it('one month in a 2020 lease gives the 2 months, and says so', () => {
    const a = account({
      lease: { ...account().lease, cureDelay: { months: 1 } },
      procedure: { commandementOn: '2026-09-01' },
    });
    const d = evaluate(a, defaultPolicy, { asOf: '2026-11-23', locale: 'en' });
    const cure = d.obligations.find((o) => o.code === 'cure_period_end')!;
    // 1 September + 2 months = Sunday 1 November, All Saints' Day: rolled to Monday 2 November (CPC 642).
    expect(cure.date).toBe('2026-11-02');
    expect(cure.basis).toMatch(/below the legal minimum of its time/);
  });

  it('three months in a 2020 lease keep their length', () => {
    const a = account({
      lease: { ...account().lease, cureDelay: { months: 3 } },
      procedure: { commandementOn: '2026-09-01' },
    });
    const cure = evaluate(a, defaultPolicy, { asOf: '2026-11-23', locale: 'en' }).obligations.find(
      (o) => o.code === 'cure_period_end',
    )!;
    expect(cure.date).toBe('2026-12-01');
    expect(cure.basis).not.toMatch(/below the legal minimum/);
  });
});
