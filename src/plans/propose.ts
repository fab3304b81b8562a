/**
 * Proposing a repayment plan (plan d'apurement) the household can afford: the shortest one, or
 * the CAF's default of 1/36 of the debt for 36 months when the policy says so.
 *
 * @module
 */
import type { Situation } from '../account';
import { allocate, compare, isPositive, money, multiply, subtract, type Money } from '../money';
import {
  assessWith,
  dueDates,
  maxSustainableWith,
  planWarnings,
  voiceOption,
  type PlanReason,
  type ScheduledInstalment,
  effortCeiling,
} from './assess';
import { resolvePlanLimits, type PlanLimits, type PlanLimitsInput } from './limits';
import { parseDate, type IsoDate } from '../calendar';
import { fail } from '../errors';
import type { Voice } from '../i18n';

/** Options of {@link proposePlan}. */
export interface ProposeOptions {
  /** First due date, on or after the situation's `asOf` (usually the next rent due day). */
  readonly firstDueDate: IsoDate;
  /** Debt to repay; the situation's arrears by default. */
  readonly debt?: string;
  /** The language of the reasons: `fr` (the default) or `en`. */
  readonly locale?: string;
}

/** A proposed plan. */
export interface PlanProposalResult {
  /** A plan within every limit was found. */
  readonly feasible: boolean;
  /** Why no plan could be proposed; empty when feasible. */
  readonly reasons: readonly PlanReason[];
  /**
   * What the proposed plan exceeds without being refused for it: `effort_rate_exceeded` when the
   * effort rate with its largest instalment is above `maxEffortRate` and the cap does not bind
   * (`effortRateBinding: false`). Empty when the cap binds or is met, and when no plan is proposed.
   */
  readonly warnings: readonly PlanReason[];
  readonly debt: string;
  /** Largest instalment of the schedule, or `null` when no plan is proposed. */
  readonly instalment: string | null;
  readonly months: number;
  /** What the household can afford at most, or `null`. */
  readonly maxSustainableInstalment: string | null;
  /** Dated instalments summing exactly to the debt; empty when no plan is proposed. */
  readonly schedule: readonly ScheduledInstalment[];
}

function ceilDiv(a: Money, b: Money): number {
  // Both in cents: the smallest n with n × b ≥ a.
  const n = a.cents / b.cents + (a.cents % b.cents === 0n ? 0n : 1n);
  return Number(n);
}

/**
 * Proposes the plan the policy asks for, within the household's means and the plan limits.
 *
 * - `shortest`: as few months as the largest sustainable instalment allows, split as `allocate`
 *   does (leftover cents on the first instalments); every instalment at least the minimum, or,
 *   when that is impossible and the policy allows it, full instalments and a smaller remainder.
 * - `caf-36`: 1/36 of the debt for 36 months (CCH R.824-12), fewer months only when 1/36 would be
 *   below the minimum instalment.
 *
 * Due dates fall monthly from `firstDueDate`, moved per the policy's due-date rule.
 *
 * The largest sustainable instalment is set by the reste à vivre per consumption unit, and by the
 * effort-rate cap only when the policy makes it binding (`effortRateBinding: true`); otherwise a
 * plan above the cap is proposed with an `effort_rate_exceeded` warning.
 *
 * @param situation - From `analyze`.
 * @param limits - Plan limits from the policy; defaults fill the gaps.
 * @param options - `{ firstDueDate, debt? }`.
 * @returns The plan with its warnings, or `feasible: false` with every reason.
 * @throws {@link ValidationError} for a first due date before `asOf` or limits out of range.
 * @example
 * ```ts
 * // Resources 1,450.00 €, residual rent 310.00 €, 1.8 UC: at most 375.00 € a month by the reste à vivre.
 * proposePlan(situation, {}, { firstDueDate: '2026-12-05', debt: '1980.00' }).months; // => 6, with a warning
 * proposePlan(situation, { effortRateBinding: true }, { firstDueDate: '2026-12-05', debt: '1980.00' }).months; // => 16
 * ```
 */
export function proposePlan(
  situation: Situation,
  limits: PlanLimitsInput | undefined,
  options: ProposeOptions,
): PlanProposalResult {
  const l = resolvePlanLimits(limits, ['limits']);
  const firstDueDate = parseDate(options?.firstDueDate, ['options', 'firstDueDate']);
  if (firstDueDate < situation.asOf) {
    fail(
      'out_of_range',
      ['options', 'firstDueDate'],
      firstDueDate,
      `a first due date on or after the evaluation date ${situation.asOf}`,
    );
  }
  const debt = money(options.debt ?? situation.arrears, ['options', 'debt']);
  const voice = voiceOption(options.locale);
  return planWithin(situation, l, firstDueDate, debt, maxSustainableWith(situation, l, voice), voice);
}

