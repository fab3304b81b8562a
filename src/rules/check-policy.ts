/**
 * The domain checks of one policy version, once its schema is sound: ids used once, levels that
 * rise, the law on steps (a person approves a step with legal effect, no step before its legal
 * prerequisite), the contact cadence, plan limits within their legal ranges, parameter values
 * written as their unit asks (in the policy and in each override), overrides that only replace
 * what exists with a value that fits where it is used, no fee or penalty, and no rule that can
 * never match.
 *
 * @module
 */
import { isIsoDate } from '../calendar';
import { ValidationError, formatPath, type IssueCode, type PathSegment } from '../errors';
import { LEGAL_EFFECT_STEPS, LEGAL_PREREQUISITES, forbiddenChargeIn } from '../law';
import { SIGNED_AMOUNT_PATTERN } from '../money';
import { resolvePlanLimits } from '../plans';
import { checkCondition, parameterMisfit, type PolicyParameters } from './check-conditions';
import type { Condition } from './conditions';
import { LIBRARY_VOCABULARY, type Vocabulary } from './extension';
import type { IssueCollector } from './issue-collector';
import { INTERNAL_STEP_KINDS, type Policy } from './policy-schema';
import { findUnreachable, order, thresholdsOf } from './reachability';
import { didYouMean } from './suggest';

/**
 * Practice floor between two contacts with the tenant, in days (not law): a closer cadence is
 * accepted with a `cadence_below_practice` warning (C. pén. 222-16 for repeated calls).
 *
 * @example
 * ```ts
 * CADENCE_PRACTICE_FLOOR_DAYS; // => 7
 * ```
 */
export const CADENCE_PRACTICE_FLOOR_DAYS = 7;

type Unit = NonNullable<Policy['parameters']>[string]['unit'];

/** A ratio: a non-negative decimal string with at most 6 decimals ("0.30", "1.5"). */
const RATIO_PATTERN = /^\d{1,13}(\.\d{1,6})?$/;

/** A whole number of the unit, 0 or more. */
const wholeNumber = (what: string, example: number) => ({
  code: 'invalid_number' as const,
  fits: (v: unknown) => Number.isSafeInteger(v),
  expected: `a whole number of ${what}, e.g. ${example}`,
  atLeastZero: true,
});

/**
 * How a parameter's value is written, by unit: the same check for the policy's parameters and for
 * the values an override gives them. A JSON number where an amount is expected gets the issue's
 * hint (write it in quotes); a float or an exponent is never an amount.
 */
const UNIT_FORMAT: Readonly<
  Record<Unit, { code: IssueCode; fits: (v: unknown) => boolean; expected: string; atLeastZero?: boolean }>
> = {
  EUR: {
    code: 'invalid_amount',
    fits: (v) => typeof v === 'string' && SIGNED_AMOUNT_PATTERN.test(v),
    expected: 'an amount in EUR as a decimal string with at most 2 decimals, e.g. "2000.00"',
  },
  ratio: {
    code: 'invalid_number',
    fits: (v) => typeof v === 'string' && RATIO_PATTERN.test(v),
    expected: 'a ratio as a decimal string of 0 or more, with at most 6 decimals, e.g. "0.30"',
  },
  days: wholeNumber('days', 30),
  months: wholeNumber('months', 2),
  count: wholeNumber('times', 3),
  years: wholeNumber('years', 75),
  date: {
    code: 'invalid_date',
    fits: isIsoDate,
    expected: 'a real calendar date written YYYY-MM-DD, e.g. "2026-01-01"',
  },
  boolean: { code: 'invalid_type', fits: (v) => typeof v === 'boolean', expected: 'true or false' },
  text: { code: 'invalid_type', fits: (v) => typeof v === 'string', expected: 'a text in quotes, e.g. "current"' },
};

/**
 * Checks a parameter's value against its unit.
 *
 * @returns Whether the value is well written (an issue was recorded otherwise).
 */
function checkParameterValue(unit: Unit, value: unknown, at: PathSegment[], out: IssueCollector): boolean {
  const format = UNIT_FORMAT[unit];
  if (!format.fits(value)) {
    out.error(format.code, at, value, `${format.expected} (unit "${unit}")`);
    return false;
  }
  if (format.atLeastZero === true && (value as number) < 0) {
    out.error('out_of_range', at, value, `${format.expected}: 0 or more (unit "${unit}")`);
    return false;
  }
  return true;
}

