/**
 * What the plan functions say, in full: every reason with its code, its message and its figures,
 * and every refused argument with its path and message. These are the texts a recovery officer
 * reads; each was checked by hand against the clause it reports.
 */
import { describe, expect, it } from 'vitest';
import type { PlanAdherence } from '../../src/account/analyze';
import { firstIssue } from '../first-issue';
import { assessPlan, maxSustainableInstalment, planStatus, proposePlan, resolvePlanLimits } from '../../src/plans';
import { household } from './fixtures';

const s = household();

function issueOf(run: () => unknown): { path: readonly (string | number)[]; message: string } {
  const { path, message } = firstIssue(run);
  return { path, message };
}

describe('plan limits refused with their path', () => {
  it.each([
    ['maxEffortRate', '0'],
    ['maxEffortRate', '1.5'],
    ['maxEffortRate', 0.3],
    ['maxEffortRate', '0.0000001'],
    ['minResteAVivrePerUnit', '-1.00'],
    ['minInstalment', '0.00'],
    ['minInstalment', '1000.01'],
    ['maxDurationMonths', 0],
    ['maxDurationMonths', 85],
    ['maxDurationMonths', 1.5],
    ['allowSmallerLastInstalment', 'yes'],
    ['style', 'longest'],
    ['dueDateRule', 'monday'],
    ['brokenAfterUnpaid', 0],
    ['brokenAfterUnpaid', 13],
    ['brokenAfterUnpaid', 2.5],
  ] as const)('%s = %j', (key, value) => {
    const issue = issueOf(() => resolvePlanLimits({ [key]: value } as never, ['plans']));
    expect(issue.path).toEqual(['plans', key]);
    expect(issue.message).toMatchSnapshot();
  });

  it('accepts the edges of each range', () => {
    expect(
      resolvePlanLimits({
        maxEffortRate: '1',
        minResteAVivrePerUnit: '0.00',
        minInstalment: '1000.00',
        maxDurationMonths: 84,
        brokenAfterUnpaid: 12,
      }),
    ).toMatchObject({
      maxEffortRate: '1',
      maxDurationMonths: 84,
      brokenAfterUnpaid: 12,
    });
    expect(
      resolvePlanLimits({
        maxEffortRate: '0.000001',
        minInstalment: '0.01',
        maxDurationMonths: 1,
        brokenAfterUnpaid: 1,
        dueDateRule: 'none',
        style: 'caf-36',
        allowSmallerLastInstalment: false,
      }),
    ).toMatchObject({
      maxEffortRate: '0.000001',
      maxDurationMonths: 1,
    });
  });
});

describe('plan proposals refused with their path', () => {
  it.each([
    [
      'both an instalment and months',
      () => assessPlan(s, { debt: '100.00', instalment: '10.00', months: 10, firstDueDate: '2026-12-05' } as never),
    ],
    ['no debt', () => assessPlan(s, { debt: '0.00', months: 10, firstDueDate: '2026-12-05' })],
    ['a zero instalment', () => assessPlan(s, { debt: '100.00', instalment: '0.00', firstDueDate: '2026-12-05' })],
    ['0 months', () => assessPlan(s, { debt: '100.00', months: 0, firstDueDate: '2026-12-05' })],
    ['1201 months', () => assessPlan(s, { debt: '100.00', months: 1201, firstDueDate: '2026-12-05' })],
    ['2.5 months', () => assessPlan(s, { debt: '100.00', months: 2.5, firstDueDate: '2026-12-05' })],
    ['a first due date before asOf', () => assessPlan(s, { debt: '100.00', months: 2, firstDueDate: '2026-11-22' })],
    [
      'bad limits',
      () => assessPlan(s, { debt: '100.00', months: 2, firstDueDate: '2026-12-05' }, { style: 'x' } as never),
    ],
    ['proposal: a first due date before asOf', () => proposePlan(s, undefined, { firstDueDate: '2026-11-22' })],
    ['proposal: a bad debt', () => proposePlan(s, undefined, { firstDueDate: '2026-12-05', debt: '1,00' })],
    ['proposal: bad limits', () => proposePlan(s, { minInstalment: '0' }, { firstDueDate: '2026-12-05' })],
    [
      'status: bad limits',
      () => planStatus({ kind: 'amicable', unpaid: 0 } as PlanAdherence, { brokenAfterUnpaid: 0 }),
    ],
  ])('%s', (_name, run) => {
    expect(issueOf(run)).toMatchSnapshot();
  });

  it('accepts a first due date on asOf itself, and 1200 months', () => {
    expect(assessPlan(s, { debt: '1200.00', months: 1200, firstDueDate: '2026-11-23' }).figures.months).toBe(1200);
    expect(proposePlan(s, undefined, { firstDueDate: '2026-11-23' }).feasible).toBe(true);
  });
});

