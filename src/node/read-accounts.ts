/**
 * Reading accounts from files for hosts that are not JavaScript: a JSON array, NDJSON (one
 * account per line, `ndjson.ts`) or a flat CSV layout (`read-csv.ts`). A malformed line or row
 * becomes an unreadable record with its line number, evaluated as an error record; it never
 * aborts the run.
 *
 * @module
 */
import { createReadStream, readFileSync } from 'node:fs';
import type { Readable } from 'node:stream';
import { ValidationError, makeIssue } from '../errors';
import { readNdjson } from './ndjson';
import { readCsv } from './read-csv';
import { unreadable } from './unreadable';

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
