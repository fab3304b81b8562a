/**
 * Can the household afford a repayment plan (plan d'apurement)? Every clause is decided exactly,
 * in decimal arithmetic on the cent grid; rates are rounded for display only.
 *
 * A plan is affordable with a monthly instalment `m` when, R being the monthly resources, the
 * residual rent what the household pays for housing each month, and UC its consumption units:
 *
 * - reste à vivre: `R − residualRent − m ≥ minResteAVivrePerUnit × UC` (DOMAIN.md §5);
 * - `m ≥ minInstalment` (a final remainder may be smaller if the policy allows it);
 * - the plan lasts at most `maxDurationMonths`;
 * - effort rate: `residualRent + m ≤ maxEffortRate × R` (CCH R.441-3-1 formula, DOMAIN.md §5),
 *   only when the policy makes it binding (`effortRateBinding: true`). Otherwise a plan above the
 *   cap stays feasible and carries an `effort_rate_exceeded` warning.
 *
 * @module
 */
import type { Situation } from '../account';
import { addMonths, parseDate, rollForward, type IsoDate } from '../calendar';
import { fail } from '../errors';
import { DEFAULT_LOCALE, parseLocale, voiceOf, type Voice } from '../i18n';
import { allocate, compare, isPositive, money, multiply, subtract, type Money } from '../money';
import {
  amountText,
  bigCentsOf,
  bigFractionOf,
  checkedCents,
  overFactorFloor,
  ratioText,
  timesFactor,
  type BigFraction,
} from './exact';
import { LEGAL_MAX_DURATION_MONTHS, resolvePlanLimits, type PlanLimits, type PlanLimitsInput } from './limits';

/** Longest schedule drawn, in months: the longest plan the law knows. */
const SCHEDULE_LIMIT = LEGAL_MAX_DURATION_MONTHS;

/** Why a plan is refused, or what limits it. */
export type PlanReasonCode =
  | 'no_resources'
  | 'effort_rate_exceeded'
  | 'reste_a_vivre_below_floor'
  | 'instalment_below_minimum'
  | 'duration_exceeded'
  | 'no_debt';

/** One failed clause, with the figures that failed it. */
export interface PlanReason {
  readonly code: PlanReasonCode;
  /** A sentence a recovery officer can read to the household. */
  readonly message: string;
  /** The figures of the clause, as decimal strings. */
  readonly figures: Readonly<Record<string, string | number>>;
}

/** One dated instalment of a schedule. */
export interface ScheduledInstalment {
  readonly dueOn: IsoDate;
  readonly amount: string;
}

/** A proposal to assess: a debt, and either a monthly instalment or a number of months. */
export interface PlanProposal {
  /** Debt to repay, EUR. */
  readonly debt: string;
  /** Monthly instalment, EUR; the last one is the remainder. */
  readonly instalment?: string;
  /** Number of monthly instalments; the debt is split as `allocate` does. */
  readonly months?: number;
  /** First due date; not before the situation's `asOf`. */
  readonly firstDueDate: IsoDate;
}

/** The result of {@link assessPlan}. */
export interface PlanAssessment {
  readonly feasible: boolean;
  /** Every failed clause, not just the first; empty when feasible. */
  readonly reasons: readonly PlanReason[];
  /**
   * What the plan exceeds without being refused for it: `effort_rate_exceeded` when the effort
   * rate with the instalment is above `maxEffortRate` and the cap does not bind
   * (`effortRateBinding: false`). Empty when the cap binds or is met.
   */
  readonly warnings: readonly PlanReason[];
  readonly figures: {
    readonly debt: string;
    /** The largest instalment of the schedule. */
    readonly instalment: string;
    readonly lastInstalment: string;
    /** Number of monthly instalments. */
    readonly months: number;
    readonly firstDueDate: IsoDate;
    /** Last due date; `null` when the plan is too long to be drawn (more than 84 months). */
    readonly lastDueDate: IsoDate | null;
    /** (residual rent + instalment) ÷ resources, 4 decimals half-even, for display; null if no resources. */
    readonly effortRateWithInstalment: string | null;
    /** (resources − residual rent − instalment) ÷ UC, EUR, floor to the cent, for display. */
    readonly resteAVivrePerUnitAfter: string;
    /** What the household can afford at most, or null. */
    readonly maxSustainableInstalment: string | null;
  };
  readonly schedule: readonly ScheduledInstalment[];
}

/**
 * The household figures the clauses use, in whole cents (bigint: exact at any size). Each step
 * that would make an amount is checked against the amounts' limit as the decimal arithmetic of
 * `src/money` checks it, in the same order, so that a result beyond it fails the same way.
 */
