import { expect } from 'vitest';
import { ValidationError, type Issue } from '../src/errors';

/**
 * Runs `call`, expects it to throw a ValidationError, and returns its first issue's path and
 * message, and how many issues it has.
 */
export function firstIssue(call: () => unknown): Pick<Issue, 'path' | 'message'> & { readonly count: number } {
  let error: unknown;
  try {
    call();
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(ValidationError);
  const issues = (error as ValidationError).issues;
  return { path: issues[0]!.path, message: issues[0]!.message, count: issues.length };
}
