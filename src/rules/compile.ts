/**
 * A validated policy version compiled once for a department: parameters (with the department's
 * overrides) substituted into the conditions, every condition compiled into a closure, the plan
 * limits resolved. Cached per policy object, department group and vocabulary (the library's
 * operators, or with a host's), so a nightly batch compiles each policy once.
 *
 * @module
 */
import type { PromiseRules } from '../account';
import { resolvePlanLimits, type PlanLimits } from '../plans';
import { compileCondition, isParamRef, type CompiledCondition, type Condition, type JsonValue } from './conditions';
import { LIBRARY_VOCABULARY, type Vocabulary } from './extension';
import type { ChannelRule, Level, Policy, Step } from './policy-schema';
import { resolvePromiseRules } from './promise-rules';

/** A policy version ready to evaluate. */
export interface CompiledPolicy {
  readonly policy: Policy;
  /** Parameter values after the department's overrides. */
  readonly params: Readonly<Record<string, string | number | boolean>>;
  /** Levels from the highest rank down (the first that holds wins), each with its source path. */
  readonly levels: readonly {
    readonly level: Level;
    readonly index: number;
    readonly conditions: Condition | null;
    readonly test: CompiledCondition | null;
  }[];
  readonly channelRules: readonly {
    readonly rule: ChannelRule;
    readonly index: number;
    readonly conditions: Condition;
    readonly test: CompiledCondition;
  }[];
  readonly steps: readonly {
    readonly step: Step;
    readonly index: number;
    readonly conditions: Condition | null;
    readonly test: CompiledCondition | null;
  }[];
  readonly limits: PlanLimits;
  /** The tolerance for promises to pay, defaults filled in. */
  readonly promises: PromiseRules;
  /**
   * The compiled conditions of each kind of rule by the rule's index in its list of the policy
   * (`null` for a rule without conditions), so that an account's evaluation finds a rule at once.
   */
  readonly tests: Readonly<Record<RuleKind, readonly (CompiledCondition | null)[]>>;
}

/** The three lists of rules of a policy: its levels, its channel rules and its steps. */
export type RuleKind = 'level' | 'channel' | 'step';

/** The tests of rules listed by index, whatever the order of the list. */
function byIndex(rules: readonly { readonly index: number; readonly test: CompiledCondition | null }[]) {
  const out: (CompiledCondition | null)[] = [];
  for (const r of rules) out[r.index] = r.test;
  return Object.freeze(out);
}

function substitute(condition: Condition, params: Readonly<Record<string, JsonValue>>): Condition {
  if ('all' in condition) return { ...condition, all: condition.all.map((c) => substitute(c, params)) };
  if ('any' in condition) return { ...condition, any: condition.any.map((c) => substitute(c, params)) };
  if ('not' in condition) return { ...condition, not: substitute(condition.not, params) };
  return isParamRef(condition.value) ? { ...condition, value: params[condition.value.param] as JsonValue } : condition;
}

/** Compiled versions by version, then by override and vocabulary (`${override} ${vocabulary key}`). */
const cache = new WeakMap<Policy, Map<string, CompiledPolicy>>();

/**
 * Compiles a validated policy version for the department of an account.
 *
 * @param policy - A version from `loadPolicy`.
 * @param department - The dwelling's department code, which selects the overrides.
 * @param vocabulary - The operators the conditions may use: the library's, or with a host's
 *   (the vocabulary the version was validated with).
 * @returns The compiled policy (cached).
 *
 * @example
 * ```ts
 * compilePolicy(defaultPolicy.versions[0], '93').params.highDebt; // => '2000.00': the default policy has no override
 * ```
 */
export function compilePolicy(
  policy: Policy,
  department: string,
  vocabulary: Vocabulary = LIBRARY_VOCABULARY,
): CompiledPolicy {
  const overrides = policy.overrides ?? [];
  const which = overrides.findIndex((o) => o.departments.includes(department));
  const key = `${which} ${vocabulary.key}`;
  // Only a frozen version (from loadPolicy, deep-frozen) is cached: it cannot change under the cache.
  let byOverride = Object.isFrozen(policy) ? cache.get(policy) : undefined;
  if (byOverride === undefined && Object.isFrozen(policy)) {
    byOverride = new Map();
    cache.set(policy, byOverride);
  }
  const cached = byOverride?.get(key);
  if (cached !== undefined) return cached;

  const override = overrides[which]; // undefined for -1: no override
  const params: Record<string, string | number | boolean> = {};
  for (const [name, p] of Object.entries(policy.parameters ?? {})) params[name] = p.value;
  for (const [name, p] of Object.entries(override?.parameters ?? {})) params[name] = p.value;
  const prepare = (c: Condition | undefined) => (c === undefined ? null : substitute(c, params));

  const levels = policy.levels
    .map((level, index) => {
      const conditions = prepare(level.conditions);
      return {
        level,
        index,
        conditions,
        test:
          conditions === null
            ? null
            : compileCondition(conditions, ['levels', index, 'conditions'], vocabulary.operators),
      };
    })
    .reverse();
  const channelRules = policy.channels.rules.map((rule, index) => {
    const conditions = prepare(rule.conditions)!;
    return {
      rule,
      index,
      conditions,
      test: compileCondition(conditions, ['channels', 'rules', index, 'conditions'], vocabulary.operators),
    };
  });
  const steps = policy.steps.map((step, index) => {
    const conditions = prepare(step.conditions);
    return {
      step,
      index,
      conditions,
      test:
        conditions === null ? null : compileCondition(conditions, ['steps', index, 'conditions'], vocabulary.operators),
    };
  });
  const compiled: CompiledPolicy = Object.freeze({
    policy,
    params: Object.freeze(params),
    levels,
    channelRules,
    steps,
    limits: resolvePlanLimits({ ...(policy.plans ?? {}), ...(override?.plans ?? {}) }, ['plans']),
    promises: resolvePromiseRules(policy.promises),
    tests: Object.freeze({ level: byIndex(levels), channel: byIndex(channelRules), step: byIndex(steps) }),
  });
  byOverride?.set(key, compiled);
  return compiled;
}