describe('the reasons, in full', () => {
  it('a household without resources', () => {
    expect(maxSustainableInstalment(household({ resources: '0.00' }), undefined, { locale: 'en' })).toMatchSnapshot();
  });

  it('the reste à vivre binds before the effort rate', () => {
    // 7 people, 3.4 consumption units: 1900 − 310 − 425 × 3.4 = 145.00 < 0.30 × 1900 − 310 = 260.00.
    expect(
      maxSustainableInstalment(
        household({
          resources: '1900.00',
          members: [{ age: 40 }, { age: 38 }, { age: 16 }, { age: 15 }, { age: 12 }, { age: 9 }, { age: 5 }],
        }),
        undefined,
        { locale: 'en' },
      ),
    ).toMatchSnapshot();
  });

  it('an affordable amount below the minimum instalment', () => {
    expect(
      maxSustainableInstalment(household({ resources: '1080.00' }), undefined, { locale: 'en' }),
    ).toMatchSnapshot();
  });

  it('an instalment below the minimum, and a plan too long to draw', () => {
    expect(
      assessPlan(s, { debt: '1980.00', instalment: '10.00', firstDueDate: '2026-12-05' }, undefined, { locale: 'en' }),
    ).toMatchSnapshot();
    // The legal maximum, 84 months (code conso L.733-1), is drawn; beyond it the schedule is not.
    const longest = assessPlan(
      s,
      { debt: '1980.00', months: 84, firstDueDate: '2026-12-05' },
      { minInstalment: '0.01', maxDurationMonths: 84 },
    );
    expect(longest.schedule).toHaveLength(84);
    expect(longest.figures.lastDueDate).toBe(longest.schedule[83]!.dueOn);
    expect(longest.reasons).toEqual([]);
    const long = assessPlan(s, { debt: '1980.00', months: 85, firstDueDate: '2026-12-05' }, { minInstalment: '0.01' });
    expect(long.schedule).toEqual([]);
    expect(long.figures.lastDueDate).toBeNull();
    expect(long.reasons.map((r) => r.code)).toEqual(['duration_exceeded']);
    const huge = assessPlan(
      household({ debt: '9999.99' }),
      { debt: '9999.99', instalment: '0.01', firstDueDate: '2026-12-05' },
      { minInstalment: '0.01', allowSmallerLastInstalment: true },
    );
    expect(huge.schedule).toEqual([]);
    expect(huge.figures).toMatchObject({ months: 999_999, lastDueDate: null });
  });

  it('a debt below the minimum instalment, with and without a smaller last instalment', () => {
    expect(
      proposePlan(
        household({ debt: '10.00' }),
        { allowSmallerLastInstalment: false },
        { firstDueDate: '2026-12-05', locale: 'en' },
      ),
    ).toMatchSnapshot();
    expect(
      proposePlan(household({ debt: '10.00' }), { allowSmallerLastInstalment: true }, { firstDueDate: '2026-12-05' }),
    ).toMatchObject({ feasible: true, months: 1, instalment: '10.00' });
  });

  it('no debt, and a plan that would last too long', () => {
    expect(proposePlan(s, undefined, { firstDueDate: '2026-12-05', debt: '0.00', locale: 'en' })).toMatchSnapshot();
    // Too long at the 125.00 € the binding effort-rate cap allows; the reste à vivre alone allows 375.00 €.
    expect(
      proposePlan(s, { maxDurationMonths: 12, effortRateBinding: true }, { firstDueDate: '2026-12-05', locale: 'en' }),
    ).toMatchSnapshot();
  });

  it('no schedule between the minimum and the ceiling, unless the last instalment may be smaller', () => {
    // Ceiling 125.00 (the binding effort-rate cap), minimum 100.00, debt 260.00: 3 × 86.67 is below the
    // minimum, 2 × 130 above the ceiling.
    expect(
      proposePlan(
        s,
        { minInstalment: '100.00', allowSmallerLastInstalment: false, effortRateBinding: true },
        { firstDueDate: '2026-12-05', debt: '260.00', locale: 'en' },
      ),
    ).toMatchSnapshot();
    const smaller = proposePlan(
      s,
      { minInstalment: '100.00', allowSmallerLastInstalment: true, effortRateBinding: true },
      { firstDueDate: '2026-12-05', debt: '260.00' },
    );
    expect(smaller.schedule.map((i) => i.amount)).toEqual(['125.00', '125.00', '10.00']);
    expect(smaller.reasons).toEqual([]);
  });

  it('the CAF style: 1/36, or the minimum for a small debt', () => {
    expect(
      proposePlan(
        household({ debt: '360.00' }),
        { style: 'caf-36', minInstalment: '15.00' },
        { firstDueDate: '2026-12-05' },
      ),
    ).toMatchObject({ months: 24, instalment: '15.00' });
    expect(
      proposePlan(
        household({ debt: '540.00' }),
        { style: 'caf-36', minInstalment: '15.00' },
        { firstDueDate: '2026-12-05' },
      ),
    ).toMatchObject({ months: 36, instalment: '15.00' });
  });
});

