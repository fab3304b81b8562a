// npm run bench — speed and memory of the batch path (never part of the test suite).
// Streams generated demo accounts through evaluateFile with the default policy, with 1 and 2
// workers, compares the compiled evaluator with json-rules-engine on a sample, and times the
// service (one account over HTTP, p50 and p99; the NDJSON endpoint against the command line).
// Usage: npm run bench [-- --sizes 100000,1000000 --workers 1,2 --sample 10000]
import { spawnSync } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  FACTS,
  analyze,
  defaultPolicy,
  evaluate,
  loadPolicy,
  maxSustainableInstalment,
  parseAccount,
  policyInForce,
} from '../dist/index.js';
import { generateDemoPortfolio } from '../dist/demo/index.js';
import { internals } from '../scripts/internals.mjs';
import { benchService } from './serve.mjs';

// The rules-only comparison needs the compiled policy and json-rules-engine on its conditions,
// which the package does not export.
const { compilePolicy, evaluateWithJsonRulesEngine } = await internals();

const { values } = parseArgs({
  options: { sizes: { type: 'string' }, workers: { type: 'string' }, sample: { type: 'string' } },
});
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
const results = [];
for (const size of sizes) {
  const file = await writePortfolio(size);
  for (const workers of workerCounts) {
    const run = spawnSync(process.execPath, [child, file, String(workers), asOf], {
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    });
    if (run.status !== 0) throw new Error(run.stderr);
    const r = JSON.parse(run.stdout);
    results.push({ accounts: size, workers, ...r, accountsPerSecond: Math.round(size / r.wallSeconds) });
    console.error(JSON.stringify(results[results.length - 1]));
  }
}

// The compiled evaluator against json-rules-engine's run(), per account, in this same run.
// 1. The whole decision (parse, analyze, rules, plan, explanation) through each engine.
const accounts = [...generateDemoPortfolio({ count: sample, asOf })];
let t = performance.now();
for (const a of accounts) evaluate(a, defaultPolicy, { asOf });
const compiledMs = performance.now() - t;
t = performance.now();
for (const a of accounts) await evaluate(a, defaultPolicy, { asOf, engine: 'json-rules-engine' });
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

console.log(
  JSON.stringify(
    {
      node: process.version,
      asOf,
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
      targets: { accounts: 1000000, wallSeconds: 60, peakRssMB: 1536, ratio: 10 },
    },
    null,
    2,
  ),
);
