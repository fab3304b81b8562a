// A CommonJS host: evaluateFile on 2 worker threads through require('hlm-recovery/node'), one
// result per line on stdout, and the number of worker threads started on stderr.
'use strict';
const threads = require('node:worker_threads');
let started = 0;
const Worker = threads.Worker;
threads.Worker = class extends Worker {
  constructor(...args) {
    super(...args);
    started++;
  }
};
const { defaultPolicy, resultRecord } = require('hlm-recovery');
const { evaluateFile } = require('hlm-recovery/node');

(async () => {
  const [input, asOf, chunkBytes] = process.argv.slice(2);
  let out = '';
  for await (const result of evaluateFile(input, defaultPolicy, { asOf, workers: 2, chunkBytes: Number(chunkBytes) })) {
    out += `${JSON.stringify(resultRecord(result))}\n`;
  }
  process.stdout.write(out);
  process.stderr.write(`workers started: ${started}\n`);
})().catch((error) => {
  process.stderr.write(`failed: ${error.message}\n`);
  process.exitCode = 1;
});
