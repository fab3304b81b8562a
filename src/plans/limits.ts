/**
 * The limits a repayment plan (plan d'apurement) must respect, their defaults and their legal
 * bounds. The policy sets them; the law bounds them and a policy cannot cross the bounds.
 *
 * @module
 */
import { fail, type PathSegment } from '../errors';
import { compare, money } from '../money';

/** How a due date that falls on a weekend or a public holiday moves. */
export type DueDateRule = 'none' | 'next-business-day';

/** Limits on a plan, as given by a policy. Every field is optional; defaults fill the gaps. */
export interface PlanLimitsInput {
  /**
   * Highest effort rate once the instalment is added: (residual rent + instalment) ÷ resources,
   * a ratio written as a decimal string (`"0.30"` = 30 %). Practice, not law: some landlords treat
   * 20 % as risky, others accept 30 % (DOMAIN.md §5). A plan above it is refused only when
   * `effortRateBinding` is `true`; otherwise it carries a warning. Range: above 0, at most 1.
   * Default `"0.30"`.
   */
  readonly maxEffortRate?: string;
  /**
   * Whether `maxEffortRate` binds. `false` (the default): an effort rate above `maxEffortRate`
   * is a warning shown with the plan, and the reste à vivre per consumption unit
   * (`minResteAVivrePerUnit`) sizes the plan, with the minimum instalment and the longest
   * duration. `true`: the cap binds as before, and a plan above it is refused. The effort-rate
   * formula is the one of CCH R.441-3-1 (arrêté du 10 mars 2011); the 30 % threshold is practice,
   * not law (DOMAIN.md §5). Default `false`.
   */
  readonly effortRateBinding?: boolean;
  /**
   * Lowest reste à vivre per consumption unit and per month once the instalment is paid, EUR.
   * Practice: 425 € (IAU Île-de-France, 2012). Range: 0 or more. Default `"425.00"`.
   */
  readonly minResteAVivrePerUnit?: string;
  /**
   * Lowest monthly instalment, EUR. Practice: 15 € (an FSL's rule). Range: 0.01 to 1,000.
   * Default `"15.00"`.
   */
  readonly minInstalment?: string;
  /**
   * Longest plan, in months. Law: a judge grants délais of at most 3 years (loi 89-462 art. 24 V);
   * a surendettement plan runs at most 7 years (code conso L.733-1 1°); the CAF default plan is
   * 36 × 1/36 (CCH R.824-12). Range 1–84. Default 36.
   */
  readonly maxDurationMonths?: number;
  /** Whether the last instalment may be a remainder smaller than the minimum. Default `true`. */
  readonly allowSmallerLastInstalment?: boolean;
  /**
   * `shortest`: the shortest affordable plan; `caf-36`: 1/36 of the debt for 36 months, the CAF's
   * default (CCH R.824-12), shorter only if instalments would fall below the minimum.
   * Default `shortest`.
   */
  readonly style?: 'shortest' | 'caf-36';
  /** How due dates on weekends and holidays move. Default `next-business-day`. */
  readonly dueDateRule?: DueDateRule;
  /**
   * A plan is broken when this many instalments are unpaid (loi 89-462 art. 24 VII: for délais
   * granted by a judge, the first missed payment ends the suspension, whatever this says).
   * Range 1–12. Default 2.
   */
  readonly brokenAfterUnpaid?: number;
}

/** Limits with every field set. */
export type PlanLimits = Required<PlanLimitsInput>;

/**
 * The default limits.
 *
 * @example
 * ```ts
 * DEFAULT_PLAN_LIMITS.maxEffortRate; // => '0.30'
 * DEFAULT_PLAN_LIMITS.effortRateBinding; // => false (the cap is a warning)
 * ```
 */
export const DEFAULT_PLAN_LIMITS: PlanLimits = Object.freeze({
  maxEffortRate: '0.30',
  effortRateBinding: false,
  minResteAVivrePerUnit: '425.00',
  minInstalment: '15.00',
  maxDurationMonths: 36,
  allowSmallerLastInstalment: true,
  style: 'shortest',
  dueDateRule: 'next-business-day',
  brokenAfterUnpaid: 2,
});

