/**
 * The CSV layout, for ERPs that export tables: one file of accounts, one row per tenancy, and one
 * file of ledger postings joined by account id (by default `<accounts>.ledger.csv`, or `--ledger`).
 * See docs/csv-layout.md.
 *
 * One row per physical line: every line of the accounts file that is not blank comes out as an
 * account or as an error record naming that line — a quote left open spoils its own row only —
 * and after the last account, each ledger row that went to no account comes out as an error
 * record naming its ledger line (`ledger.ts`).
 *
 * Each file is read as its header says (`,` or `;` as the separator, English or French column
 * names), its amounts and dates in its dialect (French by default when separated by `;`), its
 * text in its encoding. This module decodes the bytes line by line; each line's text becomes its
 * record in `csv-accounts.ts`, which the policy editor shares.
 *
 * @module
 */
import type { InputDialect } from './csv-line';
import { AccountLines } from './csv-accounts';
import { inputBytes, type InputEncoding } from './encoding';
import { Ledger } from './ledger';
import { LineSplitter, type PhysicalLine } from './lines';
import { rowText } from './row-text';
import type { Located } from './unreadable';

export { ACCOUNT_COLUMNS, LEDGER_COLUMNS } from './csv-layout';

/** Options of {@link readCsv}. */
export interface CsvReadOptions {
  /** The accounts file's name, as messages give it: `accounts.csv`, or `standard input`. */
  readonly name?: string;
  /** `fr` or `standard`; by default `fr` when the header is separated by `;`. */
  readonly inputDialect?: InputDialect;
  /** By default UTF-8; a byte-order mark always means UTF-8. */
  readonly encoding?: InputEncoding;
}

/**
 * The accounts of a CSV stream joined with their ledger postings, each with its line, in file
 * order: a valid account parsed, or an unreadable record whose issues name the file, the line and
 * the column; then the error records of the ledger rows that went to no account, in ledger order.
 *
 * @param stream - The accounts file, or standard input.
 * @param ledger - The postings (`readLedger`), or an empty ledger when none is named.
 * @param options - `{ name?, inputDialect?, encoding? }`.
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
  options: CsvReadOptions = {},
): AsyncGenerator<Located> {
  const splitter = new LineSplitter();
  const lines = new AccountLines(ledger, options.name ?? 'the accounts file', options.inputDialect);
  let encoding: InputEncoding = options.encoding ?? 'utf-8';

  /** The record of one line, `null` for the header, `undefined` for a blank line. */
  const record = (line: PhysicalLine): unknown => {
    // A byte-order mark says UTF-8, whatever the encoding given.
    if (line.bom === true) encoding = 'utf-8';
    const row = rowText(line, encoding);
    return row === null ? undefined : lines.take(line.line, row);
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
