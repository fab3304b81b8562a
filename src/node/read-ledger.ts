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
import { ValidationError, makeIssue, type Issue } from '../errors';
import { cellCount, checkHeader, LEDGER_COLUMNS } from './csv-layout';
import { csvProblem, rowText, splitCsvLine } from './csv-line';
import { bomExpected, inputBytes } from './encoding';
import { LineSplitter, type PhysicalLine } from './lines';
import { preview, unreadable, type Located } from './unreadable';

/** Unreadable rows named in the error, at most; the count of the others follows. */
const MAX_NAMED_ROWS = 20;

interface LedgerRow {
  readonly line: number;
  readonly accountId: string;
  readonly posting: Readonly<Record<string, unknown>>;
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

  constructor(rows: readonly LedgerRow[] = []) {
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

  /** The postings of an account, in ledger order; the account is noted as seen. */
  postingsOf(accountId: string): Record<string, unknown>[] {
    if (accountId === '') return [];
    this.seen(accountId);
    return (this.#byId.get(accountId) ?? []).map((r) => ({ ...r.posting }));
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
    for (const row of rows)
      yield { line: row.line, value: unmatchedRecord(row, this.#near.get(looseId(row.accountId))) };
  }
}

function unmatchedRecord(row: LedgerRow, near: string | undefined): unknown {
  const p = row.posting;
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
    'accountId',
  ]);
  return record;
}

function posting(header: readonly string[], cells: readonly string[]): Record<string, unknown> {
  const row = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])) as Record<string, string>;
  const out: Record<string, unknown> = { date: row.date, kind: row.kind, amount: row.amount };
  if (row.id) out.id = row.id;
  if (row.settles) out.settles = row.settles.split('|').filter((x) => x !== '');
  return out;
}

const REQUIRED = ['accountId', 'date', 'kind', 'amount'];

/** Reads the rows of a ledger file, or the issues of its unreadable rows. */
async function ledgerRows(path: string): Promise<{ rows: LedgerRow[]; bad: Issue[] }> {
  const rows: LedgerRow[] = [];
  const bad: Issue[] = [];
  const splitter = new LineSplitter();
  let header: string[] | null = null;
  /** Reads one row into `rows`; returns the issue of a row that cannot be read instead. */
  const readRow = (line: PhysicalLine, text: string, header: readonly string[]): Issue | null => {
    const at = ['ledger', `line ${line.line}`];
    const split = splitCsvLine(text);
    const joined = text.includes('\uFEFF') && (!split.ok || split.cells.length !== header.length);
    if (joined) return makeIssue('invalid_value', at, preview(text), bomExpected(line.line));
    if (!split.ok) return makeIssue('invalid_type', at, preview(text), csvProblem(split, header));
    if (split.cells.length !== header.length) {
      return makeIssue('invalid_type', at, preview(text), cellCount(header.length, split.cells.length));
    }
    if (split.cells.every((c, i) => c === header[i])) {
      const expected = 'a row of postings, not the header row again: two files joined? Remove this line';
      return makeIssue('invalid_value', at, preview(text), expected);
    }
    rows.push({
      line: line.line,
      accountId: split.cells[header.indexOf('accountId')] ?? '',
      posting: posting(header, split.cells),
    });
    return null;
  };
  const take = (line: PhysicalLine): void => {
    const row = rowText(line);
    if (row === null) return;
    if (row.problem !== undefined) {
      const { code, received, expected } = row.problem;
      if (header === null) throw new ValidationError([makeIssue(code, ['ledger', 'header'], received, expected)]);
      bad.push(makeIssue(code, ['ledger', `line ${line.line}`], received, expected));
    } else if (header === null) {
      const split = splitCsvLine(row.text);
      if (!split.ok) {
        throw new ValidationError([makeIssue('invalid_type', ['ledger', 'header'], row.text, csvProblem(split, []))]);
      }
      header = split.cells;
      checkHeader(header, LEDGER_COLUMNS, 'ledger', REQUIRED);
    } else {
      const issue = readRow(line, row.text, header);
      if (issue !== null) bad.push(issue);
    }
  };
  for await (const data of inputBytes(createReadStream(path))) for (const line of splitter.push(data)) take(line);
  for (const line of splitter.end()) take(line);
  if (header === null) checkHeader([], LEDGER_COLUMNS, 'ledger', REQUIRED);
  return { rows, bad };
}

/**
 * Reads a ledger file.
 *
 * @internal
 * @param path - The ledger file.
 * @returns Its postings by account id.
 * @throws {@link ValidationError} with a `ledger` path for a ledger that cannot be read: missing,
 *   UTF-16, a header off the layout, or rows that cannot be read (each named by its line).
 * @example
 * ```ts
 * await readLedger('missing.ledger.csv'); // throws: 'ledger: expected a ledger file at missing.ledger.csv (there is no such file): …'
 * ```
 */
export async function readLedger(path: string): Promise<Ledger> {
  let read: { rows: LedgerRow[]; bad: Issue[] };
  try {
    read = await ledgerRows(path);
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
  return new Ledger(read.rows);
}
