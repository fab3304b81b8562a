/**
 * The work of `evaluateFile` on one batch, and the worker side: a worker thread runs the very
 * module that started it (so the code is found wherever the bundler put it), evaluates batches
 * under one policy and sends back results, or their serialised text; the main thread keeps the
 * order. A batch is evaluated by the same function in a worker and in the main thread, so the
 * bytes never depend on the number of workers.
 *
 * @module
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { ValidationError, makeIssue } from '../errors';
import { PortfolioTally, evaluateRecord, isUnreadable, unreadableResult, type PortfolioResult, type PortfolioSummary } from '../portfolio';
import { loadPolicy, type PolicySet } from '../rules';
import { ndjsonRecords, utf8 } from './read-accounts';
import { resultText, type OutputFormat } from './write-decisions';

/** Marks the workers `evaluateFile` starts. */
export const WORKER_FLAG = 'hlmRecoveryWorker';

/** A batch of work: whole NDJSON lines as bytes, or records a reader already parsed. */
export type BatchBody =
  | { readonly kind: 'lines'; readonly bytes: Uint8Array; readonly firstLine: number; readonly records: number; readonly bytesRead: number }
  | { readonly kind: 'records'; readonly records: readonly unknown[] };

/** A batch with its sequence number and the input index of its first record. */
export type Batch = BatchBody & { readonly id: number; readonly base: number };

/** How results are sent back: as values, or as the text of an output format. */
export type Output = { readonly format: OutputFormat; readonly fr: boolean } | null;

/** What comes back for a batch. */
export type Reply =
  | { readonly id: number; readonly results: PortfolioResult[] }
  | { readonly id: number; readonly text: string; readonly summary: PortfolioSummary; readonly count: number };

/** How many records a batch holds. */
export function recordCount(batch: BatchBody): number {
  return batch.kind === 'lines' ? batch.records : batch.records.length;
}

/**
 * Evaluates one batch.
 *
 * @param batch - The batch.
 * @param set - The loaded policy.
 * @param asOf - The evaluation date, already checked.
 * @param output - `null` for values, or the format to serialise to.
 */
export function serveBatch(batch: Batch, set: PolicySet, asOf: string, output: Output): Reply {
  const records = batch.kind === 'lines' ? [...ndjsonRecords(utf8(batch.bytes), batch.firstLine)] : batch.records;
  if (records.length !== recordCount(batch)) {
    throw new ValidationError([makeIssue('custom', [], records.length, `${recordCount(batch)} records in the batch from line ${batch.kind === 'lines' ? batch.firstLine : '?'}`)]);
  }
  const results = records.map((record, i) =>
    isUnreadable(record) ? unreadableResult(record, batch.base + i) : evaluateRecord(record, batch.base + i, set, { asOf }),
  );
  if (output === null) return { id: batch.id, results };
  const tally = new PortfolioTally();
  let text = '';
  for (const result of results) {
    tally.add(result);
    text += resultText(result, output.format, output.fr);
  }
  return { id: batch.id, text, summary: tally.summary(), count: results.length };
}

/** In a worker started by `evaluateFile`, serves batches; elsewhere does nothing. */
export function serveBatchesIfWorker(): void {
  const data = workerData as { [WORKER_FLAG]?: boolean; policy?: unknown; asOf?: string; output?: Output } | null;
  if (isMainThread || parentPort === null || data?.[WORKER_FLAG] !== true) return;
  const set = loadPolicy(data.policy);
  const asOf = data.asOf!;
  const output = data.output ?? null;
  const port = parentPort;
  port.on('message', (batch: Batch) => port.postMessage(serveBatch(batch, set, asOf, output)));
}
