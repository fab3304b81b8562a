/**
 * A first look at data read from outside (JSON accounts, policy files), before any schema sees it:
 * keys that could reach an object's prototype are refused, and the nesting depth is bounded so
 * that a hostile file cannot exhaust the stack.
 *
 * @module
 */
import { FORBIDDEN_KEYS, makeIssue, type Issue, type PathSegment } from './errors';

/** Deepest nesting accepted in an input document (objects and arrays), far above any real file. */
export const MAX_INPUT_DEPTH = 64;

/**
 * Lists the forbidden keys (`__proto__`, `constructor`, `prototype`) found anywhere in `value`,
 * and any nesting deeper than {@link MAX_INPUT_DEPTH}, each as an issue with its path.
 *
 * @param value - Parsed JSON.
 * @param path - Path of `value` in its document.
 * @returns The issues found, in document order; empty when the data is clean.
 * @example
 * ```ts
 * findUnsafeKeys(JSON.parse('{"lease":{"__proto__":{"x":1}}}'))[0].message;
 * // => 'lease["__proto__"]: expected no key named __proto__, constructor or prototype; received {"x":1}'
 * ```
 */
export function findUnsafeKeys(value: unknown, path: readonly PathSegment[] = []): Issue[] {
  const issues: Issue[] = [];
  walk(value, [...path], 0, issues);
  return issues;
}

function walk(value: unknown, path: PathSegment[], depth: number, issues: Issue[]): void {
  if (value === null || typeof value !== 'object') return;
  if (depth >= MAX_INPUT_DEPTH) {
    issues.push(makeIssue('too_big', path, '(nested data)', `at most ${MAX_INPUT_DEPTH} levels of nesting`));
    return;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      walk(value[i], path, depth + 1, issues);
      path.pop();
    }
    return;
  }
  for (const key of Object.keys(value)) {
    path.push(key);
    const child = (value as Record<string, unknown>)[key];
    if (FORBIDDEN_KEYS.has(key)) {
      issues.push(
        makeIssue('forbidden_key', path, child, 'no key named __proto__, constructor or prototype'),
      );
    } else {
      walk(child, path, depth + 1, issues);
    }
    path.pop();
  }
}
