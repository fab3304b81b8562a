import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors';
import { MAX_LINE_BYTES, readAccounts } from '../../src/node';
import { ndjsonChunks, ndjsonRecords } from '../../src/node/ndjson';
import { account, brief, collect, line, streamOf, tempDir, viaEvaluateFile, viaReadAccounts, written } from './inputs';

const dir = tempDir('ndjson');

/**
 * Line 1 an account, line 2 a valid account padded with spaces to `MAX_LINE_BYTES + 1` bytes,
 * line 3 an account: streamed in 64 KiB reads of one reused buffer of spaces, so the test never
 * holds the long line itself.
 */
function withLongLine(): Readable {
  const head = line('BIG-1');
  const blank = Buffer.alloc(1 << 16, 0x20);
  let rest = MAX_LINE_BYTES + 1 - head.length;
  return Readable.from(
    (function* () {
      yield Buffer.from(`${line('A-1')}\n${head}`);
      while (rest > 0) {
        const n = Math.min(rest, blank.length);
        yield n === blank.length ? blank : blank.subarray(0, n);
        rest -= n;
      }
      yield Buffer.from(`\n${line('C-3')}\n`);
    })(),
    { objectMode: true },
  );
}

describe('a line over MAX_LINE_BYTES', () => {
  it('is 16 MiB', () => {
    expect(MAX_LINE_BYTES).toBe(16 * 1024 * 1024);
  });

  it('becomes an error record naming its line, and the next line is decided (readAccounts)', async () => {
    const results = await viaReadAccounts(withLongLine());
    expect(brief(results)).toMatchObject([
      { ok: true, id: 'A-1' },
      { ok: false, line: 2, id: 'BIG-1', codes: ['too_big'] },
      { ok: true, id: 'C-3' },
    ]);
    expect(brief(results)[1]!.message).toMatch(/at most 16 MiB/);
  });

  it('is the same error record on the evaluateFile path, whatever the chunk size', async () => {
    const expected = written(await viaReadAccounts(withLongLine()));
    expect(written(await viaEvaluateFile(withLongLine()))).toEqual(expected);
    expect(written(await viaEvaluateFile(withLongLine(), { chunkBytes: 100 }))).toEqual(expected);
  });

  it('is cut out of the chunks: no chunk holds it, the line numbers after it stay right', async () => {
    const chunks = await collect(ndjsonChunks(withLongLine(), 1 << 20));
    expect(Math.max(...chunks.map((c) => c.bytes.length))).toBeLessThan(1 << 21);
    const located = chunks.flatMap((c) => [...ndjsonRecords(c.bytes, c.firstLine, c.overLimit)]);
    expect(located.map((l) => l.line)).toEqual([1, 2, 3]);
    expect(chunks.reduce((n, c) => n + c.records, 0)).toBe(3);
  });
});

describe('line numbers of NDJSON error records', () => {
  const text = ['null', '', '42', '[]', '   ', '{}', '{"id":"X-7"}', line('A-8'), '"text"'].join('\n');

  it('name the physical line, blank lines counted, and the account id when there is one', async () => {
    const expected = [
      { ok: false, line: 1 },
      { ok: false, line: 3 },
      { ok: false, line: 4 },
      { ok: false, line: 6 },
      { ok: false, line: 7, id: 'X-7' },
      { ok: true, id: 'A-8' },
      { ok: false, line: 9 },
    ];
    expect(brief(await viaReadAccounts(streamOf(text)))).toMatchObject(expected);
    expect(brief(await viaEvaluateFile(streamOf(text)))).toMatchObject(expected);
  });

  it('are the same, byte for byte, from readAccounts and from evaluateFile, from a file and from a stream', async () => {
    const path = join(dir, 'lines.ndjson');
    writeFileSync(path, text);
    const expected = written(await viaReadAccounts(path));
    expect(written(await viaReadAccounts(streamOf(text)))).toEqual(expected);
    expect(written(await viaEvaluateFile(path))).toEqual(expected);
    expect(written(await viaEvaluateFile(streamOf(text), { chunkBytes: 10 }))).toEqual(expected);
  });
});

describe('line ends', () => {
  it('reads lone CR line ends (old Mac exports) as one record per line', async () => {
    const text = `${line('A-1')}\r${line('A-2')}\r\r${line('A-4')}\r`;
    expect(brief(await viaReadAccounts(streamOf(text)))).toMatchObject([
      { ok: true, id: 'A-1' },
      { ok: true, id: 'A-2' },
      { ok: true, id: 'A-4' },
    ]);
    const results = await viaEvaluateFile(streamOf(`${text}{}\r`));
    expect(brief(results).at(-1)).toMatchObject({ ok: false, line: 5 });
  });

  it('counts a CRLF cut between two reads as one line end', async () => {
    const pieces = [`${line('A-1')}\r`, `\n{}\r`, '\n', `${line('A-3')}\r\n{"id":"X-4"}`];
    const expected = [
      { ok: true, id: 'A-1' },
      { ok: false, line: 2 },
      { ok: true, id: 'A-3' },
      { ok: false, line: 4, id: 'X-4' },
    ];
    expect(brief(await viaReadAccounts(streamOf(...pieces)))).toMatchObject(expected);
    expect(brief(await viaEvaluateFile(streamOf(...pieces), { chunkBytes: 1 }))).toMatchObject(expected);
  });

  it('cuts a line read one byte at a time at the same places', async () => {
    const text = `${line('A-1')}\n\n{"id":"X-3"}\r\n${line('A-4')}`;
    const bytes = [...Buffer.from(text)].map((b) => Uint8Array.of(b));
    expect(written(await viaEvaluateFile(streamOf(...bytes), { chunkBytes: 7 }))).toEqual(
      written(await viaReadAccounts(streamOf(text))),
    );
  });
});

