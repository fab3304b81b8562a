import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors';
import { add, compare, money, sum } from '../../src/money';
import { assessPlan, maxSustainableInstalment, proposePlan, planStatus, resolvePlanLimits } from '../../src/plans';
import { household } from './fixtures';
import { runs } from '../runs';

describe('the worked household: 1,450.00 € resources, 310.00 € residual rent, 1.8 UC, debt 1,980.00 €', () => {
  const s = household();

  it('has the figures the clauses use', () => {
    expect(s.affordability).toMatchObject({ resources: '1450.00', residualRent: '310.00', consumptionUnits: '1.8' });
    expect(s.arrears).toBe('1980.00');
  });

  // The tests about the effort-rate cap make it binding; effort-warning.test.ts has the default.
  const binding = { effortRateBinding: true };

  it('can afford at most 125.00 € a month when the effort-rate cap binds', () => {
    // Effort: 310 + m ≤ 0.30 × 1450 = 435 → m ≤ 125.00.
    // Reste à vivre: 1450 − 310 − m ≥ 425 × 1.8 = 765 → m ≤ 375.00.
    const max = maxSustainableInstalment(s, binding);
    expect(max.instalment).toBe('125.00');
    expect(max.reasons.map((r) => r.code)).toEqual(['effort_rate_exceeded']);
  });

  it('is feasible over 36 months: 55.00 € a month', () => {
    const a = assessPlan(s, { debt: '1980.00', months: 36, firstDueDate: '2026-12-05' });
    expect(a.feasible).toBe(true);
    expect(a.reasons).toEqual([]);
    expect(a.figures).toMatchObject({
      instalment: '55.00',
      lastInstalment: '55.00',
      months: 36,
      effortRateWithInstalment: '0.2517',
    });
  });

  it('is refused over 12 months when the cap binds: 165.00 € a month puts the effort rate at 32,8 % > 30 %', () => {
    const a = assessPlan(s, { debt: '1980.00', months: 12, firstDueDate: '2026-12-05' }, binding, { locale: 'en' });
    expect(a.feasible).toBe(false);
    expect(a.reasons).toHaveLength(1);
    expect(a.reasons[0]).toMatchObject({
      code: 'effort_rate_exceeded',
      figures: { effortRate: '0.3276', maxEffortRate: '0.30', instalment: '165.00' },
    });
    expect(a.reasons[0]!.message).toBe(
      'Effort rate 32.8% > 30.0% with an instalment of €165.00 on top of a residual rent of €310.00.',
    );
  });

  it('is feasible exactly at the binding cap and not one cent over', () => {
    expect(assessPlan(s, { debt: '1980.00', instalment: '125.00', firstDueDate: '2026-12-05' }, binding).feasible).toBe(
      true,
    );
    const over = assessPlan(s, { debt: '1980.00', instalment: '125.01', firstDueDate: '2026-12-05' }, binding);
    expect(over.reasons.map((r) => r.code)).toEqual(['effort_rate_exceeded']);
  });

  it('lists every failed clause, not just the first', () => {
    const a = assessPlan(
      s,
      { debt: '1980.00', months: 2, firstDueDate: '2026-12-05' },
      { maxDurationMonths: 1, ...binding },
    );
    expect(a.reasons.map((r) => r.code)).toEqual([
      'effort_rate_exceeded',
      'reste_a_vivre_below_floor',
      'duration_exceeded',
    ]);
  });

  it('proposes the shortest affordable plan under the binding cap: 16 months, the first ones carrying the extra cents', () => {
    const p = proposePlan(s, binding, { firstDueDate: '2026-12-05', debt: '1980.03' });
    expect(p).toMatchObject({ feasible: true, months: 16, instalment: '123.76', maxSustainableInstalment: '125.00' });
    expect(p.schedule.map((i) => i.amount).slice(0, 4)).toEqual(['123.76', '123.76', '123.76', '123.75']);
    expect(sum(p.schedule.map((i) => i.amount)).amount).toBe('1980.03');
    // 5 Dec 2026 is a Saturday: moved to Monday 7 Dec (the policy's business-day rule).
    expect(p.schedule.slice(0, 3).map((i) => i.dueOn)).toEqual(['2026-12-07', '2027-01-05', '2027-02-05']);
  });

  it('moves a due date off a public holiday of the zone, or keeps it with the rule "none"', () => {
    // Easter Monday 2027 is 29 March.
    const p = proposePlan(s, undefined, { firstDueDate: '2027-03-29' });
    expect(p.schedule[0]!.dueOn).toBe('2027-03-30');
    expect(proposePlan(s, { dueDateRule: 'none' }, { firstDueDate: '2027-03-29' }).schedule[0]!.dueOn).toBe(
      '2027-03-29',
    );
  });

  it('proposes the CAF plan of 36 × 1/36 when the policy says so (CCH R.824-12)', () => {
    const p = proposePlan(s, { style: 'caf-36' }, { firstDueDate: '2026-12-05' });
    expect(p).toMatchObject({ feasible: true, months: 36, instalment: '55.00' });
  });
});

