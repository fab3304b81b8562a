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
 * Each file is read as its header says (`,` or `;` as the separator, English or French column
 * names), its amounts and dates in its dialect (French by default when separated by `;`), its
 * text in its encoding. A row is checked against the account contract here, so that each issue
 * names the file, the physical line and the column of the CSV (`accounts["line 7"].loyer`, and
 * `ledger["line 12"].amount` for a posting), never the path of the account built from it.
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
import { rowText } from './row-text';
import { bomExpected, inputBytes, type InputEncoding } from './encoding';
import { LineSplitter, type PhysicalLine } from './lines';
import { Ledger, type LedgerRow } from './read-ledger';
import { namedId, preview, unreadable, type Located } from './unreadable';

export { ACCOUNT_COLUMNS, LEDGER_COLUMNS } from './csv-layout';

/** Most issues an error record of a row lists, as for any account. */
const MAX_ROW_ISSUES = 100;

/** Options of {@link readCsv}. */
export interface CsvReadOptions {
  /** The accounts file's name, as messages give it: `accounts.csv`, or `standard input`. */
  readonly name?: string;
  /** `fr` or `standard`; by default `fr` when the header is separated by `;`. */
  readonly inputDialect?: InputDialect;
  /** By default UTF-8; a byte-order mark always means UTF-8. */
  readonly encoding?: InputEncoding;
}

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
  const name = options.name ?? 'the accounts file';
  let header: CsvHeader | null = null;
  let dialect: InputDialect = 'standard';
  let encoding: InputEncoding = options.encoding ?? 'utf-8';
  let idColumn = 0;

  /** The record of one line, `null` for the header, `undefined` for a blank line. */
  const record = (line: PhysicalLine): unknown => {
    // A byte-order mark says UTF-8, whatever the encoding given.
    if (line.bom === true) encoding = 'utf-8';
    const row = rowText(line, encoding);
    if (row === null) return undefined;
    if (header === null) {
      if (row.problem !== undefined) {
        throw new ValidationError([
          makeIssue(row.problem.code, ['accounts', 'header'], row.problem.received, row.problem.expected),
        ]);
      }
      header = readHeader(row.text, ACCOUNTS_LAYOUT);
      dialect = options.inputDialect ?? (header.separator === ';' ? 'fr' : 'standard');
      idColumn = header.columns.indexOf('id');
      return null;
    }
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
        ? unreadable(line.line, preview(row.text), bomExpected(line.line), id, 'invalid_value')
        : unreadable(line.line, preview(row.text), expected, id, code);
    if (row.problem !== undefined) {
      return unreadable(line.line, row.problem.received, row.problem.expected, id, row.problem.code);
    }
    if (!split.ok) return bad(csvProblem(split, written));
    if (split.cells.length === written.length && split.cells.every((c, i) => c === written[i])) {
      return bad('a row of data, not the header row again: two files joined? Remove this line', 'invalid_value');
    }
    if (split.cells.length !== written.length) {
      return bad(cellCount(written.length, split.cells.length, line.line, header.separator));
    }
    const fields = rowFields(header, split.cells, ACCOUNTS_LAYOUT, dialect);
    const rows = ledger.rowsOf(fields.fields.id ?? '');
    const account = accountOfRow(
      fields.fields,
      rows.map((r) => ({ ...r.posting })),
    );
    return checkedAccount(account, fields.problems, {
      name,
      line: line.line,
      header,
      dialect,
      written: fields.written,
      ledger,
      rows,
    });
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
