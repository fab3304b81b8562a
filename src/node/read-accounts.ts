/**
 * Reading accounts from files for hosts that are not JavaScript: a JSON array, NDJSON (one
 * account per line) or a flat CSV layout. A malformed line or row becomes an unreadable record
 * with its line number, evaluated as an error record; it never aborts the run.
 *
 * The CSV layout, for ERPs that export tables: one file of accounts, one row per tenancy, and one
 * file of ledger postings joined by account id (by default `<accounts>.ledger.csv`, or `--ledger`).
 * See docs/csv-layout.md.
 *
 * @module
 */
import { createReadStream, readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { ValidationError, makeIssue, type Issue } from '../errors';
import type { UnreadableRecord } from '../portfolio';

/** Input formats. */
export type InputFormat = 'json' | 'ndjson' | 'csv';

/** Options of {@link readAccounts}. */
export interface ReadOptions {
  /** The format; by default from the file extension (`.json`, `.ndjson`/`.jsonl`, `.csv`). */
  readonly format?: InputFormat;
  /** For CSV: the ledger file; by default the accounts file with `.ledger.csv`. */
  readonly ledger?: string;
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

function unreadable(line: number, received: unknown, expected: string, accountId?: string): UnreadableRecord {
  return {
    unreadable: true,
    line,
    ...(accountId === undefined ? {} : { accountId }),
    issues: [makeIssue('invalid_type', [], received, `${expected} (line ${line})`)],
  };
}

/** Decodes UTF-8 bytes without copying them first. */
export function utf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** A run of complete NDJSON lines, cut from the input at a line break. */
export interface NdjsonChunk {
  /** The UTF-8 bytes of whole lines. */
  readonly bytes: Uint8Array;
  /** The file line number of its first line (from 1). */
  readonly firstLine: number;
  /** How many records (non-blank lines) it holds. */
  readonly records: number;
  /** Bytes of the input read so far, this chunk included. */
  readonly bytesRead: number;
}

const NEWLINE = 0x0a;

/** Whether the line `[start, end)` of `bytes` is blank once trimmed, as `String#trim` judges. */
function isBlankLine(bytes: Uint8Array, start: number, end: number): boolean {
  const first = bytes[start];
  if (first === undefined || start >= end) return true;
  if (first === 0x7b /* { */) return false;
  return utf8(bytes.subarray(start, end)).trim() === '';
}

/**
 * Cuts an NDJSON stream into chunks of whole lines of about `size` bytes, counting records, so
 * that the main thread never parses JSON: the chunks go to the workers as bytes. Lines end at
 * `\n`; a `\r` before it is dropped by {@link ndjsonRecords}.
 */
export async function* ndjsonChunks(
  stream: AsyncIterable<Uint8Array | string>,
  size = 1 << 20,
): AsyncGenerator<NdjsonChunk> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let line = 1;
  let bytesRead = 0;
  const cut = (bytes: Buffer): NdjsonChunk => {
    let records = 0;
    let lines = 0;
    for (let start = 0; start < bytes.length; ) {
      const nl = bytes.indexOf(NEWLINE, start);
      const end = nl === -1 ? bytes.length : nl;
      if (!isBlankLine(bytes, start, end)) records++;
      lines++;
      start = end + 1;
    }
    const chunk = { bytes, firstLine: line, records, bytesRead };
    line += lines;
    return chunk;
  };
  for await (const piece of stream) {
    const data =
      typeof piece === 'string'
        ? Buffer.from(piece, 'utf8')
        : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    bytesRead += data.length;
    pending.push(data);
    pendingBytes += data.length;
    if (pendingBytes < size) continue;
    const all = Buffer.concat(pending, pendingBytes);
    const last = all.lastIndexOf(NEWLINE);
    if (last === -1) {
      pending = [all];
      continue;
    }
    const rest = Buffer.from(all.subarray(last + 1));
    pending = rest.length > 0 ? [rest] : [];
    pendingBytes = rest.length;
    yield cut(all.subarray(0, last + 1));
  }
  if (pendingBytes > 0) yield cut(Buffer.concat(pending, pendingBytes));
}

/**
 * The records of a chunk of NDJSON lines: parsed values, and unreadable records with their line
 * number for malformed lines. Blank lines are not records.
 *
 * @param text - Whole lines.
 * @param firstLine - The file line number of the first one.
 */
export function* ndjsonRecords(text: string, firstLine: number): Generator<unknown> {
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const n = firstLine + i;
    let line = lines[i]!;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (n === 1 && line.startsWith('\uFEFF')) line = line.slice(1);
    if (line.trim() === '') continue;
    try {
      yield JSON.parse(line) as unknown;
    } catch (error) {
      const id = /"id"\s*:\s*"([^"]{1,100})"/.exec(line)?.[1];
      yield unreadable(
        n,
        line.length > 80 ? `${line.slice(0, 77)}...` : line,
        `one account as a JSON object on one line; ${(error as Error).message}`,
        id,
      );
    }
  }
}

