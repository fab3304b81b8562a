/**
 * The command line run in this process: `main(argv, io)` with stdout and stderr collected as text,
 * and the files the tests give it, in a temporary folder removed after each test file.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll } from 'vitest';
import { main } from '../../src/cli/main';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** A file of the repository, by its path from the root. */
export const repoFile = (path: string): string => join(root, path);

/** A Writable that keeps the text written to it. */
export function textSink(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

export interface Run {
  /** The exit code `main` returned. */
  readonly code: number;
  /** What was written to stdout. */
  readonly out: string;
  /** What was written to stderr. */
  readonly err: string;
}

/** Runs `hlm-recovery <args>` in this process, with nothing on standard input. */
export async function cli(...args: string[]): Promise<Run> {
  return cliWith({}, ...args);
}

/** Runs `hlm-recovery <args>` exactly as given: French unless the arguments say `--lang en`. */
export async function cliAsIs(...args: string[]): Promise<Run> {
  return cliWith({ lang: 'as-is' }, ...args);
}

/** What a test gives the command besides its arguments. */
export interface Given {
  /** Standard input: a text, or a stream. */
  readonly stdin?: string | Readable;
  /** Where stdout goes; by default a sink whose text the run returns. */
  readonly stdout?: Writable;
  /** `as-is`: no `--lang en` added. */
  readonly lang?: 'as-is';
}

/**
 * Runs `hlm-recovery <args>` in this process with the standard input or stdout given. The tests
 * read English unless they ask `--lang fr` (French, the command's default, has its own tests):
 * `--lang en` is added when the arguments give no `--lang`.
 */
export async function cliWith(given: Given, ...args: string[]): Promise<Run> {
  const stdout = textSink();
  const stderr = textSink();
  const stdin = typeof given.stdin === 'string' ? Readable.from([Buffer.from(given.stdin)]) : given.stdin;
  const lang =
    given.lang === 'as-is' || args.some((a) => a === '--lang' || a.startsWith('--lang=')) ? [] : ['--lang', 'en'];
  const code = await main([...lang, ...args], {
    stdout: given.stdout ?? stdout.stream,
    stderr: stderr.stream,
    ...(stdin === undefined ? {} : { stdin }),
  });
  return { code, out: stdout.text(), err: stderr.text() };
}

/** A temporary folder for the files of one test file, removed when its tests are done. */
export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

/** Writes `text` to `name` in `dir` and returns its path. */
export function writeTo(dir: string, name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

/** The demo accounts of examples/accounts, in file-name order (A-1029, B-2207, C-3310, D-4102). */
export function exampleAccounts(): Record<string, unknown>[] {
  const dir = repoFile('examples/accounts');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as Record<string, unknown>);
}

/** The lines of a text, without the final newline. */
export const linesOf = (text: string): string[] => text.replace(/\n$/, '').split('\n');
