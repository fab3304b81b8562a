/**
 * The ledger file of the flat CSV layout (`<accounts>.ledger.csv`, or `--ledger`): every posting
 * read into memory, by account id, before the accounts file is streamed; and, once every account
 * row is read, the postings that went to no account, each as an error record with its ledger
 * line — never silently dropped, since a dropped rent is a debt that vanishes.
 *
 * A ledger row that cannot be read (quotes, cell count, encoding, a line over the limit) cannot
 * be given to its account: the file is refused with the line of each such row, rather than an
 * account's debt left incomplete.
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { ValidationError, makeIssue } from '../errors';
import type { InputDialect } from './csv-line';
import { inputBytes, type InputEncoding } from './encoding';
import { type Ledger, LedgerLines, ledgerOf } from './ledger';
import { LineSplitter, type PhysicalLine } from './lines';
import { rowText } from './row-text';

export { Ledger } from './ledger';
export type { LedgerRow, LedgerSource } from './ledger';

/** Options of {@link readLedger}: the dialect of its amounts and dates, and its encoding. */
export interface LedgerOptions {
  /** `fr` or `standard`; by default `fr` when the header is separated by `;`. */
  readonly inputDialect?: InputDialect;
  /** By default UTF-8; a byte-order mark always means UTF-8. */
  readonly encoding?: InputEncoding;
}

/** Reads the lines of a ledger file into `LedgerLines`: its bytes decoded line by line in its encoding. */
async function ledgerRows(path: string, options: LedgerOptions): Promise<LedgerLines> {
  const lines = new LedgerLines(options.inputDialect);
  const splitter = new LineSplitter();
  let encoding: InputEncoding = options.encoding ?? 'utf-8';
  const take = (line: PhysicalLine): void => {
    // A byte-order mark says UTF-8, whatever the encoding given.
    if (line.bom === true) encoding = 'utf-8';
    const row = rowText(line, encoding);
    if (row !== null) lines.take(line.line, row);
  };
  for await (const data of inputBytes(createReadStream(path))) for (const line of splitter.push(data)) take(line);
  for (const line of splitter.end()) take(line);
  return lines;
}

/**
 * Reads a ledger file: its separator from its header (`,` or `;`), its amounts and dates in its
 * dialect (by default French when the header is separated by `;`), its text in its encoding.
 *
 * @internal
 * @param path - The ledger file.
 * @param options - `{ inputDialect?, encoding? }`.
 * @returns Its postings by account id.
 * @throws {@link ValidationError} with a `ledger` path for a ledger that cannot be read: missing,
 *   UTF-16, a header off the layout, or rows that cannot be read (each named by its line).
 * @example
 * ```ts
 * await readLedger('missing.ledger.csv'); // throws: 'ledger: expected a ledger file at missing.ledger.csv (there is no such file): …'
 * ```
 */
export async function readLedger(path: string, options: LedgerOptions = {}): Promise<Ledger> {
  let read: LedgerLines;
  try {
    read = await ledgerRows(path, options);
  } catch (error) {
    if (error instanceof ValidationError) {
      const ledgerPath = (p: readonly (string | number)[]) => (p[0] === 'ledger' ? p : ['ledger', ...p]);
      throw new ValidationError(error.issues.map((i) => makeIssue(i.code, ledgerPath(i.path), i.received, i.expected)));
    }
    const code = (error as NodeJS.ErrnoException)?.code;
    if (typeof code !== 'string') throw error;
    throw new ValidationError([
      makeIssue(
        'missing',
        ['ledger'],
        path,
        `a ledger file at ${path} (${code === 'ENOENT' ? 'there is no such file' : (error as Error).message}): ` +
          'the postings are read from the file named like the accounts file with .ledger.csv in place of .csv, or ' +
          'from the file named by --ledger (the ledger option) — export the ledger there, or name it',
      ),
    ]);
  }
  return ledgerOf(read, basename(path));
}
