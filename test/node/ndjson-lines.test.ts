/**
 * The batch path reads lines, not chunks: the main thread cuts NDJSON at line ends without
 * decoding (`ndjsonChunks`), each line is decoded on its own where it is parsed (`ndjsonRecords`),
 * and the output comes back as UTF-8 bytes that own their memory (`ByteWriter`), which the sink
 * writes as they are. Here: multi-byte characters cut by any read, a line that is not UTF-8 among
 * good ones, byte-order marks, and bytes that can be transferred to a worker.
 */
import { Writable } from 'node:stream';
import { MessageChannel } from 'node:worker_threads';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteWriter, serveBatch, type Batch } from '../../src/node/batches';
import { ndjsonChunks, ndjsonRecords, readNdjson } from '../../src/node/ndjson';
import type { Located } from '../../src/node/unreadable';
import { DecisionSink, resultText } from '../../src/node/write-decisions';
import { defaultPolicy, prepareRun } from '../../src/rules';
import { account, asOf, collect, line, streamOf } from './inputs';

/** The bytes cut into reads of `size` bytes: every read boundary, whatever the characters. */
function readsOf(bytes: Buffer, size: number): Buffer[] {
  const pieces: Buffer[] = [];
  for (let at = 0; at < bytes.length; at += size) pieces.push(bytes.subarray(at, at + size));
  return pieces;
}

/** The records of the batch path: chunks cut from the reads, then each chunk's lines. */
async function viaChunks(pieces: readonly Uint8Array[], chunkBytes: number): Promise<Located[]> {
  const chunks = await collect(ndjsonChunks(streamOf(...pieces), chunkBytes));
  return chunks.flatMap((c) => [...ndjsonRecords(c.bytes, c.firstLine, c.overLimit)]);
}

/** Text with characters of 2, 3 and 4 bytes in UTF-8, and one that JSON escapes. */
const WIDE = 'Chloé Œuvre – 12 345,67 € 😀 "x" é';

/** A line that is not UTF-8: a Latin-1 é, a lead byte without its continuation, a cut 4-byte sequence. */
const NOT_UTF8 = [
  Buffer.from('{"id":"L-1","name":"Chlo\u00e9"}', 'latin1'),
  Buffer.concat([Buffer.from('{"id":"L-2","name":"'), Buffer.from([0xc3]), Buffer.from('"}')]),
  Buffer.concat([Buffer.from('{"id":"L-3","name":"'), Buffer.from([0xf0, 0x9f, 0x98]), Buffer.from('"}')]),
];

