/**
 * The issues and warnings found while checking a policy file, gathered in the order they are
 * found so that every problem is reported at once.
 *
 * @module
 */
import { makeIssue, type Issue, type IssueCode, type PathSegment } from '../errors';

/**
 * Gathers the issues (which refuse the policy) and the warnings (which do not) of one validation.
 * One collector per call of `validatePolicy`: never shared.
 *
 * @example
 * ```ts
 * const out = new IssueCollector();
 * out.error('unknown_fact', ['levels', 1, 'conditions', 'all', 0, 'fact'], 'arrear', 'a known fact');
 * out.issues[0].message;
 * // => 'levels[1].conditions.all[0].fact: expected a known fact; received "arrear"'
 * ```
 */
export class IssueCollector {
  /** Issues that refuse the policy, in the order found. */
  readonly issues: Issue[] = [];
  /** Warnings, in the order found. */
  readonly warnings: Issue[] = [];

  /**
   * Records an issue that refuses the policy.
   *
   * @param code - The stable issue code.
   * @param path - JSON path of the value.
   * @param received - The value found.
   * @param expected - What was expected, in plain words.
   */
  error(code: IssueCode, path: readonly PathSegment[], received: unknown, expected: string): void {
    this.issues.push(makeIssue(code, path, received, expected));
  }

  /**
   * Records a warning: the policy is accepted, the host is told.
   *
   * @param code - The stable issue code.
   * @param path - JSON path of the value.
   * @param received - The value found.
   * @param expected - What was expected, in plain words.
   */
  warn(code: IssueCode, path: readonly PathSegment[], received: unknown, expected: string): void {
    this.warnings.push(makeIssue(code, path, received, expected));
  }
}
