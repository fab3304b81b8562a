/**
 * The worker side of `evaluateFile`: a worker thread runs the very module that started it (so
 * the code is found wherever the bundler put it), evaluates batches of raw records under one
 * policy and sends the results back; the main thread keeps the order.
 *
 * @module
 */
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { evaluateRecord, isUnreadable, unreadableResult, type PortfolioResult } from '../portfolio';
import { loadPolicy } from '../rules';

/** Marks the workers `evaluateFile` starts. */
export const WORKER_FLAG = 'hlmRecoveryWorker';

interface Batch {
  readonly id: number;
  readonly base: number;
  readonly records: readonly unknown[];
}

/** In a worker started by `evaluateFile`, serves batches; elsewhere does nothing. */
export function serveBatchesIfWorker(): void {
  const data = workerData as { [WORKER_FLAG]?: boolean; policy?: unknown; asOf?: string } | null;
  if (isMainThread || parentPort === null || data?.[WORKER_FLAG] !== true) return;
  const set = loadPolicy(data.policy);
  const asOf = data.asOf!;
  const port = parentPort;
  port.on('message', (batch: Batch) => {
    const results: PortfolioResult[] = batch.records.map((record, i) =>
      isUnreadable(record) ? unreadableResult(record, batch.base + i) : evaluateRecord(record, batch.base + i, set, { asOf }),
    );
    port.postMessage({ id: batch.id, results });
  });
}
