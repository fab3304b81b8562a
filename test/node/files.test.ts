import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors';
import { evaluateFile, readAccounts, writeDecisions } from '../../src/node';
import { evaluatePortfolio, resultRecord, type PortfolioResult } from '../../src/portfolio';
import { defaultPolicy, evaluate } from '../../src/rules';
import { demoAccounts } from '../account/fixtures';

const asOf = '2026-11-23';
const dir = mkdtempSync(join(tmpdir(), 'hlm-files-'));

async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const r of it) out.push(r);
  return out;
}

function sink(): { stream: Writable; text: () => string } {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _enc, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

/** Two tenancies the flat CSV layout can carry in full. */
const simple = [
  {
    id: 'C-1',
    lease: { signedOn: '2024-02-01', department: '93', rent: '500.00', charges: '100.00', guarantor: true },
    household: {
      monthlyResources: '1800.00',
      members: [{ age: 44 }, { age: 9 }],
      digital: { email: true, mobile: true },
      preferredChannels: ['sms'],
    },
    housingBenefit: { kind: 'APL', monthlyAmount: '150.00', paidTo: 'landlord' },
    ledger: [
      { date: '2026-09-01', kind: 'rent', amount: '500.00', id: 'R9' },
      { date: '2026-09-01', kind: 'charges', amount: '100.00' },
      { date: '2026-09-01', kind: 'benefit', amount: '150.00' },
      { date: '2026-10-01', kind: 'rent', amount: '500.00' },
      { date: '2026-10-01', kind: 'charges', amount: '100.00' },
      { date: '2026-10-01', kind: 'benefit', amount: '150.00' },
      { date: '2026-10-12', kind: 'payment', amount: '200.00', settles: ['R9'] },
    ],
    procedure: { cafSignalledOn: '2026-11-02' },
  },
  {
    id: 'C-2',
    lease: { signedOn: '2019-05-01', department: '57', rent: '402.10', charges: '61.40' },
    household: { monthlyResources: '1120.00', members: [{ age: 82 }] },
    ledger: [{ date: '2026-10-01', kind: 'rent', amount: '402.10' }],
  },
];

describe('readAccounts', () => {
  it('reads NDJSON and turns a truncated line into an error record with its line number', async () => {
    const path = join(dir, 'a.ndjson');
    writeFileSync(path, `${JSON.stringify(simple[0])}\n\n{"id": "C-9", "lease": \n${JSON.stringify(simple[1])}\n`);
    const results = await collect(evaluatePortfolio(readAccounts(path), defaultPolicy, { asOf, locale: 'en' }));
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(results[1]).toMatchObject({ ok: false, index: 1, line: 3, accountId: 'C-9' });
  });

  it('reads a JSON array', async () => {
    const path = join(dir, 'a.json');
    writeFileSync(path, JSON.stringify(simple));
    expect((await collect(readAccounts(path))).length).toBe(2);
  });

  it('reads the flat CSV layout, joined with its ledger, as the same accounts', async () => {
    writeFileSync(
      join(dir, 'a.csv'),
      [
        'id,signedOn,department,rent,charges,guarantor,monthlyResources,memberAges,email,mobile,preferredChannels,benefitKind,benefitAmount,benefitPaidTo,cafSignalledOn',
        'C-1,2024-02-01,93,500.00,100.00,true,1800.00,44|9,true,true,sms,APL,150.00,landlord,2026-11-02',
        'C-2,2019-05-01,57,402.10,61.40,,1120.00,82,,,,,,,',
        'C-3,2019-05-01,57,402.10',
      ].join('\n'),
    );
    writeFileSync(
      join(dir, 'a.ledger.csv'),
      [
        'accountId,date,kind,amount,id,settles',
        ...simple[0]!.ledger.map(
          (p) =>
            `C-1,${p.date},${p.kind},${p.amount},${(p as { id?: string }).id ?? ''},${(p as { settles?: string[] }).settles?.join('|') ?? ''}`,
        ),
        'C-2,2026-10-01,rent,402.10,,',
      ].join('\n'),
    );
    const fromCsv = await collect(evaluatePortfolio(readAccounts(join(dir, 'a.csv')), defaultPolicy, { asOf }));
    expect(fromCsv.slice(0, 2).map((r) => JSON.stringify(resultRecord(r)))).toEqual(
      simple.map((a) => JSON.stringify(evaluate(a, defaultPolicy, { asOf }))),
    );
    expect(fromCsv[2]).toMatchObject({ ok: false, line: 4, accountId: 'C-3' });
  });

  it('turns a CSV row with a stray quote into an error record in its place, and the rows after it go on', async () => {
    writeFileSync(
      join(dir, 'q.csv'),
      [
        '\uFEFFid,signedOn,department,rent,charges,monthlyResources',
        'Q-1,2024-02-01,93,500.00,100.00,1800.00',
        'Q-2,2024-02-01,93,5"00.00,100.00,1800.00',
        'Q-3,2024-02-01,93,500.00,100.00,1800.00',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'q.ledger.csv'), 'accountId,date,kind,amount\nQ-1,2026-10-01,rent,500.00\n');
    const results = await collect(
      evaluatePortfolio(readAccounts(join(dir, 'q.csv')), defaultPolicy, { asOf, locale: 'en' }),
    );
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    expect(results[1]).toMatchObject({ ok: false, index: 1, line: 3 });
    expect((results[1] as { issues: readonly { message: string }[] }).issues[0]!.message).toMatch(
      /a CSV row with balanced quotes/,
    );
  });

  it('refuses a ledger CSV with an unreadable row, naming its line, rather than leave a debt incomplete', async () => {
    writeFileSync(
      join(dir, 'r.csv'),
      'id,signedOn,department,rent,charges,monthlyResources\nR-1,2024-02-01,93,500.00,100.00,1800.00\n',
    );
    writeFileSync(
      join(dir, 'r.ledger.csv'),
      'accountId,date,kind,amount\nR-1,2026-10-01,rent,500.00\nR-1,"2026-10-02,payment,100.00\n',
    );
    const error = await collect(readAccounts(join(dir, 'r.csv'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).issues[0]!.message).toMatch(
      /^ledger\["line 3"\]: expected a CSV row whose quotes are closed: the quote that opens cell 2 \(date\)/,
    );
  });
});

describe('evaluateFile and writeDecisions', () => {
  it('gives the same bytes from JSON and NDJSON input, in this thread', async () => {
    const accounts = Object.values(demoAccounts());
    writeFileSync(join(dir, 'demo.json'), JSON.stringify(accounts));
    writeFileSync(join(dir, 'demo.ndjson'), accounts.map((a) => JSON.stringify(a)).join('\n'));
    const outputs: string[] = [];
    for (const file of ['demo.json', 'demo.ndjson']) {
      const out = sink();
      const summary = await writeDecisions(
        evaluateFile(join(dir, file), defaultPolicy, { asOf, workers: 1 }),
        out.stream,
      );
      expect(summary).toMatchObject({ accounts: 4, decisions: 4, errors: 0 });
      outputs.push(out.text());
    }
    expect(outputs[0]).toBe(outputs[1]);
    expect(
      outputs[0]!
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l).accountId),
    ).toEqual(['A-1029', 'B-2207', 'C-3310', 'D-4102']);
  });

  it('writes CSV for French spreadsheets: BOM, semicolons, decimal commas', async () => {
    const out = sink();
    const results: PortfolioResult[] = await collect(
      evaluatePortfolio(Object.values(demoAccounts()), defaultPolicy, { asOf }),
    );
    await writeDecisions(results, out.stream, { format: 'csv', dialect: 'fr' });
    const text = out.text();
    expect(text.startsWith('\uFEFFnumero;compte;date_evaluation;')).toBe(true);
    expect(text).toContain(';734,60;');
    expect(text.split('\r\n').filter((l) => l !== '')).toHaveLength(5);
  });

  it('writes a JSON array that parses back', async () => {
    const out = sink();
    await writeDecisions(evaluatePortfolio(simple, defaultPolicy, { asOf }), out.stream, { format: 'json' });
    expect(JSON.parse(out.text()).map((d: { accountId: string }) => d.accountId)).toEqual(['C-1', 'C-2']);
  });

  it('reads NDJSON from a stream', async () => {
    const stream = new PassThrough();
    stream.end(simple.map((a) => JSON.stringify(a)).join('\n'));
    expect((await collect(readAccounts(stream))).length).toBe(2);
  });
});
