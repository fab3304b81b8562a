/**
 * The `hlm-recovery` command as users run it (the built dist/cli.js), and evaluateFile on worker
 * threads, which run the built code. Run after `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(root, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'hlm-cli-'));
const accountsDir = join(root, 'examples', 'accounts');
const demoFiles = readdirSync(accountsDir).filter((f) => f.endsWith('.json')).sort();

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const ndjson = join(dir, 'accounts.ndjson');
writeFileSync(
  ndjson,
  [...demoFiles.map((f) => JSON.stringify(JSON.parse(readFileSync(join(accountsDir, f), 'utf8')))), '{"id": "BROKEN", "lease": '].join('\n') + '\n',
);

describe('hlm-recovery evaluate', () => {
  it('writes one line per account on stdout, an error record for a broken line, the summary on stderr', () => {
    const r = run('evaluate', ndjson, '--as-of', '2026-11-23');
    expect(r.code).toBe(0);
    const lines = r.out.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.accountId)).toEqual(['A-1029', 'B-2207', 'C-3310', 'D-4102', 'BROKEN']);
    expect(lines[4]).toMatchObject({ index: 4, line: 5, issues: [expect.objectContaining({ code: 'invalid_type' })] });
    expect(r.err).toMatch(/5 accounts: 4 decisions, 1 errors/);
  });

  it('gives the same bytes with 1 and 2 workers, for NDJSON and JSON input', () => {
    const json = join(dir, 'accounts.json');
    writeFileSync(json, JSON.stringify(demoFiles.map((f) => JSON.parse(readFileSync(join(accountsDir, f), 'utf8')))));
    const outputs = [
      run('evaluate', ndjson, '--as-of', '2026-11-23', '--workers', '1', '--quiet').out,
      run('evaluate', ndjson, '--as-of', '2026-11-23', '--workers', '2', '--quiet').out,
    ];
    expect(outputs[1]).toBe(outputs[0]);
    const fromJson = [run('evaluate', json, '--as-of', '2026-11-23', '--workers', '1', '--quiet').out, run('evaluate', json, '--as-of', '2026-11-23', '--workers', '2', '--quiet').out];
    expect(fromJson[0]).toBe(fromJson[1]);
    expect(fromJson[0]).toBe(outputs[0]!.split('\n').slice(0, 4).join('\n') + '\n');
  });

  it('gives the same bytes from CSV input with 1 and 2 workers', () => {
    const csv = join(dir, 'flat.csv');
    writeFileSync(csv, ['id,signedOn,department,rent,charges,monthlyResources,memberAges,mobile', 'F-1,2024-02-01,93,500.00,100.00,1800.00,44|9,true', 'F-2,2019-05-01,57,402.10,61.40,1120.00,82,false', 'F-3,2019-05-01'].join('\n'));
    writeFileSync(join(dir, 'flat.ledger.csv'), ['accountId,date,kind,amount', 'F-1,2026-10-01,rent,500.00', 'F-2,2026-09-01,rent,402.10', 'F-2,2026-10-01,rent,402.10'].join('\n'));
    const one = run('evaluate', csv, '--as-of', '2026-11-23', '--workers', '1', '--quiet');
    const two = run('evaluate', csv, '--as-of', '2026-11-23', '--workers', '2', '--quiet');
    expect(one.code).toBe(0);
    expect(two.out).toBe(one.out);
    expect(one.out.trim().split('\n').map((l) => JSON.parse(l).accountId)).toEqual(['F-1', 'F-2', 'F-3']);
  });

  it('writes CSV for a French spreadsheet to a file', () => {
    const out = join(dir, 'decisions.csv');
    expect(run('evaluate', ndjson, '--as-of', '2026-11-23', '--format', 'csv', '--dialect', 'fr', '--out', out, '--quiet').code).toBe(0);
    expect(readFileSync(out, 'utf8').startsWith('\uFEFFindex;accountId')).toBe(true);
  });

  it('refuses wrong usage with exit code 2 and no stack trace', () => {
    for (const args of [['evaluate', ndjson], ['evaluate', ndjson, '--as-of', '2026-11-23', '--format', 'xml'], ['frobnicate'], ['evaluate', ndjson, '--bogus']]) {
      const r = run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.err).toMatch(/^hlm-recovery: /);
      expect(r.err).not.toMatch(/\n\s+at /);
    }
  });

  it('refuses an invalid date or policy with exit code 1', () => {
    expect(run('evaluate', ndjson, '--as-of', '2026-02-30').code).toBe(1);
    const r = run('evaluate', ndjson, '--as-of', '2026-11-23', '--policy', join(root, 'test', 'fixtures', 'policies', 'unknown-fact.json'));
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/levels\[1\]\.conditions\.all\[0\]\.fact: expected a known fact \(did you mean "arrears"\?\)/);
  });
});

describe('hlm-recovery validate, explain, schema, demo, --help', () => {
  it('validates the default policy, and prints the path and the fix of each problem of a bad one', () => {
    const ok = run('validate', 'examples/policies/default.json');
    expect(ok).toMatchObject({ code: 0 });
    expect(ok.out).toMatch(/valid — default 2024\.1/);
    const bad = run('validate', 'test/fixtures/policies/assignation-without-approval.json');
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/steps\[2\]\.humanApproval: expected true: an assignation has legal effect/);
  });

  it('explains a decision as a narrative', () => {
    const r = run('explain', 'examples/accounts/a-1029-two-months-behind.json', '--as-of', '2026-11-23');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Alert level 3: Impayé constitué/);
    expect(r.out).toMatch(/Next step: Signal the impayé to the CAF\/MSA \(caf-signal\) by internal on 2026-11-23/);
    expect(r.out).toMatch(/Why:/);
  });

  it.each(['policy', 'account', 'decision'])('prints the JSON Schema of a %s', (kind) => {
    const r = run('schema', kind);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).$schema).toBe('https://json-schema.org/draft/2020-12/schema');
  });

  it('runs the demo portfolio and prints its summary', () => {
    const r = run('demo', '--accounts', '500');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/500 accounts: 500 decisions, 0 errors/);
    expect(r.out).toMatch(/Alert levels:/);
  });

  it.each(['evaluate', 'validate', 'explain', 'schema', 'demo', 'compare', 'kpi'])('has --help with an example for %s', (command) => {
    const r = run(command, '--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Usage: hlm-recovery/);
    expect(r.out).toMatch(/Example:/);
  });
});

describe('hlm-recovery compare and kpi', () => {
  const candidate = 'examples/policies/earlier-contact.json';

  it('compares a policy with itself: nothing changes', () => {
    const r = run('compare', ndjson, '--candidate', 'examples/policies/default.json', '--as-of', '2026-11-23', '--format', 'json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.changed.accounts).toBe(0);
    expect(report).toMatchObject({ accounts: 5, unreadable: 1 });
  });

  it('prints a comparison for a terminal, and the changed accounts as CSV', () => {
    const text = run('compare', ndjson, '--candidate', candidate, '--as-of', '2026-11-23');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/^Policy comparison as of 2026-11-23: 5 accounts, 1 unreadable/);
    expect(text.out).toMatch(/Baseline: default 2024\.1 {3}Candidate: default 2027\.1-draft/);
    expect(text.out).toMatch(/Social advisers: home visits/);
    const csv = run('compare', ndjson, '--candidate', candidate, '--as-of', '2026-11-23', '--format', 'csv');
    expect(csv.code).toBe(0);
    const json = JSON.parse(run('compare', ndjson, '--candidate', candidate, '--as-of', '2026-11-23', '--format', 'json').out);
    const lines = csv.out.trimEnd().split('\n');
    expect(lines[0]).toBe('index,accountId,changed,levelMove,baselineLevel,candidateLevel,baselineStep,candidateStep,baselineChannel,candidateChannel');
    expect(lines).toHaveLength(1 + json.changed.accounts);
  });

  it('names the policy at fault and needs a candidate', () => {
    const bad = run('compare', ndjson, '--candidate', 'test/fixtures/policies/unknown-fact.json', '--as-of', '2026-11-23');
    expect(bad.code).toBe(1);
    expect(bad.err).toMatch(/candidate: levels\[1\]\.conditions\.all\[0\]\.fact/);
    expect(run('compare', ndjson, '--as-of', '2026-11-23').code).toBe(2);
  });

  it('prints the indicators as text, JSON and French CSV', () => {
    const text = run('kpi', ndjson, '--as-of', '2026-11-23');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/Recovery indicators as of 2026-11-23, over the 12 months from 2025-11-23 \(excluded\): 5 accounts, 1 errors/);
    expect(text.out).toMatch(/Arrears rate \(taux d’impayés\)/);
    const json = JSON.parse(run('kpi', ndjson, '--as-of', '2026-11-23', '--format', 'json').out);
    expect(json).toMatchObject({ accounts: 5, errors: 1 });
    const csv = run('kpi', ndjson, '--as-of', '2026-11-23', '--format', 'csv', '--dialect', 'fr');
    expect(csv.out.startsWith('\uFEFFmetric;value\r\n')).toBe(true);
    expect(csv.out).toContain(`billing;${json.billing.replace('.', ',')}\r\n`);
  });
});
