/**
 * Decisions byte-identical to those of the code before the work on speed: the demo portfolio's
 * decisions hashed in every pinned output configuration, through the compiled engine (the batch
 * path, evaluateFileTo in this thread) and through json-rules-engine. 2,000 accounts in `npm test`,
 * 20,000 under `npm run test:long`; worker threads are checked on the built package
 * (test/package/digest.test.ts).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateDemoPortfolio } from '../../src/demo';
import { defaultPolicy, evaluatePortfolio } from '../../src/index';
import { evaluateFileTo, writeDecisions } from '../../src/node';
import { HEAVY_TIMEOUT, LONG } from '../runs';
import { CONFIGS, type ConfigName, DIGEST_AS_OF as asOf, hashingSink, PINNED, writeDemoFile } from './digests';

const count = LONG ? 20000 : 2000;
const dir = mkdtempSync(join(tmpdir(), 'hlm-digest-'));
const file = writeDemoFile(generateDemoPortfolio, count, dir);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe(`the decisions of ${count} demo accounts, against the digests pinned before the work on speed`, () => {
  it.each(Object.keys(CONFIGS) as ConfigName[])(
    'are the same bytes in %s through the batch path',
    async (name) => {
      const c = CONFIGS[name];
      const out = hashingSink();
      const summary = await evaluateFileTo(file, defaultPolicy, out.stream, {
        asOf,
        workers: 1,
        output: c.output,
        locale: c.locale,
        dialect: c.dialect,
      });
      expect(summary.accounts).toBe(count);
      expect(summary.errors).toBe(0);
      expect(out.digest()).toBe(PINNED[count][name]);
    },
    HEAVY_TIMEOUT,
  );

  it.each(LONG ? (['ndjson-fr', 'csv-fr'] as const) : (['ndjson-fr'] as const))(
    'are the same bytes in %s through json-rules-engine',
    async (name) => {
      const c = CONFIGS[name];
      const out = hashingSink();
      await writeDecisions(
        evaluatePortfolio(generateDemoPortfolio({ count, asOf }), defaultPolicy, {
          asOf,
          engine: 'json-rules-engine',
          locale: c.locale,
        }),
        out.stream,
        { format: c.output, dialect: c.dialect },
      );
      expect(out.digest()).toBe(PINNED[count][name]);
    },
    HEAVY_TIMEOUT,
  );
});
