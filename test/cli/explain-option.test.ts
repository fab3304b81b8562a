/**
 * `hlm-recovery evaluate --explain full|summary|none`: how much of its explanation each decision
 * written carries. `full` (the default) is today's output; `summary` is the same with each entry's
 * `trace` removed; `none` the same with an empty explanation. Nothing else of a decision, and
 * nothing of an error record, changes; CSV has no column for the explanation, so its bytes are the
 * same at every level. A value not among the three is wrong usage (exit code 2), in both languages.
 */
import { describe, expect, it } from 'vitest';
import { cli, cliAsIs, cliWith, exampleAccounts, linesOf, tempDir, writeTo } from './io';

const asOf = '2026-11-23';
const dir = tempDir('hlm-explain-');
const examples = exampleAccounts();
/** The four example accounts, a truncated line, and an account the contract refuses. */
const text = `${[
  ...examples.map((a) => JSON.stringify(a)),
  '{"id": "BROKEN", "lease": ',
  JSON.stringify({ ...examples[0], id: 'BAD-RENT', lease: { ...(examples[0]!.lease as object), rent: '12,50' } }),
].join('\n')}\n`;
const ndjson = writeTo(dir, 'accounts.ndjson', text);

type Entry = { about: string; text: string; source: string; trace?: unknown[] };
type Line = { explanation?: Entry[]; issues?: unknown[] } & Record<string, unknown>;

/** A decision's line as `summary` writes it: each entry of the explanation without its trace. */
const summaryOf = (l: Line): Line =>
  l.explanation === undefined ? l : { ...l, explanation: l.explanation.map(({ trace: _trace, ...e }) => e) };
/** A decision's line as `none` writes it: an empty explanation. */
const noneOf = (l: Line): Line => (l.explanation === undefined ? l : { ...l, explanation: [] });

/** `evaluate` on the accounts file, in one worker, quietly, with these options. */
const evaluated = (...args: string[]) => cli('evaluate', ndjson, '--as-of', asOf, '--workers', '1', '--quiet', ...args);

async function evaluateLines(...args: string[]): Promise<string[]> {
  const r = await evaluated(...args);
  expect(r.code).toBe(3);
  return linesOf(r.out);
}

describe('evaluate --explain', () => {
  it('is full by default: the same bytes as without the option', async () => {
    const full = await evaluateLines();
    expect(await evaluateLines('--explain', 'full')).toEqual(full);
    expect(await evaluateLines('--explain=full')).toEqual(full);
    // Not vacuous: the example decisions have traces to leave out.
    const parsed = full.map((l) => JSON.parse(l) as Line);
    expect(parsed.some((d) => d.explanation?.some((e) => (e.trace?.length ?? 0) > 0))).toBe(true);
  });

  it('summary: every entry of each explanation, without its trace; nothing else changes', async () => {
    const full = (await evaluateLines()).map((l) => JSON.parse(l) as Line);
    const summary = await evaluateLines('--explain', 'summary');
    // Compared as text: the same fields in the same order.
    expect(summary).toEqual(full.map((l) => JSON.stringify(summaryOf(l))));
  });

  it('none: an empty explanation in each decision; error records as they are', async () => {
    const full = (await evaluateLines()).map((l) => JSON.parse(l) as Line);
    const none = await evaluateLines('--explain', 'none');
    expect(none).toEqual(full.map((l) => JSON.stringify(noneOf(l))));
    expect(none.filter((l) => l.includes('"issues"'))).toHaveLength(2);
  });

  it('shapes the JSON array the same way', async () => {
    const run = async (...args: string[]) => JSON.parse((await evaluated('--format', 'json', ...args)).out) as Line[];
    const full = await run();
    expect(await run('--explain', 'summary')).toEqual(full.map(summaryOf));
    expect(await run('--explain', 'none')).toEqual(full.map(noneOf));
  });

  it('changes no byte of CSV output, whose columns never show the explanation', async () => {
    for (const dialect of [[], ['--dialect', 'fr']]) {
      const run = async (...args: string[]) => (await evaluated('--format', 'csv', ...dialect, ...args)).out;
      const full = await run();
      expect(full.split('\n').length).toBeGreaterThan(6);
      expect(await run('--explain', 'summary')).toBe(full);
      expect(await run('--explain', 'none')).toBe(full);
    }
  });

  it('applies to --stream too', async () => {
    const run = async (...args: string[]) => {
      const r = await cliWith({ stdin: text }, 'evaluate', '-', '--as-of', asOf, '--stream', '--quiet', ...args);
      expect(r.code).toBe(3);
      return linesOf(r.out);
    };
    const full = (await run()).map((l) => JSON.parse(l) as Line);
    expect(full).toHaveLength(6);
    expect(await run('--explain', 'summary')).toEqual(full.map((l) => JSON.stringify(summaryOf(l))));
    expect(await run('--explain', 'none')).toEqual(full.map((l) => JSON.stringify(noneOf(l))));
  });

  it('refuses a value not among full, summary and none as wrong usage (exit code 2), naming the nearest', async () => {
    const bad = await cli('evaluate', ndjson, '--as-of', asOf, '--explain', 'short');
    expect(bad.code).toBe(2);
    expect(bad.out).toBe('');
    expect(linesOf(bad.err)).toEqual([
      'hlm-recovery: --explain must be one of full, summary, none, not "short"',
      'Run "hlm-recovery evaluate --help" for usage.',
    ]);
    const near = await cli('evaluate', ndjson, '--as-of', asOf, '--explain', 'sumary');
    expect(near.code).toBe(2);
    expect(linesOf(near.err)[0]).toBe(
      'hlm-recovery: --explain must be one of full, summary, none, not "sumary" (did you mean summary?)',
    );
    const stream = await cliWith({ stdin: text }, 'evaluate', '-', '--as-of', asOf, '--stream', '--explain', 'FULL');
    expect(stream.code).toBe(2);
    expect(stream.out).toBe('');
  });

  it('says so in French by default', async () => {
    const bad = await cliAsIs('evaluate', ndjson, '--as-of', asOf, '--explain', 'short');
    expect(bad.code).toBe(2);
    expect(linesOf(bad.err)[0]).toMatch(
      /^hlm-recovery\u00a0?: --explain doit être l’une des valeurs full, summary, none, et non «\u00a0short\u00a0»$/,
    );
  });

  it('needs a value, and is given once', async () => {
    const missing = await cli('evaluate', ndjson, '--as-of', asOf, '--explain');
    expect(missing.code).toBe(2);
    expect(linesOf(missing.err)[0]).toMatch(/--explain .*--explain summary/);
    const twice = await cli('evaluate', ndjson, '--as-of', asOf, '--explain', 'none', '--explain', 'full');
    expect(twice.code).toBe(2);
  });
});
