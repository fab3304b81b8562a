/**
 * The postings of the ledger file of the flat CSV layout, once its lines are text: each row read
 * into a posting of its account (`LedgerLines`), the postings by account id, and the error record
 * of each posting that went to no account (`Ledger`). Browser-safe (no Buffer, no node: module):
 * the command line reads the file's bytes (`read-ledger.ts`), the policy editor a dropped file's
 * text, and both give the same postings and the same messages.
 *
 * @module
 */
import { ValidationError, makeIssue, type Issue } from '../errors';
import { cellCount, LEDGER_LAYOUT, readHeader, rowFields, type CellProblem, type CsvHeader } from './csv-layout';
import { csvProblem, splitCsvLine, type InputDialect } from './csv-line';
import type { RowText } from './csv-accounts';
import { bomExpected, preview, unreadable, type Located } from './unreadable';

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

/**
 * Reads the lines of a ledger file, as text, one at a time: the header first (its separator, its
 * dialect), then each row into a posting, or the issue of a row that cannot be read.
 *
 * @internal
 */
export class LedgerLines {
  /** The postings read, in file order. */
  readonly rows: LedgerRow[] = [];
  /** The issues of the rows that cannot be read. */
  readonly bad: Issue[] = [];
  #header: CsvHeader | null = null;
  #dialect: InputDialect = 'standard';
  readonly #inputDialect: InputDialect | undefined;

  constructor(inputDialect?: InputDialect) {
    this.#inputDialect = inputDialect;
  }

  /**
   * Takes one line that is not blank (`textRow`, or `rowText` on bytes): the header, or a row; a
   * row that cannot be read becomes an issue of `bad`.
   *
   * @throws {@link ValidationError} for a header off the layout, or that cannot be decoded.
   */
  take(line: number, row: RowText): void {
    if (row.problem !== undefined) {
      const { code, received, expected } = row.problem;
      if (this.#header === null) throw new ValidationError([makeIssue(code, ['ledger', 'header'], received, expected)]);
      this.bad.push(makeIssue(code, ['ledger', `line ${line}`], received, expected));
    } else if (this.#header === null) {
      this.#header = readHeader(row.text, LEDGER_LAYOUT);
      this.#dialect = this.#inputDialect ?? (this.#header.separator === ';' ? 'fr' : 'standard');
    } else {
      const issue = this.#readRow(line, row.text, this.#header);
      if (issue !== null) this.bad.push(issue);
    }
  }

  /** The file's name and its header's names of the columns (the layout's, for a file without header). */
  source(name: string): LedgerSource {
    const read: CsvHeader = this.#header ?? readHeader('', LEDGER_LAYOUT);
    return { name, written: Object.fromEntries(read.columns.map((c, i) => [c, read.written[i]!])) };
  }

  /** Reads one row into `rows`; returns the issue of a row that cannot be read instead. */
  #readRow(lineNumber: number, text: string, header: CsvHeader): Issue | null {
    const at = ['ledger', `line ${lineNumber}`];
    const width = header.columns.length;
    const split = splitCsvLine(text, header.separator);
    const joined = text.includes('\uFEFF') && (!split.ok || split.cells.length !== width);
    if (joined) return makeIssue('invalid_value', at, preview(text), bomExpected(lineNumber));
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
    const { fields, written, problems } = rowFields(header, split.cells, LEDGER_LAYOUT, this.#dialect);
    this.rows.push({
      line: lineNumber,
      accountId: fields.accountId ?? '',
      posting: posting(fields),
      problems,
      written,
    });
    return null;
  }
}

/** Unreadable rows named in the error, at most; the count of the others follows. */
const MAX_NAMED_ROWS = 20;

/**
 * The ledger of the lines read: its postings by account id.
 *
 * @internal
 * @param lines - Every line of the file, taken.
 * @param name - The file's name, as messages give it.
 * @throws {@link ValidationError} for rows that cannot be read, each named by its line (at most 20,
 *   then their count): an account's debt is never left incomplete.
 */
export function ledgerOf(lines: LedgerLines, name: string): Ledger {
  if (lines.bad.length > 0) {
    const more = lines.bad.length - MAX_NAMED_ROWS;
    throw new ValidationError([
      ...lines.bad.slice(0, MAX_NAMED_ROWS),
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
  return new Ledger(lines.rows, lines.source(name));
}
