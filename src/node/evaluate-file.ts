/**
 * `evaluateFile`: a whole file of accounts through a policy, on worker threads, in input order,
 * with the same bytes out whatever the number of workers.
 *
 * @module
 */
import { availableParallelism } from 'node:os';
import type { Readable } from 'node:stream';
import { Worker } from 'node:worker_threads';
import { parseDate } from '../calendar';
import { evaluatePortfolio, type PortfolioResult } from '../portfolio';
import { loadPolicy, policyInForce } from '../rules';
import { isLoadedPolicy } from '../rules/validate';
import { readAccounts, type ReadOptions } from './read-accounts';
import { WORKER_FLAG, serveBatchesIfWorker } from './worker';

serveBatchesIfWorker();

/** Options of {@link evaluateFile}. */
export interface EvaluateFileOptions extends ReadOptions {
  /** The evaluation date. */
  readonly asOf: string;
  /** Worker threads; by default the available cores. 1 evaluates in this thread. */
  readonly workers?: number;
  /** Records per batch sent to a worker. Default 256. */
  readonly batchSize?: number;
}

/**
 * Evaluates every account of a file (JSON, NDJSON or CSV) or stream.
 *
 * @param input - A file path, or a readable stream of NDJSON.
 * @param policy - A policy, a set of versions, or a loaded policy.
 * @param options - `{ asOf, workers?, format?, ledger? }`.
 * @returns The results in input order, one per record.
 * @throws {@link ValidationError} before any record for an invalid policy, `asOf` or format.
 * @example
 * ```ts
 * const summary = await writeDecisions(evaluateFile('accounts.ndjson', policy, { asOf: '2026-11-23' }), process.stdout);
 * ```
 */
export async function* evaluateFile(input: string | Readable, policy: unknown, options: EvaluateFileOptions): AsyncGenerator<PortfolioResult> {
  const set = isLoadedPolicy(policy) ? policy : loadPolicy(policy);
  const asOf = parseDate(options?.asOf, ['asOf']);
  policyInForce(set, asOf);
  const workers = Math.max(1, Math.min(options.workers ?? availableParallelism(), 64));
  const records = readAccounts(input, options);
  if (workers === 1) {
    yield* evaluatePortfolio(records, set, { asOf });
    return;
  }
  yield* evaluateOnWorkers(records, JSON.parse(JSON.stringify(set)) as unknown, asOf, workers, options.batchSize ?? 256);
}

async function* evaluateOnWorkers(
  records: AsyncIterable<unknown>,
  policy: unknown,
  asOf: string,
  count: number,
  batchSize: number,
): AsyncGenerator<PortfolioResult> {
  // The worker runs this very module (see worker.ts), wherever the bundler put it.
  const url = new URL(import.meta.url);
  const pool = Array.from({ length: count }, () => new Worker(url, { workerData: { [WORKER_FLAG]: true, policy, asOf } }));
  const done = new Map<number, PortfolioResult[]>();
  const waiting = new Map<number, (results: PortfolioResult[]) => void>();
  let failure: unknown = null;
  for (const w of pool) {
    w.on('message', ({ id, results }: { id: number; results: PortfolioResult[] }) => {
      const resolve = waiting.get(id);
      if (resolve) {
        waiting.delete(id);
        resolve(results);
      } else done.set(id, results);
    });
    w.on('error', (error) => {
      failure = error;
      for (const resolve of waiting.values()) resolve([]);
    });
  }
  const resultOf = (id: number) =>
    new Promise<PortfolioResult[]>((resolve) => {
      const ready = done.get(id);
      if (ready) {
        done.delete(id);
        resolve(ready);
      } else waiting.set(id, resolve);
    });
  try {
    let sent = 0;
    let next = 0;
    let base = 0;
    let batch: unknown[] = [];
    const inFlight = 2 * count;
    const send = () => {
      pool[sent % count]!.postMessage({ id: sent, base, records: batch });
      base += batch.length;
      batch = [];
      sent++;
    };
    for await (const record of records) {
      batch.push(record);
      if (batch.length === batchSize) {
        send();
        while (sent - next >= inFlight) {
          yield* await resultOf(next++);
          if (failure) throw failure;
        }
      }
    }
    if (batch.length > 0) send();
    while (next < sent) {
      yield* await resultOf(next++);
      if (failure) throw failure;
    }
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
}
