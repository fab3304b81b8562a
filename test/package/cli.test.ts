/**
 * The `hlm-recovery` command as users run it: the built dist/cli.js in a process of its own, run
 * through its shebang, its exit codes, its worker threads (which run the built code), its output
 * through a pipe (and a reader that closes it early), standard input, and a signal in the middle
 * of a run. Run after `npm run build`. Every command, its options, outputs and messages are tested
 * in this process through `main` (test/cli).
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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

/** Runs the command in English (French is its default, tested elsewhere). */
function run(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, '--lang', 'en', ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const accountLines = demoFiles.map((f) => JSON.stringify(JSON.parse(readFileSync(join(accountsDir, f), 'utf8'))));
/** The four demo accounts, then a truncated line (an error record: exit code 3). */
const ndjson = join(dir, 'accounts.ndjson');
writeFileSync(ndjson, `${[...accountLines, '{"id": "BROKEN", "lease": '].join('\n')}\n`);
/** The four demo accounts alone (exit code 0). */
const good = join(dir, 'good.ndjson');
writeFileSync(good, `${accountLines.join('\n')}\n`);
/** 2,000 accounts: about 7 MB of NDJSON, more than any pipe holds and a few seconds of work. */
const big = join(dir, 'big.ndjson');
writeFileSync(big, `${Array.from({ length: 500 }, () => accountLines.join('\n')).join('\n')}\n`);

/** Runs the command with its stdout read until `keep` says to close it; its exit code and stderr. */
function runClosingEarly(args: string[], keep: (outSoFar: string) => boolean) {
  return new Promise<{ code: number | null; signal: string | null; out: string; err: string }>((resolve) => {
    const child = spawn(process.execPath, [cli, ...args], { cwd: root });
    let out = '';
    let err = '';
    const check = () => {
      if (!keep(out)) child.stdout.destroy();
    };
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      check();
    });
    check();
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString('utf8');
    });
    child.on('close', (code, signal) => resolve({ code, signal, out, err }));
  });
}

