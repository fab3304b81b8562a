/**
 * Promises to pay (promesses de paiement, practice), judged from the ledger with the policy's
 * tolerance: kept once the payments from the day of the promise to its due date plus the grace
 * days reach the amount less the shortfall tolerated; broken when that day passed without it;
 * pending until then.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROMISE_RULES, judgePromises, parseAccount } from '../../src/account';

function account(ledger: object[], promises: object[]) {
  return parseAccount({
    id: 'P-1',
    lease: { signedOn: '2024-02-01', department: '93', rent: '500.00', charges: '100.00' },
    household: { monthlyResources: '1500.00' },
    ledger: [
      { date: '2026-10-01', kind: 'rent', amount: '500.00' },
      { date: '2026-10-01', kind: 'charges', amount: '100.00' },
      ...ledger,
    ],
    promises,
  });
}

const PROMISE = { madeOn: '2026-11-16', dueOn: '2026-11-30', amount: '300.00', channel: 'phone' };
const pay = (date: string, amount: string) => ({ date, kind: 'payment', amount });

describe('a promise judged from the ledger', () => {
  it.each([
    // [case, payments, asOf, status]
    ['paid in full on the due date', [pay('2026-11-30', '300.00')], '2026-12-10', 'kept'],
    ['paid in two parts', [pay('2026-11-20', '100.00'), pay('2026-11-27', '200.00')], '2026-12-10', 'kept'],
    ['paid on the last day of grace (3 days)', [pay('2026-12-03', '300.00')], '2026-12-10', 'kept'],
    ['paid the day after the grace', [pay('2026-12-04', '300.00')], '2026-12-10', 'broken'],
    ['paid before the promise was made', [pay('2026-11-10', '300.00')], '2026-12-10', 'broken'],
    ['short by one cent', [pay('2026-11-30', '299.99')], '2026-12-10', 'broken'],
    ['nothing paid yet, due date not passed', [], '2026-11-25', 'pending'],
    ['nothing paid, within the grace days', [], '2026-12-03', 'pending'],
    ['nothing paid, grace passed', [], '2026-12-04', 'broken'],
  ])('%s: %s', (_, payments, asOf, status) => {
    expect(judgePromises(account(payments, [PROMISE]), asOf, DEFAULT_PROMISE_RULES)[0]!.status).toBe(status);
  });

  it('a rejected payment does not keep the promise', () => {
    const a = account(
      [pay('2026-11-28', '300.00'), { date: '2026-12-02', kind: 'payment-reversal', amount: '300.00' }],
      [PROMISE],
    );
    expect(judgePromises(a, '2026-12-10', DEFAULT_PROMISE_RULES)[0]).toMatchObject({ status: 'broken', paid: '0.00' });
  });

  it('the policy sets the tolerance: a shortfall and more grace days', () => {
    const a = account([pay('2026-12-05', '290.00')], [PROMISE]);
    expect(judgePromises(a, '2026-12-10', DEFAULT_PROMISE_RULES)[0]!.status).toBe('broken');
    expect(judgePromises(a, '2026-12-10', { graceDays: 5, shortfall: '10.00' })[0]).toMatchObject({
      status: 'kept',
      keptOn: '2026-12-05',
      lastDay: '2026-12-05',
    });
  });

  it('one payment is counted for one promise only, the earliest due first', () => {
    const second = { madeOn: '2026-11-16', dueOn: '2026-12-15', amount: '300.00' };
    const a = account([pay('2026-11-30', '300.00')], [second, PROMISE]);
    expect(judgePromises(a, '2026-12-20', DEFAULT_PROMISE_RULES).map((p) => [p.dueOn, p.status])).toEqual([
      ['2026-11-30', 'kept'],
      ['2026-12-15', 'broken'],
    ]);
  });

  it('a promise made after the evaluation day is not known yet', () => {
    expect(judgePromises(account([], [PROMISE]), '2026-11-15', DEFAULT_PROMISE_RULES)).toEqual([]);
  });

  it('a due date before the day of the promise is refused, naming the field', () => {
    expect(() => account([], [{ ...PROMISE, dueOn: '2026-11-01' }])).toThrow(/promises\[0\]\.dueOn/);
  });

  it('property: a promise whose window holds payments reaching its amount is never broken', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 40 }), cents: fc.integer({ min: 1, max: 40_000 }) }), {
          maxLength: 6,
        }),
        fc.integer({ min: 1, max: 60_000 }),
        fc.integer({ min: 0, max: 45 }),
        (payments, cents, after) => {
          const day = (n: number) => new Date(Date.UTC(2026, 10, 16 + n)).toISOString().slice(0, 10);
          const euros = (c: number) => `${Math.floor(c / 100)}.${String(c % 100).padStart(2, '0')}`;
          const promise = { madeOn: day(0), dueOn: day(14), amount: euros(cents) };
          const ledger = payments.map((p) => pay(day(p.day), euros(p.cents)));
          const asOf = day(after);
          const [state] = judgePromises(account(ledger, [promise]), asOf, DEFAULT_PROMISE_RULES);
          const inWindow = payments.filter((p) => p.day <= 17 && day(p.day) <= asOf).reduce((t, p) => t + p.cents, 0);
          if (inWindow >= cents) expect(state!.status).toBe('kept');
          else expect(state!.status).toBe(after > 17 ? 'broken' : 'pending');
        },
      ),
      { numRuns: 200 },
    );
  });
});
