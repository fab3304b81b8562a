/**
 * `evaluateFile` and `evaluateFileTo`: a whole file of accounts through a policy, on worker
 * threads, in input order, with the same bytes out whatever the number of workers.
 *
 * The main thread only cuts NDJSON input into chunks of whole lines (searching bytes for line ends,
 * never decoding) and writes what comes back: the workers decode and parse each line, evaluate,
 * and (for `evaluateFileTo`) serialise and encode the output, so that the work that grows with the
 * portfolio is shared among the cores. The bytes of a chunk, and those of its output, change
 * threads by transfer, not by copy: once sent, the sender never touches them again.
 *
 * @module
 */
import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import type { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { PortfolioTally, type PortfolioResult, type PortfolioSummary } from '../portfolio';
import { prepareRun, type Decision, type ExplainLevel, type PolicySource, type PreparedRun } from '../rules';
import {
  recordCount,
  serveBatch,
  type Batch,
  type BatchBody,
  type Output,
  type Reply,
  type WorkerSetup,
} from './batches';
import { ndjsonChunks } from './ndjson';
import { checkEncoding, inputFormat, readLocated, type ReadOptions } from './read-accounts';
import type { Located } from './unreadable';
import { workerEntry } from './worker-url';
import { DecisionSink, type OutputFormat } from './write-decisions';

/** Options of {@link evaluateFile}. */
export interface EvaluateFileOptions extends ReadOptions {
  /** The evaluation date. */
  readonly asOf: string;
  /** Worker threads; by default the available cores. 1 evaluates in this thread. */
  readonly workers?: number;
  /** Records per batch sent to a worker, for JSON and CSV input. Default 256. */
  readonly batchSize?: number;
  /** Bytes of whole lines per batch sent to a worker, for NDJSON input. Default 512 KiB. */
  readonly chunkBytes?: number;
  /** The language of the decisions' texts: `fr` (the default) or `en`. */
  readonly locale?: string;
  /**
   * How much of the explanation each decision carries: `full` (the default), `summary` (without
   * the traces of the conditions) or `none` (an empty explanation); see `RunOptions.explain`.
   */
  readonly explain?: ExplainLevel;
}

/** Progress of {@link evaluateFileTo}, reported after each batch written. */
export interface FileProgress {
  /** Accounts written so far. */
  readonly accounts: number;
  /** Bytes of NDJSON input read so far (0 for JSON and CSV, read whole). */
  readonly bytesRead: number;
}

/** Options of {@link evaluateFileTo}. */
export interface EvaluateFileToOptions extends EvaluateFileOptions {
  /** The output format; NDJSON by default. */
  readonly output?: OutputFormat;
  /**
   * For CSV output: `fr` writes French column names, `;`, decimal commas and a BOM for French
   * spreadsheets. (The input's dialect is `inputDialect`.)
   */
  readonly dialect?: 'standard' | 'fr';
  /** Called after each batch written. */
  readonly onProgress?: (progress: FileProgress) => void;
}

/**
 * Bytes of whole lines per batch, by default: about 95 demo accounts. Measured from 256 KiB to
 * 1 MiB, the cost per account is the same within the noise of a shared machine (smaller batches
 * cost the main thread more messages, larger ones leave more parsed accounts for the collector to
 * move out of the young generation); the peak memory grows with the batch: 512 KiB is the middle.
 */
const CHUNK_BYTES = 512 << 10;

/** Bytes asked of a file per read: reads of 1 MiB cost the main thread half as much per byte as 64 KiB ones. */
const READ_BYTES = 1 << 20;

async function* batchesOf(input: string | Readable, options: EvaluateFileOptions): AsyncGenerator<BatchBody> {
  if (inputFormat(input, options) === 'ndjson') {
    const stream = typeof input === 'string' ? createReadStream(input, { highWaterMark: READ_BYTES }) : input;
    for await (const chunk of ndjsonChunks(stream, options.chunkBytes ?? CHUNK_BYTES))
      yield { kind: 'lines', ...chunk };
    return;
  }
  const size = Math.max(1, options.batchSize ?? 256);
  let records: Located[] = [];
  for await (const record of readLocated(input, options)) {
    records.push(record);
    if (records.length === size) {
      yield { kind: 'records', records };
      records = [];
    }
  }
  if (records.length > 0) yield { kind: 'records', records };
}

/**
 * Batches sent per worker and not yet written, at most: enough that a worker always has its next
 * batch waiting, and that one held up (by another process on its core) does not leave the others
 * idle while the oldest reply is awaited; a batch is about 512 KiB of input and its output.
 */
const BATCHES_AHEAD = 4;

/** Evaluates the batches in order, in this thread or on a pool of workers. */
async function* replies(
  input: string | Readable,
  policy: PolicySource,
  options: EvaluateFileOptions,
  output: Output,
): AsyncGenerator<Reply & { bytesRead: number }> {
  // The policy, asOf and the version in force are checked once, before anything is read.
  const run = prepareRun(policy, {
    asOf: options?.asOf,
    ...(options?.locale === undefined ? {} : { locale: options.locale }),
    explain: explainOf(options, output),
  });
  checkEncoding(inputFormat(input, options), options);
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), 64));
  const entry = workers === 1 ? null : workerEntry();
  // Without the worker entry file (the sources run by a test runner, a host's own bundle), the
  // batches are evaluated in this thread: the same bytes, on one core.
  const pool = entry === null ? null : startPool(entry, { run: run.describe(), output }, workers);
  try {
    const queue: Promise<Reply>[] = [];
    const read: number[] = [];
    let id = 0;
    let base = 0;
    for await (const body of batchesOf(input, options)) {
      const batch: Batch = { ...body, id: id++, base };
      base += recordCount(body);
      read.push(body.kind === 'lines' ? body.bytesRead : 0);
      queue.push(pool === null ? inThread(batch, run, output) : pool.run(batch));
      while (queue.length >= (pool === null ? 1 : BATCHES_AHEAD * workers))
        yield { ...(await queue.shift()!), bytesRead: read.shift()! };
    }
    while (queue.length > 0) yield { ...(await queue.shift()!), bytesRead: read.shift()! };
  } finally {
    await pool?.close();
  }
}