describe('the language of the reasons', () => {
  // Resources 2,309.56 €, residual rent 310.00 €, 1.8 UC: 2309.56 − 310 − 425 × 1.8 = 1,234.56 € a
  // month at most; a debt of 5,000.00 € then takes 5 months, more than the 3 the limits allow.
  const refused = (options: { locale?: 'fr' | 'en' }) =>
    proposePlan(
      household({ resources: '2309.56', debt: '5000.00' }),
      { maxDurationMonths: 3 },
      { firstDueDate: '2026-12-05', ...options },
    );
  const figures = { months: 5, maxDurationMonths: 3, maxSustainableInstalment: '1234.56' };

  it('are French by default, with French amounts, and English on request, with the same codes and figures', () => {
    const fr = refused({});
    expect(fr).toMatchObject({ feasible: false, months: 5, maxSustainableInstalment: '1234.56', schedule: [] });
    expect(fr.reasons).toEqual([
      {
        code: 'duration_exceeded',
        // A narrow no-break space between thousands, a no-break space before €.
        message:
          'À 1\u202f234,56\u00a0€ par mois, le maximum que le ménage peut payer, le plan durerait 5 mois, plus que les 3 permis.',
        figures,
      },
    ]);
    expect(refused({ locale: 'fr' }).reasons).toEqual(fr.reasons);

    const en = refused({ locale: 'en' });
    expect(en.reasons).toEqual([
      {
        code: 'duration_exceeded',
        message:
          'At €1,234.56 a month, the most the household can afford, the plan would last 5 months, more than the 3 allowed.',
        figures,
      },
    ]);
    expect({ ...en, reasons: en.reasons.map(({ code, figures }) => ({ code, figures })) }).toEqual({
      ...fr,
      reasons: fr.reasons.map(({ code, figures }) => ({ code, figures })),
    });
  });
});

describe('planStatus', () => {
  const plan = (kind: PlanAdherence['kind'], unpaid: number) => ({ kind, unpaid }) as PlanAdherence;
  it('breaks délais granted by a judge at the first unpaid instalment (loi 89-462 art. 24 VII)', () => {
    expect(planStatus(plan('judicial', 0))).toMatchSnapshot();
    expect(planStatus(plan('judicial', 1), undefined, { locale: 'en' })).toMatchSnapshot();
  });
  it('breaks an amicable plan at the policy number of unpaid instalments', () => {
    expect(planStatus(plan('amicable', 1), { brokenAfterUnpaid: 2 }).broken).toBe(false);
    // Said in French by default, the same status in both languages.
    expect(planStatus(plan('amicable', 2), { brokenAfterUnpaid: 2 }).reason).toBe(
      '2 échéances sont impayées\u00a0; la politique en tolère 1.',
    );
    expect(planStatus(plan('judicial', 1)).reason).toMatch(
      /^Une échéance des délais de paiement accordés par le juge est impayée/,
    );
    expect(planStatus(plan('amicable', 2), { brokenAfterUnpaid: 2 }, { locale: 'en' })).toMatchSnapshot();
  });
});