/** Longest plan the law knows: a surendettement plan, 7 years (code conso L.733-1 1°). */
export const LEGAL_MAX_DURATION_MONTHS = 84;

const RATE = /^(0(\.\d{1,6})?|1(\.0{1,6})?)$/;

/** The limits {@link resolvePlanLimits} returned: frozen, so they cannot change once checked. */
const RESOLVED = new WeakSet<object>();

/**
 * Fills the defaults in and checks every limit against its range.
 *
 * @param input - Limits from a policy, or nothing.
 * @param path - JSON path of `input`, for errors.
 * @returns Complete, frozen limits.
 * @throws {@link ValidationError} `out_of_range`, `invalid_amount`, `invalid_type`, `invalid_value`, with the path.
 * @example
 * ```ts
 * resolvePlanLimits({ maxEffortRate: '0.25' }).minInstalment; // => '15.00'
 * resolvePlanLimits({ maxDurationMonths: 120 }); // => throws out_of_range at maxDurationMonths
 * resolvePlanLimits({ effortRateBinding: 'yes' } as never); // => throws invalid_type at effortRateBinding
 * ```
 */
export function resolvePlanLimits(input?: PlanLimitsInput, path: readonly PathSegment[] = []): PlanLimits {
  // Limits this function returned are complete, checked and frozen: resolving them again gives
  // the same values (a decision reads them for every account).
  if (input !== undefined && input !== null && RESOLVED.has(input)) return input as PlanLimits;
  const l = { ...DEFAULT_PLAN_LIMITS, ...(input ?? {}) };
  const at = (key: string): PathSegment[] => [...path, key];
  if (typeof l.maxEffortRate !== 'string' || !RATE.test(l.maxEffortRate) || /^0(\.0*)?$/.test(l.maxEffortRate)) {
    fail(
      'out_of_range',
      at('maxEffortRate'),
      l.maxEffortRate,
      'a ratio above 0 and at most 1, as a decimal string such as "0.30"',
    );
  }
  if (typeof l.effortRateBinding !== 'boolean') {
    fail('invalid_type', at('effortRateBinding'), l.effortRateBinding, 'true or false');
  }
  const floor = money(l.minResteAVivrePerUnit, at('minResteAVivrePerUnit'));
  if (compare(floor, '0') < 0)
    fail('out_of_range', at('minResteAVivrePerUnit'), l.minResteAVivrePerUnit, 'an amount of 0.00 or more');
  const min = money(l.minInstalment, at('minInstalment'));
  if (compare(min, '0.01') < 0 || compare(min, '1000') > 0) {
    fail('out_of_range', at('minInstalment'), l.minInstalment, 'an amount from 0.01 to 1000.00');
  }
  if (
    !Number.isInteger(l.maxDurationMonths) ||
    l.maxDurationMonths < 1 ||
    l.maxDurationMonths > LEGAL_MAX_DURATION_MONTHS
  ) {
    fail(
      'out_of_range',
      at('maxDurationMonths'),
      l.maxDurationMonths,
      `a whole number of months from 1 to ${LEGAL_MAX_DURATION_MONTHS} (7 years, code conso L.733-1)`,
    );
  }
  if (typeof l.allowSmallerLastInstalment !== 'boolean') {
    fail('invalid_type', at('allowSmallerLastInstalment'), l.allowSmallerLastInstalment, 'true or false');
  }
  if (l.style !== 'shortest' && l.style !== 'caf-36')
    fail('invalid_value', at('style'), l.style, '"shortest" or "caf-36"');
  if (l.dueDateRule !== 'none' && l.dueDateRule !== 'next-business-day') {
    fail('invalid_value', at('dueDateRule'), l.dueDateRule, '"none" or "next-business-day"');
  }
  if (!Number.isInteger(l.brokenAfterUnpaid) || l.brokenAfterUnpaid < 1 || l.brokenAfterUnpaid > 12) {
    fail('out_of_range', at('brokenAfterUnpaid'), l.brokenAfterUnpaid, 'a whole number from 1 to 12');
  }
  const resolved: PlanLimits = Object.freeze({ ...l, minResteAVivrePerUnit: floor.amount, minInstalment: min.amount });
  RESOLVED.add(resolved);
  return resolved;
}
