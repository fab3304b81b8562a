/**
 * `hlm-recovery serve` as a host runs it (issue "[6/8] For any host"): the address on stdout,
 * SIGHUP reloading the policy file (an invalid one refused, the one in service kept), SIGTERM
 * finishing the request in flight, then exit code 0.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(root, 'dist', 'cli.js');
const dir = mkdtempSync(join(tmpdir(), 'hlm-serve-'));
const policyFile = join(dir, 'policy.json');
const basePolicy = JSON.parse(readFileSync(join(root, 'examples', 'policies', 'default.json'), 'utf8'));
const account = readFileSync(join(root, 'examples', 'accounts', 'a-1029-two-months-behind.json'), 'utf8');

/** The service's process, its address, and its stderr so far, waited on line by line. */
function start() {
  writeFileSync(policyFile, JSON.stringify(basePolicy));
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', '--policy', policyFile, '--lang', 'en'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  const waiters: (() => void)[] = [];
  const wake = () => {
    for (const w of waiters.splice(0)) w();
  };
  child.stdout.on('data', (c) => {
    out += String(c);
    wake();
  });
  child.stderr.on('data', (c) => {
    err += String(c);
    wake();
  });
  const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
  const until = async (test: () => boolean) => {
    while (!test()) await new Promise<void>((r) => waiters.push(r));
  };
  return { child, exited, until, out: () => out, err: () => err };
}

const health = async (url: string) => (await (await fetch(`${url}/v1/health`)).json()) as any;

describe('hlm-recovery serve, as a process', () => {
  it('reloads on SIGHUP, refuses an invalid policy, and stops on SIGTERM after the request in flight', async () => {
    const s = start();
    await s.until(() => s.out().includes('\n'));
    const url = s.out().trim();
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await health(url)).policy.versions[0].version).toBe(basePolicy.version);

    // An invalid policy: refused, the one in service stays.
    writeFileSync(policyFile, JSON.stringify({ ...basePolicy, steps: 'none' }));
    s.child.kill('SIGHUP');
    await s.until(() => s.err().includes('refused'));
    expect(s.err()).toMatch(/new policy in .*policy\.json refused, 1 problem\(s\)/);
    expect((await health(url)).policy.versions[0].version).toBe(basePolicy.version);

    // A valid one: in service.
    writeFileSync(policyFile, JSON.stringify({ ...basePolicy, version: '2024.9' }));
    s.child.kill('SIGHUP');
    await s.until(() => s.err().includes('reloaded'));
    expect((await health(url)).policy.versions[0].version).toBe('2024.9');

    // A request in flight when SIGTERM arrives is answered, then the process ends with 0.
    let release!: () => void;
    const held = new Promise<void>((r) => {
      release = r;
    });
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        controller.enqueue(new TextEncoder().encode(account.slice(0, 100)));
        await held;
        controller.enqueue(new TextEncoder().encode(account.slice(100)));
        controller.close();
      },
    });
    const answer = fetch(`${url}/v1/evaluate?asOf=2026-11-23`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
      duplex: 'half',
    } as RequestInit);
    // The request has started (its first bytes sent) before the service is told to stop: a
    // guard against a busy machine, not a measure of speed.
    await new Promise((r) => setTimeout(r, 1000));
    s.child.kill('SIGTERM');
    await s.until(() => s.err().includes('stopping'));
    release();
    const response = await answer;
    expect(response.status).toBe(200);
    expect(((await response.json()) as { accountId: string }).accountId).toBe('A-1029');
    expect(await s.exited).toBe(0);
    expect(s.err()).toContain('hlm-recovery: stopped');
    expect(s.err()).not.toMatch(/\n\s+at .+:\d+:\d+/);
  }, 60_000);
});
