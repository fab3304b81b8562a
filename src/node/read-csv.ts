/**
 * The CSV layout, for ERPs that export tables: one file of accounts, one row per tenancy, and one
 * file of ledger postings joined by account id (by default `<accounts>.ledger.csv`, or `--ledger`).
 * See docs/csv-layout.md.
 *
 * One row per physical line: every line of the accounts file that is not blank comes out as an
 * account or as an error record naming that line — a quote left open spoils its own row only —
 * and after the last account, each ledger row that went to no account comes out as an error
 * record naming its ledger line (`read-ledger.ts`).
 *
 * @module
 */
import { ValidationError, makeIssue } from '../errors';
import { ACCOUNT_COLUMNS, accountOfRow, cellCount, checkHeader } from './csv-layout';
import { csvProblem, rowText, splitCsvLine } from './csv-line';
import { bomExpected, inputBytes } from './encoding';
import { LineSplitter, type PhysicalLine } from './lines';
import { Ledger } from './read-ledger';
import { preview, unreadable, type Located } from './unreadable';

export { ACCOUNT_COLUMNS, LEDGER_COLUMNS } from './csv-layout';

const REQUIRED = ['id', 'signedOn', 'department', 'rent', 'charges', 'monthlyResources'];

/**
 * The accounts of a CSV stream joined with their ledger postings, each with its line, in file
 * order; then the error records of the ledger rows that went to no account, in ledger order.
 *
 * @param stream - The accounts file, or standard input.
 * @param ledger - The postings (`readLedger`), or an empty ledger when none is named.
 * @throws {@link ValidationError} for a UTF-16 file, or a header off the layout.
 * @example
 * ```ts
 * for await (const r of readCsv(createReadStream('accounts.csv'), await readLedger('accounts.ledger.csv'))) r.line;
 * // => 2, 3, …: the line of each row, then the ledger line of each posting that went to no account
 * ```
 */
export async function* readCsv(
  stream: AsyncIterable<Uint8Array | string>,
  ledger: Ledger = new Ledger(),
): AsyncGenerator<Located> {
  const splitter = new LineSplitter();
  let header: string[] | null = null;
  let idColumn = 0;

  /** The record of one line, `null` for the header, `undefined` for a blank line. */
  const record = (line: PhysicalLine): unknown => {
    const row = rowText(line);
    if (row === null) return undefined;
    const split = splitCsvLine(row.text);
    if (header === null) {
      if (row.problem !== undefined) {
        throw new ValidationError([
          makeIssue(row.problem.code, ['accounts', 'header'], row.problem.received, row.problem.expected),
        ]);
      }
      if (!split.ok)
        throw new ValidationError([makeIssue('invalid_type', ['accounts', 'header'], row.text, csvProblem(split, []))]);
      header = split.cells;
      checkHeader(header, ACCOUNT_COLUMNS, 'accounts', REQUIRED);
      idColumn = header.indexOf('id');
      return null;
    }
    // The id, when the cells up to it could be read: the record is named by it, and its ledger
    // postings are not reported as going to no account.
    // (For a line over the limit, `text` is its first bytes: its last cell may be cut.)
    const complete = split.ok && row.problem?.code !== 'too_big' ? 0 : 1;
    const id = split.cells.length > idColumn + complete ? split.cells[idColumn] || undefined : undefined;
    if (id !== undefined) ledger.seen(id);
    // A row spoilt by the byte-order mark of a file joined without a final line break names it.
    const bad = (expected: string, code: 'invalid_type' | 'invalid_value' = 'invalid_type') =>
      row.text.includes('\uFEFF')
        ? unreadable(line.line, preview(row.text), bomExpected(line.line), id, 'invalid_value')
        : unreadable(line.line, preview(row.text), expected, id, code);
    if (row.problem !== undefined) {
      return unreadable(line.line, row.problem.received, row.problem.expected, id, row.problem.code);
    }
    if (!split.ok) return bad(csvProblem(split, header));
    if (split.cells.length === header.length && split.cells.every((c, i) => c === header![i])) {
      return bad('a row of data, not the header row again: two files joined? Remove this line', 'invalid_value');
    }
    if (split.cells.length !== header.length) return bad(cellCount(header.length, split.cells.length, line.line));
    const cells = split.cells;
    const fields = Object.fromEntries(header.map((h, i) => [h, cells[i]!])) as Record<string, string>;
    return accountOfRow(fields, ledger.postingsOf(fields.id ?? ''));
  };

  for await (const data of inputBytes(stream)) {
    for (const line of splitter.push(data)) {
      const value = record(line);
      if (value !== undefined && value !== null) yield { line: line.line, value };
    }
  }
  for (const line of splitter.end()) {
    const value = record(line);
    if (value !== undefined && value !== null) yield { line: line.line, value };
  }
  yield* ledger.unmatched();
}
