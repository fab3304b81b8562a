/**
 * The explanation asked (`explain: 'full' | 'summary' | 'none'`) reaches the worker threads: each
 * prepares its run from `run.describe()`, which carries it. Run on the built package (after
 * `npm run build`): the same bytes with 1 and 2 workers at every level, `summary` the full
 * decisions without their traces, `none` with an empty explanation; through `evaluateFileTo`,
 * `evaluateFile` and the service's `/v1/evaluate-batch?explain=…`.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as Library from '../../src/index';
import type * as NodeEntry from '../../src/node/index';
import type * as DemoEntry from '../../src/demo/index';

const dist = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist');
const lib = (await import(pathToFileURL(join(dist, 'index.js')).href)) as typeof Library;
const node = (await import(pathToFileURL(join(dist, 'node', 'index.js')).href)) as typeof NodeEntry;
const demo = (await import(pathToFileURL(join(dist, 'demo', 'index.js')).href)) as typeof DemoEntry;

const asOf = '2026-11-23';
const dir = mkdtempSync(join(tmpdir(), 'hlm-explain-workers-'));
const accounts = [...demo.generateDemoPortfolio({ count: 120, asOf })];
const lines = accounts.map((a) => JSON.stringify(a));
lines.splice(40, 0, '{"id": "TRUNCATED", "lease": ');
const body = `${lines.join('\n')}\n`;
const file = join(dir, 'portfolio.ndjson');
writeFileSync(file, body);

type Entry = Record<string, unknown> & { trace?: unknown };
type Line = Record<string, unknown> & { explanation?: Entry[] };

const summaryOf = (l: Line): Line =>
  l.explanation === undefined ? l : { ...l, explanation: l.explanation.map(({ trace: _trace, ...e }) => e) };
const noneOf = (l: Line): Line => (l.explanation === undefined ? l : { ...l, explanation: [] });

async function written(options: NodeEntry.EvaluateFileToOptions): Promise<string[]> {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk, _enc, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  await node.evaluateFileTo(file, lib.defaultPolicy, out, options);
  return Buffer.concat(chunks).toString('utf8').trimEnd().split('\n');
}

describe('explain on worker threads', () => {
  it('gives every level the same bytes with 1 and 2 workers, each the shape of its level', async () => {
    const full = await written({ asOf, workers: 1 });
    expect(full).toHaveLength(lines.length);
    const parsed = full.map((l) => JSON.parse(l) as Line);
    expect(parsed.some((d) => d.explanation?.some((e) => e.trace !== undefined))).toBe(true);
    const expected = {
      full,
      summary: parsed.map((l) => JSON.stringify(summaryOf(l))),
      none: parsed.map((l) => JSON.stringify(noneOf(l))),
    };
    for (const explain of ['full', 'summary', 'none'] as const) {
      for (const workers of [1, 2]) {
        expect(await written({ asOf, workers, explain, chunkBytes: 50_000 }), `${explain}, ${workers}`).toEqual(
          expected[explain],
        );
      }
    }
  });

  it('gives evaluateFile the decisions of the level asked, from the workers', async () => {
    const results: NodeEntry.EvaluateFileOptions['explain'][] = [];
    for await (const r of node.evaluateFile(file, lib.defaultPolicy, { asOf, workers: 2, explain: 'none' })) {
      if (r.ok) {
        expect(r.decision.explanation).toEqual([]);
        results.push('none');
      }
    }
    expect(results).toHaveLength(accounts.length);
  });

  it('refuses a level not known before reading anything', async () => {
    await expect(written({ asOf, workers: 2, explain: 'short' as 'full' })).rejects.toThrow(
      /"full", "summary" or "none"/,
    );
  });

  it('reaches the workers of the service: /v1/evaluate-batch?explain=', async () => {
    const server = await node.startServer({ port: 0, workers: 2 });
    try {
      const post = async (query: string) => {
        const res = await fetch(`${server.url}/v1/evaluate-batch?asOf=${asOf}${query}`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-ndjson' },
          body,
        });
        expect(res.status).toBe(200);
        return (await res.text()).trimEnd().split('\n');
      };
      const full = await post('');
      expect(full).toHaveLength(lines.length);
      const parsed = full.map((l) => JSON.parse(l) as Line);
      expect(await post('&explain=full')).toEqual(full);
      expect(await post('&explain=summary')).toEqual(parsed.map((l) => JSON.stringify(summaryOf(l))));
      expect(await post('&explain=none')).toEqual(parsed.map((l) => JSON.stringify(noneOf(l))));
    } finally {
      await server.close();
    }
  });
});
