/**
 * `validatePolicy`: a policy file checked as a recovery manager needs it checked — the schema
 * with JSON paths, unknown facts and operators with a suggestion, and the domain checks that keep
 * a policy within the law (no fee or penalty, human approval for steps with legal effect, no step
 * before its legal prerequisite) and coherent (rising levels, no rule that can never match).
 *
 * @module
 */
import { isIsoDate } from '../calendar';
import { makeIssue, ValidationError, type Issue, type IssueCode, type PathSegment } from '../errors';
import { findUnsafeKeys } from '../input-guard';

/**
 * Most values (objects, lists and single values) in one policy file, versions included: the
 * default policy has about 1,000; a file beyond this is refused before it is read further.
 */
export const MAX_POLICY_VALUES = 100_000;
import { forbiddenChargeIn } from '../law';
import { isDecimal } from '../money';
import { resolvePlanLimits } from '../plans';
import { fromZodIssues } from '../schema-issues';
import { isParamRef, type Condition, type FactCondition, type JsonValue } from './conditions';
import { FACTS, FACT_NAMES, type FactType } from './facts';
import { OPERATORS, OPERATOR_NAMES, type OperatorDefinition } from './operators';
import { PolicySchema, PolicySetSchema, type Policy, type StepKind } from './policy-schema';
import { findUnreachable, order, thresholdsOf } from './reachability';
import { deepFreeze } from '../freeze';

/** A validated set of dated policy versions, sorted by `effectiveFrom`, deep-frozen. */
export interface PolicySet {
  readonly versions: readonly Policy[];
}

/** The result of {@link validatePolicy}. */
export type PolicyValidation =
  | { readonly ok: true; readonly value: PolicySet; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly warnings: readonly Issue[] };

/** Practice floor between two contacts with the tenant, in days (not law). */
export const CADENCE_PRACTICE_FLOOR_DAYS = 7;

/** Step kinds with legal effect on the tenant: a person must approve them (GDPR art. 22). */
export const LEGAL_EFFECT_STEPS: readonly StepKind[] = Object.freeze(['commandement', 'assignation']);

/** Legal gates each step kind needs open, whatever the policy says. */
export const LEGAL_PREREQUISITES: Readonly<Partial<Record<StepKind, readonly ('assignation_earliest' | 'expulsion_truce')[]>>> =
  Object.freeze({ assignation: Object.freeze(['assignation_earliest'] as const) });

/** Edit distance, for "did you mean". */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const current = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      previous = current;
    }
  }
  return row[b.length]!;
}

/** The nearest known name, when near enough to be a typo. */
export function suggest(name: string, known: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance <= Math.max(2, Math.floor(name.length / 3)) ? best : null;
}

const didYouMean = (name: string, known: readonly string[]): string => {
  const s = suggest(name, known);
  return s === null ? '' : ` (did you mean "${s}"?)`;
};

class Collector {
  readonly issues: Issue[] = [];
  readonly warnings: Issue[] = [];
  error(code: IssueCode, path: readonly PathSegment[], received: unknown, expected: string): void {
    this.issues.push(makeIssue(code, path, received, expected));
  }
  warn(code: IssueCode, path: readonly PathSegment[], received: unknown, expected: string): void {
    this.warnings.push(makeIssue(code, path, received, expected));
  }
}

function isFactRef(value: unknown): value is { fact: string; path?: string } {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && typeof (value as { fact?: unknown }).fact === 'string';
}

const VALUE_EXPECTED: Record<OperatorDefinition['value'], string> = {
  scalar: 'a single value (text, number, true/false)',
  list: 'a list of values, e.g. ["sms", "email"]',
  number: 'a whole number, e.g. 30',
  decimal: 'an amount or rate as a decimal string, e.g. "1000.00" or "0.30"',
  date: 'a date written YYYY-MM-DD',
};

