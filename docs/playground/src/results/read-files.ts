/**
 * The accounts of the files a user drops or picks, read in the browser (in the worker): JSON (an
 * array of accounts, or one), NDJSON (one account per line) and the flat CSV layout
 * (docs/csv-layout.md: an accounts file and its ledger file, `,` or `;`, English or French column
 * names, French amounts and dates), with the library's own pieces — the header, the cells of a
 * row in the file's dialect, the account a row stands for (`src/node/csv-layout.ts`,
 * `csv-line.ts`, browser-safe) and the unreadable record of a line (`unreadable.ts`).
 *
 * Every line is accounted for: a record that cannot be read becomes an unreadable record naming
 * its line (and its column, for a CSV cell), never a dropped account.
 */
import { ValidationError, makeIssue, type Issue } from '../../../../src/errors';
import { JsonSyntaxError, parseJsonText } from '../../../../src/index';
import {
  ACCOUNTS_LAYOUT,
  accountOfRow,
  cellCount,
  LEDGER_LAYOUT,
  readHeader,
  rowFields,
  type CsvHeader,
} from '../../../../src/node/csv-layout';
import { csvProblem, splitCsvLine, type InputDialect } from '../../../../src/node/csv-line';
import { idIn, preview, unreadable } from '../../../../src/node/unreadable';

/** A file as the page hands it over: its name and its bytes. */
export interface InputFile {
  readonly name: string;
  readonly bytes: ArrayBuffer;
}

/** The records read, each with its line (null for a JSON array's element). */
export interface Records {
  readonly records: unknown[];
  readonly lines: (number | null)[];
}

/**
 * The text of a file: UTF-8 (a byte-order mark dropped), or, when its bytes are not UTF-8, the
 * Windows-1252 text a French spreadsheet exports.
 */
