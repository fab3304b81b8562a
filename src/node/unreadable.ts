/**
 * The unreadable record every reader yields in place of a line or row it cannot read, so that a
 * malformed line is evaluated as an error record with its line number and never aborts the run.
 *
 * @module
 */
import { makeIssue } from '../errors';
import type { UnreadableRecord } from '../portfolio';

/**
 * The unreadable record of line `line`, with an `invalid_type` issue whose expected text names the
 * line.
 *
 * @internal
 */
export function unreadable(line: number, received: unknown, expected: string, accountId?: string): UnreadableRecord {
  return {
    unreadable: true,
    line,
    ...(accountId === undefined ? {} : { accountId }),
    issues: [makeIssue('invalid_type', [], received, `${expected} (line ${line})`)],
  };
}
