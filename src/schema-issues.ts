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
import { makeIssue, type Issue, type IssueCode, type IssueOptions, type PathSegment } from './errors';

/**
 * Most issues listed for one input; one more issue then says how many were left out. A ledger of
 * 100,000 postings all wrong the same way gives 101 issues, not 100,000: the first ones are
 * enough to fix the export, and the error record stays small.
 *
 * @example
 * ```ts
 * fromZodIssues(manyIssues, input).length; // => at most MAX_ISSUES + 1
 * ```
 */
export const MAX_ISSUES = 100;

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
 * Converts zod issues to hlm-recovery issues, in the order zod found them. Every issue is built by
 * `makeIssue`, which bounds what it echoes (see `Issue`); at most {@link MAX_ISSUES} are listed,
 * then one `too_big` issue at `base` gives the number left out.
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
  const total = collect(zodIssues, input, base, out);
  if (total <= MAX_ISSUES) return out;
  const left = total - MAX_ISSUES;
  out.length = MAX_ISSUES;
  out.push(
    makeIssue(
      'too_big',
      [...base],
      left,
      `at most ${MAX_ISSUES} problems listed for one input: fix these and check again to see the others`,
    ),
  );
  return out;
}

/** A number where zod wanted a string: the message then says to write it in quotes. */
function wantsText(zi: z.core.$ZodIssue): IssueOptions | undefined {
  return zi.code === 'invalid_type' && zi.expected === 'string' ? { wants: 'text' } : undefined;
}

/**
 * Appends the issues of `zodIssues` to `out` until it holds {@link MAX_ISSUES} + 1, and returns
 * how many issues there are in all (counted, not built, beyond that).
 */
function collect(
  zodIssues: readonly z.core.$ZodIssue[],
  input: unknown,
  base: readonly PathSegment[],
  out: Issue[],
): number {
  let total = 0;
  for (const zi of zodIssues) {
    if (zi.code === 'unrecognized_keys') {
      total += zi.keys.length;
    } else if (zi.code === 'invalid_union' && zi.errors.length > 0) {
      // Report the branch that went furthest, i.e. the one with the fewest issues.
      const best = [...zi.errors].sort((a, b) => a.length - b.length)[0]!;
      total += collect(best, valueAt(input, zi.path as PathSegment[]), [...base, ...(zi.path as PathSegment[])], out);
      continue;
    } else {
      total += 1;
    }
    if (out.length > MAX_ISSUES) continue;
    const path = [...base, ...(zi.path as PathSegment[])];
    const received = valueAt(input, zi.path as PathSegment[]);
    const declared = CODE_OF_EXPECTED.get(zi.message);
    if (zi.code === 'unrecognized_keys') {
      for (const key of zi.keys.slice(0, MAX_ISSUES + 1 - out.length)) {
        out.push(
          makeIssue(
            'unrecognized_key',
            [...path, key],
            valueAt(received, [key]),
            'no such field here: check its spelling against the documented fields',
          ),
        );
      }
    } else if (received === undefined && zi.code === 'invalid_type') {
      out.push(makeIssue('missing', path, undefined, declared ? zi.message : describeZodType(zi.expected)));
    } else if (declared !== undefined) {
      out.push(makeIssue(declared, path, received, zi.message, wantsText(zi)));
    } else {
      out.push(makeIssue(codeOf(zi), path, received, expectedOf(zi), wantsText(zi)));
    }
  }
  return total;
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
