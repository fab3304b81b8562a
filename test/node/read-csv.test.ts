import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors';
import { PortfolioTally } from '../../src/portfolio';
import { brief, streamOf, tempDir, viaEvaluateFile, viaReadAccounts, written } from './inputs';

const dir = tempDir('csv');
const HEADER = 'id,signedOn,department,rent,charges,monthlyResources';
const row = (id: string, rent = '500.00') => `${id},2024-02-01,93,${rent},100.00,1800.00`;

/** Writes `<name>.csv` and `<name>.ledger.csv`; returns the accounts file's path. */
function files(name: string, accounts: readonly string[], ledger: readonly string[]): string {
  const path = join(dir, `${name}.csv`);
  writeFileSync(path, accounts.join('\n'));
  writeFileSync(join(dir, `${name}.ledger.csv`), ledger.join('\n'));
  return path;
}

const LEDGER_HEADER = 'accountId,date,kind,amount';

describe('an unclosed quote in the accounts CSV', () => {
  const accounts = [HEADER, row('Q-1'), row('Q-2', '"500.00'), row('Q-3'), row('Q-4'), row('Q-5'), row('Q-6')];

  it('is an error record at the line where the quote opens, and every other row is decided', async () => {
    const path = files('unclosed', accounts, [LEDGER_HEADER, 'Q-1,2026-10-01,rent,500.00']);
    const results = await viaReadAccounts(path);
    expect(brief(results)).toMatchObject([
      { ok: true, id: 'Q-1' },
      { ok: false, line: 3, id: 'Q-2' },
      { ok: true, id: 'Q-3' },
      { ok: true, id: 'Q-4' },
      { ok: true, id: 'Q-5' },
      { ok: true, id: 'Q-6' },
    ]);
    expect(brief(results)[1]!.message).toMatch(/quote that opens cell 4 \(rent\) is not closed/);
    const tally = new PortfolioTally();
    for (const r of results) tally.add(r);
    expect(tally.summary()).toMatchObject({ accounts: 6, decisions: 5, errors: 1 });
    expect(written(await viaEvaluateFile(path, { batchSize: 2 }))).toEqual(written(results));
  });

  it('names a stray quote inside a cell, and text after a closing quote', async () => {
    const path = files(
      'stray',
      [HEADER, row('S-1', '5"00.00'), row('S-2', '"500.00"x'), row('S-3', '"500.00"')],
      [LEDGER_HEADER],
    );
    const results = brief(await viaReadAccounts(path));
    expect(results).toMatchObject([
      { ok: false, line: 2, id: 'S-1' },
      { ok: false, line: 3, id: 'S-2' },
      { ok: true, id: 'S-3' },
    ]);
    expect(results[0]!.message).toMatch(/cell 4 \(rent\) has a quote inside it/);
    expect(results[1]!.message).toMatch(/cell 4 \(rent\) has text after its closing quote/);
  });

  it('names the account of a row with too few cells by its id column, wherever that column is', async () => {
    const path = files(
      'count',
      [
        'signedOn,department,rent,charges,monthlyResources,id',
        '2024-02-01,93,500.00,100.00,1800.00',
        '2024-02-01,93,500.00,100.00,1800.00,K-2',
      ],
      [LEDGER_HEADER],
    );
    expect(brief(await viaReadAccounts(path))).toMatchObject([
      { ok: false, line: 2, id: undefined },
      { ok: true, id: 'K-2' },
    ]);
  });
});

