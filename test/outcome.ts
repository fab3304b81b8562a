import { ValidationError, type Issue } from '../src/errors';

/**
 * The outcome of a call: its value, or the issues of the ValidationError it threw (any other
 * error is thrown on). Lets a test compare a fast path with its reference on errors too.
 */
export function outcome<T>(run: () => T): { value: T } | { issues: readonly Issue[] } {
  try {
    return { value: run() };
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    return { issues: error.issues };
  }
}
