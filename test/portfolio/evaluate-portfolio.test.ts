import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../../src/errors';
import { PortfolioTally, evaluatePortfolio, resultRecord, type PortfolioResult } from '../../src/portfolio';
import { defaultPolicy, evaluate } from '../../src/rules';
import { tenancyArb } from '../rules/arbitraries';

const asOf = '2026-11-23';

async function collect(it: AsyncIterable<PortfolioResult>): Promise<PortfolioResult[]> {
  const out: PortfolioResult[] = [];
  for await (const r of it) out.push(r);
  return out;
}

const badRecordArb = fc.constantFrom<[string, (a: Record<string, any>) => unknown]>(
  ['a bad amount', (a) => ({ ...a, lease: { ...a.lease, rent: '12,50' } })],
  ['a bad date', (a) => ({ ...a, ledger: [{ date: '2026-02-30', kind: 'rent', amount: '1.00' }] })],
  ['an unknown key', (a) => ({ ...a, tennant: 'x' })],
  ['a number instead of an account', () => 42],
  ['null', () => null],
  [
    'an unreadable line',
    () => ({
      unreadable: true,
      line: 7,
      issues: [{ code: 'invalid_type', path: [], expected: 'JSON', received: '{"id":', message: 'line 7' }],
    }),
  ],
);

describe('evaluatePortfolio', () => {
  it('accounts in = decisions + error records out, in input order, whatever is injected', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(tenancyArb, fc.option(badRecordArb, { freq: 3 })), { maxLength: 25 }),
        async (rows) => {
          const records = rows.map(([a, bad], i) =>
            bad === null ? { ...a, id: `A-${i}` } : bad[1]({ ...a, id: `A-${i}` }),
          );
          const results = await collect(evaluatePortfolio(records, defaultPolicy, { asOf }));
          expect(results.map((r) => r.index)).toEqual(records.map((_, i) => i));
          rows.forEach(([, bad], i) => {
            expect(results[i]!.ok).toBe(bad === null);
          });
          const tally = new PortfolioTally();
          for (const r of results) tally.add(r);
          const s = tally.summary();
          expect(s.accounts).toBe(records.length);
          expect(s.decisions + s.errors).toBe(records.length);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('gives, byte for byte, the decisions of evaluate one by one', async () => {
    const accounts = fc.sample(tenancyArb, { numRuns: 30, seed: 7 }).map((a, i) => ({ ...a, id: `B-${i}` }));
    const results = await collect(evaluatePortfolio(accounts, defaultPolicy, { asOf }));
    expect(results.map((r) => JSON.stringify(resultRecord(r)))).toEqual(
      accounts.map((a) => JSON.stringify(evaluate(a, defaultPolicy, { asOf }))),
    );
  });

  it('names the account and the field in an error record', async () => {
    const [r] = await collect(evaluatePortfolio([{ id: 'X-1', lease: {} }], defaultPolicy, { asOf }));
    expect(r).toMatchObject({ ok: false, index: 0, accountId: 'X-1' });
    expect(resultRecord(r!)).toMatchObject({
      index: 0,
      accountId: 'X-1',
      issues: expect.arrayContaining([expect.objectContaining({ path: ['lease', 'signedOn'], code: 'missing' })]),
    });
  });

  it('reports an invalid policy or a date no version covers once, before any record', async () => {
    await expect(collect(evaluatePortfolio([{}], { id: 'x' } as never, { asOf }))).rejects.toThrow(ValidationError);
    await expect(collect(evaluatePortfolio([{}], defaultPolicy, { asOf: '2023-01-01' }))).rejects.toThrow(
      /covered by a version/,
    );
  });

  it('streams: it reads the next record only when the caller asks for the next result', async () => {
    let read = 0;
    function* source() {
      for (let i = 0; i < 1000; i++) {
        read++;
        yield { id: `S-${i}` };
      }
    }
    const results = evaluatePortfolio(source(), defaultPolicy, { asOf });
    await results.next();
    await results.next();
    expect(read).toBe(2);
  });
});