/**
 * The instalment a plan is sized on: the largest the household can afford (its reste à vivre per
 * UC); but when the effort-rate cap does not bind and a plan within it still meets the minimum
 * instalment and the longest duration, the cap's instalment, so that the cap guides the plan
 * whenever it can and only warns when it cannot.
 */
function sizingCeiling(situation: Situation, l: PlanLimits, debt: Money, affordable: Money, minimum: Money): Money {
  if (l.effortRateBinding || l.style === 'caf-36') return affordable;
  const capped = effortCeiling(situation, l);
  if (compare(capped, affordable) >= 0 || compare(capped, minimum) < 0) return affordable;
  return ceilDiv(debt, capped) <= l.maxDurationMonths ? capped : affordable;
}

/**
 * {@link proposePlan} on inputs already checked, with the largest sustainable instalment already
 * computed: a decision computes it once for its facts, its message variables and its plan.
 *
 * @internal
 * @param situation - From `analyze`.
 * @param l - Resolved plan limits.
 * @param firstDueDate - A valid date on or after `situation.asOf`.
 * @param debt - The debt to repay.
 * @param max - `maxSustainableInstalment(situation, l)`.
 * @returns As {@link proposePlan}.
 * @example
 * ```ts
 * const max = maxSustainableInstalment(situation, limits);
 * planWithin(situation, limits, '2026-12-05', money('1980.00'), max).months; // => 6 (16 when the cap binds)
 * ```
 */
export function planWithin(
  situation: Situation,
  l: PlanLimits,
  firstDueDate: IsoDate,
  debt: Money,
  max: { readonly instalment: string | null; readonly reasons: readonly PlanReason[] },
  voice: Voice,
): PlanProposalResult {
  const none = (reasons: readonly PlanReason[], months = 0): PlanProposalResult => ({
    feasible: false,
    reasons,
    warnings: [],
    debt: debt.amount,
    instalment: null,
    months,
    maxSustainableInstalment: max.instalment,
    schedule: [],
  });
  if (!isPositive(debt)) {
    return none([{ code: 'no_debt', message: voice.say('planReason.noDebt', {}), figures: { debt: debt.amount } }]);
  }
  if (max.instalment === null) return none(max.reasons);
  const minimum = money(l.minInstalment);
  const ceiling = sizingCeiling(situation, l, debt, money(max.instalment), minimum);

  let amounts: Money[];
  if (compare(debt, minimum) < 0 && !l.allowSmallerLastInstalment) {
    return none([
      {
        code: 'instalment_below_minimum',
        message: voice.say('planReason.debtBelowMinimum', { debt: voice.money(debt), minimum: voice.money(minimum) }),
        figures: { debt: debt.amount, minInstalment: minimum.amount },
      },
    ]);
  }
  if (l.style === 'caf-36') {
    const n =
      compare(multiply(minimum, 36, 'half-even'), debt) <= 0 ? 36 : Math.max(1, Number(debt.cents / minimum.cents));
    amounts = allocate(debt, n);
  } else {
    const shortest = ceilDiv(debt, ceiling);
    const longestAboveMinimum = Number(debt.cents / minimum.cents);
    if (shortest > l.maxDurationMonths) {
      return none(
        [
          {
            code: 'duration_exceeded',
            message: voice.say('planReason.durationAtMax', {
              max: voice.money(ceiling),
              months: shortest,
              maxMonths: l.maxDurationMonths,
            }),
            figures: {
              months: shortest,
              maxDurationMonths: l.maxDurationMonths,
              maxSustainableInstalment: ceiling.amount,
            },
          },
        ],
        shortest,
      );
    }
    if (shortest <= longestAboveMinimum) {
      amounts = allocate(debt, shortest);
    } else if (l.allowSmallerLastInstalment) {
      amounts = Array.from({ length: shortest - 1 }, () => ceiling);
      amounts.push(subtract(debt, multiply(ceiling, shortest - 1, 'half-even')));
    } else {
      return none([
        {
          code: 'instalment_below_minimum',
          message: voice.say('planReason.noSchedule', { minimum: voice.money(minimum), max: voice.money(ceiling) }),
          figures: { debt: debt.amount, minInstalment: minimum.amount, maxSustainableInstalment: ceiling.amount },
        },
      ]);
    }
  }
  if (amounts.length > l.maxDurationMonths || compare(amounts[0]!, ceiling) > 0) {
    // Let assessPlan say precisely which clauses fail for the plan the style asks for.
    const assessment = assessWith(situation, { debt: debt.amount, months: amounts.length, firstDueDate }, l, voice);
    return none(assessment.reasons, amounts.length);
  }
  const dates = dueDates(firstDueDate, amounts.length, situation, l);
  return {
    feasible: true,
    reasons: [],
    warnings: planWarnings(situation, amounts[0]!, l, voice),
    debt: debt.amount,
    instalment: amounts[0]!.amount,
    months: amounts.length,
    maxSustainableInstalment: max.instalment,
    schedule: amounts.map((a, i) => ({ dueOn: dates[i]!, amount: a.amount })),
  };
}
