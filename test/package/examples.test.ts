/**
 * Every numbered example of examples/ runs and prints what examples/output/ and docs/examples.md
 * say it prints; the generated reference pages of docs/ are up to date. Run after `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a plain ES module script of the repository
import { exampleFiles, examplesMarkdown, runExample } from '../../scripts/examples.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const files = exampleFiles() as string[];
const outputs = new Map<string, string>();

describe('the runnable examples', () => {
  it('are numbered from 00 without gaps', () => {
    expect(files.map((f) => f.slice(0, 2))).toEqual(files.map((_, i) => String(i).padStart(2, '0')));
    expect(files.length).toBeGreaterThanOrEqual(6);
  });

  it.each(files)('%s prints what examples/output shows', (file) => {
    const output = runExample(file) as string;
    outputs.set(file, output);
    expect(output).toBe(readFileSync(join(root, 'examples', 'output', file.replace(/\.mjs$/, '.txt')), 'utf8'));
  });

  it('are shown with their output in docs/examples.md', () => {
    const expected = examplesMarkdown(files.map((f) => [f, outputs.get(f) ?? runExample(f)])) as string;
    expect(readFileSync(join(root, 'docs', 'examples.md'), 'utf8')).toBe(expected);
  });
});

describe('the generated reference pages', () => {
  it('docs/facts.md and docs/legal-basis.md match the code', () => {
    expect(() =>
      execFileSync(process.execPath, ['scripts/write-docs.mjs', '--check'], {
        cwd: root,
        encoding: 'utf8',
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });
});

describe('the demo portfolio file', () => {
  it('examples/portfolio/demo-200.ndjson is what the generator writes for seed 2026', () => {
    const generated = execFileSync(process.execPath, ['examples/portfolio/generate.mjs', '200', '2026', '2026-11-23'], {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    expect(readFileSync(join(root, 'examples', 'portfolio', 'demo-200.ndjson'), 'utf8')).toBe(generated);
  });
});