function valueFits(kind: OperatorDefinition['value'], factType: FactType, value: JsonValue): boolean {
  switch (kind) {
    case 'decimal':
      return typeof value === 'string' ? isDecimal(value) : Number.isSafeInteger(value);
    case 'number':
      return Number.isSafeInteger(value);
    case 'date':
      return isIsoDate(value);
    case 'list':
      return Array.isArray(value) && value.every((v) => v === null || typeof v !== 'object');
    case 'scalar':
      // An object, a list or null fits none of these.
      if (factType === 'boolean') return typeof value === 'boolean';
      if (factType === 'integer') return Number.isSafeInteger(value);
      if (factType === 'amount' || factType === 'decimal') return typeof value === 'string' && isDecimal(value);
      return typeof value === 'string';
  }
}

/** The exact decimal operator for each of json-rules-engine's numeric ones. */
const EXACT_OPERATOR: Readonly<Record<string, string>> = {
  lessThan: 'decimalLessThan',
  lessThanInclusive: 'decimalLessThanInclusive',
  greaterThan: 'decimalGreaterThan',
  greaterThanInclusive: 'decimalGreaterThanInclusive',
};

const PARAM_UNITS: Record<OperatorDefinition['value'], readonly string[]> = {
  decimal: ['EUR', 'ratio'],
  number: ['days', 'months', 'count', 'years'],
  date: ['date'],
  list: [],
  scalar: ['EUR', 'ratio', 'days', 'months', 'count', 'years', 'date', 'boolean', 'text'],
};

/** Checks every fact test of a condition tree: facts, operators, values and parameters. */
function checkCondition(
  condition: Condition,
  path: PathSegment[],
  params: Readonly<Record<string, { value: unknown; unit: string }>>,
  out: Collector,
): void {
  if ('all' in condition) return condition.all.forEach((c, i) => checkCondition(c, [...path, 'all', i], params, out));
  if ('any' in condition) {
    if (condition.any.length === 0) {
      out.warn('custom', [...path, 'any'], [], 'a non-empty "any": an empty "any" is always true, as in json-rules-engine');
    }
    return condition.any.forEach((c, i) => checkCondition(c, [...path, 'any', i], params, out));
  }
  if ('not' in condition) return checkCondition(condition.not, [...path, 'not'], params, out);
  checkFactCondition(condition, path, params, out);
}

function checkFactCondition(
  c: FactCondition,
  path: PathSegment[],
  params: Readonly<Record<string, { value: unknown; unit: string }>>,
  out: Collector,
): void {
  const fact = Object.hasOwn(FACTS, c.fact) ? FACTS[c.fact] : undefined;
  if (fact === undefined) {
    out.error('unknown_fact', [...path, 'fact'], c.fact, `a known fact${didYouMean(c.fact, FACT_NAMES)}; the facts are listed in docs/facts.md`);
  }
  const op = Object.hasOwn(OPERATORS, c.operator) ? OPERATORS[c.operator] : undefined;
  if (op === undefined) {
    out.error('unknown_operator', [...path, 'operator'], c.operator, `a known operator${didYouMean(c.operator, OPERATOR_NAMES)}`);
  }
  if (fact === undefined || op === undefined) return;
  if (!op.factTypes.includes(fact.type)) {
    const exact = EXACT_OPERATOR[c.operator];
    const hint =
      (fact.type === 'amount' || fact.type === 'decimal') && exact !== undefined
        ? `; "${c.fact}" is an amount or rate, compared exactly with "${exact}"`
        : '';
    out.error(
      'operator_mismatch',
      [...path, 'operator'],
      c.operator,
      `an operator for a fact of type ${fact.type} (${OPERATOR_NAMES.filter((n) => OPERATORS[n]!.factTypes.includes(fact.type)).join(', ')})${hint}`,
    );
    return;
  }
  if (c.path !== undefined) {
    out.error('operator_mismatch', [...path, 'path'], c.path, 'no path: every fact of the library is a single value or a list');
  }
  const value = c.value;
  if (isParamRef(value)) {
    const param = Object.hasOwn(params, value.param) ? params[value.param] : undefined;
    if (param === undefined) {
      out.error('unknown_param', [...path, 'value', 'param'], value.param, `a parameter defined in "parameters"${didYouMean(value.param, Object.keys(params))}`);
    } else if (!PARAM_UNITS[op.value].includes(param.unit) || !valueFits(op.value, fact.type, param.value as JsonValue)) {
      out.error('operator_mismatch', [...path, 'value', 'param'], value.param, `a parameter holding ${VALUE_EXPECTED[op.value]}`);
    }
    return;
  }
  if (isFactRef(value)) {
    const ref = Object.hasOwn(FACTS, value.fact) ? FACTS[value.fact] : undefined;
    if (ref === undefined) {
      out.error('unknown_fact', [...path, 'value', 'fact'], value.fact, `a known fact${didYouMean(value.fact, FACT_NAMES)}`);
    } else if (op.value === 'list' || !op.factTypes.includes(ref.type)) {
      out.error('operator_mismatch', [...path, 'value', 'fact'], value.fact, `a fact of a type "${c.operator}" compares, or a constant`);
    }
    return;
  }
  if (!valueFits(op.value, fact.type, value)) {
    out.error('operator_mismatch', [...path, 'value'], value, `${VALUE_EXPECTED[op.value]}, to compare with "${c.fact}" (${fact.type})`);
  }
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

function checkForbiddenCharges(raw: unknown, policy: Policy, base: PathSegment[], out: Collector): void {
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

function checkIds(items: readonly { id: string }[], path: PathSegment[], what: string, out: Collector): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) out.error('duplicate_id', [...path, i, 'id'], item.id, `a ${what} id used once (also at ${what}s[${seen.get(item.id)}])`);
    else seen.set(item.id, i);
  });
}

