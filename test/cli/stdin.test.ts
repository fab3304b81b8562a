/**
 * `-` reads standard input (the `stdin` of `Io`), as Unix tools do: the accounts of evaluate,
 * compare and kpi (NDJSON unless `--input-format` says otherwise), the account of explain, the
 * policy of validate. The same results as from a file.
 *
 * JSON and CSV accounts from a stream need the readers to read every format from a stream: those
 * tests run once `readAccounts` and `evaluateFile` do (checked below, on the library itself).
 */
import { createReadStream, openSync, readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { evaluateFile, readAccounts } from '../../src/node';
import { defaultPolicy } from '../../src/rules';
import { cli, cliWith, exampleAccounts, linesOf, repoFile, tempDir, writeTo } from './io';

const asOf = '2026-11-23';
const dir = tempDir('hlm-stdin-');
const examples = exampleAccounts();
const ndjsonText = `${[...examples.map((a) => JSON.stringify(a)), '{"id": "BROKEN", "lease": '].join('\n')}\n`;
const ndjson = writeTo(dir, 'accounts.ndjson', ndjsonText);
const jsonText = JSON.stringify(examples, null, 2);
const json = writeTo(dir, 'accounts.json', jsonText);
const csvText = [
  'id,signedOn,department,rent,charges,monthlyResources',
  'F-1,2024-02-01,93,500.00,100.00,1800.00',
  'F-2,2019-05-01,57,402.10,61.40,1120.00',
].join('\n');
const csv = writeTo(dir, 'flat.csv', csvText);
const ledger = writeTo(
  dir,
  'flat.ledger.csv',
  ['accountId,date,kind,amount', 'F-1,2026-10-01,rent,500.00', 'F-2,2026-09-01,rent,402.10'].join('\n'),
);
const policyFile = repoFile('examples/policies/default.json');
const candidateFile = repoFile('examples/policies/earlier-contact.json');

/** Whether the readers read JSON and CSV accounts from a stream (not NDJSON alone). */
async function readersReadEveryFormatFromAStream(): Promise<boolean> {
  try {
    const fromJson: unknown[] = [];
    for await (const r of readAccounts(Readable.from([jsonText]), { format: 'json' })) fromJson.push(r);
    const fromCsv: unknown[] = [];
    for await (const r of readAccounts(Readable.from([csvText]), { format: 'csv', ledger })) fromCsv.push(r);
    const evaluated: unknown[] = [];
    for await (const r of evaluateFile(Readable.from([jsonText]), defaultPolicy, { asOf, workers: 1, format: 'json' }))
      evaluated.push(r);
    return fromJson.length === 4 && fromCsv.length === 2 && evaluated.length === 4;
  } catch {
    return false;
  }
}
const everyFormat = await readersReadEveryFormatFromAStream();

describe('evaluate -', () => {
  it('reads NDJSON from standard input: the same bytes and exit code as from the file', async () => {
    const fromFile = await cli('evaluate', ndjson, '--as-of', asOf, '--workers', '1', '--quiet');
    const fromStdin = await cliWith(
      { stdin: ndjsonText },
      'evaluate',
      '-',
      '--as-of',
      asOf,
      '--workers',
      '1',
      '--quiet',
    );
    expect(fromFile.code).toBe(3);
    expect(fromStdin).toEqual(fromFile);
    expect(linesOf(fromStdin.out)).toHaveLength(5);
  });

  it('reads NDJSON given by --input-format ndjson, in pieces cut anywhere, with the summary on stderr', async () => {
    const bytes = Buffer.from(ndjsonText);
    const pieces = Array.from({ length: Math.ceil(bytes.length / 7) }, (_, i) => bytes.subarray(7 * i, 7 * i + 7));
    const r = await cliWith(
      { stdin: Readable.from(pieces) },
      'evaluate',
      '-',
      '--input-format',
      'ndjson',
      '--as-of',
      asOf,
      '--workers',
      '1',
    );
    expect(r.code).toBe(3);
    expect(r.out).toBe((await cli('evaluate', ndjson, '--as-of', asOf, '--workers', '1', '--quiet')).out);
    expect(r.err).toMatch(/^5 accounts: 4 decisions, 1 errors/);
  });

  it('gives no decision and exit code 0 for an empty standard input', async () => {
    expect(await cliWith({ stdin: '' }, 'evaluate', '-', '--as-of', asOf, '--quiet')).toEqual({
      code: 0,
      out: '',
      err: '',
    });
  });

  it('refuses "-" when the host gives no standard input, and CSV on it without --ledger (exit code 2)', async () => {
    const none = await cli('evaluate', '-', '--as-of', asOf);
    expect(none.code).toBe(2);
    expect(none.err).toMatch(
      /^hlm-recovery: "-" reads the accounts from standard input, which this host does not give\n/,
    );
    const noLedger = await cliWith({ stdin: csvText }, 'evaluate', '-', '--input-format', 'csv', '--as-of', asOf);
    expect(noLedger.code).toBe(2);
    expect(noLedger.err).toMatch(
      /^hlm-recovery: CSV accounts on standard input need their ledger file: add --ledger <file>\n/,
    );
  });

  it('refuses a folder given as standard input (< folder), which would read as an empty portfolio (exit code 1)', async () => {
    const stdin = createReadStream('', { fd: openSync(dir, 'r') });
    const r = await cliWith({ stdin }, 'evaluate', '-', '--as-of', asOf);
    stdin.destroy();
    expect(r).toEqual({
      code: 1,
      out: '',
      err: 'hlm-recovery: cannot read standard input: it is a folder, not a file\n',
    });
  });

  it.runIf(everyFormat)('reads a JSON array from standard input with --input-format json', async () => {
    const fromFile = await cli('evaluate', json, '--as-of', asOf, '--workers', '1', '--quiet');
    const fromStdin = await cliWith(
      { stdin: jsonText },
      'evaluate',
      '-',
      '--input-format',
      'json',
      '--as-of',
      asOf,
      '--workers',
      '1',
      '--quiet',
    );
    expect(fromStdin).toEqual(fromFile);
    expect(fromStdin.code).toBe(0);
  });

  it.runIf(everyFormat)('reads CSV from standard input with --input-format csv and --ledger', async () => {
    const fromFile = await cli('evaluate', csv, '--as-of', asOf, '--workers', '1', '--quiet');
    const fromStdin = await cliWith(
      { stdin: csvText },
      'evaluate',
      '-',
      '--input-format',
      'csv',
      '--ledger',
      ledger,
      '--as-of',
      asOf,
      '--workers',
      '1',
      '--quiet',
    );
    expect(fromStdin).toEqual(fromFile);
    expect(linesOf(fromStdin.out)).toHaveLength(2);
  });
});

describe('kpi - and compare -', () => {
  it('kpi reads NDJSON from standard input, as from the file', async () => {
    const fromFile = await cli('kpi', ndjson, '--as-of', asOf, '--format', 'json');
    expect(await cliWith({ stdin: ndjsonText }, 'kpi', '-', '--as-of', asOf, '--format', 'json')).toEqual(fromFile);
  });

  it('compare reads NDJSON from standard input, as from the file', async () => {
    const args = ['--candidate', candidateFile, '--as-of', asOf, '--format', 'csv'];
    const fromFile = await cli('compare', ndjson, ...args);
    expect(fromFile.code).toBe(3);
    expect(await cliWith({ stdin: ndjsonText }, 'compare', '-', ...args)).toEqual(fromFile);
  });

  it.runIf(everyFormat)('kpi and compare read JSON and CSV from standard input', async () => {
    expect(await cliWith({ stdin: jsonText }, 'kpi', '-', '--input-format', 'json', '--as-of', asOf)).toEqual(
      await cli('kpi', json, '--as-of', asOf),
    );
    expect(
      await cliWith(
        { stdin: csvText },
        'compare',
        '-',
        '--input-format',
        'csv',
        '--ledger',
        ledger,
        '--candidate',
        candidateFile,
        '--as-of',
        asOf,
      ),
    ).toEqual(await cli('compare', csv, '--candidate', candidateFile, '--as-of', asOf));
  });
});

describe('explain - and validate -', () => {
  it('explain reads one account from standard input', async () => {
    const file = repoFile('examples/accounts/a-1029-two-months-behind.json');
    const fromFile = await cli('explain', file, '--as-of', asOf);
    expect(await cliWith({ stdin: readFileSync(file, 'utf8') }, 'explain', '-', '--as-of', asOf)).toEqual(fromFile);
  });

  it('validate reads a policy from standard input, and gives the line and column of a syntax error', async () => {
    const text = readFileSync(policyFile, 'utf8');
    expect(await cliWith({ stdin: `\uFEFF${text}` }, 'validate', '-')).toEqual({
      code: 0,
      out: '-: valid — default 2024.1 (from 2024-01-01)\n',
      err: '',
    });
    expect(await cliWith({ stdin: '{\n  "id": "x",\n}' }, 'validate', '-')).toEqual({
      code: 1,
      out: '',
      err: 'hlm-recovery: standard input is not valid JSON: line 3, column 1: a comma before "}": remove the last comma\n',
    });
  });
});
