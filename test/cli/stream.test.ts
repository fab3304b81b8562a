/**
 * `--stream` (issue "[6/8] For any host"): a host keeps the process open, sends one account and
 * reads its decision before it sends the next, without closing standard input.
 */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { defaultPolicy, evaluate } from '../../src/rules';
import { cli, exampleAccounts, textSink } from './io';

const asOf = '2026-11-23';

/** Runs the command with a standard input the test writes to as it goes. */
function open(...args: string[]) {
  const stdin = new PassThrough();
  const stdout = new PassThrough();
  const stderr = textSink();
  const lines: string[] = [];
  let pending = '';
  const waiters: (() => void)[] = [];
  stdout.on('data', (chunk) => {
    pending += String(chunk);
    let nl = pending.indexOf('\n');
    while (nl !== -1) {
      lines.push(pending.slice(0, nl));
      pending = pending.slice(nl + 1);
      nl = pending.indexOf('\n');
    }
    for (const w of waiters.splice(0)) w();
  });
  const done = main(args, { stdin, stdout, stderr: stderr.stream });
  /** Resolves once `n` lines have been written. */
  const until = async (n: number) => {
    while (lines.length < n) await new Promise<void>((resolve) => waiters.push(resolve));
  };
  return { stdin, lines, until, done, err: stderr.text };
}

describe('evaluate - --stream', () => {
  it('answers each line before standard input closes, in order, with an error record in its place', async () => {
    const [a, b] = exampleAccounts();
    const p = open('--lang', 'en', 'evaluate', '-', '--stream', '--as-of', asOf, '--quiet');
    p.stdin.write(`${JSON.stringify(a)}\n`);
    await p.until(1);
    expect(JSON.parse(p.lines[0]!)).toEqual(
      JSON.parse(JSON.stringify(evaluate(a, defaultPolicy, { asOf, locale: 'en' }))),
    );
    p.stdin.write('{"id": "BROKEN", \n');
    await p.until(2);
    expect(JSON.parse(p.lines[1]!)).toMatchObject({ index: 1, line: 2, issues: [{ code: 'invalid_type' }] });
    p.stdin.write(`\n${JSON.stringify(b)}\n`);
    await p.until(3);
    expect(JSON.parse(p.lines[2]!).accountId).toBe((b as { id: string }).id);
    p.stdin.end();
    expect(await p.done).toBe(3);
    expect(p.lines).toHaveLength(3);
    expect(p.err()).toBe('');
  });

  it('gives the decisions of evaluate, in French by default', async () => {
    const accounts = exampleAccounts();
    const input = `${accounts.map((a) => JSON.stringify(a)).join('\n')}\n`;
    const p = open('evaluate', '-', '--stream', '--as-of', asOf, '--quiet');
    p.stdin.end(input);
    expect(await p.done).toBe(0);
    expect(p.lines.map((l) => JSON.parse(l))).toEqual(
      accounts.map((a) => JSON.parse(JSON.stringify(evaluate(a, defaultPolicy, { asOf })))),
    );
    expect(p.lines[0]).toContain('Prochaine étape');
  });

  it('is for standard input and NDJSON only, written on stdout', async () => {
    const r = await cli('evaluate', 'accounts.ndjson', '--stream', '--as-of', asOf);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--stream reads the accounts from standard input');
    expect((await cli('evaluate', '-', '--stream', '--format', 'csv', '--as-of', asOf)).err).toContain(
      'remove --format',
    );
    expect((await cli('evaluate', '-', '--stream', '--out', 'x.ndjson', '--as-of', asOf)).err).toContain(
      'remove --out',
    );
  });
});

describe('explain - --stream', () => {
  it('tells each account as soon as its line is read, each narrative ended by an empty line', async () => {
    const [a] = exampleAccounts();
    const p = open('explain', '-', '--stream', '--as-of', asOf);
    p.stdin.write(`${JSON.stringify(a)}\n`);
    await p.until(3);
    expect(p.lines[0]).toBe('Compte A-1029 au 23/11/2026 — politique default 2024.1');
    p.stdin.write('[1]\n');
    p.stdin.end();
    expect(await p.done).toBe(3);
    const blank = p.lines.indexOf('');
    expect(blank).toBeGreaterThan(2);
    expect(p.lines[blank + 1]).toBe('Ligne 2, compte ?\u00a0: enregistrement en erreur');
    expect(p.lines.at(-1)).toBe('');
  });
});
