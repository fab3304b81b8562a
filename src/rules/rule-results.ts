/**
 * The facts of one account and the results of every rule of a compiled policy on them, from the
 * compiled evaluator (synchronous) or from json-rules-engine (asynchronous, extensible).
 *
 * @module
 */
import type { CompiledPolicy } from './compile';
import type { CompiledCondition, FactReader } from './conditions';
import type { TraceEntry } from './decision';
import { evaluateWithJsonRulesEngine, type EngineExtension } from './engine';
import { FACTS, type FactContext } from './facts';

/**
 * Everything the rules read of one account, each fact computed once and only when a rule reads it.
 *
 * @param ctx - The account, its situation and the plan figure.
 * @returns A reader of facts by name (`undefined` for a name the library does not know).
 */
export function factsOf(ctx: FactContext): FactReader {
  const values = new Map<string, unknown>();
  return (name) => {
    if (values.has(name)) return values.get(name);
    const def = Object.hasOwn(FACTS, name) ? FACTS[name] : undefined;
    const value = def === undefined ? undefined : def.get(ctx);
    values.set(name, value);
    return value;
  };
}

/** The results of every rule, by the rule's index in its list of the policy. */
export interface RuleResults {
  level(index: number): boolean;
  channel(index: number): boolean;
  step(index: number): boolean;
}

type Tested = { readonly test: CompiledCondition | null; readonly index: number };

/** Each rule evaluated when first asked, and once. */
function memo(tests: readonly Tested[], facts: FactReader): (index: number) => boolean {
  const byIndex = new Map<number, boolean>();
  return (index) => {
    let result = byIndex.get(index);
    if (result === undefined) {
      const tested = tests.find((x) => x.index === index)!;
      result = tested.test === null ? true : tested.test(facts);
      byIndex.set(index, result);
    }
    return result;
  };
}

/**
 * The rules' results from the compiled evaluator, lazily.
 *
 * @param compiled - The policy compiled for the account's department.
 * @param facts - The account's facts.
 * @returns The results.
 */
export function compiledResults(compiled: CompiledPolicy, facts: FactReader): RuleResults {
  return {
    level: memo(compiled.levels, facts),
    channel: memo(compiled.channelRules, facts),
    step: memo(compiled.steps, facts),
  };
}

/**
 * The rules' results from json-rules-engine, with the host's extensions: one engine per call,
 * never shared (its run status is shared state).
 *
 * @param compiled - The policy compiled for the account's department.
 * @param facts - The account's facts.
 * @param extend - Adds host operators or facts to the engine.
 * @returns The results, once the engine has run.
 */
export async function jsonRulesEngineResults(
  compiled: CompiledPolicy,
  facts: FactReader,
  extend?: EngineExtension,
): Promise<RuleResults> {
  const rules = [
    ...compiled.levels
      .filter((l) => l.conditions !== null)
      .map((l) => ({ id: `level:${l.index}`, conditions: l.conditions! })),
    ...compiled.channelRules.map((r) => ({ id: `channel:${r.index}`, conditions: r.conditions })),
    ...compiled.steps
      .filter((s) => s.conditions !== null)
      .map((s) => ({ id: `step:${s.index}`, conditions: s.conditions! })),
  ];
  const values: Record<string, unknown> = {};
  for (const name of Object.keys(FACTS)) values[name] = facts(name);
  const results = await evaluateWithJsonRulesEngine(rules, values, extend);
  const get = (prefix: string) => (index: number) => results[`${prefix}:${index}`] ?? true;
  return { level: get('level'), channel: get('channel'), step: get('step') };
}

/**
 * A rule's conditions traced with the compiled evaluator, for the explanation.
 *
 * @param test - The compiled conditions, or `null` for a rule without conditions.
 * @param facts - The account's facts.
 * @returns Each fact condition evaluated, with the fact's value.
 */
export function traceOf(test: CompiledCondition | null, facts: FactReader): TraceEntry[] {
  const trace: TraceEntry[] = [];
  test?.(facts, trace);
  return trace;
}