interface Means {
  readonly resources: bigint;
  readonly residual: bigint;
  /** The consumption units as written (`"1.8"`), and as a fraction. */
  readonly units: string;
  readonly unitsFraction: BigFraction;
}

function meansOf(situation: Situation): Means {
  const units = situation.affordability.consumptionUnits;
  return {
    resources: bigCentsOf(situation.affordability.resources),
    residual: bigCentsOf(situation.affordability.residualRent),
    units,
    unitsFraction: bigFractionOf(units),
  };
}

/** The effort-rate clause, exact: residual + m ≤ rate × R. */
function effortHolds(means: Means, m: bigint, limits: PlanLimits): boolean {
  const rate = bigFractionOf(limits.maxEffortRate);
  return checkedCents(means.residual + m) * rate.denominator <= means.resources * rate.numerator;
}

/**
 * The reste-à-vivre floor of the household, rounded up to the cent. Because the other side of
 * the clause (R − residual − m) is a whole number of cents, comparing it with the floor rounded
 * up is the same as comparing it with the exact floor × UC.
 */
function resteAVivreFloor(means: Means, limits: PlanLimits): bigint {
  return timesFactor(bigCentsOf(limits.minResteAVivrePerUnit), means.unitsFraction, 'ceil');
}

/** What is left of the resources once the residual rent and the instalment are paid: R − residual − m. */
function leftAfter(means: Means, m: bigint): bigint {
  return checkedCents(checkedCents(means.resources - means.residual) - m);
}

function resteAVivreHolds(means: Means, m: bigint, limits: PlanLimits): boolean {
  return leftAfter(means, m) >= resteAVivreFloor(means, limits);
}

/** The voice of a public function's `locale` option: French by default. */
export function voiceOption(locale: string | undefined): Voice {
  return voiceOf(locale === undefined ? DEFAULT_LOCALE : parseLocale(locale, ['options', 'locale']));
}

/**
 * The clauses an instalment fails, each with its figures: `reasons` refuse the plan, `warnings`
 * do not (the effort rate above a cap that does not bind).
 */
function failedClauses(
  means: Means,
  m: bigint,
  limits: PlanLimits,
  voice: Voice,
): { reasons: PlanReason[]; warnings: PlanReason[] } {
  const reasons: PlanReason[] = [];
  const warnings: PlanReason[] = [];
  if (means.resources <= 0n) {
    reasons.push({
      code: 'no_resources',
      message: voice.say('planReason.noResources', {}),
      figures: { resources: amountText(means.resources) },
    });
    return { reasons, warnings };
  }
  if (!effortHolds(means, m, limits)) {
    const rate = ratioText(means.residual + m, means.resources);
    const instalment = amountText(m);
    const residualRent = amountText(means.residual);
    const said = voice.say('planReason.effortExceeded', {
      rate: voice.rate(rate),
      cap: voice.rate(limits.maxEffortRate),
      instalment: voice.money(instalment),
      residual: voice.money(residualRent),
    });
    const figures = {
      effortRate: rate,
      maxEffortRate: limits.maxEffortRate,
      instalment,
      residualRent,
      resources: amountText(means.resources),
    };
    if (limits.effortRateBinding) reasons.push({ code: 'effort_rate_exceeded', message: said, figures });
    else {
      warnings.push({
        code: 'effort_rate_exceeded',
        message: voice.say('planReason.effortWarning', { said }),
        figures,
      });
    }
  }
  if (!resteAVivreHolds(means, m, limits)) {
    const left = amountText(overFactorFloor(leftAfter(means, m), means.unitsFraction));
    const instalment = amountText(m);
    reasons.push({
      code: 'reste_a_vivre_below_floor',
      message: voice.say('planReason.resteBelow', {
        left: voice.money(left),
        floor: voice.money(limits.minResteAVivrePerUnit),
        instalment: voice.money(instalment),
      }),
      figures: {
        resteAVivrePerUnit: left,
        minResteAVivrePerUnit: limits.minResteAVivrePerUnit,
        consumptionUnits: means.units,
        instalment,
      },
    });
  }
  return { reasons, warnings };
}

