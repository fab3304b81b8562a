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
import { LIBRARY_VOCABULARY, type Vocabulary } from './extension';
import { FACTS, type FactContext } from './facts';

/**
 * Everything the rules read of one account, each fact computed once and only when a rule reads it.
 *
 * @param ctx - The account, its situation and the plan figure.
 * @param vocabulary - The facts to read: the library's, or with a host's.
 * @returns A reader of facts by name (`undefined` for a name the vocabulary does not know).
 */
export function factsOf(ctx: FactContext, vocabulary: Vocabulary = LIBRARY_VOCABULARY): FactReader {
  const values = new Map<string, unknown>();
  const facts = vocabulary.facts;
  return (name) => {
    if (values.has(name)) return values.get(name);
    const def = Object.hasOwn(facts, name) ? facts[name] : undefined;
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
 * The rules' results from json-rules-engine, with the host's facts and operators: one engine per
 * call, never shared (its run status is shared state).
 *
 * The library's facts are given as values; a host's as functions json-rules-engine calls when a
 * condition first reads them, which read them through the same reader as the compiled evaluator
 * (once per account). The host's operators are registered under their names, the same guarded
 * functions the compiled evaluator calls.
 *
 * @param compiled - The policy compiled for the account's department.
 * @param facts - The account's facts.
 * @param vocabulary - The facts and operators the policy was validated with.
 * @returns The results, once the engine has run.
 */
export async function jsonRulesEngineResults(
  compiled: CompiledPolicy,
  facts: FactReader,
  vocabulary: Vocabulary = LIBRARY_VOCABULARY,
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
  for (const name of vocabulary.hostFacts) values[name] = () => facts(name);
  const extend: EngineExtension | undefined =
    vocabulary.hostOperators.length === 0
      ? undefined
      : (engine) => {
          for (const name of vocabulary.hostOperators) engine.addOperator(name, vocabulary.operators[name]!.evaluate);
        };
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