describe('boundaries of each clause', () => {
  it('the reste-à-vivre floor, exactly and one cent over', () => {
    // One adult: floor 425 × 1 = 425; 1000 − 310 − m ≥ 425 → m ≤ 265.00; effort 0.30 × 1000 − 310 < 0.
    const s = household({ resources: '1000.00', members: [{ age: 40 }] });
    const limits = { maxEffortRate: '1' };
    expect(maxSustainableInstalment(s, limits).instalment).toBe('265.00');
    expect(assessPlan(s, { debt: '265.00', instalment: '265.00', firstDueDate: '2026-12-05' }, limits).feasible).toBe(
      true,
    );
    expect(
      assessPlan(s, { debt: '265.01', instalment: '265.01', firstDueDate: '2026-12-05' }, limits).reasons.map(
        (r) => r.code,
      ),
    ).toEqual(['reste_a_vivre_below_floor']);
  });

  it('the minimum instalment: a smaller last remainder only when the policy allows it', () => {
    const s = household();
    const a = assessPlan(s, { debt: '110.00', instalment: '100.00', firstDueDate: '2026-12-05' });
    expect(a.feasible).toBe(true);
    expect(a.schedule.map((i) => i.amount)).toEqual(['100.00', '10.00']);
    const strict = assessPlan(
      s,
      { debt: '110.00', instalment: '100.00', firstDueDate: '2026-12-05' },
      { allowSmallerLastInstalment: false },
    );
    expect(strict.reasons.map((r) => r.code)).toEqual(['instalment_below_minimum']);
    expect(
      assessPlan(s, { debt: '140.00', months: 10, firstDueDate: '2026-12-05' }).reasons.map((r) => r.code),
    ).toEqual(['instalment_below_minimum']);
  });

  it('returns null, with reasons, when even the minimum instalment is unaffordable under the binding cap', () => {
    // 0.30 × 1050 − 310 = 5.00 < 15.00; 1050 − 310 − 425 × 1.8 = −25.00 < 15.00.
    const s = household({ resources: '1050.00' });
    const binding = { effortRateBinding: true };
    const max = maxSustainableInstalment(s, binding);
    expect(max.instalment).toBeNull();
    expect(max.reasons.map((r) => r.code)).toEqual(['effort_rate_exceeded', 'reste_a_vivre_below_floor']);
    expect(max.reasons[max.reasons.length - 1]!.message).toMatch(/FSL/);
    expect(proposePlan(s, binding, { firstDueDate: '2026-12-05' })).toMatchObject({ feasible: false, schedule: [] });
  });

  it('reports no resources as a clear infeasible result, never NaN', () => {
    const s = household({ resources: '0.00' });
    expect(maxSustainableInstalment(s)).toMatchObject({ instalment: null, reasons: [{ code: 'no_resources' }] });
    const a = assessPlan(s, { debt: '100.00', months: 10, firstDueDate: '2026-12-05' });
    expect(a.reasons.map((r) => r.code)).toContain('no_resources');
    expect(JSON.stringify(a)).not.toMatch(/NaN|Infinity/);
  });

  it('proposes nothing for a zero debt', () => {
    const p = proposePlan(household(), undefined, { firstDueDate: '2026-12-05', debt: '0.00' });
    expect(p).toMatchObject({ feasible: false, reasons: [{ code: 'no_debt' }] });
  });
});

