// npm run check:package — the package as users receive it (run after `npm run build`):
// 1. pack the tarball; publint and @arethetypeswrong/cli on it (node10, node16 and bundler);
// 2. install it into a new project and run an ES module script, a CommonJS script, TypeScript
//    type-checks (node16 resolution, and node10 for older projects) and `hlm-recovery policy init`
//    against it;
// 3. the core entry points (and hlm-recovery/demo) import no `node:` module, so they run in browsers;
// 4. the runtime dependencies are among those DESIGN.md allows (the core's four always);
// 5. npm audit of the runtime dependencies (high and critical).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(root, 'node_modules', '.bin', name);
const run = (cmd, args, options = {}) =>
  execFileSync(cmd, args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
const results = [];
const step = (name, fn) => {
  try {
    const detail = fn();
    results.push({ name, ok: true, detail });
    console.log(`ok   ${name}${detail ? ` — ${detail}` : ''}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(
      `FAIL ${name}\n${error.stdout ?? ''}${error.stderr ?? ''}${error.stdout || error.stderr ? '' : error.message}`,
    );
  }
};

const work = mkdtempSync(join(tmpdir(), 'hlm-package-'));
const tarball = join(work, run('npm', ['pack', '--silent', '--pack-destination', work]).trim().split('\n').pop());

step('publint on the tarball', () => {
  const out = run(bin('publint'), ['--strict', tarball]);
  if (!/All good!/.test(out)) throw Object.assign(new Error('publint'), { stdout: out });
  return 'all good';
});

step('arethetypeswrong on the tarball (node10, node16 and bundler resolution)', () => {
  run(bin('attw'), [tarball, '--format', 'table-flipped']);
  return 'no problem';
});

const project = join(work, 'consumer');
step('installs into a new project', () => {
  execFileSync('mkdir', ['-p', project]);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
  run('npm', ['install', '--no-audit', '--no-fund', '--silent', tarball], { cwd: project });
  return tarball.split('/').pop();
});

const account = readFileSync(join(root, 'examples', 'accounts', 'a-1029-two-months-behind.json'), 'utf8');
writeFileSync(join(project, 'account.json'), account);

step('an ES module script', () => {
  writeFileSync(
    join(project, 'esm.mjs'),
    `import { readFileSync } from 'node:fs';
import { evaluate, defaultPolicy } from 'hlm-recovery';
import { add } from 'hlm-recovery/money';
import { addBusinessDays } from 'hlm-recovery/calendar';
import { writeDecisions } from 'hlm-recovery/node';
import { generateDemoAccount } from 'hlm-recovery/demo';
const d = evaluate(JSON.parse(readFileSync('account.json', 'utf8')), defaultPolicy, { asOf: '2026-11-23' });
console.log(d.level.id, add('0.10', '0.20').toString(), addBusinessDays('2026-12-24', 2, { zone: 'alsace-moselle' }), typeof writeDecisions, generateDemoAccount(2026, 0).id);`,
  );
  const out = run('node', ['esm.mjs'], { cwd: project }).trim();
  if (out !== 'benefit-unpaid 0.30 2026-12-29 function DEMO-000001')
    throw Object.assign(new Error('esm'), { stdout: out });
  return out;
});

step('a CommonJS script', () => {
  writeFileSync(
    join(project, 'cjs.cjs'),
    `const { readFileSync } = require('node:fs');
const { evaluate, defaultPolicy, ValidationError } = require('hlm-recovery');
const { money } = require('hlm-recovery/money');
const { isPublicHoliday } = require('hlm-recovery/calendar');
const { readAccounts } = require('hlm-recovery/node');
const { generateDemoPortfolio } = require('hlm-recovery/demo');
const d = evaluate(JSON.parse(readFileSync('account.json', 'utf8')), defaultPolicy, { asOf: '2026-11-23' });
let typed = false;
try { money('12,50'); } catch (e) { typed = e instanceof ValidationError; }
console.log(d.level.id, typed, isPublicHoliday('2026-04-03', 'alsace-moselle'), typeof readAccounts, generateDemoPortfolio({ count: 1 }).next().value.id);`,
  );
  const out = run('node', ['cjs.cjs'], { cwd: project }).trim();
  if (out !== 'benefit-unpaid true true function DEMO-000001') throw Object.assign(new Error('cjs'), { stdout: out });
  return out;
});

step('a TypeScript type-check (strict, node16 resolution, ESM and CJS)', () => {
  const code = `import { evaluate, defaultPolicy, type Decision, type Account, parseAccount } from 'hlm-recovery';
import { money, type Money } from 'hlm-recovery/money';
import { type IsoDate, addMonths } from 'hlm-recovery/calendar';
import { evaluateFileTo, type EvaluateFileToOptions } from 'hlm-recovery/node';
import { generateDemoPortfolio, type DemoPortfolioOptions } from 'hlm-recovery/demo';
const account: Account = parseAccount({});
const d: Decision = evaluate(account, defaultPolicy, { asOf: '2026-11-23' });
const m: Money = money('1.00');
const date: IsoDate = addMonths('2026-01-31', 1);
const options: EvaluateFileToOptions = { asOf: date, workers: 2 };
const demo: DemoPortfolioOptions = { count: 1, asOf: date };
const demoAccount: Account = parseAccount(generateDemoPortfolio(demo).next().value);
export const used = [d.level.rank, m.amount, options, evaluateFileTo, demoAccount];
// @ts-expect-error a Money is not a number
export const wrong: number = money('1.00');
`;
  writeFileSync(join(project, 'esm.mts'), code);
  writeFileSync(join(project, 'cjs.cts'), code.replace('export const used', 'export const usedCjs'));
  writeFileSync(
    join(project, 'tsconfig.json'),
    // A project that uses hlm-recovery/node has Node's types: those of this repository.
    JSON.stringify({
      compilerOptions: {
        strict: true,
        module: 'node16',
        moduleResolution: 'node16',
        target: 'es2022',
        noEmit: true,
        skipLibCheck: false,
        typeRoots: [join(root, 'node_modules', '@types')],
        types: ['node'],
      },
      files: ['esm.mts', 'cjs.cts'],
    }),
  );
  run('node', [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', project], { cwd: project });
  return 'esm.mts and cjs.cts compile';
});

step('a TypeScript type-check (node10 resolution, CommonJS, every entry point)', () => {
  // The fixture of the package test (test/package/npm.test.ts), compiled and run in the project.
  const dir = join(project, 'node10');
  execFileSync('mkdir', ['-p', dir]);
  const fixture = join(root, 'test', 'package', 'fixtures', 'node10');
  const tsconfig = JSON.parse(readFileSync(join(fixture, 'tsconfig.json'), 'utf8'));
  tsconfig.compilerOptions.typeRoots = [join(root, 'node_modules', '@types')];
  writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify(tsconfig));
  writeFileSync(join(dir, 'index.ts'), readFileSync(join(fixture, 'index.ts.txt'), 'utf8'));
  run('node', [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', dir], { cwd: dir });
  const out = run('node', [join(dir, 'out', 'index.js')], { cwd: dir }).trim();
  if (out !== '2024.1 2024.1 0.30 2026-12-29 number 1 function true')
    throw Object.assign(new Error('node10'), { stdout: out });
  return 'hlm-recovery, /money, /calendar, /demo and /node resolve';
});

step('hlm-recovery policy init from the installed package', () => {
  run('npx', ['--no-install', 'hlm-recovery', 'policy', 'init', '--lang', 'en'], { cwd: project });
  const written = JSON.parse(readFileSync(join(project, 'policy.json'), 'utf8'));
  if (written.$schema !== './node_modules/hlm-recovery/schema/policy.schema.json')
    throw Object.assign(new Error('$schema'), { stdout: `$schema: ${written.$schema}` });
  readFileSync(join(project, written.$schema), 'utf8'); // throws when it does not resolve
  const out = run('npx', ['--no-install', 'hlm-recovery', 'validate', 'policy.json', '--lang', 'en'], { cwd: project });
  return `policy.json written, its $schema resolves; ${out.trim()}`;
});

step('the core entry points import no node: module (browser-safe)', () => {
  const dist = join(root, 'dist');
  const seen = new Set();
  const nodeImports = [];
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(
      /(?:^|[;\n])\s*(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*['"]([^'"]+)['"]/g,
    )) {
      const spec = m[1] ?? m[2];
      if (spec.startsWith('node:') || ['fs', 'path', 'os', 'worker_threads', 'stream', 'child_process'].includes(spec))
        nodeImports.push(`${file.slice(dist.length + 1)} → ${spec}`);
      if (spec.startsWith('.')) visit(resolve(dirname(file), spec));
    }
  };
  for (const entry of ['index.js', 'money/index.js', 'calendar/index.js', 'demo/index.js']) visit(join(dist, entry));
  if (nodeImports.length > 0) throw Object.assign(new Error('node imports'), { stdout: nodeImports.join('\n') });
  return `${seen.size} files`;
});

step('runtime dependencies are among those DESIGN.md allows', () => {
  // The core's four, and for src/node only csv-parse and csv-stringify (csv-parse is no longer
  // needed: the CSV reader splits physical lines itself, to name each row's line).
  const core = ['decimal.js', 'json-rules-engine', 'luxon', 'zod'];
  const allowed = [...core, 'csv-parse', 'csv-stringify'];
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const deps = Object.keys(pkg.dependencies ?? {}).sort();
  const ok = core.every((d) => deps.includes(d)) && deps.every((d) => allowed.includes(d));
  if (!ok || pkg.peerDependencies || pkg.optionalDependencies) {
    throw Object.assign(new Error('dependencies'), { stdout: `dependencies: ${deps.join(', ')}` });
  }
  const csvOutsideNode = readdirSync(join(root, 'src'), { recursive: true })
    .filter((f) => f.endsWith('.ts') && !f.startsWith('node') && !f.startsWith('cli'))
    .filter((f) => /from 'csv-(parse|stringify)/.test(readFileSync(join(root, 'src', f), 'utf8')));
  if (csvOutsideNode.length > 0)
    throw Object.assign(new Error('csv'), { stdout: `csv imported outside src/node: ${csvOutsideNode.join(', ')}` });
  return deps.join(', ');
});

step('npm audit --omit=dev --audit-level=high', () => {
  const audit = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], {
    cwd: root,
    encoding: 'utf8',
  });
  let report;
  try {
    report = JSON.parse(audit.stdout);
  } catch {
    report = null;
  }
  if (report?.metadata?.vulnerabilities) {
    const v = report.metadata.vulnerabilities;
    if (v.high + v.critical > 0) throw Object.assign(new Error('audit'), { stdout: audit.stdout });
    return `0 high, 0 critical (${v.total} in all)`;
  }
  // The registry this machine reaches has no audit endpoint: say so, do not pretend.
  if (/audit endpoint returned an error|ENOTFOUND|ECONNREFUSED|405/.test(audit.stdout + audit.stderr))
    return 'not available: the registry refused the audit request (see docs/quality.md)';
  throw Object.assign(new Error('audit'), { stdout: audit.stdout, stderr: audit.stderr });
});

const failed = results.filter((r) => !r.ok).length;
console.log(failed === 0 ? `\nThe package checks pass (${results.length}).` : `\n${failed} package check(s) failed.`);
process.exit(failed === 0 ? 0 : 1);
