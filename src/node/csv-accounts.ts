/**
 * The rows of the accounts file of the flat CSV layout, once each line is text: the header, then
 * each row as an account joined with its ledger postings, or an error record whose issues name the
 * file, the physical line and the column of the CSV (`accounts["line 7"].loyer`, and
 * `ledger["line 12"].amount` for a posting), never the path of the account built from it.
 * Browser-safe (no Buffer, no node: module): the command line reads the file's bytes
 * (`read-csv.ts`), the policy editor a dropped file's text, and both give the same records.
 *
 * @module
 */
import { safeParseAccount } from '../account';
import { ValidationError, formatPath, makeIssue, type Issue, type IssueCode } from '../errors';
import type { UnreadableRecord } from '../portfolio';
import {
  ACCOUNTS_LAYOUT,
  accountOfRow,
  cellCount,
  LEDGER_COLUMNS,
  PROCEDURE,
  readHeader,
  rowFields,
  type AccountColumn,
  type CellProblem,
  type CsvHeader,
  type LedgerColumn,
} from './csv-layout';
import { csvProblem, splitCsvLine, type InputDialect } from './csv-line';
import type { Ledger, LedgerRow } from './ledger';
import { bomExpected, namedId, preview, unreadable } from './unreadable';

/** Most issues an error record of a row lists, as for any account. */
const MAX_ROW_ISSUES = 100;

/** Where a row is, to name its issues: its file, its line, its header, its postings. */
interface RowPlace {
  readonly name: string;
  readonly line: number;
  readonly header: CsvHeader;
  readonly dialect: InputDialect;
  /** The amounts and dates as written, when the dialect changed them. */
  readonly written: Readonly<Record<string, string>>;
  readonly ledger: Ledger;
  /** The account's ledger rows, in the order of its postings. */
  readonly rows: readonly LedgerRow[];
}

/** The columns of the account's fields, by the field's path. */
const FIELD_COLUMNS: ReadonlyMap<string, AccountColumn> = new Map<string, AccountColumn>([
  ['id', 'id'],
  ['lease.signedOn', 'signedOn'],
  ['lease.department', 'department'],
  ['lease.rent', 'rent'],
  ['lease.charges', 'charges'],
  ['lease.dueDay', 'dueDay'],
  ['lease.rls', 'rls'],
  ['lease.rooms', 'rooms'],
  ['lease.endedOn', 'endedOn'],
  ['lease.guarantor', 'guarantor'],
  ['household.monthlyResources', 'monthlyResources'],
  ['household.name', 'name'],
  ['household.members', 'memberAges'],
  ['household.digital.email', 'email'],
  ['household.digital.mobile', 'mobile'],
  ['household.digital.comfortable', 'digitalComfortable'],
  ['household.preferredChannels', 'preferredChannels'],
  ['housingBenefit.kind', 'benefitKind'],
  ['housingBenefit.monthlyAmount', 'benefitAmount'],
  ['housingBenefit.paidTo', 'benefitPaidTo'],
  ...PROCEDURE.map((k): [string, AccountColumn] => [`procedure.${k}`, k]),
]);

/**
 * The column of the accounts file an issue of the account built from a row is about: the
 * longest start of its path that a column fills (`household.members[1].age` is `memberAges`).
 *
 * @example
 * ```ts
 * accountColumnOf(['lease', 'rent']);                // => 'rent'
 * accountColumnOf(['household', 'members', 1, 'age']); // => 'memberAges'
 * accountColumnOf(['lease']);                        // => undefined
 * ```
 */
function accountColumnOf(path: readonly (string | number)[]): AccountColumn | undefined {
  for (let n = Math.min(path.length, 3); n > 0; n--) {
    const column = FIELD_COLUMNS.get(path.slice(0, n).join('.'));
    if (column !== undefined) return column;
  }
  return undefined;
}

/**
 * The column of the ledger file an issue of a posting is about, from the path below the posting
 * (`['amount']`, `['settles', 0]`).
 *
 * @example
 * ```ts
 * ledgerColumnOf(['settles', 0]); // => 'settles'
 * ```
 */
function ledgerColumnOf(path: readonly (string | number)[]): LedgerColumn | undefined {
  const field = path[0];
  return typeof field === 'string' && (LEDGER_COLUMNS as readonly string[]).includes(field) && field !== 'accountId'
    ? (field as LedgerColumn)
    : undefined;
}

/** What an issue says, before it is placed. */
interface Problem {
  readonly code: IssueCode;
  readonly received: unknown;
  readonly expected: string;
}

/** In French, the examples of an amount's message written with a decimal comma (`"512,30"`). */
function inDialect(expected: string, dialect: InputDialect, amount: boolean): string {
  return dialect === 'fr' && amount ? expected.replace(/"(-?\d+)\.(\d{1,2})"/g, '"$1,$2"') : expected;
}