describe('bad input: typed errors with their paths', () => {
  const s = household();
  const bad: [string, () => unknown, string, (string | number)[]][] = [
    [
      'a first due date before asOf',
      () => assessPlan(s, { debt: '10.00', months: 1, firstDueDate: '2026-11-01' }),
      'out_of_range',
      ['proposal', 'firstDueDate'],
    ],
    [
      'a zero debt',
      () => assessPlan(s, { debt: '0.00', months: 1, firstDueDate: '2026-12-01' }),
      'out_of_range',
      ['proposal', 'debt'],
    ],
    [
      'a float debt',
      () => assessPlan(s, { debt: (0.1 + 0.2) as unknown as string, months: 1, firstDueDate: '2026-12-01' }),
      'invalid_amount',
      ['proposal', 'debt'],
    ],
    [
      'both instalment and months',
      () => assessPlan(s, { debt: '10.00', months: 1, instalment: '10.00', firstDueDate: '2026-12-01' }),
      'invalid_value',
      ['proposal'],
    ],
    [
      'a duration beyond 7 years',
      () => maxSustainableInstalment(s, { maxDurationMonths: 85 }),
      'out_of_range',
      ['limits', 'maxDurationMonths'],
    ],
    [
      'an effort rate above 100 %',
      () => maxSustainableInstalment(s, { maxEffortRate: '1.5' }),
      'out_of_range',
      ['limits', 'maxEffortRate'],
    ],
    [
      'a zero effort rate',
      () => maxSustainableInstalment(s, { maxEffortRate: '0' }),
      'out_of_range',
      ['limits', 'maxEffortRate'],
    ],
    [
      'a negative floor',
      () => maxSustainableInstalment(s, { minResteAVivrePerUnit: '-1.00' }),
      'out_of_range',
      ['limits', 'minResteAVivrePerUnit'],
    ],
    [
      'a first due date in proposePlan before asOf',
      () => proposePlan(s, undefined, { firstDueDate: '2026-11-22' }),
      'out_of_range',
      ['options', 'firstDueDate'],
    ],
  ];
  it.each(bad)('rejects %s', (_, run, code, path) => {
    expect(run).toThrow(ValidationError);
    try {
      run();
    } catch (e) {
      expect((e as ValidationError).issues[0]).toMatchObject({ code, path });
    }
  });

  it('fills defaults for missing limits', () => {
    expect(resolvePlanLimits({ maxEffortRate: '0.25' })).toMatchObject({
      maxEffortRate: '0.25',
      minInstalment: '15.00',
      maxDurationMonths: 36,
    });
  });
});

describe('plan status (loi 89-462 art. 24 VII)', () => {
  const base = {
    agreedOn: '2026-01-01',
    debt: '300.00',
    instalments: [],
    kept: 3,
    late: 0,
    upcoming: 1,
    scheduledRemaining: '0.00',
    benefitMaintained: null,
  };
  it('ends délais granted by a judge at the first unpaid instalment', () => {
    expect(planStatus({ ...base, kind: 'judicial', unpaid: 1 }).broken).toBe(true);
    expect(planStatus({ ...base, kind: 'amicable', unpaid: 1 }).broken).toBe(false);
    expect(planStatus({ ...base, kind: 'amicable', unpaid: 2 }).broken).toBe(true);
    expect(planStatus({ ...base, kind: 'amicable', unpaid: 2 }, { brokenAfterUnpaid: 3 }).broken).toBe(false);
  });
});