/** Every condition tree of a policy version, with its path. */
function conditionTrees(policy: Policy, base: PathSegment[]): [Condition, PathSegment[]][] {
  const trees: [Condition, PathSegment[]][] = [];
  policy.levels.forEach((l, i) => {
    if (l.conditions !== undefined) trees.push([l.conditions, [...base, 'levels', i, 'conditions']]);
  });
  policy.channels.rules.forEach((r, i) => {
    trees.push([r.conditions, [...base, 'channels', 'rules', i, 'conditions']]);
  });
  policy.steps.forEach((s, i) => {
    if (s.conditions !== undefined) trees.push([s.conditions, [...base, 'steps', i, 'conditions']]);
  });
  return trees;
}

/** Every key of the raw policy, with its path, for the forbidden-charge check. */
function* keysOf(value: unknown, path: PathSegment[] = []): Generator<[string, PathSegment[]]> {
  if (value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* keysOf(value[i], [...path, i]);
    return;
  }
  for (const [k, v] of Object.entries(value)) {
    yield [k, [...path, k]];
    yield* keysOf(v, [...path, k]);
  }
}

function checkForbiddenCharges(raw: unknown, policy: Policy, base: PathSegment[], out: IssueCollector): void {
  const seen = new Set<string>();
  const report = (name: string, path: PathSegment[]) => {
    const charge = forbiddenChargeIn(name);
    const key = JSON.stringify(path);
    if (charge === null || seen.has(key)) return;
    seen.add(key);
    out.error('forbidden_charge', path, name, `no fee or penalty: ${charge.label} is forbidden (${charge.basis})`);
  };
  for (const [key, path] of keysOf(raw, base)) report(key, path);
  policy.steps.forEach((s, i) => {
    report(s.id, [...base, 'steps', i, 'id']);
    report(s.label, [...base, 'steps', i, 'label']);
  });
  for (const name of Object.keys(policy.parameters ?? {})) report(name, [...base, 'parameters', name]);
}

function checkIds(items: readonly { id: string }[], path: PathSegment[], what: string, out: IssueCollector): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    if (seen.has(item.id))
      out.error(
        'duplicate_id',
        [...path, i, 'id'],
        item.id,
        `a ${what} id used once (also at ${what}s[${seen.get(item.id)}])`,
      );
    else seen.set(item.id, i);
  });
}

/**
 * Runs the domain checks of one policy version.
 *
 * @param raw - The version as written in the file, before the schema: its keys are searched for
 *   a fee or a penalty.
 * @param policy - The same version, parsed by the schema.
 * @param base - JSON path of the version in the file: `[]` for a single policy,
 *   `['versions', i]` in a set.
 * @param out - Receives the issues and warnings, in the order found.
 * @param vocabulary - The facts and operators its conditions may use: the library's, and a
 *   host's (`extend`).
 * @example
 * ```ts
 * const out = new IssueCollector();
 * const policy = PolicySchema.parse(withAssignationUnapproved);
 * checkPolicy(withAssignationUnapproved, policy, [], out);
 * out.issues.map((i) => i.code); // => ['missing_human_approval']
 * ```
 */
