/**
 * Conditions in json-rules-engine's format (`all` / `any` / `not`, `fact` / `operator` / `value`,
 * optional `path` and `params`), their schema, and the compiled evaluator: a condition tree is
 * compiled once into plain synchronous closures, then evaluated on the facts of each account
 * with a trace of every condition it evaluated.
 *
 * Semantics are json-rules-engine's, exactly: `all: []` and `any: []` are both true (as
 * json-rules-engine has them), `not` negates one condition, a fact the engine does not know is
 * `undefined`, a `value` of the form `{ "fact": … }` is that fact's value, and `path` reads inside
 * an object fact (and leaves any other value as it is).
 *
 * One rule is the library's, applied by both engines (`engine.ts` registers it on
 * json-rules-engine): a missing value (`null` or `undefined`) on either side makes every
 * comparison false, `notEqual` and `notIn` included; only `isMissing` and `isPresent` test it.
 * `not` still negates: `not` of a comparison with a missing fact is true.
 *
 * @module
 */
import { z } from 'zod';
import { formatPath, type PathSegment } from '../errors';
import { OPERATORS, PATH_PATTERN, resolvePath, type OperatorDefinition } from './operators';
import type { TraceEntry } from './decision';

export type { TraceEntry };

/** A JSON value, as a condition's `value` or a fact's `params` may hold. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** Test of one fact. */
export interface FactCondition {
  /** Name of the fact (see the facts table). */
  readonly fact: string;
  /** Name of the operator. */
  readonly operator: string;
  /** What the fact is compared with: a constant, a list, or `{ "fact": name }`. */
  readonly value: JsonValue;
  /** `$.a.b` or `$.list[0]`: where to read inside an object fact. */
  readonly path?: string;
  /** Parameters passed to the fact (for host facts in the json-rules-engine path). */
  readonly params?: { readonly [key: string]: JsonValue };
  /** json-rules-engine evaluation priority; it never changes the result. */
  readonly priority?: number;
  /** A label for the explanation. */
  readonly name?: string;
}

/** A condition tree. */
export type Condition =
  | { readonly all: readonly Condition[]; readonly priority?: number; readonly name?: string }
  | { readonly any: readonly Condition[]; readonly priority?: number; readonly name?: string }
  | { readonly not: Condition; readonly priority?: number; readonly name?: string }
  | FactCondition;

const Json: z.ZodType<JsonValue> = z.union([
  z.string().max(1000),
  z.number(),
  z.boolean(),
  z.null(),
  z.array(z.lazy(() => Json)).max(1000),
  z.record(
    z.string(),
    z.lazy(() => Json),
  ),
]);

const priority = z
  .number()
  .int()
  .min(1)
  .max(1000)
  .optional()
  .meta({ description: 'json-rules-engine priority (higher first); it never changes the result.' });
const name = z.string().min(1).max(200).optional().meta({ description: 'A label, shown in explanations.' });
const nested = () => z.lazy(() => ConditionSchema);

/** Schema of one fact test. */
export const FactConditionSchema = z
  .strictObject({
    fact: z.string().min(1).max(100).meta({ description: 'Name of a fact, e.g. "arrears" (see the facts table).' }),
    operator: z
      .string()
      .min(1)
      .max(100)
      .meta({ description: 'Name of an operator, e.g. "decimalGreaterThanInclusive".' }),
    value: Json.meta({
      description: 'The value compared with the fact: a constant, a list, { "fact": "name" } or { "param": "name" }.',
    }),
    path: z
      .string()
      .regex(PATH_PATTERN, { error: 'a path such as "$.a.b" or "$.list[0]"' })
      .optional()
      .meta({ description: 'Where to read inside an object fact, e.g. "$.a.b".' }),
    params: z.record(z.string(), Json).optional().meta({ description: 'Parameters passed to the fact.' }),
    priority,
    name,
  })
  .meta({ description: 'A test of one fact.' });

/**
 * Schema of a condition tree (recursive).
 *
 * @example
 * ```ts
 * ConditionSchema.safeParse({ fact: 'arrears', operator: 'decimalGreaterThan', value: '0.00' }).success; // => true
 * ```
 */
