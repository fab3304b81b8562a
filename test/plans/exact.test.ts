/**
 * The whole-cents arithmetic of the plans (`src/plans/exact.ts`) against the decimal functions of
 * `src/money` it stands for: the same answers on every amount, rate and factor, including the
 * amounts' limit (the same `too_big` issue beyond it); and the memos of the plans (resolved limits,
 * due dates) against a fresh computation.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  divide,
  fromCents,
  isPositive,
  isWithinRate,
  money,
  multiply,
  ratio,
  safeMoney,
  type Money,
} from '../../src/money';
import { addMonths, rollForward, type IsoDate } from '../../src/calendar';
import { dueDates } from '../../src/plans/assess';
import {
  amountText,
  bigCentsOf,
  bigFractionOf,
  ceilDiv,
  checkedCents,
  floorDiv,
  isAbove0,
  overFactorFloor,
  ratioText,
  timesFactor,
  withinRate,
  writtenCents,
} from '../../src/plans/exact';
import { resolvePlanLimits } from '../../src/plans';
import { runs } from '../runs';

/** Amounts as the library writes them, from small to the amounts' limit. */
const centsArb = fc.oneof(
  fc.integer({ min: -100_000, max: 100_000 }),
  fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
  fc.bigInt({ min: 1n - 10n ** 15n, max: 10n ** 15n - 1n }).map(Number),
);
const amountArb = centsArb.map((c) => fromCents(BigInt(c)).amount);
/** Rates as a policy writes them (0 to 1, up to 6 decimals), and a few others. */
const rateArb = fc.oneof(
  fc.constantFrom('0.30', '0.3', '0.25', '1', '1.0', '0.333333', '0.000001', '0'),
  fc.integer({ min: 0, max: 1_000_000 }).map((n) => (n / 1_000_000).toFixed(6)),
  fc.integer({ min: 0, max: 100 }).map((n) => (n / 100).toFixed(2)),
);
/** Consumption units as the analysis writes them: tenths, from 1. */
const unitsArb = fc.integer({ min: 10, max: 300 }).map((t) => (t % 10 === 0 ? String(t / 10) : (t / 10).toFixed(1)));

/** The outcome of a computation: its value, or the issues it failed with. */
function outcome(f: () => unknown): unknown {
  try {
    return { value: f() };
  } catch (error) {
    return { error: (error as { issues?: unknown }).issues ?? String(error) };
  }
}

describe('whole cents stand exactly for the decimal functions', () => {
  it('writtenCents reads an amount as written, and nothing else', () => {
    fc.assert(
      fc.property(amountArb, (a) => {
        expect(writtenCents(a)).toBe(Number(money(a).cents));
      }),
      { numRuns: runs(2000, 500) },
    );
    for (const text of ['12.5', '-0.00', '+1.00', '1e3', '12,50', ' 1.00', '12345678901234.00', ''])
      expect(writtenCents(text)).toBe(text === '-0.00' ? 0 : null);
    expect(Object.is(writtenCents('-0.00'), -0)).toBe(false);
  });

  it('isAbove0 is isPositive', () => {
    fc.assert(
      fc.property(fc.oneof(amountArb, fc.constantFrom('0', '-0', '0.1', '-0.01', '007.50', '1')), (a) => {
        expect(isAbove0(a)).toBe(isPositive(a));
        expect(isAbove0(money(a))).toBe(isPositive(a));
      }),
      { numRuns: runs(2000, 500) },
    );
    expect(outcome(() => isAbove0('12,50'))).toEqual(outcome(() => isPositive('12,50')));
  });

  it('withinRate is isWithinRate, whatever the size of the products', () => {
    fc.assert(
      fc.property(amountArb, amountArb, rateArb, (part, whole, rate) => {
        expect(withinRate(part, whole, rate)).toBe(isWithinRate(part, whole, rate));
      }),
      { numRuns: runs(3000, 600) },
    );
    // A rate the fast path does not read takes the decimal path, errors included.
    expect(outcome(() => withinRate('1.00', '2.00', '-0.5'))).toEqual(
      outcome(() => isWithinRate('1.00', '2.00', '-0.5')),
    );
    expect(outcome(() => withinRate('1.00', '2.00', 'x'))).toEqual(outcome(() => isWithinRate('1.00', '2.00', 'x')));
  });

  it('timesFactor is multiply rounded toward −∞ or +∞, checked against the limit the same way', () => {
    fc.assert(
      fc.property(amountArb, fc.oneof(rateArb, unitsArb), fc.constantFrom('floor', 'ceil'), (a, factor, mode) => {
        const f = bigFractionOf(factor);
        expect(outcome(() => amountText(timesFactor(money(a).cents, f, mode as 'floor' | 'ceil')))).toEqual(
          outcome(() => multiply(a, factor, mode as 'floor' | 'ceil').amount),
        );
      }),
      { numRuns: runs(3000, 600) },
    );
  });

  it('overFactorFloor is divide rounded toward −∞', () => {
    fc.assert(
      fc.property(amountArb, unitsArb, (a, units) => {
        expect(amountText(overFactorFloor(money(a).cents, bigFractionOf(units)))).toBe(
          divide(a, units, 'floor').amount,
        );
      }),
      { numRuns: runs(3000, 600) },
    );
  });

  it('ratioText is ratio (4 decimals, half-even)', () => {
    fc.assert(
      fc.property(amountArb, amountArb, (a, b) => {
        fc.pre(money(b).cents !== 0n);
        expect(ratioText(money(a).cents, money(b).cents)).toBe(ratio(a, b));
      }),
      { numRuns: runs(3000, 600) },
    );
    // Ties go to the even neighbour.
    expect(ratioText(1n, 20_000n)).toBe(ratio('0.01', '200.00'));
    expect(ratioText(3n, 20_000n)).toBe(ratio('0.03', '200.00'));
    expect(ratioText(-1n, 3n)).toBe(ratio('-0.01', '0.03'));
  });

  it('amountText writes cents as Money does, and checkedCents fails beyond the limit as the decimals do', () => {
    fc.assert(
      fc.property(centsArb, (c) => {
        expect(amountText(BigInt(c))).toBe(fromCents(BigInt(c)).amount);
      }),
      { numRuns: runs(2000, 500) },
    );
    const limit = 10n ** 15n;
    expect(checkedCents(limit - 1n)).toBe(limit - 1n);
    expect(checkedCents(1n - limit)).toBe(1n - limit);
    // Beyond the limit, the same issue as the decimal arithmetic gives for that result.
    const beyond = outcome(() => multiply('5000000000000.00', '2', 'floor'));
    expect(beyond).toHaveProperty('error');
    expect(outcome(() => checkedCents(money('5000000000000.00').cents * 2n))).toEqual(beyond);
    expect(outcome(() => checkedCents(-limit))).toEqual(outcome(() => multiply('-5000000000000.00', '2', 'floor')));
  });

  it('floorDiv and ceilDiv round toward −∞ and +∞ on every sign', () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }),
        fc.bigInt({ min: -1000n, max: 1000n }),
        (a, b) => {
          fc.pre(b !== 0n);
          const q = floorDiv(a, b);
          expect(q * b <= a === b > 0n || q * b === a).toBe(true);
          expect(floorDiv(a, b)).toBe(BigInt(Math.floor(Number(a) / Number(b))));
          expect(ceilDiv(a, b)).toBe(BigInt(Math.ceil(Number(a) / Number(b))));
        },
      ),
      { numRuns: runs(2000, 500) },
    );
  });

  it('bigCentsOf reads and refuses amounts as money does', () => {
    expect(bigCentsOf('12.5')).toBe(1250n);
    expect(bigCentsOf(money('-3'))).toBe(-300n);
    expect(outcome(() => bigCentsOf('12,5'))).toEqual({ error: (safeMoney('12,5') as { issues: unknown }).issues });
  });
});

