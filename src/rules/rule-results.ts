/**
 * The facts of one account and the results of every rule of a compiled policy on them, from the
 * compiled evaluator (synchronous) or from json-rules-engine (asynchronous, extensible).
 *
 * @module
 */
import type { CompiledPolicy, RuleKind } from './compile';
import type { CompiledCondition, FactReader } from './conditions';
import type { TraceEntry } from './decision';
import { evaluateWithJsonRulesEngine, type EngineExtension } from './engine';
import { LIBRARY_VOCABULARY, type Vocabulary } from './extension';
import { FACTS, type FactContext, type FactDefinition } from './facts';

/**
 * Everything the rules read of one account, each fact computed once and only when a rule reads it.
 *
 * @param ctx - The account, its situation and the plan figure.
 * @param vocabulary - The facts to read: the library's, or with a host's.
 * @returns A reader of facts by name (`undefined` for a name the vocabulary does not know).
 */
export function factsOf(ctx: FactContext, vocabulary: Vocabulary = LIBRARY_VOCABULARY): FactReader {
  const values = new Map<string, unknown>();
  const defs = definitionsOf(vocabulary);
  return (name) => {
    // One look-up for a fact read before (only `undefined`, a name no fact has, needs a second).
    const known = values.get(name);
    if (known !== undefined || values.has(name)) return known;
    const def = defs.get(name);
    const value = def === undefined ? undefined : def.get(ctx);
    values.set(name, value);
    return value;
  };
}

/** The facts of each vocabulary by name, in a map (a vocabulary is frozen). */
const DEFINITIONS = new WeakMap<Vocabulary, ReadonlyMap<string, FactDefinition>>();

function definitionsOf(vocabulary: Vocabulary): ReadonlyMap<string, FactDefinition> {
  let defs = DEFINITIONS.get(vocabulary);
  if (defs === undefined) {
    // Own names only, as `Object.hasOwn` reads them: never `constructor` or `toString`.
    defs = new Map(Object.keys(vocabulary.facts).map((name) => [name, vocabulary.facts[name]!]));
    if (Object.isFrozen(vocabulary)) DEFINITIONS.set(vocabulary, defs);
  }
  return defs;
}

/**
 * The results of every rule, by the rule's index in its list of the policy, and the trace of a
 * rule's conditions for the explanation.
 */
export interface RuleResults {
  level(index: number): boolean;
  channel(index: number): boolean;
  step(index: number): boolean;
  /**
   * Each fact condition of a rule evaluated, in the order it was evaluated, with the fact's value
   * (empty for a rule without conditions). The array belongs to the decision it is put in: it is
   * not to be changed, nor put in a second place.
   */
  trace(kind: RuleKind, index: number): TraceEntry[];
}

/**
 * One list of rules of one account: each rule's result when first asked, and its trace. With
 * traces, a rule's trace is collected in its one evaluation, so the explanation never evaluates
 * the conditions a second time.
 */
interface RuleList {
  readonly tests: readonly (CompiledCondition | null)[];
  readonly facts: FactReader;
  readonly results: (boolean | undefined)[];
  /** The traces collected, or `null` when the run shows none. */
  readonly traces: (TraceEntry[] | undefined)[] | null;
}

function listResult(list: RuleList, index: number): boolean {
  let result = list.results[index];
  if (result === undefined) {
    const test = list.tests[index] ?? null;
    if (list.traces === null) result = test === null ? true : test(list.facts);
    else {
      const trace: TraceEntry[] = [];
      result = test === null ? true : test(list.facts, trace);
      list.traces[index] = trace;
    }
    list.results[index] = result;
  }
  return result;
}

function listTrace(list: RuleList, index: number): TraceEntry[] {
  listResult(list, index);
  // Collected with the result, unless the run shows no traces: then traced on demand.
  return list.traces?.[index] ?? traceOf(list.tests[index] ?? null, list.facts);
}

/**
 * The compiled results of one account. Plain data and functions shared by every account (no
 * closure nor class instance per account): a batch makes one per account, and the optimised code
 * of per-account functions or of a class's instances is dropped whenever a collection finds none
 * alive, to be compiled again.
 */
interface CompiledResults extends RuleResults {
  readonly lists: Readonly<Record<RuleKind, RuleList>>;
}

function levelResult(this: CompiledResults, index: number): boolean {
  return listResult(this.lists.level, index);
}
function channelResult(this: CompiledResults, index: number): boolean {
  return listResult(this.lists.channel, index);
}
function stepResult(this: CompiledResults, index: number): boolean {
  return listResult(this.lists.step, index);
}
function ruleTrace(this: CompiledResults, kind: RuleKind, index: number): TraceEntry[] {
  return listTrace(this.lists[kind], index);
}

/**
 * The rules' results from the compiled evaluator, lazily.
 *
 * @param compiled - The policy compiled for the account's department.
 * @param facts - The account's facts.
 * @param traced - Whether the explanation shows the traces: they are then collected as each rule
 *   is evaluated; without, no trace is built.
 * @returns The results.
 */
export function compiledResults(compiled: CompiledPolicy, facts: FactReader, traced = true): RuleResults {
  const results: CompiledResults = {
    lists: {
      level: { tests: compiled.tests.level, facts, results: [], traces: traced ? [] : null },
      channel: { tests: compiled.tests.channel, facts, results: [], traces: traced ? [] : null },
      step: { tests: compiled.tests.step, facts, results: [], traces: traced ? [] : null },
    },
    level: levelResult,
    channel: channelResult,
    step: stepResult,
    trace: ruleTrace,
  };
  return results;
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
  return {
    level: get('level'),
    channel: get('channel'),
    step: get('step'),
    // json-rules-engine gives no trace in the explanation's form: the compiled conditions trace
    // the rule on the same facts, when the explanation asks for it.
    trace: (kind, index) => traceOf(compiled.tests[kind][index] ?? null, facts),
  };
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