export function fileText(bytes: ArrayBuffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

const lines = (text: string): string[] => text.split(/\r\n|\r|\n/);

/** What kind of file a name says. */
export function kindOf(name: string): 'csv' | 'ledger' | 'ndjson' | 'json' {
  const n = name.toLowerCase();
  if (n.endsWith('.ledger.csv')) return 'ledger';
  if (n.endsWith('.csv') || n.endsWith('.txt')) return 'csv';
  if (n.endsWith('.ndjson') || n.endsWith('.jsonl')) return 'ndjson';
  return 'json';
}

/** One ledger row read: its line, its account id, its posting, its cells that cannot be read. */
interface LedgerRow {
  readonly line: number;
  readonly accountId: string;
  readonly posting: Record<string, unknown>;
  readonly issues: Issue[];
}

/** The postings of a ledger file by account id; a row that cannot be read refuses the file. */
function readLedgerText(name: string, text: string): Map<string, LedgerRow[]> {
  const all = lines(text);
  let header: CsvHeader | null = null;
  let dialect: InputDialect = 'standard';
  const byId = new Map<string, LedgerRow[]>();
  const bad: Issue[] = [];
  all.forEach((raw, n) => {
    const line = n + 1;
    if (raw.trim() === '') return;
    if (header === null) {
      header = readHeader(raw, LEDGER_LAYOUT);
      dialect = header.separator === ';' ? 'fr' : 'standard';
      return;
    }
    const at = ['ledger', `line ${line}`];
    const split = splitCsvLine(raw, header.separator);
    if (!split.ok) {
      bad.push(makeIssue('invalid_type', at, preview(raw), csvProblem(split, header.written)));
      return;
    }
    if (split.cells.length !== header.written.length) {
      bad.push(
        makeIssue(
          'invalid_type',
          at,
          preview(raw),
          cellCount(header.written.length, split.cells.length, line, header.separator),
        ),
      );
      return;
    }
    const { fields, problems } = rowFields(header, split.cells, LEDGER_LAYOUT, dialect);
    const posting: Record<string, unknown> = { date: fields.date, kind: fields.kind, amount: fields.amount };
    if (fields.id) posting.id = fields.id;
    if (fields.settles) posting.settles = fields.settles.split('|').filter((x) => x !== '');
    const h = header as CsvHeader;
    const issues = problems.map((p) => {
      const column = h.written[h.columns.indexOf(p.column)] ?? p.column;
      return makeIssue(p.code, [...at, column], p.received, `${p.expected} (${name} line ${line}, column "${column}")`);
    });
    const id = fields.accountId ?? '';
    const list = byId.get(id);
    const row = { line, accountId: id, posting, issues };
    if (list) list.push(row);
    else byId.set(id, [row]);
  });
  if (header === null) readHeader('', LEDGER_LAYOUT);
  if (bad.length > 0) throw new ValidationError(bad.slice(0, 20));
  return byId;
}

/**
 * The accounts of a CSV file joined with the postings of its ledger file (or none): each row an
 * account, or an unreadable record naming its line and column; then each ledger row that went to
 * no account, as an unreadable record naming its ledger line.
 *
 * @throws {@link ValidationError} for a header off the layout, or a ledger row that cannot be read.
 */
export function readCsvText(name: string, text: string, ledger: { name: string; text: string } | null): Records {
  const postings = ledger === null ? new Map<string, LedgerRow[]>() : readLedgerText(ledger.name, ledger.text);
  const seen = new Set<string>();
  const out: Records = { records: [], lines: [] };
  let header: CsvHeader | null = null;
  let dialect: InputDialect = 'standard';
  const push = (record: unknown, line: number) => {
    out.records.push(record);
    out.lines.push(line);
  };
  const all = lines(text);
  for (let n = 0; n < all.length; n++) {
    const raw = all[n] as string;
    const line = n + 1;
    if (raw.trim() === '') continue;
    if (header === null) {
      header = readHeader(raw, ACCOUNTS_LAYOUT);
      dialect = header.separator === ';' ? 'fr' : 'standard';
      continue;
    }
    const h: CsvHeader = header;
    const split = splitCsvLine(raw, h.separator);
    const idAt = h.columns.indexOf('id');
    const id = split.cells[idAt] || undefined;
    if (id !== undefined) seen.add(id);
    if (!split.ok) {
      push(unreadable(line, preview(raw), csvProblem(split, h.written), id), line);
      continue;
    }
    if (split.cells.length !== h.written.length) {
      push(
        unreadable(line, preview(raw), cellCount(h.written.length, split.cells.length, line, h.separator), id),
        line,
      );
      continue;
    }
    const fields = rowFields(h, split.cells, ACCOUNTS_LAYOUT, dialect);
    const rows = postings.get(fields.fields.id ?? '') ?? [];
    const issues = [
      ...fields.problems.map((p) => {
        const column = h.written[h.columns.indexOf(p.column)] ?? p.column;
        return makeIssue(
          p.code,
          ['accounts', `line ${line}`, column],
          p.received,
          `${p.expected} (${name} line ${line}, column "${column}")`,
        );
      }),
      ...rows.flatMap((r) => r.issues),
    ];
    if (issues.length > 0) {
      push({ unreadable: true, line, ...(id === undefined ? {} : { accountId: id }), issues }, line);
      continue;
    }
    push(
      accountOfRow(
        fields.fields,
        rows.map((r) => r.posting),
      ),
      line,
    );
  }
  if (header === null) readHeader('', ACCOUNTS_LAYOUT);
  // The postings that went to no account: never dropped.
  const orphans = [...postings.values()]
    .flat()
    .filter((r) => !seen.has(r.accountId))
    .sort((a, b) => a.line - b.line);
  for (const r of orphans) {
    const p = r.posting;
    push(
      unreadable(
        r.line,
        r.accountId,
        `the id of an account of the accounts file, but no account row has this id: this posting (${p.kind} of ${p.amount} on ${p.date}) was counted in no account (${ledger?.name} line ${r.line})`,
        r.accountId,
        'invalid_value',
        ['ledger', `line ${r.line}`, 'accountId'],
      ),
      r.line,
    );
  }
  return out;
}

/** The accounts of an NDJSON text: one per line; a line that does not parse names its line. */
export function readNdjsonText(text: string): Records {
  const out: Records = { records: [], lines: [] };
  lines(text).forEach((raw, n) => {
    const line = n + 1;
    if (raw.trim() === '') return;
    out.lines.push(line);
    try {
      out.records.push(JSON.parse(raw));
    } catch (error) {
      out.records.push(
        unreadable(
          line,
          preview(raw),
          `one account as a JSON object on one line; ${(error as Error).message}`,
          idIn(raw),
        ),
      );
    }
  });
  return out;
}

/**
 * The accounts of a JSON text: an array of accounts, or one account.
 *
 * @throws {@link JsonSyntaxError} for a text that is not JSON.
 */
export function readJsonText(text: string): Records {
  const value = parseJsonText(text, { what: 'a JSON file of accounts' });
  const records = Array.isArray(value) ? [...value] : [value];
  return { records, lines: records.map(() => null) };
}

export { JsonSyntaxError };