function checkPolicy(raw: unknown, policy: Policy, base: PathSegment[], out: Collector): void {
  const params = { ...(policy.parameters ?? {}) };
  if (policy.effectiveTo != null && policy.effectiveTo <= policy.effectiveFrom) {
    out.error('out_of_range', [...base, 'effectiveTo'], policy.effectiveTo, `a day after effectiveFrom (${policy.effectiveFrom})`);
  }
  const before = out.issues.length;
  checkIds(policy.levels, [...base, 'levels'], 'level', out);
  checkIds(policy.steps, [...base, 'steps'], 'step', out);
  checkIds(policy.channels.rules, [...base, 'channels', 'rules'], 'channel rule', out);

  // Levels: the base level first, then rising ranks, each with its conditions.
  policy.levels.forEach((level, i) => {
    const at = [...base, 'levels', i];
    if (i === 0 && level.conditions !== undefined) {
      out.error('custom', [...at, 'conditions'], level.conditions, 'no conditions on the first level: it is the base level every account starts from');
    }
    if (i > 0 && level.conditions === undefined) {
      out.error('missing', [...at, 'conditions'], undefined, 'conditions: every level but the first says when it applies');
    }
    if (i > 0 && level.rank <= policy.levels[i - 1]!.rank) {
      out.error('not_monotone', [...at, 'rank'], level.rank, `a rank above ${policy.levels[i - 1]!.rank}: levels are listed by rising severity`);
    }
    if (level.conditions !== undefined) checkCondition(level.conditions, [...at, 'conditions'], params, out);
  });
  policy.channels.rules.forEach((rule, i) => checkCondition(rule.conditions, [...base, 'channels', 'rules', i, 'conditions'], params, out));
  policy.steps.forEach((step, i) => {
    const at = [...base, 'steps', i];
    if (step.conditions !== undefined) checkCondition(step.conditions, [...at, 'conditions'], params, out);
    if (LEGAL_EFFECT_STEPS.includes(step.kind) && !step.humanApproval) {
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
    if (step.channel === 'internal' && !['caf-signal', 'ccapex-referral', 'fsl-referral', 'social-review', 'commandement', 'assignation'].includes(step.kind)) {
      out.warn('custom', [...at, 'channel'], step.channel, `a tenant channel: a ${step.kind} is addressed to the tenant`);
    }
  });
  // The reasoning on thresholds below reads the conditions' values: on a policy whose levels or
  // conditions are already refused, it would only repeat those issues in other words.
  const conditionsSound = out.issues.length === before;

  // Cadence.
  const cadence = policy.cadence;
  const checkDelays = (min: number, max: number, at: PathSegment[]) => {
    if (min > max) out.error('out_of_range', [...at, 'maxDaysBetweenContacts'], max, `at least minDaysBetweenContacts (${min})`);
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
    out.error('out_of_range', [...base, 'cadence', 'contactHours', 'to'], cadence.contactHours.to, `a time after ${cadence.contactHours.from}`);
  }

  // Plan limits within their legal ranges, in the policy and in each override.
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
      if (own === undefined) out.error('unknown_param', [...base, 'overrides', i, 'parameters', name], name, `a parameter defined in "parameters"${didYouMean(name, Object.keys(params))}`);
      else if (own.unit !== p.unit) out.error('operator_mismatch', [...base, 'overrides', i, 'parameters', name, 'unit'], p.unit, `the unit of the parameter it replaces, "${own.unit}"`);
    }
  });

  if (conditionsSound) checkReasoning(policy, params, base, out);
  checkForbiddenCharges(raw, policy, base, out);
}

