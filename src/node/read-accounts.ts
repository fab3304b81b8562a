/**
 * Reading accounts from files or streams for hosts that are not JavaScript: a JSON array
 * (`read-json.ts`), NDJSON (one account per line, `ndjson.ts`) or the flat CSV layout
 * (`read-csv.ts`), from a file path or a readable stream (standard input) alike. A record that
 * cannot be read or is not a valid account comes with its line number as an unreadable record,
 * evaluated as an error record; it never aborts the run.
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { isParsedAccount, safeParseAccount } from '../account';
import { ValidationError, makeIssue } from '../errors';
import { isUnreadable, type UnreadableRecord } from '../portfolio';
import { readNdjson } from './ndjson';
import type { InputDialect } from './csv-line';
import type { InputEncoding } from './encoding';
import { readCsv } from './read-csv';
import { readJson } from './read-json';
import { Ledger, readLedger } from './read-ledger';
import { namedId, type Located } from './unreadable';

/** Input formats. */
export type InputFormat = 'json' | 'ndjson' | 'csv';

/** Options of {@link readAccounts}. */
export interface ReadOptions {
  /**
   * The format; for a file, by default from its extension (`.json`, `.ndjson`/`.jsonl`, `.csv`);
   * for a stream, NDJSON by default.
   */
  readonly format?: InputFormat;
  /**
   * For CSV: the ledger file. For a CSV file, by default the accounts file with `.ledger.csv`;
   * for a CSV stream, none by default (the accounts then have no postings).
   */
  readonly ledger?: string;
  /**
   * For CSV: the dialect of the amounts and dates, in the accounts and the ledger file —
   * `standard` (`512.30`, `2026-11-23`) or `fr` (`512,30`, `1 234,56`, `23/11/2026` or
   * `2026-11-23`). By default, each file's own: `fr` when its header is separated by `;`, else
   * `standard`. The separator is always told by the header.
   */
  readonly inputDialect?: InputDialect;
  /**
   * For CSV: the encoding of the accounts and the ledger file, `utf-8` (the default),
   * `windows-1252` or `iso-8859-1`. A file that starts with a UTF-8 byte-order mark is UTF-8
   * whatever this says. JSON and NDJSON are always UTF-8.
   */
  readonly encoding?: InputEncoding;
}

/**
 * The format of a file, from its extension.
 *
 * @param path - A file path.
 * @returns The format.
 * @throws {@link index!ValidationError | ValidationError} `invalid_value` for an unknown extension.
 *
 * @example
 * ```ts
 * formatOf('accounts.jsonl'); // => 'ndjson'
 * ```
 */
export function formatOf(path: string): InputFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith('.ndjson') || lower.endsWith('.jsonl')) return 'ndjson';
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  throw new ValidationError([
    makeIssue(
      'invalid_value',
      ['format'],
      path,
      'a file ending in .json, .ndjson, .jsonl or .csv, or an explicit --format',
    ),
  ]);
}

/**
 * The format of an input: the one given, else from a file's extension, else NDJSON for a stream.
 *
 * @internal
 * @example
 * ```ts
 * inputFormat(process.stdin, {});             // => 'ndjson'
 * inputFormat('a.csv', { format: 'ndjson' }); // => 'ndjson'
 * ```
 */
export function inputFormat(source: string | Readable, options: ReadOptions): InputFormat {
  return options.format ?? (typeof source === 'string' ? formatOf(source) : 'ndjson');
}

/**
 * The records of a file or stream, each with the line it starts on: raw values (parsed JSON, the
 * account built from a CSV row) or unreadable records. What `evaluateFile` sends to the workers,
 * which parse the accounts.
 *
 * @internal
 * @throws {@link index!ValidationError | ValidationError} at once for an unknown extension.
 * @example
 * ```ts
 * for await (const { line, value } of readLocated('accounts.csv')) …
 * ```
 */
export function readLocated(source: string | Readable, options: ReadOptions = {}): AsyncGenerator<Located> {
  const format = inputFormat(source, options);
  checkEncoding(format, options);
  return located(source, format, options);
}