/**
 * The explanation the run builds: the one asked for (`full` by default), checked by `prepareRun`;
 * none for CSV output, whose columns never show it (the same rows, without the work).
 */
function explainOf(options: EvaluateFileOptions, output: Output): ExplainLevel {
  const asked = options.explain ?? 'full';
  return output?.format === 'csv' && (asked === 'full' || asked === 'summary') ? 'none' : asked;
}

function inThread(batch: Batch, run: PreparedRun<Decision>, output: Output): Promise<Reply> {
  try {
    return Promise.resolve(serveBatch(batch, run, output));
  } catch (error) {
    return Promise.reject(error);
  }
}

/**
 * Worker threads, each with its own prepared run (from the description: they share nothing
 * mutable). A batch goes to the worker with the fewest batches pending, so that a worker slowed
 * down by another process on its core gets less of the work.
 */
function startPool(entry: URL, setup: WorkerSetup, count: number) {
  const workers = Array.from({ length: count }, () => new Worker(entry, { workerData: setup }));
  const pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: unknown) => void }>();
  const load = workers.map(() => 0);
  let closing = false;
  workers.forEach((w, i) => {
    // A worker's bytes arrive as its own: its output is never copied on the way.
    w.on('message', (reply: Reply) => {
      load[i]!--;
      pending.get(reply.id)?.resolve(reply);
      pending.delete(reply.id);
    });
    const fail = (error: unknown) => {
      for (const p of pending.values()) p.reject(error);
      pending.clear();
    };
    w.on('error', fail);
    w.on('exit', (code) => {
      if (!closing) fail(new Error(`a worker thread stopped (exit code ${code})`));
    });
  });
  return {
    run(batch: Batch): Promise<Reply> {
      const promise = new Promise<Reply>((resolve, reject) => pending.set(batch.id, { resolve, reject }));
      promise.catch(() => undefined); // awaited in order by the caller; never an unhandled rejection
      // The chunk's bytes are transferred: from here on they belong to the worker, and this thread
      // (which keeps no other reference to them) must not read them.
      const moved = batch.kind === 'lines' ? { ...batch, bytes: ownBytes(batch.bytes) } : batch;
      const i = load.indexOf(Math.min(...load));
      load[i]!++;
      workers[i]!.postMessage(moved, moved.kind === 'lines' ? [moved.bytes.buffer as ArrayBuffer] : []);
      return promise;
    },
    close: async () => {
      closing = true;
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}

/**
 * Bytes that can be transferred without taking anything else along: `bytes` when they are the
 * whole of their `ArrayBuffer` (as `ndjsonChunks` makes them), else a copy.
 */
function ownBytes(bytes: Uint8Array): Uint8Array {
  const whole = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  return whole && bytes.buffer instanceof ArrayBuffer ? bytes : new Uint8Array(bytes);
}

/**
 * Evaluates every account of a file (JSON, NDJSON or CSV) or stream (standard input), with the
 * same records and line numbers from a stream as from a file: one result per record, an error
 * record naming its line (and its account id when there is one) for a record that cannot be read
 * or evaluated.
 *
 * @param input - A file path, or a readable stream (NDJSON unless `format` says otherwise; for CSV
 *   from a stream, the ledger is the file `ledger` names, if any).
 * @param policy - A policy, a set of versions, or a loaded policy.
 * @param options - `{ asOf, workers?, format?, ledger?, inputDialect?, encoding?, locale?, explain? }`:
 *   for CSV, `inputDialect: 'fr'` reads `512,30` and `23/11/2026`, `encoding: 'windows-1252'` or
 *   `'iso-8859-1'` the text of a file not in UTF-8 (see `ReadOptions`); `explain: 'summary'` or
 *   `'none'` a lighter explanation in each decision.
 * @returns The results in input order, one per record.
 * @throws {@link index!ValidationError | ValidationError} before any record for an invalid policy, `asOf` or format,
 *   or an encoding given for JSON or NDJSON; while reading, for a UTF-16 or UTF-32 input, a CSV header off the
 *   layout, or an unreadable ledger.
 * @example
 * ```ts
 * for await (const r of evaluateFile('accounts.ndjson', policy, { asOf: '2026-11-23' })) {
 *   if (!r.ok) console.error(r.index, r.issues);
 * }
 * ```
 */
export async function* evaluateFile(
  input: string | Readable,
  policy: PolicySource,
  options: EvaluateFileOptions,
): AsyncGenerator<PortfolioResult> {
  for await (const reply of replies(input, policy, options, null)) if ('results' in reply) yield* reply.results;
}

/**
 * Evaluates every account of a file or stream and writes the results, serialised by the
 * workers: the fastest way through a large portfolio, and the one the command line uses.
 *
 * @param input - A file path, or a readable stream (NDJSON unless `format` says otherwise).
 * @param policy - A policy, a set of versions, or a loaded policy.
 * @param out - Where to write (a file stream, `process.stdout`).
 * @param options - As {@link evaluateFile}, with `output`, `dialect` and `onProgress`. For CSV
 *   output, `explain` changes nothing: no column shows the explanation.
 * @returns The summary of the run; the same bytes as `writeDecisions(evaluateFile(…))`.
 * @throws {@link index!ValidationError | ValidationError} before anything is written for an invalid policy, `asOf` or format.
 * @example
 * ```ts
 * const summary = await evaluateFileTo('accounts.ndjson', policy, process.stdout, { asOf: '2026-11-23' });
 * summary.errors; // => 0
 * ```
 */
export async function evaluateFileTo(
  input: string | Readable,
  policy: PolicySource,
  out: Writable,
  options: EvaluateFileToOptions,
): Promise<PortfolioSummary> {
  const format = options.output ?? 'ndjson';
  const fr = options.dialect === 'fr';
  const sink = new DecisionSink(out, format, fr);
  const tally = new PortfolioTally();
  let accounts = 0;
  for await (const reply of replies(input, policy, options, { format, fr })) {
    if (!('bytes' in reply)) continue;
    await sink.write(reply.bytes);
    tally.merge(reply.summary);
    accounts += reply.count;
    options.onProgress?.({ accounts, bytesRead: reply.bytesRead });
  }
  await sink.end();
  return tally.summary();
}
