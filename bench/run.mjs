// npm run bench — speed and memory of the batch path (never part of the test suite).
// For each size, side by side in this one run: the floor (the file read and each line
// JSON.parse'd, in 1 thread and in 2 threads each reading its own byte range), then generated
// demo accounts through evaluateFileTo with the default policy, with 1 and 2 workers and full
// explanations, then with the explanations' summaries and without explanations; compares the
// compiled evaluator with json-rules-engine on a sample, and times the service (one account over
// HTTP, p50 and p99; the NDJSON endpoint against the command line). Each measured run is a
// process of its own, so its peak RSS is its own.
// Usage: npm run bench [-- --sizes 100000,1000000 --workers 1,2 --sample 10000 --explain full,summary,none]
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  FACTS,
  analyze,
  defaultPolicy,
  loadPolicy,
  maxSustainableInstalment,
  parseAccount,
  policyInForce,
  prepareRun,
} from '../dist/index.js';
import { generateDemoPortfolio } from '../dist/demo/index.js';
import { internals } from '../scripts/internals.mjs';
import { benchService } from './serve.mjs';

// The rules-only comparison needs the compiled policy and json-rules-engine on its conditions,
// which the package does not export.
const { compilePolicy, evaluateWithJsonRulesEngine } = await internals();

const { values } = parseArgs({
  options: {
    sizes: { type: 'string' },
    workers: { type: 'string' },
    sample: { type: 'string' },
    explain: { type: 'string' },
  },
});
const explainLevels = (values.explain ?? 'full,summary,none').split(',');
const sizes = (values.sizes ?? '100000,1000000').split(',').map(Number);
const workerCounts = (values.workers ?? '1,2').split(',').map(Number);
const sample = Number(values.sample ?? 10000);
const asOf = '2026-11-23';
const dir = join(tmpdir(), 'hlm-recovery-bench');
mkdirSync(dir, { recursive: true });

async function writePortfolio(count) {
  const file = join(dir, `demo-${count}.ndjson`);
  if (existsSync(file)) return file;
  const out = createWriteStream(file);
  for (const account of generateDemoPortfolio({ count, asOf })) {
    if (!out.write(`${JSON.stringify(account)}\n`)) await new Promise((r) => out.once('drain', r));
  }
  await new Promise((r) => out.end(r));
  return file;
}

const child = new URL('./evaluate-child.mjs', import.meta.url).pathname;
const floorChild = new URL('./floor-child.mjs', import.meta.url).pathname;