/**
 * The largest monthly instalment, to the cent, a household can pay on top of its residual rent
 * with the reste-à-vivre clause satisfied, and the effort-rate clause too when the policy makes it
 * binding (`effortRateBinding: true`); one cent more fails one of them. It does not depend on the
 * debt.
 *
 * @param situation - From `analyze`.
 * @param limits - Plan limits; defaults when absent.
 * @returns `{ instalment, reasons }`: `instalment` is `null` when even the minimum instalment is
 *   unaffordable, and `reasons` then says why (the decision then points to the FSL or social
 *   support, not to a plan); otherwise `reasons` names the clause that sets the maximum.
 * @example
 * ```ts
 * // Resources 1,450.00 €, residual rent 310.00 €, 1.8 UC:
 * // reste à vivre: 1450 − 310 − 425 × 1.8 = 375.00; effort: 0.30 × 1450 − 310 = 125.00.
 * maxSustainableInstalment(situation).instalment; // => '375.00' (the reste à vivre sizes it)
 * maxSustainableInstalment(situation, { effortRateBinding: true }).instalment; // => '125.00'
 * ```
 */
export function maxSustainableInstalment(
  situation: Situation,
  limits?: PlanLimitsInput,
  options?: { readonly locale?: string },
): { instalment: string | null; reasons: readonly PlanReason[] } {
  return maxSustainableWith(situation, resolvePlanLimits(limits, ['limits']), voiceOption(options?.locale));
}

/**
 * {@link maxSustainableInstalment} on resolved limits, its reasons in the voice given.
 *
 * @internal
 */
export function maxSustainableWith(
  situation: Situation,
  l: PlanLimits,
  voice: Voice,
): { instalment: string | null; reasons: readonly PlanReason[] } {
  const sized = sizedBy(situation, l, voice);
  if (sized.reasons !== null) return { instalment: null, reasons: sized.reasons };
  const { means, best, effortBinds } = sized;
  const instalment = amountText(best);
  const binding: PlanReason = effortBinds
    ? {
        code: 'effort_rate_exceeded',
        message: voice.say('planReason.effortBinds', {
          max: voice.money(instalment),
          cap: voice.rate(l.maxEffortRate),
        }),
        figures: {
          maxEffortRate: l.maxEffortRate,
          instalment,
          residualRent: amountText(means.residual),
          resources: amountText(means.resources),
        },
      }
    : {
        code: 'reste_a_vivre_below_floor',
        message: voice.say('planReason.resteBinds', {
          max: voice.money(instalment),
          floor: voice.money(l.minResteAVivrePerUnit),
        }),
        figures: {
          minResteAVivrePerUnit: l.minResteAVivrePerUnit,
          consumptionUnits: means.units,
          instalment,
        },
      };
  return { instalment, reasons: [binding] };
}

/**
 * The largest instalment and the clause that sets it, or, when even the minimum instalment is
 * unaffordable, the reasons (the decision then shows them).
 */
function sizedBy(
  situation: Situation,
  l: PlanLimits,
  voice: Voice,
):
  | { readonly reasons: readonly PlanReason[] }
  | { readonly reasons: null; readonly means: Means; readonly best: bigint; readonly effortBinds: boolean } {
  const means = meansOf(situation);
  const minimum = bigCentsOf(l.minInstalment);
  if (means.resources <= 0n) return { reasons: failedClauses(means, minimum, l, voice).reasons };
  // Each bound is rounded toward −∞ to the cent: the largest cent amount within the clause.
  const byResteAVivre = checkedCents(checkedCents(means.resources - means.residual) - resteAVivreFloor(means, l));
  // A cap that does not bind does not bound the instalment: only a warning goes with the plan.
  const byEffort = l.effortRateBinding
    ? checkedCents(timesFactor(means.resources, bigFractionOf(l.maxEffortRate), 'floor') - means.residual)
    : null;
  const effortBinds = byEffort !== null && byEffort <= byResteAVivre;
  const best = effortBinds ? byEffort : byResteAVivre;
  if (best < minimum) {
    const { reasons } = failedClauses(means, minimum, l, voice);
    return {
      reasons: reasons.map((r, i) =>
        i === reasons.length - 1
          ? {
              ...r,
              message: voice.say('planReason.minimumOutOfReach', { said: r.message }),
            }
          : r,
      ),
    };
  }
  return { reasons: null, means, best, effortBinds };
}

/**
 * The largest sustainable instalment as a decision uses it: {@link maxSustainableWith}'s
 * instalment, with its reasons only when no instalment is affordable. A decision shows those
 * reasons (the plan refused), never the clause that sizes an affordable instalment, whose words
 * are therefore not written.
 *
 * @internal
 */
export function affordableInstalment(
  situation: Situation,
  l: PlanLimits,
  voice: Voice,
): { instalment: string | null; reasons: readonly PlanReason[] } {
  const sized = sizedBy(situation, l, voice);
  return sized.reasons !== null
    ? { instalment: null, reasons: sized.reasons }
    : { instalment: amountText(sized.best), reasons: [] };
}

