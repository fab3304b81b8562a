/**
 * Where the command writes (src/cli/output.ts, src/cli/out-file.ts): a stdout whose reader goes
 * away stops the run quietly with exit code 141, even when a write waits for 'drain' on a stream
 * that is then destroyed; an `--out` that cannot be written is an error naming the path (exit
 * code 1); the `--out` file appears only once the run is complete, and a run that fails leaves no
 * file, temporary or truncated, and an existing one as it was. The spawned process piped into a
 * reader that closes early is tested in test/package/cli.test.ts.
 */
import { chmodSync, existsSync, readFileSync, readdirSync, mkdirSync, statSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { cliWith, cli, exampleAccounts, linesOf, repoFile, tempDir, writeTo } from './io';

const asOf = '2026-11-23';
const dir = tempDir('hlm-output-');
const lines = exampleAccounts().map((a) => JSON.stringify(a));
/** 1,000 accounts: about 3.5 MB of NDJSON, four batches of 1 MiB. */
const big = writeTo(dir, 'big.ndjson', `${Array.from({ length: 250 }, () => lines.join('\n')).join('\n')}\n`);
const small = writeTo(dir, 'small.ndjson', `${lines.join('\n')}\n`);
const account = repoFile('examples/accounts/a-1029-two-months-behind.json');

/** A stdout whose reader goes away after `accepted` writes: the next write fails with EPIPE. */
function closingPipe(accepted: number): Writable & { writes: number } {
  const stream = new Writable({
    write(_chunk, _encoding, done) {
      stream.writes++;
      if (stream.writes <= accepted) done();
      else done(Object.assign(new Error('write EPIPE'), { code: 'EPIPE', errno: -32, syscall: 'write' }));
    },
  }) as Writable & { writes: number };
  stream.writes = 0;
  return stream;
}

/** The files of a folder whose name marks a temporary `--out` file. */
const partials = (folder: string) => readdirSync(folder).filter((f) => f.includes('.partial'));

describe('a stdout whose reader goes away', () => {
  it('stops the run quietly with exit code 141: no stack trace, no summary', async () => {
    const stdout = closingPipe(0);
    const r = await cliWith({ stdout }, 'evaluate', big, '--as-of', asOf, '--workers', '1');
    expect(r).toEqual({ code: 141, out: '', err: '' });
    expect(stdout.writes).toBe(1);
  });

  it('ends the run, rather than waiting for ever, when stdout is destroyed while a write waits for drain', async () => {
    // A reader that takes nothing, then goes away: the first write fills the buffer, and 'drain'
    // never comes.
    const stdout = new Writable({
      highWaterMark: 1,
      write() {
        setImmediate(() => stdout.destroy());
      },
    });
    const r = await cliWith({ stdout }, 'evaluate', big, '--as-of', asOf, '--workers', '1', '--format', 'csv');
    expect(r).toEqual({ code: 141, out: '', err: '' });
  });

  it.each([
    ['explain', ['explain', account, '--as-of', asOf]],
    ['kpi', ['kpi', small, '--as-of', asOf]],
    ['compare', ['compare', small, '--as-of', asOf, '--candidate', repoFile('examples/policies/earlier-contact.json')]],
    ['schema', ['schema', 'policy']],
    ['validate', ['validate', repoFile('examples/policies/default.json')]],
    ['demo', ['demo', '--accounts', '20']],
    ['--help', ['--help']],
  ])('gives 141 for %s too', async (_, args) => {
    expect(await cliWith({ stdout: closingPipe(0) }, ...args)).toEqual({ code: 141, out: '', err: '' });
  });

  it('reports any other failure of stdout (a full disk) with exit code 1', async () => {
    const stdout = new Writable({
      write(_chunk, _encoding, done) {
        done(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC', syscall: 'write' }));
      },
    });
    const r = await cliWith({ stdout }, 'evaluate', big, '--as-of', asOf, '--workers', '1');
    expect(r.code).toBe(1);
    expect(r.err).toBe(
      'hlm-recovery: cannot write stdout: no space left on the disk (ENOSPC): free some space, or choose another --out\n',
    );
  });
});

describe('an --out that cannot be written', () => {
  it('is an error naming the path and the fix (exit code 1), before anything is evaluated', async () => {
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    expect(await cli('evaluate', small, '--as-of', asOf, '--out', folder)).toEqual({
      code: 1,
      out: '',
      err: `hlm-recovery: cannot write --out ${folder}: it is a folder; give a file name, e.g. --out ${folder}/decisions.ndjson\n`,
    });
    const nowhere = join(dir, 'no-such-folder', 'decisions.ndjson');
    expect(await cli('evaluate', small, '--as-of', asOf, '--out', nowhere)).toEqual({
      code: 1,
      out: '',
      err: `hlm-recovery: cannot write --out ${nowhere}: the folder ${join(dir, 'no-such-folder')} does not exist; create it, or choose another --out\n`,
    });
    expect(partials(dir)).toEqual([]);
  });

  it.runIf(existsSync('/dev/full'))('is an error naming the path when the disk is full (/dev/full)', async () => {
    const r = await cli('evaluate', big, '--as-of', asOf, '--workers', '1', '--out', '/dev/full');
    expect(r).toEqual({
      code: 1,
      out: '',
      err: 'hlm-recovery: cannot write --out /dev/full: no space left on the disk (ENOSPC): free some space, or choose another --out\n',
    });
  });

  it('is an error naming the path in a folder that may not be written', async () => {
    if (process.getuid?.() === 0) return; // root writes anywhere
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o500);
    const r = await cli('evaluate', small, '--as-of', asOf, '--out', join(locked, 'd.ndjson'));
    chmodSync(locked, 0o700);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^hlm-recovery: cannot write --out .*locked\/d\.ndjson: permission denied in the folder/);
  });
});