describe('a multi-byte character cut by a read', () => {
  it('is decoded whole, at any offset, whatever the size of the chunks (property)', async () => {
    const valueArb = fc.string({ unit: 'binary', maxLength: 12 });
    const lineArb = fc.oneof(
      { weight: 6, arbitrary: valueArb.map((name) => ({ kind: 'json' as const, value: { id: 'W-1', name } })) },
      { weight: 1, arbitrary: fc.constant({ kind: 'blank' as const, value: undefined }) },
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(lineArb, { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        fc.boolean(),
        fc.integer({ min: 1, max: 9 }),
        fc.integer({ min: 1, max: 200 }),
        async (rows, end, bom, readSize, chunkBytes) => {
          const text = rows.map((r) => (r.kind === 'json' ? JSON.stringify(r.value) : '')).join(end);
          const bytes = Buffer.from(`${bom ? '\uFEFF' : ''}${text}`);
          const expected = rows.flatMap((r, i) => (r.kind === 'json' ? [{ line: i + 1, value: r.value }] : []));
          expect(await viaChunks(readsOf(bytes, readSize), chunkBytes)).toEqual(expected);
          expect(await collect(readNdjson(streamOf(...readsOf(bytes, readSize))))).toEqual(expected);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('is read the same at every read boundary of a line of wide characters', async () => {
    const text = `${JSON.stringify({ id: 'W-1', name: WIDE })}\n${JSON.stringify({ id: 'W-2', name: WIDE })}\n`;
    const bytes = Buffer.from(text);
    const expected = [
      { line: 1, value: { id: 'W-1', name: WIDE } },
      { line: 2, value: { id: 'W-2', name: WIDE } },
    ];
    for (let cut = 0; cut <= bytes.length; cut++) {
      const pieces = [bytes.subarray(0, cut), bytes.subarray(cut)];
      expect(await viaChunks(pieces, 1)).toEqual(expected);
      expect(await viaChunks(pieces, 1 << 20)).toEqual(expected);
    }
  });
});

describe('a line that is not UTF-8', () => {
  it.each(NOT_UTF8.map((b, i) => [i + 1, b] as const))(
    'is an error record of its own (case %i), its neighbours read as they are',
    async (n, bad) => {
      const good = (id: string) => Buffer.from(`${JSON.stringify({ id, name: WIDE })}\n`);
      const bytes = Buffer.concat([good('G-1'), bad, Buffer.from('\r\n'), good('G-3')]);
      for (const readSize of [1, 2, 3, 5, bytes.length]) {
        for (const chunkBytes of [1, 40, 1 << 20]) {
          const records = await viaChunks(readsOf(bytes, readSize), chunkBytes);
          expect(records.map((r) => r.line)).toEqual([1, 2, 3]);
          expect(records[0]!.value).toEqual({ id: 'G-1', name: WIDE });
          expect(records[2]!.value).toEqual({ id: 'G-3', name: WIDE });
          expect(records[1]!.value).toMatchObject({
            unreadable: true,
            line: 2,
            accountId: `L-${n}`,
            issues: [{ code: 'invalid_value', path: [] }],
          });
          expect((records[1]!.value as { issues: { expected: string }[] }).issues[0]!.expected).toMatch(
            /not UTF-8.*\(line 2\)/s,
          );
          // The same error record as the reader of readAccounts gives.
          expect(records).toEqual(await collect(readNdjson(streamOf(...readsOf(bytes, readSize)))));
        }
      }
    },
  );
});

describe('byte-order marks', () => {
  it('leave line 1 as it is, its mark dropped, whatever cuts the mark', async () => {
    const bytes = Buffer.from(`\uFEFF${line('B-1')}\r\n${line('B-2')}`);
    for (let cut = 0; cut <= 6; cut++) {
      const pieces = [bytes.subarray(0, cut), bytes.subarray(cut)];
      expect(await viaChunks(pieces, 1)).toEqual([
        { line: 1, value: account('B-1') },
        { line: 2, value: account('B-2') },
      ]);
    }
  });

  it('make a later line an error record naming two files joined, as readAccounts says it', async () => {
    const bytes = Buffer.from(`${line('B-1')}\n\uFEFF${line('B-2')}\n`);
    const records = await viaChunks([bytes], 1 << 20);
    expect(records[1]).toMatchObject({ line: 2, value: { unreadable: true, accountId: 'B-2' } });
    expect(JSON.stringify(records[1])).toMatch(/two files joined/);
    expect(records).toEqual(await collect(readNdjson(streamOf(bytes))));
  });
});

describe('the size of a chunk', () => {
  it('is cut at the first line end that fills it, however large the reads (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1, max: 300 }),
        fc.integer({ min: 1, max: 2000 }),
        async (lengths, size, readSize) => {
          const lines = lengths.map((n, i) => (n === 0 ? '' : JSON.stringify({ id: `Z-${i}`, pad: 'x'.repeat(n) })));
          const bytes = Buffer.from(`${lines.join('\n')}\n`);
          const chunks = await collect(ndjsonChunks(streamOf(...readsOf(bytes, readSize)), size));
          // Every chunk but the last is full, and would not be without its last line.
          chunks.slice(0, -1).forEach((c) => {
            expect(c.bytes.length).toBeGreaterThanOrEqual(size);
            const lastLine = c.bytes.subarray(0, -1).lastIndexOf(0x0a) + 1;
            expect(lastLine).toBeLessThan(size);
          });
          // Together, the lines of the input, each at its line, and the records counted.
          expect(Buffer.concat(chunks.map((c) => c.bytes)).equals(bytes)).toBe(true);
          expect(chunks.map((c) => c.firstLine)).toEqual(
            chunks.map(
              (_, i) => 1 + chunks.slice(0, i).reduce((n, c) => n + c.bytes.filter((b) => b === 0x0a).length, 0),
            ),
          );
          expect(chunks.reduce((n, c) => n + c.records, 0)).toBe(lines.filter((l) => l !== '').length);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('the bytes of a chunk', () => {
  it('are the whole of an ArrayBuffer of their own, so that they can be transferred, however small', async () => {
    const text = `${line('T-1')}\n{}\n\n${line('T-3')}\r\n${'x'.repeat(10)}\n`;
    for (const chunkBytes of [1, 100, 1 << 20]) {
      const chunks = await collect(ndjsonChunks(streamOf(...readsOf(Buffer.from(text), 7)), chunkBytes));
      for (const c of chunks) {
        expect(c.bytes.byteOffset).toBe(0);
        expect(c.bytes.byteLength).toBe(c.bytes.buffer.byteLength);
      }
    }
  });

  it('keep their records once transferred to another thread, and leave the sender nothing to read', async () => {
    const [chunk] = await collect(ndjsonChunks(streamOf(`${line('T-1')}\n${line('T-2')}\n`)));
    const { port1, port2 } = new MessageChannel();
    const received = new Promise<Uint8Array>((resolve) => port2.once('message', resolve));
    port1.postMessage(chunk!.bytes, [chunk!.bytes.buffer as ArrayBuffer]);
    const bytes = await received;
    port1.close();
    expect(chunk!.bytes.byteLength).toBe(0);
    expect([...ndjsonRecords(bytes, 1)].map((r) => r.value)).toEqual([account('T-1'), account('T-2')]);
  });
});

describe('ByteWriter', () => {
  it('gives the UTF-8 bytes of the texts one after the other, in a buffer of its own (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ unit: 'binary', maxLength: 40 }), { maxLength: 30 }),
        fc.integer({ min: 0, max: 64 }),
        (texts, capacity) => {
          const writer = new ByteWriter(capacity);
          for (const t of texts) writer.write(t);
          const bytes = writer.bytes();
          expect(Buffer.from(bytes).equals(Buffer.from(texts.join(''), 'utf8'))).toBe(true);
          expect(bytes.byteOffset).toBe(0);
        },
      ),
    );
  });

  it('grows past its first capacity', () => {
    const writer = new ByteWriter(0);
    const text = `${WIDE}\n`.repeat(200);
    writer.write(text);
    writer.write(text);
    expect(Buffer.from(writer.bytes()).toString('utf8')).toBe(text + text);
  });
});

describe('a batch served as bytes', () => {
  const run = prepareRun(defaultPolicy, { asOf, locale: 'en' });
  const text = `\n${line('S-1')}\n{"id":"S-2"}\n${JSON.stringify({ ...account('S-3'), id: 'S-3-é' })}\n`;

  it.each([
    ['ndjson', false],
    ['json', false],
    ['csv', false],
    ['csv', true],
  ] as const)('is the UTF-8 of the texts of its results (%s, French dialect %s)', async (format, fr) => {
    const [chunk] = await collect(ndjsonChunks(streamOf(text)));
    const batch: Batch = { kind: 'lines', ...chunk!, id: 0, base: 5 };
    const values = serveBatch(batch, run, null);
    const bytes = serveBatch(batch, run, { format, fr });
    if (!('results' in values) || !('bytes' in bytes)) throw new Error('unexpected reply');
    expect(values.results.map((r) => r.index)).toEqual([5, 6, 7]);
    expect(bytes.count).toBe(3);
    expect(bytes.summary.errors).toBe(1);
    const expected = values.results.map((r) => resultText(r, format, fr)).join('');
    expect(Buffer.from(bytes.bytes).equals(Buffer.from(expected, 'utf8'))).toBe(true);
  });
});

describe('DecisionSink', () => {
  async function sunk(format: 'ndjson' | 'json' | 'csv', parts: readonly (string | Uint8Array)[]) {
    const chunks: Buffer[] = [];
    const out = new Writable({
      write(chunk, _encoding, done) {
        chunks.push(Buffer.from(chunk));
        done();
      },
    });
    const sink = new DecisionSink(out, format, true);
    for (const p of parts) await sink.write(p);
    await sink.end();
    return Buffer.concat(chunks).toString('utf8');
  }

  it.each(['ndjson', 'json', 'csv'] as const)('writes bytes as it writes their text (%s)', async (format) => {
    const texts = format === 'json' ? [',\n{"a":"é"}', ',\n{"b":1}', ''] : ['a,é\n', '', 'b,1\n'];
    const asText = await sunk(format, texts);
    expect(
      await sunk(
        format,
        texts.map((t) => Buffer.from(t)),
      ),
    ).toBe(asText);
    expect(await sunk(format, [texts[0]!, Buffer.from(texts[1]!), texts[2]!])).toBe(asText);
    if (format === 'json') expect(JSON.parse(asText)).toEqual([{ a: 'é' }, { b: 1 }]);
  });
});
