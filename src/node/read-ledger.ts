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
import { ValidationError, makeIssue, type Issue } from '../errors';
import { cellCount, LEDGER_LAYOUT, readHeader, rowFields, type CellProblem, type CsvHeader } from './csv-layout';
import { csvProblem, splitCsvLine, type InputDialect } from './csv-line';
import { rowText } from './row-text';
import { bomExpected, inputBytes, type InputEncoding } from './encoding';
import { LineSplitter, type PhysicalLine } from './lines';
import { preview, unreadable, type Located } from './unreadable';

/** Unreadable rows named in the error, at most; the count of the others follows. */
const MAX_NAMED_ROWS = 20;

/** One row of the ledger file. */
export interface LedgerRow {
  /** Its line in the ledger file. */
  readonly line: number;
  readonly accountId: string;
  /** The posting, its amount and date in the contract's form. */
  readonly posting: Readonly<Record<string, unknown>>;
  /** Its cells that cannot be read in the file's dialect (an amount `512.30` in a French file). */
  readonly problems: readonly CellProblem[];
  /** Its amount and date as written, when the dialect changed them (`512,30`). */
  readonly written: Readonly<Record<string, string>>;
}

/** Where the rows of a ledger come from: the file's name, and its header's names of the columns. */
export interface LedgerSource {
  /** The file's name, as messages give it (`accounts.ledger.csv`). */
  readonly name: string;
  /** The header's name of each column (its English or its French name), by English name. */
  readonly written: Readonly<Record<string, string>>;
}

/** Options of {@link readLedger}: the dialect of its amounts and dates, and its encoding. */
export interface LedgerOptions {
  /** `fr` or `standard`; by default `fr` when the header is separated by `;`. */
  readonly inputDialect?: InputDialect;
  /** By default UTF-8; a byte-order mark always means UTF-8. */
  readonly encoding?: InputEncoding;
}

/** An account id as compared for "did you mean": without spaces, in lower case. */
const looseId = (id: string): string => id.replace(/\s+/g, '').toLowerCase();

/**
 * The postings of a ledger file by account id, and which of them went to an account.
 *
 * @internal
 * @example
 * ```ts
 * const ledger = await readLedger('accounts.ledger.csv');
 * ledger.postingsOf('C-1'); // => [{ date: '2026-10-01', kind: 'rent', amount: '500.00' }]
 * [...ledger.unmatched()];  // => the error record of each row whose accountId no account row has
 * ```
 */
export class Ledger {
  readonly #byId: Map<string, LedgerRow[]>;
  /** The loose form of every ledger id, for "did you mean". */
  readonly #loose: Set<string>;
  readonly #matched = new Set<string>();
  /** The first account id seen for a loose form a ledger id has. */
  readonly #near = new Map<string, string>();
  /** The ledger file's name and column names, for messages. */
  readonly source: LedgerSource;

  constructor(rows: readonly LedgerRow[] = [], source: LedgerSource = { name: 'the ledger file', written: {} }) {
    this.source = source;
    this.#byId = new Map();
    for (const row of rows) {
      const list = this.#byId.get(row.accountId);
      if (list === undefined) this.#byId.set(row.accountId, [row]);
      else list.push(row);
    }
    this.#loose = new Set([...this.#byId.keys()].map(looseId));
  }