describe('the --out file', () => {
  it('appears only once the run is complete, with no temporary file left', async () => {
    const out = join(dir, 'complete.ndjson');
    const r = await cli('evaluate', big, '--as-of', asOf, '--workers', '1', '--out', out, '--quiet');
    expect(r).toEqual({ code: 0, out: '', err: '' });
    expect(linesOf(readFileSync(out, 'utf8'))).toHaveLength(1000);
    expect(partials(dir)).toEqual([]);
  });

  it('is left as it was, and no temporary file, when the run fails half-way', async () => {
    const out = writeTo(dir, 'kept.ndjson', 'the decisions of yesterday\n');
    // Standard input that fails after a few accounts, as a broken pipe from an export would.
    const stdin = new Readable({ read() {} });
    stdin.push(`${lines.join('\n')}\n`);
    setImmediate(() =>
      stdin.destroy(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO', errno: -5, syscall: 'read' })),
    );
    const r = await cliWith({ stdin }, 'evaluate', '-', '--as-of', asOf, '--workers', '1', '--out', out);
    expect(r).toEqual({ code: 1, out: '', err: 'hlm-recovery: cannot read the input: EIO: i/o error, read\n' });
    expect(readFileSync(out, 'utf8')).toBe('the decisions of yesterday\n');
    expect(partials(dir)).toEqual([]);
  });

  it('is left as it was when the policy does not validate', async () => {
    const out = writeTo(dir, 'kept-too.ndjson', 'before\n');
    const r = await cli('evaluate', small, '--as-of', '2026-02-30', '--workers', '1', '--out', out);
    expect(r.code).toBe(1);
    expect(readFileSync(out, 'utf8')).toBe('before\n');
    expect(partials(dir)).toEqual([]);
  });

  it('replaces the file a link names, keeping the link and the mode of the file', async () => {
    const target = writeTo(dir, 'target.ndjson', 'old\n');
    chmodSync(target, 0o640);
    const link = join(dir, 'link.ndjson');
    symlinkSync(target, link);
    const r = await cli('evaluate', small, '--as-of', asOf, '--workers', '1', '--out', link, '--quiet');
    expect(r.code).toBe(0);
    expect(linesOf(readFileSync(target, 'utf8'))).toHaveLength(4);
    expect(readFileSync(link, 'utf8')).toBe(readFileSync(target, 'utf8'));
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(partials(dir)).toEqual([]);
  });
});