describe('hlm-recovery as a process', () => {
  it('runs as the installed bin does, through its shebang', () => {
    expect(readFileSync(cli, 'utf8').startsWith('#!/usr/bin/env node\n')).toBe(true);
    const r = spawnSync(cli, ['--version'], { cwd: root, encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(`${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version}\n`);
  });

  it('exits with 0 when done, 1 for invalid input, 2 for wrong usage, 3 for error records, and never prints a stack trace', () => {
    const cases: [string[], number, RegExp][] = [
      [['validate', 'examples/policies/default.json'], 0, /^$/],
      [['evaluate', good, '--as-of', '2026-11-23', '--quiet'], 0, /^$/],
      [['evaluate', ndjson, '--as-of', '2026-11-23', '--quiet'], 3, /^$/],
      [['evaluate', ndjson, '--as-of', '2026-11-23'], 3, /^5 accounts: 4 decisions, 1 errors/],
      [['kpi', ndjson, '--as-of', '2026-11-23', '--format', 'json'], 3, /^1 of 5 records are error records/],
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
      [
        ['evaluate', join(dir, 'none.ndjson'), '--as-of', '2026-11-23'],
        1,
        /^hlm-recovery: cannot read .*none\.ndjson: no such file/,
      ],
      [
        ['explain', join(dir, 'none.json'), '--as-of', '2026-11-23'],
        1,
        /^hlm-recovery: cannot read .*none\.json: no such file/,
      ],
      [
        ['evaluate', ndjson, '--as-of', '2026-11-23', '--out', dir],
        1,
        /^hlm-recovery: cannot write --out .+: it is a folder/,
      ],
      [
        ['evaluate', ndjson, '--as-of', '2026-11-23', '--out', join(dir, 'no', 'such', 'folder.ndjson')],
        1,
        /^hlm-recovery: cannot write --out .+: the folder .+ does not exist/,
      ],
      [['evaluate', ndjson], 2, /^hlm-recovery: --as-of <date> is required/],
      [
        ['evaluate', ndjson, '--as-of', '2026-11-23', '--fromat', 'csv'],
        2,
        /^hlm-recovery: unknown option --fromat \(did you mean --format\?\)\n/,
      ],
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
    expect(one.code).toBe(3); // F-3, a short row, is an error record
    expect(two.out).toBe(one.out);
    expect(
      one.out
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).accountId),
    ).toEqual(['F-1', 'F-2', 'F-3']);
  });
});

describe('hlm-recovery when the reader of its stdout goes away', () => {
  it('stops quietly with exit code 141 when the reader closes after the first line (evaluate … | head -1)', async () => {
    const r = await runClosingEarly(
      ['evaluate', big, '--as-of', '2026-11-23', '--workers', '2'],
      (out) => !out.includes('\n'),
    );
    expect(r.code).toBe(141);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out.split('\n')[0]!).accountId).toBe('A-1029');
  });

  it('stops quietly with exit code 141 when the reader is gone before the first line (explain … | head -0)', async () => {
    const r = await runClosingEarly(
      ['explain', join(accountsDir, 'a-1029-two-months-behind.json'), '--as-of', '2026-11-23'],
      () => false,
    );
    expect(r).toMatchObject({ code: 141, err: '' });
  });

  it.runIf(existsSync('/bin/bash'))('gives 141 through a shell pipeline into head, with no stack trace', () => {
    const r = spawnSync(
      '/bin/bash',
      [
        '-c',
        `set -o pipefail; "${process.execPath}" "${cli}" evaluate "${big}" --as-of 2026-11-23 | head -1 > /dev/null`,
      ],
      { cwd: root, encoding: 'utf8' },
    );
    expect(r.status).toBe(141);
    expect(r.stderr).toBe('');
  });

  it.runIf(existsSync('/dev/full'))(
    'reports a full disk on stdout or --out with exit code 1 and no stack trace',
    () => {
      const toFull = spawnSync(
        '/bin/sh',
        ['-c', `"${process.execPath}" "${cli}" evaluate "${good}" --as-of 2026-11-23 --lang en > /dev/full`],
        {
          encoding: 'utf8',
        },
      );
      expect(toFull.status).toBe(1);
      expect(toFull.stderr).toBe(
        'hlm-recovery: cannot write stdout: no space left on the disk (ENOSPC): free some space, or choose another --out\n',
      );
      const r = run('evaluate', good, '--as-of', '2026-11-23', '--out', '/dev/full');
      expect(r.code).toBe(1);
      expect(r.err).toBe(
        'hlm-recovery: cannot write --out /dev/full: no space left on the disk (ENOSPC): free some space, or choose another --out\n',
      );
    },
  );
});

describe('hlm-recovery --out when the run is interrupted', () => {
  it('leaves no decisions file, and no temporary file, when killed in the middle of a run', async () => {
    const folder = join(dir, 'interrupted');
    mkdirSync(folder);
    const out = join(folder, 'decisions.ndjson');
    const child = spawn(
      process.execPath,
      [cli, 'evaluate', big, '--as-of', '2026-11-23', '--workers', '1', '--out', out],
      {
        cwd: root,
      },
    );
    const ended = new Promise<{ code: number | null; signal: string | null }>((resolve) =>
      child.on('close', (code, signal) => resolve({ code, signal })),
    );
    // Killed once the temporary file is there, long before 2,000 accounts are done.
    for (let i = 0; i < 500 && readdirSync(folder).length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    expect(readdirSync(folder)).toEqual([expect.stringMatching(/^\.decisions\.ndjson\.\d+-0\.partial$/)]);
    child.kill('SIGTERM');
    expect(await ended).toEqual({ code: null, signal: 'SIGTERM' });
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('hlm-recovery reading standard input', () => {
  it('evaluates the NDJSON piped into "-", as from the file', () => {
    const fromFile = run('evaluate', ndjson, '--as-of', '2026-11-23', '--quiet');
    const r = spawnSync(process.execPath, [cli, '--lang', 'en', 'evaluate', '-', '--as-of', '2026-11-23', '--quiet'], {
      cwd: root,
      encoding: 'utf8',
      input: readFileSync(ndjson, 'utf8'),
    });
    expect(r.status).toBe(3);
    expect(r.stdout).toBe(fromFile.out);
  });
});