/**
 * The largest instalment within the effort-rate cap, rounded toward −∞ to the cent (it may be
 * negative when the residual rent alone is above the cap).
 *
 * @internal
 * @param situation - From `analyze`.
 * @param limits - Resolved plan limits.
 * @returns `floor(maxEffortRate × R) − residualRent`.
 * @example
 * ```ts
 * effortCeiling(situation, resolvePlanLimits()).amount; // => '165.00', for R 1 450 € and a residual rent of 270 €
 * ```
 */
export function effortCeiling(situation: Situation, limits: PlanLimits): Money {
  return money(amountText(effortCeilingCents(meansOf(situation), limits)));
}

/** {@link effortCeiling} in cents. */
export function effortCeilingCents(means: Means, limits: PlanLimits): bigint {
  return checkedCents(timesFactor(means.resources, bigFractionOf(limits.maxEffortRate), 'floor') - means.residual);
}

/**
 * The warnings that go with a plan whose largest instalment is `m`: the effort rate above
 * `maxEffortRate` when the cap does not bind; empty when it binds or is met.
 *
 * @internal
 * @param situation - From `analyze`.
 * @param m - The largest instalment of the plan.
 * @param limits - Resolved plan limits.
 * @returns The warnings, in the shape of reasons.
 * @example
 * ```ts
 * planWarnings(situation, money('165.00'), resolvePlanLimits())[0].code; // => 'effort_rate_exceeded'
 * ```
 */
export function planWarnings(situation: Situation, m: Money, limits: PlanLimits, voice: Voice): PlanReason[] {
  return planWarningsOf(meansOf(situation), m.cents, limits, voice);
}

/** {@link planWarnings} on the household's figures, with the instalment in cents. */
export function planWarningsOf(means: Means, m: bigint, limits: PlanLimits, voice: Voice): PlanReason[] {
  return failedClauses(means, m, limits, voice).warnings;
}

export { meansOf, type Means };

/** Monthly due dates from the first, on the same day number, moved per the rule. */
export function dueDates(
  firstDueDate: IsoDate,
  count: number,
  situation: Pick<Situation, 'zone'>,
  limits: Pick<PlanLimits, 'dueDateRule'>,
): IsoDate[] {
  // The accounts of a run share a few first due dates (one per due day) and zones: each series
  // is drawn once, and longer when a longer plan asks for it.
  const key = `${firstDueDate} ${situation.zone} ${limits.dueDateRule}`;
  let known = DUE_DATES.get(key);
  if (known === undefined) {
    if (DUE_DATES.size >= 1024) DUE_DATES.clear();
    known = [];
    DUE_DATES.set(key, known);
  }
  for (let i = known.length; i < count; i++) {
    // From the first date each time, so that 31 Jan, 28 Feb, 31 Mar keep their day number.
    const nominal = addMonths(firstDueDate, i);
    known.push(limits.dueDateRule === 'next-business-day' ? rollForward(nominal, { zone: situation.zone }) : nominal);
  }
  return known.slice(0, count);
}

/** The due dates drawn, by first date, zone and rule (a bounded memo of a pure function). */
const DUE_DATES = new Map<string, IsoDate[]>();

function checkFirstDueDate(situation: Situation, firstDueDate: unknown, path: (string | number)[]): IsoDate {
  const date = parseDate(firstDueDate, path);
  if (date < situation.asOf) {
    fail('out_of_range', path, date, `a first due date on or after the evaluation date ${situation.asOf}`);
  }
  return date;
}

/**
 * Assesses a proposed plan against the household's means and the plan limits.
 *
 * @param situation - From `analyze`.
 * @param proposal - A debt, an instalment or a number of months, and a first due date.
 * @param limits - Plan limits from the policy; defaults fill the gaps.
 * @returns `{ feasible, reasons, warnings, figures, schedule }`; `reasons` lists every failed
 *   clause, `warnings` the effort rate above a cap that does not bind.
 * @throws {@link ValidationError} for a malformed proposal (`invalid_amount`, `out_of_range` for a
 *   first due date before `asOf`, `invalid_value` when both or neither of instalment and months
 *   are given) or limits outside their legal ranges.
 * @example
 * ```ts
 * const proposal = { debt: '1980.00', months: 12, firstDueDate: '2026-12-05' };
 * assessPlan(situation, proposal).warnings[0].code;
 * // => 'effort_rate_exceeded' (165.00 € a month: 32,8 % > 30 %), yet feasible: 975.00 € are left, above 425 × 1.8
 * assessPlan(situation, proposal, { effortRateBinding: true }).reasons[0].code; // => 'effort_rate_exceeded'
 * ```
 */