describe('the memos of the plans give what a fresh computation gives', () => {
  it('resolvePlanLimits returns resolved limits as they are, equal to resolving them again', () => {
    const resolved = resolvePlanLimits({ maxEffortRate: '0.25', minInstalment: '20' });
    expect(resolvePlanLimits(resolved)).toBe(resolved);
    expect(resolvePlanLimits({ ...resolved })).toEqual(resolved);
    // A plain object with the same fields is checked again, not trusted.
    expect(() => resolvePlanLimits({ ...resolved, maxDurationMonths: 120 })).toThrow();
  });

  it('dueDates, asked in any order and length, is the series drawn afresh', () => {
    const fresh = (first: IsoDate, count: number, zone: string, rule: 'none' | 'next-business-day') =>
      Array.from({ length: count }, (_, i) => {
        const nominal = addMonths(first, i);
        return rule === 'next-business-day' ? rollForward(nominal, { zone: zone as never }) : nominal;
      });
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            first: fc.constantFrom<IsoDate>('2026-12-01', '2026-12-31', '2027-01-31', '2026-11-30', '2028-02-29'),
            count: fc.integer({ min: 0, max: 84 }),
            zone: fc.constantFrom('metropole', 'alsace-moselle', 'reunion'),
            rule: fc.constantFrom<'none' | 'next-business-day'>('none', 'next-business-day'),
          }),
          { minLength: 1, maxLength: 6 },
        ),
        (asks) => {
          for (const a of asks) {
            expect(dueDates(a.first, a.count, { zone: a.zone as never }, { dueDateRule: a.rule })).toEqual(
              fresh(a.first, a.count, a.zone, a.rule),
            );
          }
        },
      ),
      { numRuns: runs(200, 50) },
    );
    // Each answer is the caller's own array.
    const a = dueDates('2026-12-01', 3, { zone: 'metropole' }, { dueDateRule: 'none' });
    (a as IsoDate[]).push('2030-01-01');
    expect(dueDates('2026-12-01', 3, { zone: 'metropole' }, { dueDateRule: 'none' })).toHaveLength(3);
  });

  it('planWithin takes Money debts as before: a debt of 0 is no debt', async () => {
    const { planWithin } = await import('../../src/plans');
    const { voiceOf } = await import('../../src/i18n');
    const none = planWithin(
      {
        affordability: { resources: '1450.00', residualRent: '310.00', consumptionUnits: '1.8' },
        zone: 'metropole',
      } as never,
      resolvePlanLimits(),
      '2026-12-05',
      money('0') as Money,
      { instalment: '375.00', reasons: [] },
      voiceOf('en'),
    );
    expect(none.reasons[0]!.code).toBe('no_debt');
  });
});
