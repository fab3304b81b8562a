/**
 * Proposing a repayment plan (plan d'apurement) the household can afford: the shortest one, or
 * the CAF's default of 1/36 of the debt for 36 months when the policy says so.
 *
 * @module
 */
import type { Situation } from '../account';
import { money, type Money } from '../money';
import {
  assessWith,
  dueDates,
  effortCeilingCents,
  maxSustainableWith,
  meansOf,
  planWarningsOf,
  voiceOption,
  type Means,
  type PlanReason,
  type ScheduledInstalment,
} from './assess';
import { amountText, bigCentsOf, ceilDiv, checkedCents } from './exact';
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
 * whenever it can and only warns when it cannot. In cents.
 */
function sizingCeiling(means: Means, l: PlanLimits, debt: bigint, affordable: bigint, minimum: bigint): bigint {
  if (l.effortRateBinding || l.style === 'caf-36') return affordable;
  const capped = effortCeilingCents(means, l);
  if (capped >= affordable || capped < minimum) return affordable;
  return ceilDiv(debt, capped) <= BigInt(l.maxDurationMonths) ? capped : affordable;
}

/** `total` in `count` parts, as `allocate` splits it: the first parts take the leftover cents (`total` ≥ 0). */
function split(total: bigint, count: number): bigint[] {
  const n = BigInt(count);
  const base = total / n;
  const leftover = Number(total - base * n);
  return Array.from({ length: count }, (_, i) => (i < leftover ? base + 1n : base));
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
  // The arithmetic in whole cents (bigint, exact); amounts written as `Money.amount` writes them.
  const owed = debt.cents;
  if (owed <= 0n) {
    return none([{ code: 'no_debt', message: voice.say('planReason.noDebt', {}), figures: { debt: debt.amount } }]);
  }
  if (max.instalment === null) return none(max.reasons);
  const minimum = bigCentsOf(l.minInstalment);
  const affordable = bigCentsOf(max.instalment);
  const means = meansOf(situation);
  const ceiling = sizingCeiling(means, l, owed, affordable, minimum);

  let amounts: bigint[];
  if (owed < minimum && !l.allowSmallerLastInstalment) {
    return none([
      {
        code: 'instalment_below_minimum',
        message: voice.say('planReason.debtBelowMinimum', {
          debt: voice.money(debt),
          minimum: voice.money(amountText(minimum)),
        }),
        figures: { debt: debt.amount, minInstalment: amountText(minimum) },
      },
    ]);
  }
  if (l.style === 'caf-36') {
    const n = checkedCents(minimum * 36n) <= owed ? 36 : Math.max(1, Number(owed / minimum));
    amounts = split(owed, n);
  } else {
    const shortest = Number(ceilDiv(owed, ceiling));
    const longestAboveMinimum = Number(owed / minimum);
    if (shortest > l.maxDurationMonths) {
      const said = amountText(ceiling);
      return none(
        [
          {
            code: 'duration_exceeded',
            message: voice.say('planReason.durationAtMax', {
              max: voice.money(said),
              months: shortest,
              maxMonths: l.maxDurationMonths,
            }),
            figures: {
              months: shortest,
              maxDurationMonths: l.maxDurationMonths,
              maxSustainableInstalment: said,
            },
          },
        ],
        shortest,
      );
    }
    if (shortest <= longestAboveMinimum) {
      amounts = split(owed, shortest);
    } else if (l.allowSmallerLastInstalment) {
      amounts = Array.from({ length: shortest - 1 }, () => ceiling);
      amounts.push(checkedCents(owed - checkedCents(ceiling * BigInt(shortest - 1))));
    } else {
      const said = amountText(ceiling);
      return none([
        {
          code: 'instalment_below_minimum',
          message: voice.say('planReason.noSchedule', {
            minimum: voice.money(amountText(minimum)),
            max: voice.money(said),
          }),
          figures: { debt: debt.amount, minInstalment: amountText(minimum), maxSustainableInstalment: said },
        },
      ]);
    }
  }
  if (amounts.length > l.maxDurationMonths || amounts[0]! > ceiling) {
    // Let assessPlan say precisely which clauses fail for the plan the style asks for.
    const assessment = assessWith(
      situation,
      { debt: debt.amount, months: amounts.length, firstDueDate },
      l,
      voice,
      max,
    );
    return none(assessment.reasons, amounts.length);
  }
  const dates = dueDates(firstDueDate, amounts.length, situation, l);
  // A schedule has two or three distinct amounts: each written once.
  const texts = new Map<bigint, string>();
  const textOf = (a: bigint): string => {
    let text = texts.get(a);
    if (text === undefined) {
      text = amountText(a);
      texts.set(a, text);
    }
    return text;
  };
  return {
    feasible: true,
    reasons: [],
    warnings: planWarningsOf(means, amounts[0]!, l, voice),
    debt: debt.amount,
    instalment: textOf(amounts[0]!),
    months: amounts.length,
    maxSustainableInstalment: max.instalment,
    schedule: amounts.map((a, i) => ({ dueOn: dates[i]!, amount: textOf(a) })),
  };
}
