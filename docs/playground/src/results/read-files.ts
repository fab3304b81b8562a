/**
 * The accounts of the files a user drops or picks, read in the browser (in the worker): JSON (an
 * array of accounts, or one), NDJSON (one account per line) and the flat CSV layout
 * (docs/csv-layout.md: an accounts file and its ledger file, `,` or `;`, English or French column
 * names, French amounts and dates), with the library's own readers of text lines, which the command
 * line runs on the bytes it decodes (`src/node/csv-accounts.ts`, `ledger.ts`, browser-safe), and the
 * unreadable record of a line (`unreadable.ts`).
 *
 * Every line is accounted for: a record that cannot be read becomes an unreadable record naming
 * its line (and its column, for a CSV cell), never a dropped account.
 */
import { JsonSyntaxError, parseJsonText } from '../../../../src/index';
import { AccountLines, textRow } from '../../../../src/node/csv-accounts';
import { Ledger, LedgerLines, ledgerOf } from '../../../../src/node/ledger';
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

/**
 * The accounts of a CSV file joined with the postings of its ledger file (or none), as the command
 * line reads them (the same library modules, on text instead of bytes): each row an account, or an
 * error record naming its line and its column — the CSV column, even for a rule of the account
 * contract; then each ledger row that went to no account, as an error record naming its ledger
 * line.
 *
 * @throws {@link ValidationError} for a header off the layout, or ledger rows that cannot be read.
 */
export function readCsvText(name: string, text: string, ledger: { name: string; text: string } | null): Records {
  let postings = new Ledger();
  if (ledger !== null) {
    const read = new LedgerLines();
    lines(ledger.text).forEach((raw, n) => {
      const row = textRow(raw, n + 1);
      if (row !== null) read.take(n + 1, row);
    });
    postings = ledgerOf(read, ledger.name);
  }
  const accounts = new AccountLines(postings, name);
  const out: Records = { records: [], lines: [] };
  lines(text).forEach((raw, n) => {
    const row = textRow(raw, n + 1);
    const record = row === null ? null : accounts.take(n + 1, row);
    if (record === null) return;
    out.records.push(record);
    out.lines.push(n + 1);
  });
  if (!accounts.hasHeader) accounts.take(1, { text: '' });
  // The postings that went to no account: never dropped.
  for (const { line, value } of postings.unmatched()) {
    out.records.push(value);
    out.lines.push(line);
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
