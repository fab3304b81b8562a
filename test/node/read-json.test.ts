import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors';
import { account, brief, line, streamOf, tempDir, viaEvaluateFile, viaReadAccounts, written } from './inputs';

const dir = tempDir('json');

describe('a JSON array of accounts', () => {
  const text = `[\n  ${line('A-1')},\n  null,\n  {\n    "id": "X-5"\n  },\n  42, ${line('A-2')}\n]\n`;

  it('names the line where each element that is not an account starts', async () => {
    expect(brief(await viaReadAccounts(streamOf(text), { format: 'json' }))).toMatchObject([
      { ok: true, id: 'A-1' },
      { ok: false, line: 3 },
      { ok: false, line: 4, id: 'X-5' },
      { ok: false, line: 7 },
      { ok: true, id: 'A-2' },
    ]);
  });

  it('gives the same records from a file and from a stream, through readAccounts and evaluateFile', async () => {
    const path = join(dir, 'a.json');
    writeFileSync(path, `\uFEFF${text}`);
    const expected = written(await viaReadAccounts(path));
    expect(written(await viaReadAccounts(streamOf(text), { format: 'json' }))).toEqual(expected);
    expect(written(await viaEvaluateFile(path, { batchSize: 2 }))).toEqual(expected);
    expect(written(await viaEvaluateFile(streamOf(text), { format: 'json' }))).toEqual(expected);
  });

  it('names the element that holds bytes that are not UTF-8, and reads the others', async () => {
    const chloe = JSON.stringify({ ...account('A-2'), household: { monthlyResources: '1800.00', name: 'Chloé' } });
    const bytes = Buffer.concat([
      Buffer.from(`[\n${line('A-1')},\n`),
      Buffer.from(chloe, 'latin1'),
      Buffer.from(`,\n${line('A-3')}\n]`),
    ]);
    const results = brief(await viaReadAccounts(streamOf(bytes), { format: 'json' }));
    expect(results).toMatchObject([{ ok: true }, { ok: false, line: 3, id: 'A-2' }, { ok: true }]);
    expect(results[1]!.message).toMatch(/not UTF-8/);
  });

  it('names the line of a syntax error, and what is wrong there in plain words', async () => {
    const results = brief(
      await viaReadAccounts(streamOf(`[\n${line('A-1')},\n${line('A-2')}\n\n`), { format: 'json' }),
    );
    expect(results).toMatchObject([{ ok: false, line: 3 }]);
    expect(results[0]!.message).toMatch(/after line 3: the text ends before the JSON is complete: "\]" would close it/);
    const comma = brief(
      await viaReadAccounts(streamOf(`[\n${line('A-1')},\n${line('A-2')},\n]\n`), { format: 'json' }),
    );
    expect(comma).toMatchObject([{ ok: false, line: 4 }]);
    expect(comma[0]!.message).toMatch(/line 4, column 1: /);
  });

  it('refuses a UTF-16 file with one error naming the encoding', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`[${line('A-1')}]`, 'utf16le')]);
    const error = await viaReadAccounts(streamOf(bytes), { format: 'json' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toMatch(/UTF-16/);
  });
});

describe('every element of a JSON array is accounted for (property)', () => {
  const elementArb = fc.constantFrom<unknown>(account('J-1'), null, 42, {}, { id: 'J-2' }, [], 'text', [1, [2]], {
    id: 'J-3',
    lease: { rent: '1' },
  });
  it('names the line each element starts on, the same through readAccounts and evaluateFile', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(elementArb, { maxLength: 8 }), fc.constantFrom(0, 2), async (elements, indent) => {
        const text = JSON.stringify(elements, null, indent);
        let next = indent === 0 ? 1 : 2;
        const starts = elements.map((e) => {
          const start = next;
          if (indent > 0) next += JSON.stringify(e, null, indent).split('\n').length;
          return start;
        });
        const results = await viaReadAccounts(streamOf(text), { format: 'json' });
        expect(results).toHaveLength(elements.length);
        results.forEach((r, i) => {
          if (!r.ok) expect(r.line).toBe(starts[i]);
        });
        expect(written(await viaEvaluateFile(streamOf(text), { format: 'json', batchSize: 3 }))).toEqual(
          written(results),
        );
      }),
      { numRuns: 100 },
    );
  });
});

describe('a .json file that holds NDJSON', () => {
  it('is one error record at the second line, saying the file looks like NDJSON', async () => {
    const results = brief(await viaReadAccounts(streamOf(`${line('A-1')}\n${line('A-2')}\n`), { format: 'json' }));
    expect(results).toMatchObject([{ ok: false, line: 2 }]);
    expect(results[0]!.message).toMatch(/is the file NDJSON/);
  });
});
