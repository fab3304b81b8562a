// An ES module host: evaluateFile on 2 worker threads through import 'hlm-recovery/node', one
// result per line on stdout, and the number of worker threads started on stderr.
import { createRequire, syncBuiltinESMExports } from 'node:module';

const threads = createRequire(import.meta.url)('node:worker_threads');
let started = 0;
const Worker = threads.Worker;
threads.Worker = class extends Worker {
  constructor(...args) {
    super(...args);
    started++;
  }
};
// The ES module view of node:worker_threads follows the counting class.
syncBuiltinESMExports();
const { defaultPolicy, resultRecord } = await import('hlm-recovery');
const { evaluateFile } = await import('hlm-recovery/node');

const [input, asOf, chunkBytes] = process.argv.slice(2);
let out = '';
for await (const result of evaluateFile(input, defaultPolicy, { asOf, workers: 2, chunkBytes: Number(chunkBytes) })) {
  out += `${JSON.stringify(resultRecord(result))}\n`;
}
process.stdout.write(out);
process.stderr.write(`workers started: ${started}\n`);
