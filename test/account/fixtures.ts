import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const DIR = join(__dirname, '..', '..', 'examples', 'accounts');

/** The demo accounts of `examples/accounts`, by file name. */
export function demoAccounts(): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const file of readdirSync(DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    out[file] = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
  }
  return out;
}

/** A small valid account to derive cases from; a fresh copy each call. */
export function baseAccount(): Record<string, any> {
  return {
    id: 'T-1',
    lease: { signedOn: '2024-02-01', department: '93', rent: '500.00', charges: '100.00' },
    household: { monthlyResources: '1500.00', members: [{ age: 40 }] },
    ledger: [
      { date: '2026-01-01', kind: 'rent', amount: '500.00' },
      { date: '2026-01-01', kind: 'charges', amount: '100.00' },
      { date: '2026-01-05', kind: 'payment', amount: '600.00' },
    ],
  };
}