/** Levels that rise, and no rule that can never match. */
function checkReasoning(policy: Policy, params: Readonly<Record<string, { value: unknown; unit: string }>>, base: PathSegment[], out: Collector): void {
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
  const levelOrder = policy.levels.map((l, i) => ({ index: i, conditions: l.conditions })).slice(1).reverse();
  for (const u of findUnreachable(levelOrder, params)) {
    const emit = u.exact ? out.error.bind(out) : out.warn.bind(out);
    emit('unreachable_rule', [...base, 'levels', u.index], policy.levels[u.index]!.id, `a level some account can reach: every account it covers is already at level "${policy.levels[u.by]!.id}"`);
  }
  for (const u of findUnreachable(policy.channels.rules.map((r, i) => ({ index: i, conditions: r.conditions })), params)) {
    const emit = u.exact ? out.error.bind(out) : out.warn.bind(out);
    emit('unreachable_rule', [...base, 'channels', 'rules', u.index], policy.channels.rules[u.index]!.id, `a rule some tenant can reach: the earlier rule "${policy.channels.rules[u.by]!.id}" matches every tenant it covers`);
  }
}

function checkVersions(versions: readonly Policy[], out: Collector): void {
  const order = versions.map((v, i) => ({ v, i })).sort((a, b) => (a.v.effectiveFrom < b.v.effectiveFrom ? -1 : a.v.effectiveFrom > b.v.effectiveFrom ? 1 : 0));
  for (const { v, i } of order) {
    if (v.id !== order[0]!.v.id) out.error('invalid_value', ['versions', i, 'id'], v.id, `the same id as the other versions, "${order[0]!.v.id}"`);
  }
  for (let k = 1; k < order.length; k++) {
    const prev = order[k - 1]!;
    const next = order[k]!;
    const end = prev.v.effectiveTo;
    if (end == null || end > next.v.effectiveFrom) {
      out.error('versions_overlap', ['versions', next.i, 'effectiveFrom'], next.v.effectiveFrom, `a start on or after the end of version "${prev.v.version}" (${end ?? 'open-ended'}): two versions would apply the same day`);
    } else if (end < next.v.effectiveFrom) {
      out.error('versions_gap', ['versions', next.i, 'effectiveFrom'], next.v.effectiveFrom, `a start on ${end}, the day version "${prev.v.version}" ends: no version would apply in between`);
    }
  }
}


/**
 * Validates a policy file: one policy, or a set of dated versions `{ "versions": [...] }`.
 *
 * @param json - The parsed file, or its JSON text.
 * @returns `{ ok: true, value, warnings }` with the versions sorted and frozen, or
 *   `{ ok: false, issues, warnings }`. Each issue has a code, a JSON path (`levels[2].conditions.all[0].fact`)
 *   and a message a recovery manager understands.
 * @example
 * ```ts
 * validatePolicy({ ...policy, levels: [{ id: 'none', rank: 0, label: 'Paid up' }, { id: 'watch', rank: 1, label: 'Watch',
 *   conditions: { all: [{ fact: 'arrear', operator: 'decimalGreaterThan', value: '0' }] } }] }).issues[0].message;
 * // => 'levels[1].conditions.all[0].fact: expected a known fact (did you mean "arrears"?) …; received "arrear"'
 * ```
 */
