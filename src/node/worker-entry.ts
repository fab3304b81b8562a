/**
 * The entry file of the worker threads `evaluateFile` starts (`dist/node/worker.js`, and
 * `.cjs`): it prepares the run it is given — the same policy, `asOf`, engine, locale and
 * explanation as the main thread's, from `run.describe()`, each worker its own: the workers share
 * nothing mutable — and serves batches until the main thread terminates it. The bytes of its
 * output are transferred to the main thread, not copied. Loading this file is what starts
 * serving, so nothing else imports it.
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
    explain: setup.run.explain,
  });
  port.on('message', (batch: Batch) => {
    const reply = serveBatch(batch, run, setup.output);
    // The output's buffer is this reply's alone (serveBatch's ByteWriter): handed over whole.
    port.postMessage(reply, 'bytes' in reply ? [reply.bytes.buffer as ArrayBuffer] : []);
  });
}