/** An issue of a cell of the accounts file, at its line and column. */
function accountsIssue(issue: Problem, column: string | undefined, at: RowPlace): Issue {
  const index = column === undefined ? -1 : at.header.columns.indexOf(column);
  const named = index === -1 ? column : at.header.written[index]!;
  const where =
    named === undefined
      ? `${at.name} line ${at.line}`
      : `${at.name} line ${at.line}, column "${named}"${index === -1 ? ', which the header lacks' : ''}`;
  const amount = column !== undefined && ACCOUNTS_LAYOUT.amounts.includes(column);
  return makeIssue(
    issue.code,
    ['accounts', `line ${at.line}`, ...(named === undefined ? [] : [named])],
    column !== undefined && at.written[column] !== undefined ? at.written[column] : issue.received,
    `${inDialect(issue.expected, at.dialect, amount)} (${where})`,
  );
}

/** An issue of a cell of the ledger file, at its line and column. */
function ledgerIssue(issue: Problem, column: string | undefined, row: LedgerRow, at: RowPlace) {
  const named = column === undefined ? undefined : at.ledger.columnName(column);
  return makeIssue(
    issue.code,
    ['ledger', `line ${row.line}`, ...(named === undefined ? [] : [named])],
    column !== undefined && row.written[column] !== undefined ? row.written[column] : issue.received,
    `${inDialect(issue.expected, at.dialect, column === 'amount')} ` +
      `(${at.ledger.source.name} line ${row.line}${named === undefined ? '' : `, column "${named}"`})`,
  );
}

/** An issue of the account built from a row, moved to the file, line and column it comes from. */
function relocated(issue: Issue, at: RowPlace): Issue {
  const [first, index, ...rest] = issue.path;
  if (first === 'ledger' && typeof index === 'number' && at.rows[index] !== undefined) {
    return ledgerIssue(issue, ledgerColumnOf(rest), at.rows[index], at);
  }
  if (first === 'ledger') {
    return makeIssue(
      issue.code,
      issue.path,
      issue.received,
      `${issue.expected} (${at.ledger.source.name}: the postings of the account of ${at.name} line ${at.line})`,
    );
  }
  const column = accountColumnOf(issue.path);
  if (column !== undefined || issue.path.length === 0) return accountsIssue(issue, column, at);
  // A part of the account no single column fills (`housingBenefit`): named by its path.
  return accountsIssue({ ...issue, expected: `${issue.expected}, for ${formatPath(issue.path)}` }, undefined, at);
}

/**
 * Where an issue comes in its record: the accounts row first, then the ledger rows in line order;
 * in a row, by column.
 */
function placeOrder(issue: Issue, at: RowPlace): number {
  const [file, line, column] = issue.path;
  const ledger = file === 'ledger';
  const number = typeof line === 'string' && line.startsWith('line ') ? Number(line.slice(5)) : 0;
  const columns = ledger ? Object.values(at.ledger.source.written) : at.header.written;
  const position = typeof column === 'string' ? columns.indexOf(column) + 1 : 0;
  return (ledger ? 1 : 0) * 2 ** 40 + number * 2 ** 8 + Math.min(position, 2 ** 8 - 1);
}

/**
 * The account of a row, parsed, or its unreadable record: every cell the dialect cannot read and
 * every issue of the account contract, each at its file, line and column.
 */
function checkedAccount(account: Record<string, unknown>, problems: readonly CellProblem[], at: RowPlace): unknown {
  const parsed = safeParseAccount(account);
  const ledgerProblems = at.rows.filter((r) => r.problems.length > 0);
  if (parsed.ok && problems.length === 0 && ledgerProblems.length === 0) return parsed.value;
  // A cell the dialect could not read is named once, by the dialect's issue.
  const taken = new Set([
    ...problems.map((p) => `accounts ${p.column}`),
    ...ledgerProblems.flatMap((r) => r.problems.map((p) => `ledger ${r.line} ${p.column}`)),
  ]);
  const key = (issue: Issue): string => {
    const [first, index, ...rest] = issue.path;
    if (first === 'ledger' && typeof index === 'number')
      return `ledger ${at.rows[index]?.line} ${ledgerColumnOf(rest) ?? ''}`;
    return `accounts ${accountColumnOf(issue.path) ?? ''}`;
  };
  const issues = [
    ...problems.map((p) => accountsIssue(p, p.column, at)),
    ...(parsed.ok ? [] : parsed.issues.filter((i) => !taken.has(key(i))).map((i) => relocated(i, at))),
    ...ledgerProblems.flatMap((r) => r.problems.map((p) => ledgerIssue(p, p.column, r, at))),
  ].sort((a, b) => placeOrder(a, at) - placeOrder(b, at));
  const id = namedId(account.id);
  const record: UnreadableRecord = {
    unreadable: true,
    line: at.line,
    ...(id === undefined ? {} : { accountId: id }),
    issues: issues.slice(0, MAX_ROW_ISSUES),
  };
  return record;
}

