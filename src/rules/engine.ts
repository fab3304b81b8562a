/**
 * The json-rules-engine path: the same conditions run by json-rules-engine itself, with the
 * library's operators and path resolver registered, and a host's own operators and facts when it
 * declared them (`extend`, see `extension.ts`: `rule-results.ts` registers them here, the same
 * functions the compiled evaluator calls). The only file that imports json-rules-engine.
 *
 * A new `Engine` is built for every evaluation: json-rules-engine keeps its run status on the
 * engine, so one engine must never serve two evaluations at once.
 *
 * @module
 */
import { Engine, type EngineOptions } from 'json-rules-engine';
import type { Condition } from './conditions';
import { comparison, OPERATORS, resolvePath } from './operators';

/**
 * json-rules-engine's operators as its engine holds them. Not in its typings: the engine keeps
 * its own operators in `operators`, an `OperatorMap` whose `get` returns the `Operator` (with its
 * own fact-value check) or `null`.
 */
interface OwnOperators {
  readonly operators?: { get?(name: string): { evaluate(factValue: unknown, value: unknown): boolean } | null };
}

/** A named condition to evaluate. */
export interface NamedCondition {
  readonly id: string;
  readonly conditions: Condition;
}

/**
 * Adds operators or facts to each engine before it runs. A run does not take one: it takes the
 * host's declaration (`PolicyExtension`), which validation and both engines know.
 */
export type EngineExtension = (engine: Engine) => void;

/**
 * Builds a json-rules-engine `Engine` configured as the compiled evaluator behaves: unknown facts
 * are `undefined` rather than an error, paths are plain `$.a.b` steps, the library's exact
 * decimal and date operators and `isMissing` / `isPresent` are registered, and every comparison
 * is false when the fact or the compared value is missing (`null` or `undefined`).
 *
 * json-rules-engine's own operators (`equal`, `notEqual`, `in`…) keep its own functions, so that
 * the differential test compares the compiled evaluator with json-rules-engine itself; each is
 * registered again under its name, behind the guard on missing values (json-rules-engine holds
 * `notEqual` true of a `null` fact, and compares a `null` fact reference as JavaScript does). A
 * custom operator has no fact-value check of its own in json-rules-engine: `isMissing` is called
 * with a `null` or `undefined` fact, as the compiled evaluator calls it.
 *
 * @param extend - Called with the new engine, to add host operators or facts.
 * @returns A fresh engine; use it for one evaluation only.
 *
 * @example
 * ```ts
 * const engine = createRulesEngine((e) => e.addOperator('isEven', (a: number) => a % 2 === 0));
 * typeof engine.run; // => 'function'
 * ```
 */
export function createRulesEngine(extend?: EngineExtension): Engine {
  const options: EngineOptions = {
    allowUndefinedFacts: true,
    allowUndefinedConditions: false,
    pathResolver: resolvePath,
  };
  const engine = new Engine([], options);
  const own = (engine as unknown as OwnOperators).operators;
  for (const [name, op] of Object.entries(OPERATORS)) {
    const builtin = op.builtin ? own?.get?.(name) : null;
    if (builtin == null) {
      // The library's own function (for a json-rules-engine without this operator where it is
      // expected, the same semantics, which the differential test checks against it).
      engine.addOperator(name, op.evaluate);
    } else {
      const evaluate = builtin.evaluate.bind(builtin);
      engine.addOperator(name, op.missing === 'false' ? comparison(evaluate) : evaluate);
    }
  }
  extend?.(engine);
  return engine;
}

/**
 * Evaluates conditions with json-rules-engine.
 *
 * @param rules - Named condition trees.
 * @param facts - Fact values by name (a value may be a function json-rules-engine calls).
 * @param extend - Host extension, see {@link createRulesEngine}.
 * @returns Each rule's result by id.
 *
 * @example
 * ```ts
 * await evaluateWithJsonRulesEngine(
 *   [{ id: 'owes', conditions: { all: [{ fact: 'arrears', operator: 'decimalGreaterThan', value: '0.00' }] } }],
 *   { arrears: '12.50' },
 * ); // => { owes: true }
 * ```
 */
export async function evaluateWithJsonRulesEngine(
  rules: readonly NamedCondition[],
  facts: Readonly<Record<string, unknown>>,
  extend?: EngineExtension,
): Promise<Record<string, boolean>> {
  const engine = createRulesEngine(extend);
  rules.forEach((rule, index) => {
    engine.addRule({
      name: rule.id,
      priority: 1,
      // json-rules-engine mutates nothing of a plain copy; the policy itself stays frozen.
      // json-rules-engine wants all, any or not at the top of a rule: every tree is wrapped in an
      // all of one, which changes no result.
      conditions: structuredClone({ all: [rule.conditions] }) as never,
      event: { type: `rule-${index}` },
    });
  });
  const { results, failureResults } = await engine.run({ ...facts });
  const out: Record<string, boolean> = {};
  for (const r of [...results, ...failureResults]) out[r.name as string] = r.result === true;
  return out;
}
