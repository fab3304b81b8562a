/**
 * The work of `evaluateFile` on one batch of records, the same in a worker thread and in the main
 * thread, so the bytes never depend on the number of workers: the records of a batch (whole
 * NDJSON lines as bytes, or records a reader already read, each with its line) through a prepared
 * run, sent back as results or as the bytes of an output format with its tally. Every error record
 * names the line its record starts on.
 *
 * Each line of a batch is decoded on its own, straight from the batch's bytes, and parsed; the
 * output is encoded to UTF-8 here, into bytes that own their memory, so that a worker hands them to
 * the main thread without a copy and the main thread only writes them.
 *
 * @module
 */
import { ValidationError, makeIssue } from '../errors';
import { PortfolioTally, type PortfolioResult, type PortfolioSummary, type UnreadableRecord } from '../portfolio';
import type { Decision, PreparedRun, RunDescription } from '../rules';
import { ndjsonRecords } from './ndjson';
import type { Located } from './unreadable';
import { resultText, type OutputFormat } from './write-decisions';

/**
 * A batch of work: whole NDJSON lines as bytes (with the error records of the lines over the
 * limit), or records a reader already read, each with its line.
 */
export type BatchBody =
  | {
      readonly kind: 'lines';
      readonly bytes: Uint8Array;
      readonly firstLine: number;
      readonly records: number;
      readonly bytesRead: number;
      readonly overLimit: readonly UnreadableRecord[];
    }
  | { readonly kind: 'records'; readonly records: readonly Located[] };

/** A batch with its sequence number and the input index of its first record. */
export type Batch = BatchBody & { readonly id: number; readonly base: number };

/** How results are sent back: as values, or as the text of an output format. */
export type Output = { readonly format: OutputFormat; readonly fr: boolean } | null;

/**
 * What comes back for a batch: its results, or their output as UTF-8 bytes (a view on an
 * `ArrayBuffer` of their own, which a worker transfers) with their tally.
 */
export type Reply =
  | { readonly id: number; readonly results: PortfolioResult[] }
  | { readonly id: number; readonly bytes: Uint8Array; readonly summary: PortfolioSummary; readonly count: number };

/** What a worker thread is started with: the run to prepare and how to send results back. */
export interface WorkerSetup {
  readonly run: RunDescription;
  readonly output: Output;
}

/**
 * How many records a batch holds.
 *
 * @param batch - A batch.
 * @returns Its number of records (blank lines excluded).
 * @example
 * ```ts
 * recordCount({ kind: 'records', records: [{ line: 2, value: {} }] }); // => 1
 * ```
 */
export function recordCount(batch: BatchBody): number {
  return batch.kind === 'lines' ? batch.records : batch.records.length;
}

/**
 * Evaluates one batch.
 *
 * @param batch - The batch.
 * @param run - The prepared run (compiled engine).
 * @param output - `null` for values, or the format to serialise to.
 * @returns The reply: results in order, or their text and tally.
 * @example
 * ```ts
 * serveBatch({ id: 0, base: 0, kind: 'records', records: [{ line: 3, value: {} }] }, run, null).results[0];
 * // => { ok: false, index: 0, line: 3, issues: [...] }
 * ```
 */
export function serveBatch(batch: Batch, run: PreparedRun<Decision>, output: Output): Reply {
  // Each phase over the whole batch (parse every line, evaluate every record, serialise every
  // result): measured faster than one record at a time through the three, which collects less
  // garbage but keeps less of each phase's code and data warm.
  const records =
    batch.kind === 'lines' ? [...ndjsonRecords(batch.bytes, batch.firstLine, batch.overLimit)] : batch.records;
  if (records.length !== recordCount(batch)) {
    throw new ValidationError([
      makeIssue(
        'custom',
        [],
        records.length,
        `${recordCount(batch)} records in the batch from line ${batch.kind === 'lines' ? batch.firstLine : '?'}`,
      ),
    ]);
  }
  const results = records.map(({ line, value }, i) => withLine(run.evaluateRecord(value, batch.base + i), line));
  if (output === null) return { id: batch.id, results };
  const tally = new PortfolioTally();
  // For NDJSON, the size of the input: the text of a decision is shorter than its account's line.
  const bytes = new ByteWriter(batch.kind === 'lines' ? batch.bytes.length : 1 << 16);
  for (const result of results) {
    tally.add(result);
    bytes.write(resultText(result, output.format, output.fr));
  }
  return { id: batch.id, bytes: bytes.bytes(), summary: tally.summary(), count: results.length };
}

/**
 * Texts encoded to UTF-8 one after the other into one growing buffer, which owns its whole
 * `ArrayBuffer` (never a slice of Node's shared pool of small buffers), so that it can be
 * transferred to another thread.
 */
export class ByteWriter {
  readonly #capacity: number;
  /** Allocated on the first write: a writer never written to holds no memory. */
  #buffer: Buffer | null = null;
  #length = 0;

  /** @param capacity - The bytes to start with; it grows as needed. */
  constructor(capacity: number) {
    this.#capacity = Math.max(1024, capacity);
  }

  /** Appends the UTF-8 bytes of `text`. */
  write(text: string): void {
    // At most 3 bytes per UTF-16 code unit: room for that, and the text is written whole.
    const needed = this.#length + 3 * text.length;
    let buffer = this.#buffer ?? Buffer.allocUnsafeSlow(Math.max(needed, this.#capacity));
    if (needed > buffer.length) {
      const bigger = Buffer.allocUnsafeSlow(Math.max(needed, 2 * buffer.length));
      buffer.copy(bigger, 0, 0, this.#length);
      buffer = bigger;
    }
    this.#buffer = buffer;
    this.#length += buffer.write(text, this.#length, 'utf8');
  }

  /** The bytes written: a view from the start of a buffer of their own (whose end may be spare room). */
  bytes(): Uint8Array {
    return this.#buffer === null ? new Uint8Array(0) : this.#buffer.subarray(0, this.#length);
  }
}

/**
 * An error record with the line its record starts on (a record that was read but is not a valid
 * account carries no line of its own); the same fields, in the same order, as an unreadable
 * record's error record.
 */
export function withLine(result: PortfolioResult, line: number): PortfolioResult {
  if (result.ok || result.line !== undefined) return result;
  return {
    ok: false,
    index: result.index,
    line,
    ...(result.accountId === undefined ? {} : { accountId: result.accountId }),
    issues: result.issues,
  };
}