/** The text of a CSV line, and what is wrong with it before any cell is read. */
export interface RowText {
  /**
   * The line as text (its first bytes for a line over the limit; for a line that cannot be
   * decoded, read as UTF-8 with `\uFFFD`, or as Latin-1, to name it).
   */
  readonly text: string;
  /** Why the line cannot be read as a row, when it cannot. */
  readonly problem?: { readonly code: IssueCode; readonly received: string; readonly expected: string };
}

/**
 * A line of a CSV file as text, or `null` for a blank line (not a row, though it counts in the
 * line numbers); a line starting with a byte-order mark (a second file joined) is a problem of
 * its own, named before its cells are read.
 *
 * @internal
 * @example
 * ```ts
 * textRow('  ', 3);        // => null
 * textRow('A-1;75', 2);    // => { text: 'A-1;75' }
 * ```
 */
export function textRow(text: string, line: number): RowText | null {
  if (text.trim() === '') return null;
  if (/^\s*\uFEFF/.test(text)) {
    return { text, problem: { code: 'invalid_value', received: preview(text), expected: bomExpected(line) } };
  }
  return { text };
}

/**
 * Reads the lines of an accounts file, as text, one at a time: the header first (its separator,
 * its dialect), then each row into its record.
 *
 * @internal
 */
export class AccountLines {
  #header: CsvHeader | null = null;
  #dialect: InputDialect = 'standard';
  #idColumn = 0;
  readonly #ledger: Ledger;
  readonly #name: string;
  readonly #inputDialect: InputDialect | undefined;

  /**
   * @param ledger - The postings, joined to the rows by account id.
   * @param name - The accounts file's name, as messages give it.
   * @param inputDialect - `fr` or `standard`; by default `fr` when the header is separated by `;`.
   */
  constructor(ledger: Ledger, name: string, inputDialect?: InputDialect) {
    this.#ledger = ledger;
    this.#name = name;
    this.#inputDialect = inputDialect;
  }

  /**
   * The record of one line that is not blank: `null` for the header, else an account or an error
   * record naming the line.
   *
   * @param line - The physical line's number.
   * @param row - Its text, and what is wrong with its bytes when something is (`rowText`).
   * @throws {@link ValidationError} for a header off the layout, or that cannot be decoded.
   */
  take(line: number, row: RowText): unknown {
    const ledger = this.#ledger;
    const name = this.#name;
    if (this.#header === null) {
      if (row.problem !== undefined) {
        throw new ValidationError([
          makeIssue(row.problem.code, ['accounts', 'header'], row.problem.received, row.problem.expected),
        ]);
      }
      this.#header = readHeader(row.text, ACCOUNTS_LAYOUT);
      this.#dialect = this.#inputDialect ?? (this.#header.separator === ';' ? 'fr' : 'standard');
      this.#idColumn = this.#header.columns.indexOf('id');
      return null;
    }
    const header = this.#header;
    const dialect = this.#dialect;
    const idColumn = this.#idColumn;
    const written = header.written;
    const split = splitCsvLine(row.text, header.separator);
    // The id, when the cells up to it could be read: the record is named by it, and its ledger
    // postings are not reported as going to no account.
    // (For a line over the limit, `text` is its first bytes: its last cell may be cut.)
    const complete = split.ok && row.problem?.code !== 'too_big' ? 0 : 1;
    const id = split.cells.length > idColumn + complete ? split.cells[idColumn] || undefined : undefined;
    if (id !== undefined) ledger.seen(id);
    // A row spoilt by the byte-order mark of a file joined without a final line break names it.
    const bad = (expected: string, code: 'invalid_type' | 'invalid_value' = 'invalid_type') =>
      row.text.includes('\uFEFF')
        ? unreadable(line, preview(row.text), bomExpected(line), id, 'invalid_value')
        : unreadable(line, preview(row.text), expected, id, code);
    if (row.problem !== undefined) {
      return unreadable(line, row.problem.received, row.problem.expected, id, row.problem.code);
    }
    if (!split.ok) return bad(csvProblem(split, written));
    if (split.cells.length === written.length && split.cells.every((c, i) => c === written[i])) {
      return bad('a row of data, not the header row again: two files joined? Remove this line', 'invalid_value');
    }
    if (split.cells.length !== written.length) {
      return bad(cellCount(written.length, split.cells.length, line, header.separator));
    }
    const fields = rowFields(header, split.cells, ACCOUNTS_LAYOUT, dialect);
    const rows = ledger.rowsOf(fields.fields.id ?? '');
    const account = accountOfRow(
      fields.fields,
      rows.map((r) => ({ ...r.posting })),
    );
    return checkedAccount(account, fields.problems, {
      name,
      line: line,
      header,
      dialect,
      written: fields.written,
      ledger,
      rows,
    });
  }

  /** Whether the header was read. */
  get hasHeader(): boolean {
    return this.#header !== null;
  }
}
