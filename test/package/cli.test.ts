/**
 * The `hlm-recovery` command as users run it: the built dist/cli.js in a process of its own, run
 * through its shebang, its exit codes, its worker threads (which run the built code), and its
 * output through a pipe. Run after `npm run build`. Every command, its options, outputs and
 * messages are tested in this process through `main` (test/cli).
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
const demoFiles = readdirSync(accountsDir)
  .filter((f) => f.endsWith('.json'))
  .sort();

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const ndjson = join(dir, 'accounts.ndjson');
writeFileSync(
  ndjson,
  `${[...demoFiles.map((f) => JSON.stringify(JSON.parse(readFileSync(join(accountsDir, f), 'utf8')))), '{"id": "BROKEN", "lease": '].join('\n')}\n`,
);

describe('hlm-recovery as a process', () => {
  it('runs as the installed bin does, through its shebang', () => {
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const r = spawnSync(cli, ['--version'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`);
  });

  it('exits with 0 when done, 1 for invalid input, 2 for wrong usage, and never prints a stack trace', () => {
    const cases: [string[], number, RegExp][] = [
      [['validate', 'examples/policies/default.json'], 0, /^$/],
      [['evaluate', ndjson, '--as-of', '2026-11-23', '--quiet'], 0, /^$/],
      [['validate', 'test/fixtures/policies/assignation-without-approval.json'], 1, /^$/],
      [['evaluate', ndjson, '--as-of', '2026-02-30'], 1, /^asOf: /],
      [
        [
          'evaluate',
          ndjson,
          '--as-of',
          '2026-11-23',
          '--policy',
          join(root, 'test', 'fixtures', 'policies', 'unknown-fact.json'),
        ],
        1,
        /^levels\[1\]\.conditions/,
      ],
      [['evaluate', join(dir, 'none.ndjson'), '--as-of', '2026-11-23'], 1, /^hlm-recovery: .*none\.ndjson/],
      [['evaluate', ndjson], 2, /^hlm-recovery: --as-of <date> is required/],
      [['evaluate', ndjson, '--as-of', '2026-11-23', '--bogus'], 2, /^hlm-recovery: Unknown option '--bogus'/],
      [['frobnicate'], 2, /^hlm-recovery: unknown command "frobnicate"/],
      [[], 2, /^$/], // the help, on stdout
    ];
    for (const [args, code, err] of cases) {
      const r = run(...args);
      expect(r.code, args.join(' ')).toBe(code);
      expect(r.err, args.join(' ')).toMatch(err);
      expect(r.err, args.join(' ')).not.toMatch(/\n\s+at /);
    }
  });

  it('writes every line through a pipe, however long the output, with the summary on stderr', () => {
    // 400 accounts: about 1.5 MB of NDJSON, far more than a pipe holds at once.
    const big = join(dir, 'big.ndjson');
    const lines = readFileSync(ndjson, 'utf8').trimEnd().split('\n').slice(0, 4);
    writeFileSync(big, `${Array.from({ length: 100 }, () => lines.join('\n')).join('\n')}\n`);
    const r = run('evaluate', big, '--as-of', '2026-11-23', '--workers', '2');
    expect(r.code).toBe(0);
    const out = r.out.trimEnd().split('\n');
    expect(out).toHaveLength(400);
    expect(out.map((l) => JSON.parse(l).accountId)).toEqual(
      Array.from({ length: 100 }, () => ['A-1029', 'B-2207', 'C-3310', 'D-4102']).flat(),
    );
    expect(r.err).toMatch(/^400 accounts: 400 decisions, 0 errors/);
  });
});

describe('hlm-recovery evaluate on worker threads', () => {
  it('gives the same bytes with 1 and 2 workers, for NDJSON and JSON input', () => {
    const json = join(dir, 'accounts.json');
    writeFileSync(json, JSON.stringify(demoFiles.map((f) => JSON.parse(readFileSync(join(accountsDir, f), 'utf8')))));
    const outputs = [
      run('evaluate', ndjson, '--as-of', '2026-11-23', '--workers', '1', '--quiet').out,
      run('evaluate', ndjson, '--as-of', '2026-11-23', '--workers', '2', '--quiet').out,
    ];
    expect(outputs[1]).toBe(outputs[0]);
    const fromJson = [
      run('evaluate', json, '--as-of', '2026-11-23', '--workers', '1', '--quiet').out,
      run('evaluate', json, '--as-of', '2026-11-23', '--workers', '2', '--quiet').out,
    ];
    expect(fromJson[0]).toBe(fromJson[1]);
    expect(fromJson[0]).toBe(`${outputs[0]!.split('\n').slice(0, 4).join('\n')}\n`);
  });

  it('gives the same bytes from CSV input with 1 and 2 workers', () => {
    const csv = join(dir, 'flat.csv');
    writeFileSync(
      csv,
      [
        'id,signedOn,department,rent,charges,monthlyResources,memberAges,mobile',
        'F-1,2024-02-01,93,500.00,100.00,1800.00,44|9,true',
        'F-2,2019-05-01,57,402.10,61.40,1120.00,82,false',
        'F-3,2019-05-01',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'flat.ledger.csv'),
      [
        'accountId,date,kind,amount',
        'F-1,2026-10-01,rent,500.00',
        'F-2,2026-09-01,rent,402.10',
        'F-2,2026-10-01,rent,402.10',
      ].join('\n'),
    );
    const one = run('evaluate', csv, '--as-of', '2026-11-23', '--workers', '1', '--quiet');
    const two = run('evaluate', csv, '--as-of', '2026-11-23', '--workers', '2', '--quiet');
    expect(one.code).toBe(0);
    expect(two.out).toBe(one.out);
    expect(
      one.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).accountId),
    ).toEqual(['F-1', 'F-2', 'F-3']);
  });
});
