/**
 * The one place where zod's issues become hlm-recovery {@link Issue}s: stable codes, JSON paths,
 * the value received (read back from the input) and an `expected` text a person understands.
 *
 * Leaf schemas state what they expect with {@link expecting}; that text travels as the zod
 * message and is turned back into our code and `expected` here.
 *
 * @module
 */
import type { z } from 'zod';
import { makeIssue, type Issue, type IssueCode, type PathSegment } from './errors';

/** Texts of `expected` that carry a specific issue code. */
const CODE_OF_EXPECTED = new Map<string, IssueCode>();

/**
 * Declares what a leaf schema expects, and the issue code to report when it is not met.
 *
 * @param expected - Plain words, e.g. `'an EUR amount as a decimal string …'`.
 * @param code - The code reported for any failure of the leaf.
 * @returns zod's `{ error }` parameter.
 */
export function expecting(expected: string, code: IssueCode = 'invalid_value'): { error: string } {
  CODE_OF_EXPECTED.set(expected, code);
  return { error: expected };
}

/** Reads the value at `path` in `input`, or `undefined` when absent. */
function valueAt(input: unknown, path: readonly PathSegment[]): unknown {
  let current: unknown = input;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    if (!Object.hasOwn(current, segment)) return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function describeZodType(expected: string): string {
  switch (expected) {
    case 'object':
      return 'an object';
    case 'array':
      return 'an array';
    case 'int':
      return 'an integer';
    default:
      return `a ${expected}`;
  }
}

/**
 * Converts zod issues to hlm-recovery issues, in the order zod found them.
 *
 * @param zodIssues - `error.issues` of a failed `safeParse`.
 * @param input - The input that was parsed, to report the value received.
 * @param base - Path of `input` in its document.
 * @returns One issue per problem; an unknown key gives one issue per key.
 */
export function fromZodIssues(
  zodIssues: readonly z.core.$ZodIssue[],
  input: unknown,
  base: readonly PathSegment[] = [],
): Issue[] {
  const out: Issue[] = [];
  for (const zi of zodIssues) {
    const path = [...base, ...(zi.path as PathSegment[])];
    const received = valueAt(input, zi.path as PathSegment[]);
    const declared = CODE_OF_EXPECTED.get(zi.message);
    if (zi.code === 'unrecognized_keys') {
      for (const key of zi.keys) {
        out.push(
          makeIssue(
            'unrecognized_key',
            [...path, key],
            valueAt(received, [key]),
            'no such field here: check its spelling against the documented fields',
          ),
        );
      }
    } else if (zi.code === 'invalid_union' && zi.errors.length > 0) {
      // Report the branch that went furthest, i.e. the one with the fewest issues.
      const best = [...zi.errors].sort((a, b) => a.length - b.length)[0]!;
      out.push(...fromZodIssues(best, received, path));
    } else if (received === undefined && zi.code === 'invalid_type') {
      out.push(makeIssue('missing', path, undefined, declared ? zi.message : describeZodType(zi.expected)));
    } else if (declared !== undefined) {
      out.push(makeIssue(declared, path, received, zi.message));
    } else {
      out.push(makeIssue(codeOf(zi), path, received, expectedOf(zi)));
    }
  }
  return out;
}

function codeOf(zi: z.core.$ZodIssue): IssueCode {
  switch (zi.code) {
    case 'invalid_type':
      return 'invalid_type';
    case 'too_big':
      return 'too_big';
    case 'too_small':
      return 'too_small';
    case 'custom':
      return (zi.params as { code?: IssueCode } | undefined)?.code ?? 'custom';
    default:
      return 'invalid_value';
  }
}

function expectedOf(zi: z.core.$ZodIssue): string {
  switch (zi.code) {
    case 'invalid_type':
      return describeZodType(zi.expected);
    case 'invalid_value':
      return `one of ${zi.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_big':
      return zi.origin === 'array' || zi.origin === 'string'
        ? `at most ${String(zi.maximum)} ${zi.origin === 'array' ? 'items' : 'characters'}`
        : `a value of at most ${String(zi.maximum)}`;
    case 'too_small':
      return zi.origin === 'array' || zi.origin === 'string'
        ? `at least ${String(zi.minimum)} ${zi.origin === 'array' ? 'items' : 'characters'}`
        : `a value of at least ${String(zi.minimum)}`;
    default:
      return zi.message;
  }
}
