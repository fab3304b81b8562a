/**
 * The unreadable record every reader yields in place of a line or row it cannot read, so that a
 * malformed line is evaluated as an error record with its line number and never aborts the run;
 * and the located record, a record with the line it starts on, which the readers yield inside
 * this folder so that every error record names its line.
 *
 * @module
 */
import { isAccountId } from '../account';
import { makeIssue, type IssueCode, type PathSegment } from '../errors';
import type { UnreadableRecord } from '../portfolio';

/**
 * A record with the line of the file it starts on: what the readers yield inside `src/node`.
 * `value` is the raw record (parsed JSON, or the account built from a CSV row) or an
 * {@link UnreadableRecord}. `readAccounts` turns it into what `evaluatePortfolio` takes, and
 * `evaluateFile` sends it to the workers, which put the line on the record's error record.
 *
 * @internal
 */
export interface Located {
  readonly line: number;
  readonly value: unknown;
}

/**
 * The account id that names an error record: only an id the account contract accepts (as the
 * run's error records do), never a 10 MB text or a line break carried into a CSV cell; an id it
 * refuses is shown in the issue, bounded like every received value.
 *
 * @internal
 * @example
 * ```ts
 * namedId('C-1 ');  // => 'C-1 '
 * namedId('A\n1'); // => undefined
 * ```
 */
export function namedId(id: unknown): string | undefined {
  return isAccountId(id) ? id : undefined;
}

/**
 * The unreadable record of line `line`, with one issue whose expected text names the line (at its
 * end, unless the text already says `(line N)`), and the account id when {@link namedId} accepts it.
 *
 * @internal
 * @example
 * ```ts
 * unreadable(3, '{"id":', 'one account as a JSON object on one line').issues[0].expected;
 * // => 'one account as a JSON object on one line (line 3)'
 * ```
 */
export function unreadable(
  line: number,
  received: unknown,
  expected: string,
  accountId?: unknown,
  code: IssueCode = 'invalid_type',
  path: readonly PathSegment[] = [],
): UnreadableRecord {
  const id = namedId(accountId);
  return {
    unreadable: true,
    line,
    ...(id === undefined ? {} : { accountId: id }),
    // The line is named once: where the text already puts it, or at its end.
    issues: [
      makeIssue(code, path, received, expected.includes(`(line ${line})`) ? expected : `${expected} (line ${line})`),
    ],
  };
}

/**
 * A line as a message shows it: at most 80 characters.
 *
 * @internal
 * @example
 * ```ts
 * preview('x'.repeat(100)).length; // => 80
 * ```
 */
export function preview(text: string): string {
  return text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/**
 * The account id a broken JSON line seems to carry, to name its error record.
 *
 * @internal
 * @example
 * ```ts
 * idIn('{"id": "C-9", "lease": '); // => 'C-9'
 * ```
 */
export function idIn(text: string): string | undefined {
  return /"id"\s*:\s*"([^"\\]{1,100})"/.exec(text)?.[1];
}

/**
 * What the messages say of a byte-order mark met after the start of the file.
 *
 * @param line - The file's line.
 * @returns The `expected` text of the issue.
 * @example
 * ```ts
 * bomExpected(12); // => 'no byte-order mark (U+FEFF) on line 12: a byte-order mark in the middle of the file: two files joined? Remove it …'
 * ```
 */
export function bomExpected(line: number): string {
  return (
    `no byte-order mark (U+FEFF) on line ${line}: a byte-order mark in the middle of the file: two files joined? ` +
    'Remove it (and any repeated header), or join the files again without it'
  );
}
