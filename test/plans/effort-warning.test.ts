/**
 * The effort-rate cap as a warning (`effortRateBinding: false`, the default): plans are sized on
 * the reste à vivre per consumption unit (DOMAIN.md §5, 425 €/UC after IAU Île-de-France), the
 * effort rate above `maxEffortRate` (30 %, practice) goes with the plan as a warning; with
 * `effortRateBinding: true` the cap refuses the plan as before.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors';
import { add, compare, divide, isWithinRate, multiply, subtract } from '../../src/money';
import {
  assessPlan,
  DEFAULT_PLAN_LIMITS,
  maxSustainableInstalment,
  proposePlan,
  resolvePlanLimits,
  type PlanLimitsInput,
} from '../../src/plans';
import { PlanProposalSchema } from '../../src/rules/decision';
import { PlanLimitsSchema } from '../../src/rules/policy-schema';
import { runs } from '../runs';
import { household } from './fixtures';

const binding = { effortRateBinding: true } as const;
const firstDueDate = '2026-12-05';

describe('the limit effortRateBinding', () => {
  it('is false by default: the cap is a warning', () => {
    expect(DEFAULT_PLAN_LIMITS.effortRateBinding).toBe(false);
    expect(resolvePlanLimits().effortRateBinding).toBe(false);
    expect(resolvePlanLimits(binding).effortRateBinding).toBe(true);
  });

  it.each([['yes'], [1], [null]])('refuses %j with a typed error naming its path', (value) => {
    const run = () => resolvePlanLimits({ effortRateBinding: value } as never, ['plans']);
    expect(run).toThrow(ValidationError);
    try {
      run();
    } catch (e) {
      expect((e as ValidationError).issues[0]).toMatchObject({
        code: 'invalid_type',
        path: ['plans', 'effortRateBinding'],
      });
    }
  });

  it('is a boolean of the policy schema', () => {
    expect(PlanLimitsSchema.safeParse({ effortRateBinding: true }).success).toBe(true);
    expect(PlanLimitsSchema.safeParse({ effortRateBinding: false }).success).toBe(true);
    expect(PlanLimitsSchema.safeParse({}).success).toBe(true);
    expect(PlanLimitsSchema.safeParse({ effortRateBinding: 'true' }).success).toBe(false);
  });
});

describe('the worked household: 1,450.00 € resources, 310.00 € residual rent, 1.8 UC, debt 1,980.00 €', () => {
  const s = household();

  it('can afford up to 375.00 € a month: the reste à vivre sizes it, not the 30 % cap', () => {
    // Reste à vivre: 1450 − 310 − m ≥ 425 × 1.8 = 765 → m ≤ 375.00; effort: 0.30 × 1450 − 310 = 125.00.
    const max = maxSustainableInstalment(s);
    expect(max.instalment).toBe('375.00');
    expect(max.reasons.map((r) => r.code)).toEqual(['reste_a_vivre_below_floor']);
    expect(maxSustainableInstalment(s, binding).instalment).toBe('125.00');
  });

  it('12 months at 165.00 €: effort rate 32,8 % > 30 %, 541,66 € a UC left: feasible, with one warning', () => {
    const a = assessPlan(s, { debt: '1980.00', months: 12, firstDueDate }, undefined, { locale: 'en' });
    expect(a.feasible).toBe(true);
    expect(a.reasons).toEqual([]);
    expect(a.warnings).toEqual([
      {
        code: 'effort_rate_exceeded',
        message:
          'Effort rate 32.8% > 30.0% with an instalment of €165.00 on top of a residual rent of €310.00. A warning, not a refusal: the policy sizes plans on the reste à vivre per consumption unit.',
        figures: {
          effortRate: '0.3276',
          maxEffortRate: '0.30',
          instalment: '165.00',
          residualRent: '310.00',
          resources: '1450.00',
        },
      },
    ]);
    expect(a.figures).toMatchObject({
      effortRateWithInstalment: '0.3276',
      resteAVivrePerUnitAfter: '541.66',
      maxSustainableInstalment: '375.00',
    });
  });

  it('the same plan with effortRateBinding: true is refused as before, without warnings', () => {
    const a = assessPlan(s, { debt: '1980.00', months: 12, firstDueDate }, binding, { locale: 'en' });
    expect(a.feasible).toBe(false);
    expect(a.warnings).toEqual([]);
    expect(a.reasons).toEqual([
      {
        code: 'effort_rate_exceeded',
        message: 'Effort rate 32.8% > 30.0% with an instalment of €165.00 on top of a residual rent of €310.00.',
        figures: {
          effortRate: '0.3276',
          maxEffortRate: '0.30',
          instalment: '165.00',
          residualRent: '310.00',
          resources: '1450.00',
        },
      },
    ]);
    expect(a.figures.maxSustainableInstalment).toBe('125.00');
  });

  it('a plan within the cap carries no warning', () => {
    const a = assessPlan(s, { debt: '1980.00', months: 36, firstDueDate });
    expect(a).toMatchObject({ feasible: true, reasons: [], warnings: [] });
    expect(a.figures.effortRateWithInstalment).toBe('0.2517');
  });

  it('the cap still guides the plan when a plan within it fits: 16 months, as when it binds, no warning', () => {
    const p = proposePlan(s, undefined, { firstDueDate, debt: '1980.00' });
    expect(p).toMatchObject({ feasible: true, months: 16, instalment: '123.75', maxSustainableInstalment: '375.00' });
    expect(p.warnings).toEqual([]);
    expect(PlanProposalSchema.safeParse(p).success).toBe(true);

    const b = proposePlan(s, binding, { firstDueDate, debt: '1980.00' });
    expect(b).toMatchObject({ feasible: true, months: 16, instalment: '123.75', warnings: [] });
    expect(PlanProposalSchema.safeParse(b).success).toBe(true);
  });

  it('when no plan within the cap fits in 36 months, the reste à vivre sizes it, with the warning', () => {
    // 6 000 € at the cap's 125,00 € would take 48 months: refused when the cap binds; sized on the
    // reste à vivre (375,00 € a month at most) when it does not.
    const p = proposePlan(s, undefined, { firstDueDate, debt: '6000.00' });
    expect(p).toMatchObject({ feasible: true, months: 16, instalment: '375.00' });
    expect(p.warnings.map((w) => [w.code, w.figures.maxEffortRate])).toEqual([['effort_rate_exceeded', '0.30']]);
    expect(Number(p.warnings[0]!.figures.effortRate)).toBeGreaterThan(0.3);
    const b = proposePlan(s, binding, { firstDueDate, debt: '6000.00' });
    expect(b.feasible).toBe(false);
    expect(b.reasons.map((r) => r.code)).toEqual(['duration_exceeded']);
  });

  it('the CAF plan of 1/36 stays within the cap: no warning', () => {
    const p = proposePlan(s, { style: 'caf-36' }, { firstDueDate });
    expect(p).toMatchObject({ feasible: true, months: 36, instalment: '55.00', warnings: [] });
  });
});

describe("the manager's finding", () => {
  it('a household refused on the 30 % cap alone while keeping 656 € per UC gets a plan, with a warning', () => {
    // One adult, 981.00 € resources, 310.00 € residual rent: at the 15.00 € minimum the effort rate is
    // 325 / 981 = 33,1 % > 30 %, and 981 − 310 − 15 = 656.00 € are left for 1 UC (floor 425.00 €).
    const s = household({ resources: '981.00', members: [{ age: 40 }] });
    const proposal = { debt: '180.00', instalment: '15.00', firstDueDate };
    const refused = assessPlan(s, proposal, binding);
    expect(refused.reasons.map((r) => r.code)).toEqual(['effort_rate_exceeded']);
    expect(maxSustainableInstalment(s, binding).instalment).toBeNull();

    const a = assessPlan(s, proposal);
    expect(a.figures.resteAVivrePerUnitAfter).toBe('656.00');
    expect(a).toMatchObject({ feasible: true, reasons: [] });
    expect(a.warnings.map((w) => [w.code, w.figures.effortRate])).toEqual([['effort_rate_exceeded', '0.3313']]);
    // 981 − 310 − 425 = 246.00 € a month at most.
    expect(maxSustainableInstalment(s).instalment).toBe('246.00');
  });

  it('an effort rate of 30,3 % > 30 % is a warning, not a refusal', () => {
    // 1,200.00 € resources, one adult: (310 + 53.60) / 1200 = 0.303.
    const s = household({ resources: '1200.00', members: [{ age: 40 }] });
    const proposal = { debt: '536.00', instalment: '53.60', firstDueDate };
    const a = assessPlan(s, proposal, undefined, { locale: 'en' });
    expect(a).toMatchObject({ feasible: true, reasons: [] });
    expect(a.warnings).toHaveLength(1);
    expect(a.warnings[0]!.message).toMatch(/^Effort rate 30\.3% > 30\.0%/);
    expect(a.warnings[0]!.figures).toMatchObject({ effortRate: '0.3030', maxEffortRate: '0.30' });
    expect(assessPlan(s, proposal, binding).reasons.map((r) => r.code)).toEqual(['effort_rate_exceeded']);
  });
});

describe('what still refuses a plan when the cap does not bind', () => {
  it('the reste-à-vivre floor: no instalment when even the minimum leaves less than 425 € per UC', () => {
    // 1050 − 310 − 425 × 1.8 = −25.00 < 15.00: only the reste à vivre is a reason.
    const s = household({ resources: '1050.00' });
    const max = maxSustainableInstalment(s);
    expect(max.instalment).toBeNull();
    expect(max.reasons.map((r) => r.code)).toEqual(['reste_a_vivre_below_floor']);
    expect(max.reasons[0]!.message).toMatch(/FSL/);
    expect(proposePlan(s, undefined, { firstDueDate })).toMatchObject({ feasible: false, warnings: [], schedule: [] });
    // Above the floor by one cent, refused; on it, feasible with the warning.
    const t = household({ resources: '1450.00' });
    const over = assessPlan(t, { debt: '375.01', instalment: '375.01', firstDueDate });
    expect(over.reasons.map((r) => r.code)).toEqual(['reste_a_vivre_below_floor']);
    expect(over.warnings.map((w) => w.code)).toEqual(['effort_rate_exceeded']);
    const at = assessPlan(t, { debt: '375.00', instalment: '375.00', firstDueDate });
    expect(at).toMatchObject({ feasible: true, reasons: [] });
  });

  it('the minimum instalment and the duration', () => {
    const s = household();
    expect(assessPlan(s, { debt: '140.00', months: 10, firstDueDate }).reasons.map((r) => r.code)).toEqual([
      'instalment_below_minimum',
    ]);
    // At 375.00 € a month, 6 months; the policy allows 3.
    const p = proposePlan(s, { maxDurationMonths: 3 }, { firstDueDate, debt: '1980.00' });
    expect(p).toMatchObject({ feasible: false, months: 6, warnings: [], schedule: [] });
    expect(p.reasons.map((r) => r.code)).toEqual(['duration_exceeded']);
  });

  it('no resources: no warning, the reason as before', () => {
    const s = household({ resources: '0.00' });
    const a = assessPlan(s, { debt: '100.00', months: 2, firstDueDate });
    expect(a.reasons.map((r) => r.code)).toEqual(['no_resources']);
    expect(a.warnings).toEqual([]);
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
    minResteAVivrePerUnit: fc.constantFrom('0.00', '333.33', '425.00', '600.00'),
    minInstalment: fc.constantFrom('1.00', '15.00', '30.00'),
    maxDurationMonths: fc.integer({ min: 1, max: 84 }),
    allowSmallerLastInstalment: fc.boolean(),
    style: fc.constantFrom('shortest' as const, 'caf-36' as const),
  });

  it('the largest sustainable instalment without the binding cap is never below the one with it', () => {
    fc.assert(
      fc.property(resourcesArb, membersArb, limitsArb, (resources, members, limits) => {
        const s = household({ resources, members });
        const loose = maxSustainableInstalment(s, { ...limits, effortRateBinding: false }).instalment;
        const strict = maxSustainableInstalment(s, { ...limits, effortRateBinding: true }).instalment;
        if (strict === null) return;
        expect(loose).not.toBeNull();
        expect(compare(loose!, strict)).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: runs(1000, 300) },
    );
  });

  it('every feasible plan leaves at least the floor × UC after the residual rent and the instalment', () => {
    fc.assert(
      fc.property(resourcesArb, membersArb, debtArb, limitsArb, (resources, members, debt, limits) => {
        const s = household({ resources, members });
        const l: PlanLimitsInput = { ...limits, effortRateBinding: false };
        const p = proposePlan(s, l, { firstDueDate, debt });
        if (!p.feasible) return;
        const { residualRent, consumptionUnits } = s.affordability;
        for (const { amount } of p.schedule) {
          const left = subtract(subtract(resources, residualRent), amount);
          // `left` is whole cents, so left ≥ floor × UC exactly iff left ≥ floor × UC rounded up to
          // the cent, and iff left ÷ UC rounded down to the cent ≥ the floor (a whole-cent amount).
          expect(
            compare(left, multiply(limits.minResteAVivrePerUnit, consumptionUnits, 'ceil')),
          ).toBeGreaterThanOrEqual(0);
          expect(compare(divide(left, consumptionUnits, 'floor'), limits.minResteAVivrePerUnit)).toBeGreaterThanOrEqual(
            0,
          );
        }
        // The warning says exactly whether the largest instalment puts the effort rate above the cap.
        const within = isWithinRate(add(residualRent, p.instalment!), resources, limits.maxEffortRate);
        expect(p.warnings.map((w) => w.code)).toEqual(within ? [] : ['effort_rate_exceeded']);
        expect(p.reasons).toEqual([]);
      }),
      { numRuns: runs(1000, 300) },
    );
  });

  it('with the binding cap, a proposal never carries a warning', () => {
    fc.assert(
      fc.property(resourcesArb, membersArb, debtArb, limitsArb, (resources, members, debt, limits) => {
        const s = household({ resources, members });
        const p = proposePlan(s, { ...limits, effortRateBinding: true }, { firstDueDate, debt });
        expect(p.warnings).toEqual([]);
        if (p.feasible)
          expect(isWithinRate(add(s.affordability.residualRent, p.instalment!), resources, limits.maxEffortRate)).toBe(
            true,
          );
      }),
      { numRuns: runs(500, 200) },
    );
  });
});