export function assessPlan(
  situation: Situation,
  proposal: PlanProposal,
  limits?: PlanLimitsInput,
  options?: { readonly locale?: string },
): PlanAssessment {
  return assessWith(situation, proposal, resolvePlanLimits(limits, ['limits']), voiceOption(options?.locale));
}

/**
 * {@link assessPlan} on resolved limits, its reasons in the voice given.
 *
 * @internal
 */
export function assessWith(
  situation: Situation,
  proposal: PlanProposal,
  l: PlanLimits,
  voice: Voice,
  known?: { readonly instalment: string | null },
): PlanAssessment {
  const means = meansOf(situation);
  const debt = money(proposal.debt, ['proposal', 'debt']);
  const firstDueDate = checkFirstDueDate(situation, proposal.firstDueDate, ['proposal', 'firstDueDate']);
  const hasInstalment = proposal.instalment !== undefined;
  const hasMonths = proposal.months !== undefined;
  if (hasInstalment === hasMonths) {
    fail('invalid_value', ['proposal'], proposal, 'either a monthly instalment or a number of months, not both');
  }
  if (compare(debt, '0') <= 0) {
    fail('out_of_range', ['proposal', 'debt'], proposal.debt, 'a debt above 0.00: there is nothing to repay');
  }
  let amounts: Money[];
  let count: number;
  if (hasInstalment) {
    const m = money(proposal.instalment, ['proposal', 'instalment']);
    if (!isPositive(m))
      fail('out_of_range', ['proposal', 'instalment'], proposal.instalment, 'an instalment above 0.00');
    const full = Number(debt.cents / m.cents);
    const remainder = subtract(debt, multiply(m, full, 'half-even'));
    const n = full + (isPositive(remainder) ? 1 : 0);
    // Too long to draw: keep the first and the last instalment, enough to judge the clauses.
    amounts =
      n > SCHEDULE_LIMIT
        ? [m, isPositive(remainder) ? remainder : m]
        : Array.from({ length: n }, (_, i) => (i < full ? m : remainder));
    count = n;
  } else {
    const n = proposal.months;
    if (!Number.isInteger(n) || n! < 1 || n! > 1200) {
      fail('out_of_range', ['proposal', 'months'], n, 'a whole number of months from 1 to 1200');
    }
    amounts = allocate(debt, n!);
    count = n!;
  }
  const top = amounts[0]!;
  const last = amounts[amounts.length - 1]!;
  const { reasons, warnings } = failedClauses(means, top.cents, l, voice);
  const minimum = money(l.minInstalment);
  // A final remainder may be smaller than the minimum when the policy allows it.
  const bound = l.allowSmallerLastInstalment ? amounts.slice(0, -1) : amounts;
  const below = bound.filter((a) => compare(a, minimum) < 0);
  if (below.length > 0) {
    reasons.push({
      code: 'instalment_below_minimum',
      message: voice.say('planReason.instalmentBelowMinimum', {
        instalment: voice.money(below[0]!),
        minimum: voice.money(minimum),
      }),
      figures: { instalment: below[0]!.amount, minInstalment: minimum.amount },
    });
  }
  if (count > l.maxDurationMonths) {
    reasons.push({
      code: 'duration_exceeded',
      message: voice.say('planReason.durationExceeded', { months: count, maxMonths: l.maxDurationMonths }),
      figures: { months: count, maxDurationMonths: l.maxDurationMonths },
    });
  }
  // Beyond the longest plan the law knows, no schedule is drawn: the plan is refused anyway.
  const drawn = count <= SCHEDULE_LIMIT;
  const dates = drawn ? dueDates(firstDueDate, count, situation, l) : [firstDueDate];
  // A decision passes the largest sustainable instalment it already has: computed once per account.
  const max = known ?? maxSustainableWith(situation, l, voice);
  return {
    feasible: reasons.length === 0,
    reasons,
    warnings,
    figures: {
      debt: debt.amount,
      instalment: top.amount,
      lastInstalment: last.amount,
      months: count,
      firstDueDate: dates[0]!,
      lastDueDate: drawn ? dates[dates.length - 1]! : null,
      effortRateWithInstalment:
        means.resources > 0n ? ratioText(checkedCents(means.residual + top.cents), means.resources) : null,
      resteAVivrePerUnitAfter: amountText(overFactorFloor(leftAfter(means, top.cents), means.unitsFraction)),
      maxSustainableInstalment: max.instalment,
    },
    schedule: drawn ? amounts.map((a, i) => ({ dueOn: dates[i]!, amount: a.amount })) : [],
  };
}