  /** Notes an account row of the accounts file (readable or not): its postings are not unmatched. */
  seen(accountId: string): void {
    if (accountId === '') return;
    this.#matched.add(accountId);
    const loose = looseId(accountId);
    if (this.#loose.has(loose) && !this.#near.has(loose)) this.#near.set(loose, accountId);
  }

  /** The rows of an account, in ledger order; the account is noted as seen. */
  rowsOf(accountId: string): readonly LedgerRow[] {
    if (accountId === '') return [];
    this.seen(accountId);
    return this.#byId.get(accountId) ?? [];
  }

  /** The postings of an account, in ledger order; the account is noted as seen. */
  postingsOf(accountId: string): Record<string, unknown>[] {
    return this.rowsOf(accountId).map((r) => ({ ...r.posting }));
  }

  /** The header's name of a column (English or French), for messages. */
  columnName(column: string): string {
    return this.source.written[column] ?? column;
  }

  /**
   * The error records of the ledger rows that went to no account, in ledger line order: each with
   * its ledger line, its account id, and the id it nearly matches when one differs only by spaces
   * or capital letters.
   */
  *unmatched(): Generator<Located> {
    const rows: LedgerRow[] = [];
    for (const [id, list] of this.#byId) if (!this.#matched.has(id)) rows.push(...list);
    rows.sort((a, b) => a.line - b.line);
    for (const row of rows) {
      const near = this.#near.get(looseId(row.accountId));
      yield { line: row.line, value: unmatchedRecord(row, near, this.columnName('accountId')) };
    }
  }
}

function unmatchedRecord(row: LedgerRow, near: string | undefined, column: string): unknown {
  const p = { ...row.posting, ...row.written };
  const what = `this posting (${p.kind} of ${p.amount} on ${p.date}) was counted in no account`;
  const fix = 'correct the accountId in the ledger file and run again';
  const expected =
    row.accountId.trim() === ''
      ? `the id of an account of the accounts file, but the accountId cell is empty: ${what} — ${fix}`
      : near !== undefined
        ? `the id of an account of the accounts file — did you mean "${near}"? The two ids differ only by spaces ` +
          `or capital letters, so ${what}: ${fix}`
        : `the id of an account of the accounts file, but no account row has this id: ${what} — ${fix}, ` +
          'or add the account to the accounts file';
  const record = unreadable(row.line, row.accountId, `${expected}`, row.accountId, 'invalid_value', [
    'ledger',
    `line ${row.line}`,
    column,
  ]);
  return record;
}

function posting(row: Readonly<Record<string, string>>): Record<string, unknown> {
  const out: Record<string, unknown> = { date: row.date, kind: row.kind, amount: row.amount };
  if (row.id) out.id = row.id;
  if (row.settles) out.settles = row.settles.split('|').filter((x) => x !== '');
  return out;
}

/** The rows of a ledger file, the issues of its unreadable rows, and its name and columns. */
interface LedgerRead {
  rows: LedgerRow[];
  bad: Issue[];
  source: LedgerSource;
}

/** Reads the rows of a ledger file, or the issues of its unreadable rows. */
async function ledgerRows(path: string, options: LedgerOptions): Promise<LedgerRead> {
  const rows: LedgerRow[] = [];
  const bad: Issue[] = [];
  const splitter = new LineSplitter();
  let header: CsvHeader | null = null;
  let dialect: InputDialect = 'standard';
  let encoding: InputEncoding = options.encoding ?? 'utf-8';
  /** Reads one row into `rows`; returns the issue of a row that cannot be read instead. */
  const readRow = (line: PhysicalLine, text: string, header: CsvHeader): Issue | null => {
    const at = ['ledger', `line ${line.line}`];
    const width = header.columns.length;
    const split = splitCsvLine(text, header.separator);
    const joined = text.includes('\uFEFF') && (!split.ok || split.cells.length !== width);
    if (joined) return makeIssue('invalid_value', at, preview(text), bomExpected(line.line));
    if (!split.ok) return makeIssue('invalid_type', at, preview(text), csvProblem(split, header.written));
    if (split.cells.length !== width) {
      return makeIssue(
        'invalid_type',
        at,
        preview(text),
        cellCount(width, split.cells.length, undefined, header.separator),
      );
    }
    if (split.cells.every((c, i) => c === header.written[i])) {
      const expected = 'a row of postings, not the header row again: two files joined? Remove this line';
      return makeIssue('invalid_value', at, preview(text), expected);
    }
    const { fields, written, problems } = rowFields(header, split.cells, LEDGER_LAYOUT, dialect);
    rows.push({ line: line.line, accountId: fields.accountId ?? '', posting: posting(fields), problems, written });
    return null;
  };
  const take = (line: PhysicalLine): void => {
    // A byte-order mark says UTF-8, whatever the encoding given.
    if (line.bom === true) encoding = 'utf-8';
    const row = rowText(line, encoding);
    if (row === null) return;
    if (row.problem !== undefined) {
      const { code, received, expected } = row.problem;
      if (header === null) throw new ValidationError([makeIssue(code, ['ledger', 'header'], received, expected)]);
      bad.push(makeIssue(code, ['ledger', `line ${line.line}`], received, expected));
    } else if (header === null) {
      header = readHeader(row.text, LEDGER_LAYOUT);
      dialect = options.inputDialect ?? (header.separator === ';' ? 'fr' : 'standard');
    } else {
      const issue = readRow(line, row.text, header);
      if (issue !== null) bad.push(issue);
    }
  };
  for await (const data of inputBytes(createReadStream(path))) for (const line of splitter.push(data)) take(line);
  for (const line of splitter.end()) take(line);
  const read: CsvHeader = header ?? readHeader('', LEDGER_LAYOUT);
  const names = Object.fromEntries(read.columns.map((c, i) => [c, read.written[i]!]));
  return { rows, bad, source: { name: basename(path), written: names } };
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
  let read: LedgerRead;
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
  if (read.bad.length > 0) {
    const more = read.bad.length - MAX_NAMED_ROWS;
    throw new ValidationError([
      ...read.bad.slice(0, MAX_NAMED_ROWS),
      ...(more > 0
        ? [
            makeIssue(
              'invalid_type',
              ['ledger'],
              `${more} more rows`,
              `every row of the ledger readable; ${more} more rows cannot be read`,
            ),
          ]
        : []),
    ]);
  }
  return new Ledger(read.rows, read.source);
}