async function* readNdjson(stream: Readable): AsyncGenerator<unknown> {
  for await (const chunk of ndjsonChunks(stream)) yield* ndjsonRecords(utf8(chunk.bytes), chunk.firstLine);
}

async function* readJson(path: string): AsyncGenerator<unknown> {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(path, 'utf8').replace(/^\uFEFF/, ''));
  } catch (error) {
    yield unreadable(1, path, `a JSON array of accounts; ${(error as Error).message}`);
    return;
  }
  if (Array.isArray(value)) yield* value;
  else yield value;
}

const PROCEDURE = [
  'cafSignalledOn',
  'ccapexReferredOn',
  'fslReferredOn',
  'commandementOn',
  'assignationOn',
  'hearingOn',
  'commandementToLeaveOn',
  'surendettementRecevableOn',
] as const;

/**
 * Columns of the accounts CSV, in order. Empty cells are absent fields.
 *
 * @example
 * ```ts
 * ACCOUNT_COLUMNS.slice(0, 5); // => ['id', 'signedOn', 'department', 'rent', 'charges']
 * ```
 */
export const ACCOUNT_COLUMNS = [
  'id',
  'signedOn',
  'department',
  'rent',
  'charges',
  'dueDay',
  'rls',
  'endedOn',
  'guarantor',
  'name',
  'monthlyResources',
  'memberAges',
  'email',
  'mobile',
  'preferredChannels',
  'benefitKind',
  'benefitAmount',
  'benefitPaidTo',
  ...PROCEDURE,
] as const;

/**
 * Columns of the ledger CSV.
 *
 * @example
 * ```ts
 * LEDGER_COLUMNS; // => ['accountId', 'date', 'kind', 'amount', 'id', 'settles']
 * ```
 */
export const LEDGER_COLUMNS = ['accountId', 'date', 'kind', 'amount', 'id', 'settles'] as const;

function checkHeader(
  header: readonly string[],
  expected: readonly string[],
  file: string,
  required: readonly string[],
): void {
  const unknown = header.filter((h) => !expected.includes(h));
  const missing = required.filter((r) => !header.includes(r));
  if (unknown.length > 0 || missing.length > 0) {
    throw new ValidationError([
      makeIssue(
        unknown.length > 0 ? 'unrecognized_key' : 'missing',
        [file],
        unknown.length > 0 ? unknown : missing,
        `a header with the documented columns (${expected.join(', ')}); required: ${required.join(', ')}`,
      ),
    ]);
  }
}

const bool = (v: string): boolean | string =>
  v === 'true' || v === '1' ? true : v === 'false' || v === '0' ? false : v;
const int = (v: string): number | string => (/^\d{1,3}$/.test(v) ? Number(v) : v);
const list = (v: string) => v.split('|').filter((x) => x !== '');

/** Builds the account of one CSV row; cells keep their text so the schema reports bad values. */
function accountOfRow(
  row: Record<string, string>,
  ledger: readonly Record<string, unknown>[],
): Record<string, unknown> {
  const has = (k: string) => row[k] !== undefined && row[k] !== '';
  const lease: Record<string, unknown> = {
    signedOn: row.signedOn,
    department: row.department,
    rent: row.rent,
    charges: row.charges,
  };
  if (has('dueDay')) lease.dueDay = int(row.dueDay!);
  if (has('rls')) lease.rls = row.rls;
  if (has('endedOn')) lease.endedOn = row.endedOn;
  if (has('guarantor')) lease.guarantor = bool(row.guarantor!);
  const household: Record<string, unknown> = { monthlyResources: row.monthlyResources };
  if (has('name')) household.name = row.name;
  if (has('memberAges')) household.members = list(row.memberAges!).map((a) => ({ age: int(a) }));
  if (has('email') || has('mobile')) {
    household.digital = {
      ...(has('email') ? { email: bool(row.email!) } : {}),
      ...(has('mobile') ? { mobile: bool(row.mobile!) } : {}),
    };
  }
  if (has('preferredChannels')) household.preferredChannels = list(row.preferredChannels!);
  const account: Record<string, unknown> = { id: row.id, lease, household };
  if (has('benefitKind') || has('benefitAmount') || has('benefitPaidTo')) {
    account.housingBenefit = { kind: row.benefitKind, monthlyAmount: row.benefitAmount, paidTo: row.benefitPaidTo };
  }
  account.ledger = ledger;
  const procedure: Record<string, unknown> = {};
  for (const k of PROCEDURE) if (has(k)) procedure[k] = row[k];
  if (Object.keys(procedure).length > 0) account.procedure = procedure;
  return account;
}

