// One measured run of evaluateFileTo, in its own process so that peak RSS is its own.
import { Writable } from 'node:stream';
import { defaultPolicy } from '../dist/index.js';
import { evaluateFileTo } from '../dist/node/index.js';

const [file, workers, asOf, explain = 'full'] = process.argv.slice(2);
let bytes = 0;
const sink = new Writable({
  write(chunk, _e, done) {
    bytes += chunk.length;
    done();
  },
});
const start = performance.now();
const summary = await evaluateFileTo(file, defaultPolicy, sink, { asOf, workers: Number(workers), explain });
const wallSeconds = (performance.now() - start) / 1000;
process.stdout.write(
  JSON.stringify({
    wallSeconds: +wallSeconds.toFixed(2),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    decisions: summary.decisions,
    errors: summary.errors,
    outputMB: Math.round(bytes / 1e6),
  }),
);
