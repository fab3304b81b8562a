#!/usr/bin/env node
/**
 * Prints the sha256 of the decisions the built package writes for the first 2,000 and 20,000
 * demo accounts, in each pinned output configuration, on 1 and 2 worker threads and through
 * json-rules-engine; the values pinned in test/digest/digests.ts. Run after `npm run build`:
 *
 *   node scripts/decision-digests.mjs [--sizes 2000,20000]
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { defaultPolicy, evaluatePortfolio } from '../dist/index.js';
import { generateDemoPortfolio } from '../dist/demo/index.js';
import { evaluateFileTo, writeDecisions } from '../dist/node/index.js';

const asOf = '2026-11-23';
const CONFIGS = {
  'ndjson-fr': { output: 'ndjson', locale: 'fr', dialect: 'standard' },
  'ndjson-en': { output: 'ndjson', locale: 'en', dialect: 'standard' },
  'csv-fr': { output: 'csv', locale: 'fr', dialect: 'fr' },
  'json-en': { output: 'json', locale: 'en', dialect: 'standard' },
};
const sizesArg = process.argv.indexOf('--sizes');
const sizes = sizesArg > 0 ? process.argv[sizesArg + 1].split(',').map(Number) : [2000, 20000];

function sink() {
  const hash = createHash('sha256');
  const stream = new Writable({
    write(chunk, _enc, done) {
      hash.update(chunk);
      done();
    },
  });
  return { stream, digest: () => hash.digest('hex') };
}

const dir = mkdtempSync(join(tmpdir(), 'hlm-digests-'));
const result = {};
for (const count of sizes) {
  const accounts = [...generateDemoPortfolio({ count, asOf })];
  const file = join(dir, `demo-${count}.ndjson`);
  writeFileSync(file, `${accounts.map((a) => JSON.stringify(a)).join('\n')}\n`);
  result[count] = {};
  for (const [name, c] of Object.entries(CONFIGS)) {
    const seen = {};
    for (const workers of [1, 2]) {
      const s = sink();
      await evaluateFileTo(file, defaultPolicy, s.stream, {
        asOf,
        workers,
        output: c.output,
        locale: c.locale,
        dialect: c.dialect,
      });
      seen[`workers ${workers}`] = s.digest();
    }
    const s = sink();
    await writeDecisions(
      evaluatePortfolio(accounts, defaultPolicy, { asOf, engine: 'json-rules-engine', locale: c.locale }),
      s.stream,
      { format: c.output, dialect: c.dialect },
    );
    seen['json-rules-engine'] = s.digest();
    const values = new Set(Object.values(seen));
    if (values.size !== 1) {
      console.error(`${count} ${name}: the engines and worker counts differ`, seen);
      process.exitCode = 1;
    }
    result[count][name] = seen['workers 1'];
    console.error(`${count} ${name} ${seen['workers 1']}`);
  }
}
rmSync(dir, { recursive: true, force: true });
console.log(JSON.stringify(result, null, 2));