export const ConditionSchema: z.ZodType<Condition> = z
  .union([
    z.strictObject({
      all: z
        .array(nested())
        .max(200)
        .meta({ description: 'True when every condition is true (and when the list is empty).' }),
      priority,
      name,
    }),
    z.strictObject({
      any: z.array(nested()).max(200).meta({
        description: 'True when at least one condition is true (and, as in json-rules-engine, when the list is empty).',
      }),
      priority,
      name,
    }),
    z.strictObject({ not: nested().meta({ description: 'True when the condition is false.' }), priority, name }),
    FactConditionSchema,
  ])
  .meta({ id: 'Condition', description: 'A condition in json-rules-engine format.' });

/** Reads a fact by name; `undefined` for a fact it does not know. */
export type FactReader = (name: string) => unknown;

/** A compiled condition: evaluates on facts, appending to the trace when one is given. */
export type CompiledCondition = (facts: FactReader, trace?: TraceEntry[]) => boolean;

/**
 * Whether a condition's value is a parameter reference, `{ "param": "name" }` and nothing else.
 *
 * @param value - A condition's `value`.
 * @returns `true` for a parameter reference.
 */
export function isParamRef(value: unknown): value is { readonly param: string } {
  return (
    value !== null &&
    typeof value === 'object' &&
    !Array.isArray(value) &&
    typeof (value as { param?: unknown }).param === 'string' &&
    Object.keys(value).length === 1
  );
}

function isFactReference(value: unknown): value is { fact: string; path?: string } {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, 'fact');
}

function read(facts: FactReader, name: string, path: string | undefined): unknown {
  const value = facts(name);
  // json-rules-engine reads a path only inside a non-null object, and leaves other values as they are.
  return path !== undefined && path !== '' && value !== null && typeof value === 'object'
    ? resolvePath(value, path)
    : value;
}

/**
 * Compiles a validated condition tree into a synchronous closure.
 *
 * @param condition - A condition whose facts and operators were validated.
 * @param at - Its path in the policy, for the trace.
 * @param operators - The operators it may use: the library's, or with a host's (from the
 *   vocabulary the condition was validated with).
 * @returns The compiled condition.
 * @example
 * ```ts
 * const test = compileCondition({ fact: 'arrears', operator: 'decimalGreaterThan', value: '500.00' }, ['levels', 1, 'conditions']);
 * test((name) => (name === 'arrears' ? '500.01' : undefined)); // => true
 * ```
 */
export function compileCondition(
  condition: Condition,
  at: readonly PathSegment[],
  operators: Readonly<Record<string, OperatorDefinition>> = OPERATORS,
): CompiledCondition {
  if ('all' in condition) {
    const parts = condition.all.map((c, i) => compileCondition(c, [...at, 'all', i], operators));
    return (facts, trace) => {
      for (const part of parts) if (!part(facts, trace)) return false;
      return true;
    };
  }
  if ('any' in condition) {
    const parts = condition.any.map((c, i) => compileCondition(c, [...at, 'any', i], operators));
    if (parts.length === 0) return () => true;
    return (facts, trace) => {
      for (const part of parts) if (part(facts, trace)) return true;
      return false;
    };
  }
  if ('not' in condition) {
    const inner = compileCondition(condition.not, [...at, 'not'], operators);
    return (facts, trace) => !inner(facts, trace);
  }
  const operator = Object.hasOwn(operators, condition.operator) ? operators[condition.operator] : undefined;
  if (operator === undefined) throw new Error(`unvalidated operator ${condition.operator}`);
  const { fact, path, value } = condition;
  const where = formatPath(at);
  const evaluate = operator.evaluate;
  const ref = isFactReference(value) ? value : null;
  return (facts, trace) => {
    const factValue = read(facts, fact, path);
    const compared = ref === null ? value : read(facts, ref.fact, ref.path);
    const result = evaluate(factValue, compared);
    trace?.push({ at: where, fact, operator: condition.operator, value: compared, factValue, result });
    return result;
  };
}