export function checkPolicy(
  raw: unknown,
  policy: Policy,
  base: PathSegment[],
  out: IssueCollector,
  vocabulary: Vocabulary = LIBRARY_VOCABULARY,
): void {
  const params = { ...(policy.parameters ?? {}) };
  if (policy.effectiveTo != null && policy.effectiveTo <= policy.effectiveFrom) {
    out.error(
      'out_of_range',
      [...base, 'effectiveTo'],
      policy.effectiveTo,
      `a day after effectiveFrom (${policy.effectiveFrom})`,
    );
  }
  const before = out.issues.length;
  // A malformed parameter makes the threshold reasoning below meaningless: it is skipped then.
  for (const [name, p] of Object.entries(params)) {
    checkParameterValue(p.unit, p.value, [...base, 'parameters', name, 'value'], out);
  }
  checkIds(policy.levels, [...base, 'levels'], 'level', out);
  checkIds(policy.steps, [...base, 'steps'], 'step', out);
  checkIds(policy.channels.rules, [...base, 'channels', 'rules'], 'channel rule', out);

  // Levels: the base level first, then rising ranks, each with its conditions.
  policy.levels.forEach((level, i) => {
    const at = [...base, 'levels', i];
    if (i === 0 && level.conditions !== undefined) {
      out.error(
        'custom',
        [...at, 'conditions'],
        level.conditions,
        'no conditions on the first level: it is the base level every account starts from',
      );
    }
    if (i > 0 && level.conditions === undefined) {
      out.error(
        'missing',
        [...at, 'conditions'],
        undefined,
        'conditions: every level but the first says when it applies',
      );
    }
    if (i > 0 && level.rank <= policy.levels[i - 1]!.rank) {
      out.error(
        'not_monotone',
        [...at, 'rank'],
        level.rank,
        `a rank above ${policy.levels[i - 1]!.rank}: levels are listed by rising severity`,
      );
    }
    if (level.conditions !== undefined)
      checkCondition(level.conditions, [...at, 'conditions'], params, out, vocabulary);
  });
  policy.channels.rules.forEach((rule, i) => {
    checkCondition(rule.conditions, [...base, 'channels', 'rules', i, 'conditions'], params, out, vocabulary);
  });
  policy.steps.forEach((step, i) => {
    const at = [...base, 'steps', i];
    if (step.conditions !== undefined) checkCondition(step.conditions, [...at, 'conditions'], params, out, vocabulary);
    if ((LEGAL_EFFECT_STEPS as readonly string[]).includes(step.kind) && !step.humanApproval) {
      out.error(
        'missing_human_approval',
        [...at, 'humanApproval'],
        step.humanApproval,
        `true: ${step.kind === 'assignation' ? 'an' : 'a'} ${step.kind} has legal effect on the tenant and must not rest solely on automated processing (GDPR art. 22)`,
      );
    }
    for (const gate of LEGAL_PREREQUISITES[step.kind] ?? []) {
      if (!(step.requires ?? []).includes(gate)) {
        out.error(
          'missing_legal_prerequisite',
          [...at, 'requires'],
          step.requires ?? null,
          `"requires": ["${gate}"]: no assignation before 2 months after the CCAPEX referral (loi 89-462 art. 24 II); the library enforces it whatever the policy says`,
        );
      }
    }
    if (step.channel === 'internal' && !INTERNAL_STEP_KINDS.has(step.kind)) {
      out.warn(
        'custom',
        [...at, 'channel'],
        step.channel,
        `a tenant channel: a ${step.kind} is addressed to the tenant`,
      );
    }
  });
  // The reasoning on thresholds below reads the conditions' values: on a policy whose levels or
  // conditions are already refused, it would only repeat those issues in other words.
  const conditionsSound = out.issues.length === before;

  // Cadence.
  const cadence = policy.cadence;
  const checkDelays = (min: number, max: number, at: PathSegment[]) => {
    if (min > max)
      out.error('out_of_range', [...at, 'maxDaysBetweenContacts'], max, `at least minDaysBetweenContacts (${min})`);
    if (min < CADENCE_PRACTICE_FLOOR_DAYS) {
      out.warn(
        'cadence_below_practice',
        [...at, 'minDaysBetweenContacts'],
        min,
        `at least ${CADENCE_PRACTICE_FLOOR_DAYS} days between contacts: closer reminders feel like harassment (practice, not law; C. pén. 222-16 for repeated calls)`,
      );
    }
  };
  checkDelays(cadence.minDaysBetweenContacts, cadence.maxDaysBetweenContacts, [...base, 'cadence']);
  const levelIds = policy.levels.map((l) => l.id);
  for (const [id, delays] of Object.entries(cadence.byLevel ?? {})) {
    const at = [...base, 'cadence', 'byLevel', id];
    if (!levelIds.includes(id)) out.error('unknown_level', at, id, `a level id${didYouMean(id, levelIds)}`);
    checkDelays(delays.minDaysBetweenContacts, delays.maxDaysBetweenContacts, at);
  }
  if (cadence.contactHours.from >= cadence.contactHours.to) {
    out.error(
      'out_of_range',
      [...base, 'cadence', 'contactHours', 'to'],
      cadence.contactHours.to,
      `a time after ${cadence.contactHours.from}`,
    );
  }

  // Plan limits within their legal ranges, in the policy and in each override.
  const trees = policy.overrides === undefined ? [] : conditionTrees(policy, base);
  const checkLimits = (limits: unknown, at: PathSegment[]) => {
    try {
      resolvePlanLimits(limits as never, at);
    } catch (error) {
      if (error instanceof ValidationError) out.issues.push(...error.issues);
      else throw error;
    }
  };
  if (policy.plans !== undefined) checkLimits(policy.plans, [...base, 'plans']);
  (policy.overrides ?? []).forEach((o, i) => {
    if (o.plans !== undefined) checkLimits(o.plans, [...base, 'overrides', i, 'plans']);
    for (const [name, p] of Object.entries(o.parameters ?? {})) {
      const own = params[name];
      if (own === undefined)
        out.error(
          'unknown_param',
          [...base, 'overrides', i, 'parameters', name],
          name,
          `a parameter defined in "parameters"${didYouMean(name, Object.keys(params))}`,
        );
      else if (own.unit !== p.unit)
        out.error(
          'operator_mismatch',
          [...base, 'overrides', i, 'parameters', name, 'unit'],
          p.unit,
          `the unit of the parameter it replaces, "${own.unit}"`,
        );
      else {
        // The value replaces the parameter's in that department: it is checked as the
        // parameter's own value is, by its unit, and where the conditions use it.
        const at = [...base, 'overrides', i, 'parameters', name, 'value'];
        if (!checkParameterValue(p.unit, p.value, at, out)) continue;
        for (const [tree, treePath] of trees) {
          const misfit = parameterMisfit(tree, treePath, name, p.value, vocabulary);
          if (misfit !== null) {
            out.error(
              'operator_mismatch',
              at,
              p.value,
              `${misfit.expected}, as at ${formatPath(misfit.at)}, where "${name}" is used`,
            );
            break;
          }
        }
      }
    }
  });

  if (conditionsSound) checkReasoning(policy, params, base, out);
  checkForbiddenCharges(raw, policy, base, out);
}