describe('text that is not what it seems', () => {
  it('names a byte-order mark in the middle of the file (two files joined)', async () => {
    const text = `\uFEFF${line('A-1')}\n\uFEFF${line('A-2')}\n${line('A-3')}`;
    const results = await viaReadAccounts(streamOf(text));
    expect(brief(results)).toMatchObject([
      { ok: true, id: 'A-1' },
      { ok: false, line: 2, id: 'A-2' },
      { ok: true, id: 'A-3' },
    ]);
    expect(brief(results)[1]!.message).toMatch(
      /byte-order mark in the middle of the file: two files joined\? Remove it/,
    );
    expect(written(await viaEvaluateFile(streamOf(text)))).toEqual(written(results));
  });

  it('names a line that is not UTF-8 (Latin-1 bytes) instead of reading it with replacement characters', async () => {
    const latin1 = Buffer.from(
      JSON.stringify({ ...account('A-2'), household: { monthlyResources: '1800.00', name: 'Chloé' } }),
      'latin1',
    );
    const pieces = [`${line('A-1')}\n`, latin1, `\n${line('A-3')}\n`];
    const results = await viaReadAccounts(streamOf(...pieces));
    expect(brief(results)).toMatchObject([
      { ok: true, id: 'A-1' },
      { ok: false, line: 2, id: 'A-2' },
      { ok: true, id: 'A-3' },
    ]);
    expect(brief(results)[1]!.message).toMatch(/not UTF-8.*export it again as UTF-8/i);
    expect(written(await viaEvaluateFile(streamOf(...pieces)))).toEqual(written(results));
  });

  it.each([
    [
      'with a byte-order mark (FF FE)',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${line('A-1')}\n`, 'utf16le')]),
    ],
    ['with a byte-order mark (FE FF)', Buffer.from([0xfe, 0xff, 0x00, 0x7b, 0x00, 0x7d, 0x00, 0x0a])],
    ['without a byte-order mark', Buffer.from(`${line('A-1')}\n${line('A-2')}\n`, 'utf16le')],
  ])('refuses a UTF-16 file %s with one error naming the encoding to export', async (_, bytes) => {
    for (const run of [() => viaReadAccounts(streamOf(bytes)), () => viaEvaluateFile(streamOf(bytes))]) {
      const error = await run().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).issues).toHaveLength(1);
      expect((error as ValidationError).message).toMatch(/UTF-16.*export it again as UTF-8/);
    }
  });
});

describe('readAccounts on NDJSON', () => {
  it('yields valid accounts parsed, and an invalid one as an unreadable record with its line', async () => {
    const records = await collect(readAccounts(streamOf(`${line('A-1')}\n\n{"id":"X-3"}\n`)));
    expect(records).toHaveLength(2);
    expect(records[0]).toEqual(account('A-1'));
    expect(records[1]).toMatchObject({ unreadable: true, line: 3, accountId: 'X-3' });
  });
});

describe('every NDJSON line is accounted for (property)', () => {
  const lineArb = fc.oneof(
    fc.constantFrom(
      line('P-1'),
      '',
      '   ',
      'null',
      '42',
      '[]',
      '{}',
      '{"id":"P-2"}',
      '{"id": "P-3", "lease":',
      `\uFEFF${line('P-4')}`,
      '\u0000{}',
      '"\uFFFD"',
    ),
    fc.string({ maxLength: 12 }).map((s) => s.replace(/[\r\n]/g, '')),
  );
  const endArb = fc.constantFrom('\n', '\r\n', '\r');

  it('records in = results out, each error record at its physical line, the same on both paths', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(lineArb, endArb), { maxLength: 12 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 6 }),
        fc.integer({ min: 1, max: 64 }),
        async (drawn, lastEnd, cuts, chunkBytes) => {
          // A CR then an empty line ended by LF would be one CRLF: end that empty line with CRLF.
          const rows = drawn.map(([l, e], i) =>
            l === '' && e === '\n' && drawn[i - 1]?.[1] === '\r' ? ([l, '\r\n'] as const) : ([l, e] as const),
          );
          const text = rows.map(([l, e], i) => l + (i < rows.length - 1 || lastEnd ? e : '')).join('');
          const bytes = Buffer.from(text);
          const at = [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b);
          const pieces = [0, ...at].map((from, i) => bytes.subarray(from, at[i] ?? bytes.length));
          // Line 1 keeps its BOM out of the count, as the readers strip it there.
          const expectedLines = rows
            .map(([l], i) => ({ blank: (i === 0 ? l.replace(/^\uFEFF/, '') : l).trim() === '', n: i + 1 }))
            .filter((r) => !r.blank)
            .map((r) => r.n);
          const viaRead = await viaReadAccounts(streamOf(...pieces));
          expect(viaRead.map((r) => r.index)).toEqual(expectedLines.map((_, i) => i));
          viaRead.forEach((r, i) => {
            if (!r.ok) expect(r.line).toBe(expectedLines[i]);
          });
          expect(written(await viaEvaluateFile(streamOf(...pieces), { chunkBytes }))).toEqual(written(viaRead));
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('a byte-order mark', () => {
  it('is named when two files were joined without a final line break, not when it sits in a value', async () => {
    const joined = `${line('A-1')}\uFEFF${line('A-2')}\n{"id":"A-3","household":{"name":"\uFEFFDupont`;
    const results = brief(await viaReadAccounts(streamOf(joined)));
    expect(results).toMatchObject([
      { ok: false, line: 1, id: 'A-1' },
      { ok: false, line: 2, id: 'A-3' },
    ]);
    expect(results[0]!.message).toMatch(/two files joined/);
    expect(results[1]!.message).not.toMatch(/byte-order mark/);
  });
});