function readLedger(path: string): Map<string, Record<string, unknown>[]> {
  // A ledger row that cannot be read cannot be given to its account: the file is refused, with
  // the line of each unreadable row, rather than leaving an account's debt silently incomplete.
  const bad: Issue[] = [];
  const rows = parseSync(readFileSync(path, 'utf8'), {
    bom: true,
    columns: false,
    skip_empty_lines: true,
    relax_column_count: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      bad.push(
        makeIssue(
          'invalid_type',
          ['ledger', `line ${error?.lines ?? '?'}`],
          error?.message ?? '',
          'a CSV row of the ledger with balanced quotes',
        ),
      );
      return undefined;
    },
  }) as string[][];
  if (bad.length > 0) throw new ValidationError(bad.slice(0, 20));
  const [header = [], ...body] = rows;
  checkHeader(header, LEDGER_COLUMNS, 'ledger', ['accountId', 'date', 'kind', 'amount']);
  const byAccount = new Map<string, Record<string, unknown>[]>();
  for (const cells of body) {
    const row = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])) as Record<string, string>;
    const posting: Record<string, unknown> = { date: row.date, kind: row.kind, amount: row.amount };
    if (row.id) posting.id = row.id;
    if (row.settles) posting.settles = list(row.settles);
    const id = row.accountId ?? '';
    const postings = byAccount.get(id) ?? [];
    postings.push(posting);
    byAccount.set(id, postings);
  }
  return byAccount;
}

async function* readCsv(path: string, ledgerPath: string): AsyncGenerator<unknown> {
  const ledger = readLedger(ledgerPath);
  // A row csv-parse cannot read (a stray quote, a quote never closed) is skipped by the parser and
  // reported here, in its place, as an unreadable record with its line.
  const skipped: UnreadableRecord[] = [];
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      columns: false,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        skipped.push(unreadable(Number(error?.lines ?? 0), error?.message ?? '', 'a CSV row with balanced quotes'));
        return undefined;
      },
    }),
  );
  let header: string[] | null = null;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    // The parser may run ahead of this loop: give back the skipped rows that come before this one.
    while (skipped.length > 0 && (skipped[0]!.line ?? 0) < info.lines) yield skipped.shift()!;
    if (header === null) {
      header = record;
      checkHeader(header, ACCOUNT_COLUMNS, 'accounts', [
        'id',
        'signedOn',
        'department',
        'rent',
        'charges',
        'monthlyResources',
      ]);
      continue;
    }
    if (record.length !== header.length) {
      yield unreadable(
        info.lines,
        record.join(','),
        `a row of ${header.length} cells like the header, not ${record.length}`,
        record[0] || undefined,
      );
      continue;
    }
    const row = Object.fromEntries(header.map((h, i) => [h, record[i]!])) as Record<string, string>;
    yield accountOfRow(row, ledger.get(row.id ?? '') ?? []);
  }
  yield* skipped.splice(0);
}

/**
 * Reads accounts from a file or a stream.
 *
 * @param source - A file path, or a readable stream of NDJSON.
 * @param options - `{ format?, ledger? }`.
 * @returns Raw account records (to give to `evaluatePortfolio`), with unreadable records in place
 *   of malformed lines, in file order.
 * @throws {@link index!ValidationError | ValidationError} for an unknown format or a CSV header that does not match the layout.
 * @example
 * ```ts
 * for await (const r of evaluatePortfolio(readAccounts('accounts.ndjson'), policy, { asOf })) …
 * ```
 */
export function readAccounts(source: string | Readable, options: ReadOptions = {}): AsyncGenerator<unknown> {
  if (typeof source !== 'string') return readNdjson(source);
  const format = options.format ?? formatOf(source);
  if (format === 'ndjson') return readNdjson(createReadStream(source));
  if (format === 'json') return readJson(source);
  return readCsv(source, options.ledger ?? source.replace(/\.csv$/i, '.ledger.csv'));
}