/** Levels that rise, and no rule that can never match. */
function checkReasoning(policy: Policy, params: PolicyParameters, base: PathSegment[], out: IssueCollector): void {
  // Levels must rise: a higher level never asks for less on the same fact. Every level but the
  // base one has conditions here (checked above).
  const thresholds = policy.levels.map((l) => thresholdsOf(l.conditions ?? { all: [] }, params));
  for (let i = 1; i < policy.levels.length; i++) {
    for (let j = i + 1; j < policy.levels.length; j++) {
      for (const [fact, lowMin] of thresholds[i]!) {
        const highMin = thresholds[j]!.get(fact);
        if (highMin !== undefined && order(highMin, lowMin) < 0) {
          out.error(
            'not_monotone',
            [...base, 'levels', j, 'conditions'],
            highMin,
            `a threshold on "${fact}" of at least ${lowMin}, the threshold of the lower level "${policy.levels[i]!.id}"`,
          );
        }
      }
    }
  }

  // Rules that can never match: a higher level or an earlier channel rule always pre-empts them.
  const levelOrder = policy.levels
    .map((l, i) => ({ index: i, conditions: l.conditions }))
    .slice(1)
    .reverse();
  for (const u of findUnreachable(levelOrder, params)) {
    const emit = u.exact ? out.error.bind(out) : out.warn.bind(out);
    emit(
      'unreachable_rule',
      [...base, 'levels', u.index],
      policy.levels[u.index]!.id,
      `a level some account can reach: every account it covers is already at level "${policy.levels[u.by]!.id}"`,
    );
  }
  for (const u of findUnreachable(
    policy.channels.rules.map((r, i) => ({ index: i, conditions: r.conditions })),
    params,
  )) {
    const emit = u.exact ? out.error.bind(out) : out.warn.bind(out);
    emit(
      'unreachable_rule',
      [...base, 'channels', 'rules', u.index],
      policy.channels.rules[u.index]!.id,
      `a rule some tenant can reach: the earlier rule "${policy.channels.rules[u.by]!.id}" matches every tenant it covers`,
    );
  }
}
