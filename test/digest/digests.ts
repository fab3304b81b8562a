/**
 * The pinned digests of the demo portfolio's decisions: the bytes every engine, worker count and
 * output format writes for the first 2,000 and the first 20,000 demo accounts (default seed,
 * exported and evaluated on 2026-11-23). They were taken from the code before the work on speed
 * ([7/8]); any byte that changes since changes a digest. Shared by test/digest/decisions.test.ts
 * (the sources, one thread, both engines) and test/package/digest.test.ts (the built package on
 * worker threads).
 *
 * @module
 */
import { createHash } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';

export const DIGEST_AS_OF = '2026-11-23';

/** The output configurations pinned, by name. */
export const CONFIGS = {
  'ndjson-fr': { output: 'ndjson', locale: 'fr', dialect: 'standard' },
  'ndjson-en': { output: 'ndjson', locale: 'en', dialect: 'standard' },
  'csv-fr': { output: 'csv', locale: 'fr', dialect: 'fr' },
  'json-en': { output: 'json', locale: 'en', dialect: 'standard' },
} as const;

export type ConfigName = keyof typeof CONFIGS;

/**
 * sha256 of the bytes, by number of accounts and configuration. Taken at commit bc4f351, before
 * the work on speed, with `node scripts/decision-digests.mjs`.
 */
export const PINNED: Readonly<Record<2000 | 20000, Readonly<Record<ConfigName, string>>>> = {
  2000: {
    'ndjson-fr': 'fbfd41fcb2468bb6cbdeb6426748c8dff5bfbfdabe17e53edabc958b6ee590e3',
    'ndjson-en': '0c5def2566005922b044588f7bee1fc1ef09127a79b285d5f21634c00b0e0f64',
    'csv-fr': '8abe01b76bf63d30184de49680c8ec75e1dae1bfd4993203a13494de37e21980',
    'json-en': 'e568ef5269ac74a1988eec41a31d8769b827104c201bf6a839022e8370f6f330',
  },
  20000: {
    'ndjson-fr': 'eb70dd0da93220709ad962271948d8b9570433fea1551f9b3aae02f552c7721f',
    'ndjson-en': 'c4cbfca57b052f9580403d14c0b84a363320d76134addd64df289e81f1b6ec5a',
    'csv-fr': '7a849a16fb0cbc9079e5ba1f7c2c6f4745acfe2dc21f692c7598b097a69ce922',
    'json-en': '7e9ffbc0d9403d592a3cde20685480109a89fda5434835a4cdf98ba0ad38e60b',
  },
};

/** A writable that hashes what it is given, and counts the bytes. */
export function hashingSink(): { stream: Writable; digest: () => string; bytes: () => number } {
  const hash = createHash('sha256');
  let bytes = 0;
  const stream = new Writable({
    write(chunk: Buffer, _enc, done) {
      hash.update(chunk);
      bytes += chunk.length;
      done();
    },
  });
  return { stream, digest: () => hash.digest('hex'), bytes: () => bytes };
}

/** The demo portfolio as an NDJSON file of `count` lines, in `dir`. */
export function writeDemoFile(
  generate: (options: { count: number; asOf: string }) => Iterable<unknown>,
  count: number,
  dir: string,
): string {
  const file = join(dir, `demo-${count}.ndjson`);
  const lines: string[] = [];
  for (const account of generate({ count, asOf: DIGEST_AS_OF })) lines.push(JSON.stringify(account));
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}