export function validatePolicy(json: unknown): PolicyValidation {
  let input = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json) as unknown;
    } catch (error) {
      const issue = makeIssue('invalid_type', [], json.slice(0, 80), `a JSON policy file (${(error as Error).message})`);
      return { ok: false, issues: [issue], warnings: [] };
    }
  }
  const unsafe = findUnsafeKeys(input, [], { maxValues: MAX_POLICY_VALUES, what: 'a policy file' });
  if (unsafe.length > 0) return { ok: false, issues: unsafe, warnings: [] };

  const isSet = input !== null && typeof input === 'object' && !Array.isArray(input) && 'versions' in input;
  const parsed = isSet ? PolicySetSchema.safeParse(input) : PolicySchema.safeParse(input);
  if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues, input), warnings: [] };

  const out = new Collector();
  const versions: Policy[] = isSet ? [...(parsed.data as { versions: Policy[] }).versions] : [parsed.data as Policy];
  const raws: unknown[] = isSet ? (input as { versions: unknown[] }).versions : [input];
  versions.forEach((policy, i) => checkPolicy(raws[i], policy, isSet ? ['versions', i] : [], out));
  if (isSet) checkVersions(versions, out);
  if (out.issues.length > 0) return { ok: false, issues: out.issues, warnings: out.warnings };
  const sorted = versions.sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
  const value = deepFreeze({ versions: sorted });
  LOADED.add(value);
  return { ok: true, value, warnings: out.warnings };
}

const LOADED = new WeakSet<object>();

/**
 * Tells whether a value is a policy set returned by {@link validatePolicy} or {@link loadPolicy}.
 *
 * @param value - Anything.
 * @returns `true` for the very object the validation returned.
 */
export function isLoadedPolicy(value: unknown): value is PolicySet {
  return typeof value === 'object' && value !== null && LOADED.has(value);
}

/**
 * Parses and validates a policy file, throwing on any issue. See {@link validatePolicy}.
 *
 * @param textOrObject - The JSON text or the parsed file.
 * @returns The validated set of versions.
 * @throws {@link ValidationError} with every issue.
 *
 * @example
 * ```ts
 * const policy = loadPolicy(JSON.parse(text)); // validated once, frozen
 * policyInForce(policy, '2026-11-23').version; // => '2024.1'
 * ```
 */
export function loadPolicy(textOrObject: unknown): PolicySet {
  const result = validatePolicy(textOrObject);
  if (!result.ok) throw new ValidationError(result.issues);
  return result.value;
}

/**
 * The version of a policy set in force on a day.
 *
 * @param set - From {@link loadPolicy}.
 * @param asOf - The evaluation date.
 * @returns The version whose `[effectiveFrom, effectiveTo)` covers `asOf`.
 * @throws {@link ValidationError} `out_of_range` when no version covers it.
 *
 * @example
 * ```ts
 * policyInForce(loadPolicy(defaultPolicy), '2026-11-23').version; // => '2024.1'
 * policyInForce(loadPolicy(defaultPolicy), '2023-01-01');
 * // throws ValidationError: 'asOf: expected a date covered by a version of the policy (2024-01-01 – …); received "2023-01-01"'
 * ```
 */
export function policyInForce(set: PolicySet, asOf: string): Policy {
  for (const v of set.versions) {
    if (v.effectiveFrom <= asOf && (v.effectiveTo == null || asOf < v.effectiveTo)) return v;
  }
  const periods = set.versions.map((v) => `${v.effectiveFrom} – ${v.effectiveTo ?? '…'}`).join(', ');
  throw new ValidationError([makeIssue('out_of_range', ['asOf'], asOf, `a date covered by a version of the policy (${periods})`)]);
}
