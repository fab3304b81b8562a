/**
 * evaluateFile and evaluateFileTo on worker threads, which run the built code (run after
 * `npm run build`): the same bytes as `evaluate` one account at a time, whatever the number of
 * workers and however the input is cut into batches.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import type * as Library from '../../src/index';
import type * as NodeEntry from '../../src/node/index';
import type * as DemoEntry from '../../src/demo/index';

// The built package, as users receive it (its types are those of the sources).
const dist = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist');
const lib = (await import(pathToFileURL(join(dist, 'index.js')).href)) as typeof Library;
const node = (await import(pathToFileURL(join(dist, 'node', 'index.js')).href)) as typeof NodeEntry;
const demo = (await import(pathToFileURL(join(dist, 'demo', 'index.js')).href)) as typeof DemoEntry;

const asOf = '2026-11-23';
const dir = mkdtempSync(join(tmpdir(), 'hlm-workers-'));

function sink() {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

// 300 generated accounts, with hostile lines among them: a truncated line, an unknown key, a bad
// amount, blank lines, CRLF endings, and a BOM at the start of the file.
const accounts = [...demo.generateDemoPortfolio({ count: 300, asOf })] as Record<string, unknown>[];
const lines: string[] = accounts.map((a) => JSON.stringify(a));
lines.splice(17, 0, '{"id": "TRUNCATED", "lease": ');
lines.splice(90, 0, JSON.stringify({ ...accounts[5], id: 'UNKNOWN-KEY', colour: 'blue' }));
lines.splice(150, 0, '');
lines.splice(
  151,
  0,
  JSON.stringify({ ...accounts[6], id: 'BAD-AMOUNT', lease: { ...(accounts[6]!.lease as object), rent: '12,50' } }),
);
lines.splice(200, 0, '   ');
const ndjsonText = `\uFEFF${lines.map((l, i) => (i % 7 === 3 ? `${l}\r` : l)).join('\n')}\n`;
const ndjsonFile = join(dir, 'portfolio.ndjson');
writeFileSync(ndjsonFile, ndjsonText);
const records = lines.filter((l) => l.trim() !== '');
// The line of the file each record is on: blank lines count.
const recordLines = lines.flatMap((l, i) => (l.trim() === '' ? [] : [i + 1]));

/** The expected NDJSON output, one account at a time through `evaluate`. */
function expectedLines(): string[] {
  return records.map((text, index) => {
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      return null;
    }
    try {
      return JSON.stringify(lib.evaluate(raw, lib.defaultPolicy, { asOf }));
    } catch (error) {
      const id = (raw as { id: string }).id;
      return JSON.stringify({
        index,
        line: recordLines[index],
        accountId: id,
        issues: (error as { issues: unknown }).issues,
      });
    }
  }) as string[];
}

describe('evaluateFile on worker threads', () => {
  const expected = expectedLines();

  it('gives, for NDJSON, the bytes of evaluate one by one, with 1 and 2 workers and any chunk size', async () => {
    const outputs: string[] = [];
    for (const workers of [1, 2]) {
      for (const chunkBytes of [1 << 20, 20_000, 1]) {
        const out = sink();
        const summary = await node.evaluateFileTo(ndjsonFile, lib.defaultPolicy, out.stream, {
          asOf,
          workers,
          chunkBytes,
        });
        expect(summary.accounts).toBe(records.length);
        expect(summary.errors).toBe(3);
        outputs.push(out.text());
      }
    }
    for (const o of outputs) expect(o).toBe(outputs[0]);
    const got = outputs[0]!.trimEnd().split('\n');
    expect(got).toHaveLength(records.length);
    got.forEach((line, i) => {
      if (expected[i] !== null) expect(line, `record ${i}`).toBe(expected[i]);
    });
    expect(JSON.parse(got[17]!)).toMatchObject({ index: 17, line: 18, accountId: 'TRUNCATED' });
  });

  it('gives the same results as values through evaluateFile and evaluatePortfolio', async () => {
    const inThread = await collect(
      lib.evaluatePortfolio(
        records.map((r) => {
          try {
            return JSON.parse(r);
          } catch {
            return { id: 'x' };
          }
        }),
        lib.defaultPolicy,
        { asOf },
      ),
    );
    const onWorkers = await collect(
      node.evaluateFile(ndjsonFile, lib.defaultPolicy, { asOf, workers: 2, chunkBytes: 30_000 }),
    );
    expect(onWorkers).toHaveLength(records.length);
    onWorkers.forEach((r, i) => {
      if (i === 17) return; // the truncated line: unreadable from the file, an object in memory
      // The file's error records name their line, which records in memory do not have.
      if (!r.ok) expect(r.line).toBe(recordLines[i]);
      const { line: _line, ...fromFile } = lib.resultRecord(r) as { line?: number };
      expect(JSON.stringify(fromFile)).toBe(JSON.stringify(lib.resultRecord(inThread[i]!)));
    });
  });

  it('gives the same bytes from a JSON array, in any batch size, and in JSON, CSV and French CSV output', async () => {
    const jsonFile = join(dir, 'portfolio.json');
    writeFileSync(jsonFile, JSON.stringify(accounts.slice(0, 120)));
    for (const output of ['ndjson', 'json', 'csv'] as const) {
      const texts: string[] = [];
      for (const [workers, batchSize] of [
        [1, 256],
        [2, 7],
        [2, 1],
      ] as const) {
        const out = sink();
        await node.evaluateFileTo(jsonFile, lib.defaultPolicy, out.stream, {
          asOf,
          workers,
          batchSize,
          output,
          dialect: output === 'csv' ? 'fr' : 'standard',
        });
        texts.push(out.text());
      }
      expect(texts[1]).toBe(texts[0]);
      expect(texts[2]).toBe(texts[0]);
      const reference = sink();
      await node.writeDecisions(
        lib.evaluatePortfolio(accounts.slice(0, 120), lib.defaultPolicy, { asOf }),
        reference.stream,
        { format: output, dialect: output === 'csv' ? 'fr' : 'standard' },
      );
      expect(texts[0]).toBe(reference.text());
    }
  });

  it.each(['cjs', 'mjs'])(
    'returns every decision on 2 worker threads to a host written as %s, the bytes of evaluate one by one',
    (kind) => {
      const script = join(dirname(fileURLToPath(import.meta.url)), 'workers', `evaluate-file.${kind}`);
      const r = spawnSync(process.execPath, [script, ndjsonFile, asOf, '20000'], { encoding: 'utf8' });
      expect(r.stderr).toBe('workers started: 2\n');
      expect(r.status).toBe(0);
      const got = r.stdout.trimEnd().split('\n');
      expect(got).toHaveLength(records.length);
      got.forEach((line, i) => {
        if (expected[i] !== null) expect(line, `record ${i}`).toBe(expected[i]);
      });
      expect(JSON.parse(got[17]!)).toMatchObject({ index: 17, line: 18, accountId: 'TRUNCATED' });
    },
  );
});