describe('properties', () => {
  const resourcesArb = fc.integer({ min: 0, max: 600000 }).map((c) => (c / 100).toFixed(2));
  const debtArb = fc.integer({ min: 1, max: 2000000 }).map((c) => (c / 100).toFixed(2));
  const membersArb = fc.array(
    fc.integer({ min: 0, max: 90 }).map((age) => ({ age })),
    { minLength: 1, maxLength: 6 },
  );
  const limitsArb = fc.record({
    maxEffortRate: fc.constantFrom('0.20', '0.25', '0.30', '0.35', '0.333'),
    minInstalment: fc.constantFrom('1.00', '15.00', '30.00'),
    maxDurationMonths: fc.integer({ min: 1, max: 84 }),
    allowSmallerLastInstalment: fc.boolean(),
    style: fc.constantFrom('shortest' as const, 'caf-36' as const),
    effortRateBinding: fc.boolean(),
  });

  it('schedules sum exactly to the debt, respect the minimum and never exceed the maximum duration', () => {
    fc.assert(
      fc.property(resourcesArb, membersArb, debtArb, limitsArb, (resources, members, debt, limits) => {
        const s = household({ resources, members });
        const p = proposePlan(s, limits, { firstDueDate: '2026-12-05', debt });
        if (!p.feasible) return;
        expect(sum(p.schedule.map((i) => i.amount)).amount).toBe(money(debt).amount);
        expect(p.months).toBeLessThanOrEqual(limits.maxDurationMonths);
        const checked = limits.allowSmallerLastInstalment ? p.schedule.slice(0, -1) : p.schedule;
        for (const i of checked) expect(compare(i.amount, limits.minInstalment)).toBeGreaterThanOrEqual(0);
        for (const i of p.schedule) expect(compare(i.amount, p.maxSustainableInstalment!)).toBeLessThanOrEqual(0);
        for (let k = 1; k < p.schedule.length; k++) expect(p.schedule[k]!.dueOn > p.schedule[k - 1]!.dueOn).toBe(true);
      }),
      { numRuns: runs(1000, 300) },
    );
  });

  it('maxSustainableInstalment is tight: feasible at m, infeasible at m + 0.01', () => {
    fc.assert(
      fc.property(resourcesArb, membersArb, limitsArb, (resources, members, limits) => {
        const s = household({ resources, members });
        const { instalment } = maxSustainableInstalment(s, limits);
        if (instalment === null) return;
        const at = assessPlan(
          s,
          { debt: instalment, months: 1, firstDueDate: '2026-12-05' },
          { ...limits, maxDurationMonths: 84 },
        );
        expect(at.reasons.filter((r) => r.code !== 'instalment_below_minimum')).toEqual([]);
        const over = add(instalment, '0.01').amount;
        const above = assessPlan(
          s,
          { debt: over, months: 1, firstDueDate: '2026-12-05' },
          { ...limits, maxDurationMonths: 84 },
        );
        expect(
          above.reasons.some((r) => r.code === 'effort_rate_exceeded' || r.code === 'reste_a_vivre_below_floor'),
        ).toBe(true);
      }),
      { numRuns: runs(1000, 300) },
    );
  });

  it('more resources never turn a feasible plan infeasible', () => {
    fc.assert(
      fc.property(
        resourcesArb,
        fc.integer({ min: 0, max: 100000 }),
        membersArb,
        debtArb,
        fc.integer({ min: 1, max: 84 }),
        (resources, extra, members, debt, months) => {
          const proposal = { debt, months, firstDueDate: '2026-12-05' };
          const limits = { maxDurationMonths: 84 };
          const before = assessPlan(household({ resources, members }), proposal, limits);
          if (!before.feasible) return;
          const richer = add(resources, (extra / 100).toFixed(2)).amount;
          expect(assessPlan(household({ resources: richer, members }), proposal, limits).feasible).toBe(true);
        },
      ),
      { numRuns: runs(1000, 300) },
    );
  });

  it('a larger debt at the same instalment never shortens the plan', () => {
    fc.assert(
      fc.property(debtArb, debtArb, fc.integer({ min: 1, max: 50000 }), (d1, d2, m) => {
        const [small, large] = compare(d1, d2) <= 0 ? [d1, d2] : [d2, d1];
        const instalment = (m / 100).toFixed(2);
        const limits = { maxDurationMonths: 84 };
        const s = household({ resources: '6000.00' });
        const a = assessPlan(s, { debt: small, instalment, firstDueDate: '2026-12-05' }, limits);
        const b = assessPlan(s, { debt: large, instalment, firstDueDate: '2026-12-05' }, limits);
        expect(b.figures.months).toBeGreaterThanOrEqual(a.figures.months);
      }),
      { numRuns: runs(200) },
    );
  });
});