function measured(script, args) {
  const run = spawnSync(process.execPath, [script, ...args], { encoding: 'utf8', maxBuffer: 1 << 20 });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

const floors = [];
const results = [];
for (const size of sizes) {
  const file = await writePortfolio(size);
  for (const threads of [1, 2]) {
    const r = measured(floorChild, [file, String(threads)]);
    floors.push({ accounts: size, threads, ...r, accountsPerSecond: Math.round(size / r.wallSeconds) });
    console.error(JSON.stringify({ floor: floors[floors.length - 1] }));
  }
  const top = Math.max(...workerCounts);
  const plan = [
    ...workerCounts.map((workers) => ({ workers, explain: 'full' })),
    ...explainLevels.filter((e) => e !== 'full').map((explain) => ({ workers: top, explain })),
  ];
  for (const { workers, explain } of plan) {
    const r = measured(child, [file, String(workers), asOf, explain]);
    results.push({ accounts: size, workers, explain, ...r, accountsPerSecond: Math.round(size / r.wallSeconds) });
    console.error(JSON.stringify(results[results.length - 1]));
  }
}

// The compiled evaluator against json-rules-engine's run(), per account, in this same run.
// 1. The whole decision (JSON.parse, validation, analyze, rules, plan, explanation, JSON text)
// through each engine.
const accounts = [...generateDemoPortfolio({ count: sample, asOf })];
// One prepared run per engine, as a batch uses them; the accounts as JSON text, as a batch reads them.
const texts = accounts.map((a) => JSON.stringify(a));
const compiledRun = prepareRun(defaultPolicy, { asOf });
const jreRun = prepareRun(defaultPolicy, { asOf, engine: 'json-rules-engine' });
let t = performance.now();
for (const text of texts) JSON.stringify(compiledRun.evaluate(JSON.parse(text)));
const compiledMs = performance.now() - t;
t = performance.now();
for (const text of texts) JSON.stringify(await jreRun.evaluate(JSON.parse(text)));
const jreMs = performance.now() - t;

// 2. The rules alone: every condition of the policy (levels, channel rules, steps) on the same
// fact values, by the compiled closures and by json-rules-engine's run().
const version = policyInForce(loadPolicy(defaultPolicy), asOf);
const cases = accounts.map((raw) => {
  const account = parseAccount(raw);
  const situation = analyze(account, { asOf });
  const compiled = compilePolicy(version, account.lease.department);
  const ctx = {
    situation,
    account,
    maxSustainableInstalment: maxSustainableInstalment(situation, compiled.limits).instalment,
  };
  const values = Object.fromEntries(Object.keys(FACTS).map((name) => [name, FACTS[name].get(ctx)]));
  const rules = [...compiled.levels, ...compiled.channelRules, ...compiled.steps]
    .filter((r) => r.conditions !== null)
    .map((r, i) => ({ id: String(i), conditions: r.conditions, test: r.test }));
  return { values, rules };
});
let compiledMatches = 0;
t = performance.now();
for (const { values, rules } of cases) {
  const read = (name) => values[name];
  for (const r of rules) if (r.test(read)) compiledMatches++;
}
const rulesCompiledMs = performance.now() - t;
let jreMatches = 0;
t = performance.now();
for (const { values, rules } of cases) {
  const out = await evaluateWithJsonRulesEngine(rules, values);
  for (const r of rules) if (out[r.id]) jreMatches++;
}
const rulesJreMs = performance.now() - t;
if (compiledMatches !== jreMatches)
  throw new Error(`the engines disagree: ${compiledMatches} against ${jreMatches} rules holding`);

// The service a host keeps open: one account over HTTP, and the NDJSON endpoint.
const service = await benchService(accounts, dir, asOf);
console.error(JSON.stringify({ service }));

// The targets of [7/8], each judged on the figures of this one run.
const largest = Math.max(...sizes);
const at = (size, workers, explain) =>
  results.find((r) => r.accounts === size && r.workers === workers && r.explain === explain);
const floorAt = (size, threads) => floors.find((f) => f.accounts === size && f.threads === threads);
const twoWorkers = at(largest, 2, 'full');
const floor1 = floorAt(largest, 1);
const targets = {
  accounts: largest,
  wallSeconds: {
    target: (60 * largest) / 1_000_000,
    stretch: (25 * largest) / 1_000_000,
    got: twoWorkers?.wallSeconds,
  },
  peakRssMB: { target: 500, got: Math.max(...results.filter((r) => r.accounts === largest).map((r) => r.peakRssMB)) },
  twoWorkersAgainstOneThreadFloor: {
    target: 1,
    got: twoWorkers && floor1 ? +(twoWorkers.wallSeconds / floor1.wallSeconds).toFixed(2) : undefined,
  },
  wholeDecisionRatio: { target: 10, got: +(jreMs / compiledMs).toFixed(1) },
};

console.error('\nside by side, in this run:');
for (const f of floors) {
  console.error(
    `  ${String(f.accounts).padStart(9)} accounts  floor, ${f.threads} thread${f.threads > 1 ? 's' : ' '}        ${String(f.wallSeconds).padStart(7)} s  ${String(f.accountsPerSecond).padStart(7)}/s  ${f.peakRssMB} MB`,
  );
}
for (const r of results) {
  console.error(
    `  ${String(r.accounts).padStart(9)} accounts  ${r.workers} worker${r.workers > 1 ? 's' : ' '}, explain ${r.explain.padEnd(7)} ${String(r.wallSeconds).padStart(7)} s  ${String(r.accountsPerSecond).padStart(7)}/s  ${r.peakRssMB} MB`,
  );
}
console.error(`targets: ${JSON.stringify(targets)}`);

console.log(
  JSON.stringify(
    {
      node: process.version,
      asOf,
      floors,
      runs: results,
      service,
      engines: {
        sample,
        wholeDecision: {
          compiledMsPerAccount: +(compiledMs / sample).toFixed(4),
          jsonRulesEngineMsPerAccount: +(jreMs / sample).toFixed(4),
          ratio: +(jreMs / compiledMs).toFixed(1),
        },
        rulesOnly: {
          rulesPerAccount: +(cases.reduce((n, c) => n + c.rules.length, 0) / sample).toFixed(1),
          rulesHolding: compiledMatches,
          compiledMsPerAccount: +(rulesCompiledMs / sample).toFixed(4),
          jsonRulesEngineMsPerAccount: +(rulesJreMs / sample).toFixed(4),
          ratio: +(rulesJreMs / rulesCompiledMs).toFixed(1),
        },
      },
      targets,
    },
    null,
    2,
  ),
);