/**
 * Refuses an encoding other than UTF-8 for JSON or NDJSON input, which is always UTF-8: only the
 * CSV readers decode Windows-1252 and ISO-8859-1.
 *
 * @internal
 * @throws {@link index!ValidationError | ValidationError} `invalid_value` at path `encoding`.
 * @example
 * ```ts
 * checkEncoding('ndjson', { encoding: 'windows-1252' }); // throws: 'encoding: expected utf-8 for NDJSON input …'
 * ```
 */
export function checkEncoding(format: InputFormat, options: ReadOptions): void {
  if (format === 'csv' || options.encoding === undefined || options.encoding === 'utf-8') return;
  throw new ValidationError([
    makeIssue(
      'invalid_value',
      ['encoding'],
      options.encoding,
      `utf-8 for ${format === 'json' ? 'JSON' : 'NDJSON'} input, which is always UTF-8: the encoding option ` +
        '(--encoding) is for CSV files',
    ),
  ]);
}

/** The records of an input in a known format; a file is opened when the first record is asked for. */
async function* located(source: string | Readable, format: InputFormat, options: ReadOptions): AsyncGenerator<Located> {
  const open = () => (typeof source === 'string' ? createReadStream(source) : source);
  if (format === 'ndjson') yield* readNdjson(open());
  else if (format === 'json') yield* readJson(open());
  else {
    const { inputDialect, encoding } = options;
    const dialect = { ...(inputDialect === undefined ? {} : { inputDialect }), ...(encoding ? { encoding } : {}) };
    // The ledger is read first, whole: the accounts are then streamed and joined with it.
    const ledgerPath =
      options.ledger ?? (typeof source === 'string' ? source.replace(/(\.csv)?$/i, '.ledger.csv') : null);
    const postings = ledgerPath === null ? new Ledger() : await readLedger(ledgerPath, dialect);
    const name = typeof source === 'string' ? basename(source) : 'standard input';
    yield* readCsv(open(), postings, { name, ...dialect });
  }
}

/**
 * A located record as `evaluatePortfolio` takes it: a valid account parsed (so that evaluating it
 * does not parse it again), anything else as an unreadable record with its line, its account id
 * and the issues the evaluation would give.
 */
function accountOrUnreadable({ line, value }: Located): unknown {
  if (isUnreadable(value) || isParsedAccount(value)) return value;
  const parsed = safeParseAccount(value);
  if (parsed.ok) return parsed.value;
  const id = Array.isArray(value) ? undefined : namedId((value as { id?: unknown } | null)?.id);
  const record: UnreadableRecord = {
    unreadable: true,
    line,
    ...(id === undefined ? {} : { accountId: id }),
    issues: parsed.issues,
  };
  return record;
}

async function* accountsOf(records: AsyncIterable<Located>): AsyncGenerator<unknown> {
  for await (const located of records) yield accountOrUnreadable(located);
}

/**
 * Reads accounts from a file or a stream (standard input): NDJSON, a JSON array, or the flat CSV
 * layout, with the same records and line numbers from a stream as from a file.
 *
 * Each record comes as a valid account, already parsed (frozen; evaluating it does not parse it
 * again), or as an unreadable record carrying its line in the file (blank lines counted), its
 * account id when it has one, and its issues: a line that is not JSON, not UTF-8 or over
 * `MAX_LINE_BYTES`, a CSV row whose quotes or cells are wrong, a value that is not a valid account
 * (`null`, `42`, `{}`), and — after the accounts of a CSV file — each ledger row that went to no
 * account. Give them to `evaluatePortfolio`: every record becomes a decision or an error record.
 *
 * @param source - A file path, or a readable stream (NDJSON unless `format` says otherwise).
 * @param options - `{ format?, ledger? }`.
 * @returns The records, in file order.
 * @throws {@link index!ValidationError | ValidationError} for an unknown format (at once); while
 *   reading, for a file in UTF-16 or UTF-32, a CSV header that does not match the layout, or a
 *   ledger file that is missing or has unreadable rows.
 * @example
 * ```ts
 * for await (const r of evaluatePortfolio(readAccounts('accounts.ndjson'), policy, { asOf })) …
 * for await (const r of evaluatePortfolio(readAccounts(process.stdin, { format: 'csv' }), policy, { asOf })) …
 * ```
 */
export function readAccounts(source: string | Readable, options: ReadOptions = {}): AsyncGenerator<unknown> {
  return accountsOf(readLocated(source, options));
}
