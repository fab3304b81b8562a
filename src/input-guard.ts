/**
 * A first look at data read from outside (JSON accounts, policy files), before any schema sees it:
 * keys that could reach an object's prototype are refused, and the size of a document is bounded
 * (nesting depth, number of values) so that a hostile file cannot exhaust the stack, the memory
 * or the time of a run.
 *
 * @module
 */
import { FORBIDDEN_KEYS, makeIssue, type Issue, type PathSegment } from './errors';

/** Deepest nesting accepted in an input document (objects and arrays), far above any real file. */
export const MAX_INPUT_DEPTH = 64;

/** Most issues reported for one document: beyond, the first ones are enough to fix it. */
export const MAX_GUARD_ISSUES = 100;

/** Options of {@link findUnsafeKeys}. */
export interface GuardOptions {
  /** Most values (objects, arrays and scalars, the document included) accepted. */
  readonly maxValues?: number;
  /** What the document is, for the message: `"an account"`, `"a policy file"`. */
  readonly what?: string;
}

class TooBig extends Error {}

/**
 * Lists the forbidden keys (`__proto__`, `constructor`, `prototype`) found anywhere in `value`,
 * any nesting deeper than {@link MAX_INPUT_DEPTH}, and a document of more than `maxValues`
 * values, each as an issue with its path (at most {@link MAX_GUARD_ISSUES}).
 *
 * @param value - Parsed JSON.
 * @param path - Path of `value` in its document.
 * @param options - `{ maxValues, what }`; no limit on the number of values by default.
 * @returns The issues found, in document order; empty when the data is clean.
 * @example
 * ```ts
 * findUnsafeKeys(JSON.parse('{"lease":{"__proto__":{"x":1}}}'))[0].message;
 * // => 'lease["__proto__"]: expected no key named __proto__, constructor or prototype; received {"x":1}'
 * ```
 */
export function findUnsafeKeys(value: unknown, path: readonly PathSegment[] = [], options: GuardOptions = {}): Issue[] {
  const state = { issues: [] as Issue[], values: 0, max: options.maxValues ?? Infinity };
  try {
    walk(value, [...path], 0, state);
  } catch (error) {
    if (!(error instanceof TooBig)) throw error;
    state.issues.push(
      makeIssue(
        'too_big',
        [...path],
        `(more than ${state.max} values)`,
        `${options.what ?? 'a document'} of at most ${state.max} values (objects, lists and single values)`,
      ),
    );
  }
  return state.issues;
}

function walk(
  value: unknown,
  path: PathSegment[],
  depth: number,
  state: { issues: Issue[]; values: number; max: number },
): void {
  if (++state.values > state.max) throw new TooBig();
  if (value === null || typeof value !== 'object') return;
  if (depth >= MAX_INPUT_DEPTH) {
    state.issues.push(makeIssue('too_big', path, '(nested data)', `at most ${MAX_INPUT_DEPTH} levels of nesting`));
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length && state.issues.length < MAX_GUARD_ISSUES; i++) {
      path.push(i);
      walk(value[i], path, depth + 1, state);
      path.pop();
    }
    return;
  }
  for (const key of Object.keys(value)) {
    if (state.issues.length >= MAX_GUARD_ISSUES) return;
    path.push(key);
    const child = (value as Record<string, unknown>)[key];
    if (FORBIDDEN_KEYS.has(key)) {
      state.issues.push(makeIssue('forbidden_key', path, child, 'no key named __proto__, constructor or prototype'));
    } else {
      walk(child, path, depth + 1, state);
    }
    path.pop();
  }
}
