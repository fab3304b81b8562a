// The floor of the batch path, in its own process: the file read and each line JSON.parse'd,
// nothing else. With 1 thread, this thread reads the whole file; with N threads, N worker threads
// each read their own byte range (cut at line ends). Each line is decoded on its own from the
// bytes read, as the batch path does.
//   node bench/floor-child.mjs <file.ndjson> <threads>
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';

/** Reads bytes [start, end) of the file and JSON.parse's every line; returns the lines parsed. */
function parseRange(file, start, end) {
  const fd = openSync(file, 'r');
  const buffer = Buffer.allocUnsafe(1 << 20);
  let carry = Buffer.alloc(0);
  let position = start;
  let lines = 0;
  try {
    while (position < end) {
      const n = readSync(fd, buffer, 0, Math.min(buffer.length, end - position), position);
      if (n === 0) break;
      position += n;
      let chunk = buffer.subarray(0, n);
      if (carry.length > 0) {
        chunk = Buffer.concat([carry, chunk]);
        carry = Buffer.alloc(0);
      }
      let from = 0;
      for (let nl = chunk.indexOf(10, from); nl !== -1; nl = chunk.indexOf(10, from)) {
        if (nl > from) {
          JSON.parse(chunk.toString('utf8', from, nl));
          lines++;
        }
        from = nl + 1;
      }
      if (from < chunk.length) carry = Buffer.from(chunk.subarray(from));
    }
    if (carry.length > 0) {
      JSON.parse(carry.toString('utf8'));
      lines++;
    }
  } finally {
    closeSync(fd);
  }
  return lines;
}

/** The start of the line at or after `position`. */
function lineStart(fd, position, size) {
  if (position === 0) return 0;
  const b = Buffer.alloc(1 << 16);
  let at = position - 1;
  while (at < size) {
    const n = readSync(fd, b, 0, b.length, at);
    const nl = b.subarray(0, n).indexOf(10);
    if (nl !== -1) return at + nl + 1;
    at += n;
  }
  return size;
}

if (isMainThread) {
  const [file, threadsArg] = process.argv.slice(2);
  const threads = Number(threadsArg);
  const start = performance.now();
  let lines = 0;
  if (threads === 1) {
    const fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    closeSync(fd);
    lines = parseRange(file, 0, size);
  } else {
    const fd = openSync(file, 'r');
    const size = fstatSync(fd).size;
    const cuts = [0];
    for (let i = 1; i < threads; i++) cuts.push(lineStart(fd, Math.floor((size * i) / threads), size));
    cuts.push(size);
    closeSync(fd);
    const counts = await Promise.all(
      cuts.slice(0, -1).map(
        (from, i) =>
          new Promise((resolve, reject) => {
            const w = new Worker(new URL(import.meta.url), { workerData: { file, start: from, end: cuts[i + 1] } });
            w.once('message', resolve);
            w.once('error', reject);
          }),
      ),
    );
    lines = counts.reduce((a, b) => a + b, 0);
  }
  const wallSeconds = (performance.now() - start) / 1000;
  process.stdout.write(
    JSON.stringify({
      wallSeconds: +wallSeconds.toFixed(2),
      peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
      lines,
    }),
  );
} else {
  parentPort.postMessage(parseRange(workerData.file, workerData.start, workerData.end));
}
