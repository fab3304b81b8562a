/**
 * The built package on worker threads writes the bytes pinned before the work on speed
 * (test/digest/digests.ts): 20,000 demo accounts on 1 and 2 workers, NDJSON in French and CSV
 * in the French dialect, and small chunks so that every worker gets many batches.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type * as Library from '../../src/index';
import type * as NodeEntry from '../../src/node/index';
import type * as DemoEntry from '../../src/demo/index';
import { CONFIGS, DIGEST_AS_OF as asOf, hashingSink, PINNED, writeDemoFile } from '../digest/digests';

const dist = join(resolve(dirname(fileURLToPath(import.meta.url)), '../..'), 'dist');
const lib = (await import(pathToFileURL(join(dist, 'index.js')).href)) as typeof Library;
const node = (await import(pathToFileURL(join(dist, 'node', 'index.js')).href)) as typeof NodeEntry;
const demo = (await import(pathToFileURL(join(dist, 'demo', 'index.js')).href)) as typeof DemoEntry;

const dir = mkdtempSync(join(tmpdir(), 'hlm-digest-package-'));
const file = writeDemoFile(demo.generateDemoPortfolio, 20000, dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the built package on worker threads', () => {
  it.each([
    ['ndjson-fr', 1, 1 << 20],
    ['ndjson-fr', 2, 1 << 20],
    ['ndjson-fr', 2, 50_000],
    ['csv-fr', 2, 1 << 20],
    ['ndjson-en', 2, 1 << 20],
  ] as const)(
    'writes the pinned bytes for 20,000 demo accounts in %s on %i workers (chunks of %i bytes)',
    async (name, workers, chunkBytes) => {
      const c = CONFIGS[name];
      const out = hashingSink();
      const summary = await node.evaluateFileTo(file, lib.defaultPolicy, out.stream, {
        asOf,
        workers,
        chunkBytes,
        output: c.output,
        locale: c.locale,
        dialect: c.dialect,
      });
      expect(summary.accounts).toBe(20000);
      expect(out.digest()).toBe(PINNED[20000][name]);
    },
    300_000,
  );
});
