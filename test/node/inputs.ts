/**
 * Inputs shared by the reader tests: small valid accounts, their NDJSON lines, streams built from
 * pieces (so a test controls where the reads cut the bytes), and the results of a run.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { evaluateFile, readAccounts, type ReadOptions } from '../../src/node';
import { evaluatePortfolio, resultRecord, type PortfolioResult } from '../../src/portfolio';
import { defaultPolicy } from '../../src/rules';

export const asOf = '2026-11-23';

/** A fresh directory for the files of one test file. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `hlm-${prefix}-`));
}

/** A small valid account: rent due in October, nothing paid. */
export function account(id: string): Record<string, unknown> {
  return {
    id,
    lease: { signedOn: '2024-02-01', department: '93', rent: '500.00', charges: '100.00' },
    household: { monthlyResources: '1800.00' },
    ledger: [
      { date: '2026-10-01', kind: 'rent', amount: '500.00' },
      { date: '2026-10-01', kind: 'charges', amount: '100.00' },
    ],
  };
}

/** The NDJSON line of {@link account}. */
export function line(id: string): string {
  return JSON.stringify(account(id));
}

/** A stream that yields these pieces as they are (Buffers or strings), one read each. */
export function streamOf(...pieces: (string | Uint8Array)[]): Readable {
  return Readable.from(
    pieces.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))),
    { objectMode: true },
  );
}

export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

/** The results of `readAccounts` → `evaluatePortfolio`. */
export function viaReadAccounts(source: string | Readable, options: ReadOptions = {}): Promise<PortfolioResult[]> {
  return collect(evaluatePortfolio(readAccounts(source, options), defaultPolicy, { asOf, locale: 'en' }));
}

/** The results of `evaluateFile`, in this thread. */
export function viaEvaluateFile(
  source: string | Readable,
  options: ReadOptions & { chunkBytes?: number; batchSize?: number } = {},
): Promise<PortfolioResult[]> {
  return collect(evaluateFile(source, defaultPolicy, { asOf, workers: 1, locale: 'en', ...options }));
}

/** What a result writes: the decision, or the error record. */
export function written(results: readonly PortfolioResult[]): string[] {
  return results.map((r) => JSON.stringify(resultRecord(r)));
}

/** The short form of results for assertions: `ok`, or the line, account id, codes and first message. */
export function brief(results: readonly PortfolioResult[]) {
  return results.map((r) =>
    r.ok
      ? { ok: true, id: r.decision.accountId }
      : {
          ok: false,
          line: r.line,
          id: r.accountId,
          codes: r.issues.map((i) => i.code),
          message: r.issues[0]?.message ?? '',
        },
  );
}