describe('ledger rows whose accountId matches no account', () => {
  const accounts = [HEADER, row('C-1'), row('C-2')];
  const ledger = [
    LEDGER_HEADER,
    'C-1,2026-09-01,rent,500.00',
    'C-1 ,2026-10-01,rent,2700.00',
    'C-2,2026-10-01,rent,500.00',
    'c-2,2026-10-02,charges,100.00',
    'Z-9,2026-10-01,rent,300.00',
    ',2026-10-01,rent,10.00',
  ];

  it('become error records after the account records, with the ledger line, the id and a "did you mean"', async () => {
    const path = files('orphans', accounts, ledger);
    const results = await viaReadAccounts(path);
    expect(brief(results)).toMatchObject([
      { ok: true, id: 'C-1' },
      { ok: true, id: 'C-2' },
      { ok: false, line: 3, id: 'C-1 ', codes: ['invalid_value'] },
      { ok: false, line: 5, id: 'c-2' },
      { ok: false, line: 6, id: 'Z-9' },
      { ok: false, line: 7, id: undefined },
    ]);
    const messages = brief(results).map((r) => ('message' in r ? r.message : ''));
    expect(messages[2]).toMatch(/^ledger\["line 3"\]\.accountId: .*did you mean "C-1"\?/);
    expect(messages[2]).toMatch(/2700\.00/);
    expect(messages[3]).toMatch(/did you mean "C-2"\?/);
    expect(messages[4]).not.toMatch(/did you mean/);
    expect(messages[5]).toMatch(/empty/);
    const tally = new PortfolioTally();
    for (const r of results) tally.add(r);
    const s = tally.summary();
    expect(s.decisions + s.errors).toBe(s.accounts);
    expect(s).toMatchObject({ accounts: 6, decisions: 2, errors: 4 });
    expect(written(await viaEvaluateFile(path, { batchSize: 1 }))).toEqual(written(results));
  });
});

describe('CSV text', () => {
  it('reads lone CR line ends as one row per line', async () => {
    const path = join(dir, 'cr.csv');
    writeFileSync(path, [HEADER, row('R-1'), '', row('R-2', '5"0'), row('R-3')].join('\r'));
    writeFileSync(join(dir, 'cr.ledger.csv'), `${LEDGER_HEADER}\rR-1,2026-10-01,rent,500.00\r`);
    expect(brief(await viaReadAccounts(path))).toMatchObject([
      { ok: true, id: 'R-1' },
      { ok: false, line: 4, id: 'R-2' },
      { ok: true, id: 'R-3' },
    ]);
  });

  it('names a byte-order mark in the middle of the file, and a header repeated (two files joined)', async () => {
    const path = files(
      'joined',
      [`\uFEFF${HEADER}`, row('J-1'), `\uFEFF${HEADER}`, row('J-2'), HEADER],
      [LEDGER_HEADER],
    );
    const results = brief(await viaReadAccounts(path));
    expect(results).toMatchObject([{ ok: true }, { ok: false, line: 3 }, { ok: true }, { ok: false, line: 5 }]);
    expect(results[1]!.message).toMatch(/byte-order mark in the middle of the file: two files joined\? Remove it/);
    expect(results[3]!.message).toMatch(/the header row again/);
  });

  it('names a row that is not UTF-8 (Windows-1252 bytes)', async () => {
    const path = join(dir, 'latin1.csv');
    writeFileSync(
      path,
      Buffer.concat([
        Buffer.from(`id,signedOn,department,rent,charges,monthlyResources,name\n${row('L-1')},Chloe\n`),
        Buffer.from(`${row('L-2')},Chloé\n${row('L-3')},Zoe\n`, 'latin1'),
      ]),
    );
    writeFileSync(join(dir, 'latin1.ledger.csv'), LEDGER_HEADER);
    const results = brief(await viaReadAccounts(path));
    expect(results).toMatchObject([{ ok: true }, { ok: false, line: 3, id: 'L-2' }, { ok: true }]);
    expect(results[1]!.message).toMatch(/not UTF-8/);
  });

  it('refuses a UTF-16 accounts file with one error naming the encoding', async () => {
    const path = join(dir, 'utf16.csv');
    writeFileSync(
      path,
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`${HEADER}\n${row('U-1')}\n`, 'utf16le')]),
    );
    writeFileSync(join(dir, 'utf16.ledger.csv'), LEDGER_HEADER);
    const error = await viaReadAccounts(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toMatch(/UTF-16.*export it again as UTF-8/);
  });

  it('refuses a ledger with an unreadable row, naming the line where it starts', async () => {
    const path = files(
      'badledger',
      [HEADER, row('B-1')],
      [LEDGER_HEADER, 'B-1,2026-10-01,rent,500.00', 'B-1,"2026-10-02,payment,100.00', 'B-1,2026-10-03,payment,100.00'],
    );
    const error = await viaReadAccounts(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues.map((i) => i.path)).toEqual([['ledger', 'line 3']]);
  });

  it('refuses a missing ledger file with a typed error that says how to name it', async () => {
    const path = join(dir, 'alone.csv');
    writeFileSync(path, `${HEADER}\n${row('A-1')}\n`);
    const error = await viaReadAccounts(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).message).toMatch(/alone\.ledger\.csv.*--ledger/);
  });
});

