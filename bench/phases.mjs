#!/usr/bin/env node
/**
 * Per-account cost of each phase of the one-thread path, on demo accounts, built from the
 * sources (esbuild into a folder of node_modules/.cache, so it needs no `npm run build` and never touches
 * dist/): JSON.parse, parseAccount, analyze, and the whole decision with its serialisation, for
 * paid-up accounts and the others. A profile: medians of several rounds, in microseconds.
 *
 *   node bench/phases.mjs [--accounts 5000] [--rounds 3] [--locale fr] [--explain full]
 */
import { build } from 'esbuild';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const count = Number(arg('accounts', '5000'));
const rounds = Number(arg('rounds', '3'));
const locale = arg('locale', 'fr');
const explain = arg('explain', 'full');
const asOf = '2026-11-23';

// Inside node_modules/.cache, so that the bundle's imports of the dependencies resolve.
mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
const dir = mkdtempSync(join(root, 'node_modules', '.cache', 'hlm-phases-'));
const out = join(dir, 'lib.mjs');
await build({
  stdin: {
    contents: `export * from './src/index.ts'; export { generateDemoPortfolio } from './src/demo/index.ts'; export { analyzeAccount } from './src/account/analyze.ts';`,
    resolveDir: root,
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  packages: 'external',
  outfile: out,
  logLevel: 'error',
});
const lib = await import(pathToFileURL(out).href);
rmSync(dir, { recursive: true, force: true });

const lines = [...lib.generateDemoPortfolio({ count, asOf })].map((a) => JSON.stringify(a));
const run = lib.prepareRun(lib.defaultPolicy, { asOf, locale, explain });

function time(fn) {
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    globalThis.gc?.();
    const t0 = process.hrtime.bigint();
    fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1e3 / count);
  }
  samples.sort((a, b) => a - b);
  return samples[Math.floor(samples.length / 2)];
}

const parsed = lines.map((l) => JSON.parse(l));
const accounts = parsed.map((p) => lib.parseAccount(p));
const paidUp = new Set();
for (let i = 0; i < count; i++) if (run.evaluate(accounts[i]).level.rank === 0) paidUp.add(i);

const rows = [];
rows.push([
  'JSON.parse',
  time(() => {
    for (const l of lines) JSON.parse(l);
  }),
]);
rows.push([
  'parseAccount (on parsed JSON)',
  time(() => {
    for (const p of parsed) lib.parseAccount(p);
  }),
]);
rows.push([
  'analyze (on a parsed account)',
  time(() => {
    for (const a of accounts) lib.analyzeAccount(a, asOf);
  }),
]);
rows.push([
  'decision (on a parsed account, analyse included)',
  time(() => {
    for (const a of accounts) run.evaluate(a);
  }),
]);
rows.push([
  'serialisation (JSON.stringify of the decision)',
  (() => {
    const ds = accounts.map((a) => run.evaluate(a));
    return time(() => {
      for (const d of ds) JSON.stringify(d);
    });
  })(),
]);
rows.push([
  'whole: line → decision text',
  time(() => {
    for (let i = 0; i < count; i++) JSON.stringify(run.evaluateRecord(JSON.parse(lines[i]), i).decision);
  }),
]);
const paid = lines.filter((_, i) => paidUp.has(i));
const owing = lines.filter((_, i) => !paidUp.has(i));
const per = (ls) => {
  const s = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < ls.length; i++) JSON.stringify(run.evaluateRecord(JSON.parse(ls[i]), i).decision);
    s.push(Number(process.hrtime.bigint() - t0) / 1e3 / ls.length);
  }
  return s.sort((a, b) => a - b)[Math.floor(s.length / 2)];
};
rows.push([`whole, paid-up accounts (${paid.length})`, per(paid)]);
rows.push([`whole, accounts in arrears (${owing.length})`, per(owing)]);
const bytes = lines.reduce((n, l) => n + l.length, 0) / count;
console.log(
  `${count} demo accounts (${(bytes / 1024).toFixed(1)} KB each), locale ${locale}, explain ${explain}, median of ${rounds} rounds, µs per account:`,
);
for (const [name, us] of rows) console.log(`${us.toFixed(1).padStart(8)}  ${name}`);
