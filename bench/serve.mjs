// The service's share of `npm run bench`: latency of one account over HTTP (p50, p99) and the
// throughput of the NDJSON endpoint against the command line on the same accounts.
import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const cli = new URL('../dist/cli.js', import.meta.url).pathname;

/** Starts `hlm-recovery serve --port 0` and resolves with its URL and a way to stop it. */
function startService() {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--lang', 'en'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += String(chunk);
      const nl = out.indexOf('\n');
      if (nl !== -1) resolve({ url: out.slice(0, nl).trim(), stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`serve exited with ${code}`)));
  });
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];

/**
 * @param {object[]} accounts - Demo accounts.
 * @param {string} dir - A folder for the files.
 * @param {string} asOf - The evaluation date.
 */
export async function benchService(accounts, dir, asOf) {
  const service = await startService();
  try {
    // 1. One account at a time, as an ERP asks when an officer opens a file.
    const bodies = accounts.slice(0, 2000).map((a) => JSON.stringify(a));
    const one = (body) =>
      fetch(`${service.url}/v1/evaluate?asOf=${asOf}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      }).then((r) => {
        if (r.status !== 200) throw new Error(`status ${r.status}`);
        return r.arrayBuffer();
      });
    for (const body of bodies.slice(0, 200)) await one(body); // warm-up
    const ms = [];
    for (const body of bodies) {
      const t = performance.now();
      await one(body);
      ms.push(performance.now() - t);
    }
    ms.sort((a, b) => a - b);

    // 2. The NDJSON endpoint against the command line, on the same accounts, one thread each.
    const lines = accounts.map((a) => JSON.stringify(a));
    const file = join(dir, `service-${lines.length}.ndjson`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    let t = performance.now();
    const cliRun = spawnSync(process.execPath, [cli, 'evaluate', file, '--as-of', asOf, '--workers', '1', '--quiet'], {
      maxBuffer: 1 << 30,
    });
    if (cliRun.status !== 0) throw new Error(String(cliRun.stderr));
    const cliSeconds = (performance.now() - t) / 1000;
    // Batches under the service's 10 MiB limit, one after the other.
    const batches = [];
    for (let i = 0, size = 0, start = 0; i <= lines.length; i++) {
      if (i === lines.length || size + lines[i].length > 9 * (1 << 20)) {
        batches.push(`${lines.slice(start, i).join('\n')}\n`);
        start = i;
        size = 0;
      }
      if (i < lines.length) size += lines[i].length + 1;
    }
    t = performance.now();
    let written = 0;
    for (const body of batches) {
      const r = await fetch(`${service.url}/v1/evaluate-batch?asOf=${asOf}`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-ndjson' },
        body,
      });
      if (r.status !== 200) throw new Error(`status ${r.status}`);
      written += (await r.text()).split('\n').length - 1;
    }
    const serviceSeconds = (performance.now() - t) / 1000;
    if (written !== lines.length) throw new Error(`${written} lines for ${lines.length} accounts`);
    return {
      oneAccount: {
        requests: ms.length,
        p50Ms: +percentile(ms, 50).toFixed(2),
        p99Ms: +percentile(ms, 99).toFixed(2),
        targets: { p50Ms: 5, p99Ms: 20 },
      },
      ndjsonEndpoint: {
        accounts: lines.length,
        batches: batches.length,
        serviceSeconds: +serviceSeconds.toFixed(2),
        commandLineSeconds: +cliSeconds.toFixed(2),
        throughputVsCommandLine: +(cliSeconds / serviceSeconds).toFixed(2),
        target: 0.8,
      },
    };
  } finally {
    service.stop();
  }
}