describe('CSV from a stream', () => {
  it('reads the same records, line numbers included, as from the file, with the ledger named', async () => {
    const accounts = [HEADER, row('T-1'), row('T-2', '"1'), '', row('T-4')];
    const ledger = [LEDGER_HEADER, 'T-1,2026-10-01,rent,500.00', 'T-9,2026-10-01,rent,1.00'];
    const path = files('stream', accounts, ledger);
    const fromFile = written(await viaReadAccounts(path));
    const ledgerPath = join(dir, 'stream.ledger.csv');
    const text = accounts.join('\n');
    expect(written(await viaReadAccounts(streamOf(text), { format: 'csv', ledger: ledgerPath }))).toEqual(fromFile);
    expect(written(await viaEvaluateFile(streamOf(text), { format: 'csv', ledger: ledgerPath }))).toEqual(fromFile);
  });

  it('reads accounts without a ledger when none is named', async () => {
    const results = await viaReadAccounts(streamOf(`${HEADER}\n${row('N-1')}\n`), { format: 'csv' });
    expect(brief(results)).toMatchObject([{ ok: true, id: 'N-1' }]);
  });
});

describe('every CSV line is accounted for (property)', () => {
  const cellArb = fc.oneof(
    fc.constantFrom(
      '',
      '"',
      '""',
      '"a',
      'a"b',
      ';',
      ',',
      '\uFEFF',
      '\r',
      '\n',
      '1,50',
      '2026-11-23',
      '93',
      '500.00',
      '"x"y',
    ),
    fc.string({ maxLength: 6 }),
  );
  it('gives one record per non-blank physical line after the header, at its line, on both paths', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(cellArb, { maxLength: 8 }), { maxLength: 6 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        async (rows, end) => {
          const text = [HEADER, ...rows.map((r) => r.join(','))].join(end);
          const physical = text.split(/\r\n|\r|\n/);
          const expectedLines = physical
            .map((l, i) => ({ blank: l.trim() === '', n: i + 1 }))
            .filter((l) => !l.blank && l.n > 1)
            .map((l) => l.n);
          const results = await viaReadAccounts(streamOf(text), { format: 'csv' });
          expect(results).toHaveLength(expectedLines.length);
          results.forEach((r, i) => {
            if (!r.ok) expect(r.line).toBe(expectedLines[i]);
          });
          expect(written(await viaEvaluateFile(streamOf(text), { format: 'csv', batchSize: 2 }))).toEqual(
            written(results),
          );
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('a CSV file joined to another without a final line break', () => {
  it('names the byte-order mark on the row it spoils', async () => {
    const path = files('joined2', [HEADER, `${row('J-1')}\uFEFF${HEADER}`, row('J-2')], [LEDGER_HEADER]);
    const results = brief(await viaReadAccounts(path));
    expect(results).toMatchObject([{ ok: false, line: 2, id: 'J-1' }, { ok: true }]);
    expect(results[0]!.message).toMatch(/two files joined/);
  });
});

describe('the optional columns of the household and the dwelling', () => {
  it('reads rooms and digitalComfortable into lease.rooms and household.digital.comfortable', async () => {
    const path = files(
      'optional-columns',
      [
        'id,signedOn,department,rent,charges,monthlyResources,rooms,mobile,digitalComfortable',
        'O-1,2024-02-01,93,500.00,100.00,1800.00,3,true,false',
        'O-2,2024-02-01,93,500.00,100.00,1800.00,,,',
      ],
      [LEDGER_HEADER],
    );
    const { readAccounts } = await import('../../src/node');
    const records: unknown[] = [];
    for await (const r of readAccounts(path)) records.push(r);
    const [withColumns, withoutValues] = records as { lease: { rooms?: number }; household: { digital?: object } }[];
    expect(withColumns!.lease.rooms).toBe(3);
    expect(withColumns!.household.digital).toEqual({ mobile: true, comfortable: false });
    // Empty cells leave the fields out, as for every optional column.
    expect(withoutValues!.lease.rooms).toBeUndefined();
    expect(withoutValues!.household.digital).toBeUndefined();
  });
});
