/**
 * The entry file of the worker threads `evaluateFile` starts (`dist/node/worker.js`, and
 * `.cjs`): it prepares the run it is given — the same policy, `asOf` and engine as the main
 * thread's — and serves batches until the main thread terminates it. Loading this file is what
 * starts serving, so nothing else imports it.
 *
 * @module
 */
import { parentPort, workerData } from 'node:worker_threads';
import { loadPolicy, prepareRun } from '../rules';
import { serveBatch, type Batch, type WorkerSetup } from './batches';

const port = parentPort;
if (port !== null) {
  const setup = workerData as WorkerSetup;
  const run = prepareRun(loadPolicy(setup.run.policy), {
    asOf: setup.run.asOf,
    engine: setup.run.engine,
    locale: setup.run.locale,
  });
  port.on('message', (batch: Batch) => port.postMessage(serveBatch(batch, run, setup.output)));
}
