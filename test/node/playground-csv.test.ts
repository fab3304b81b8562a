/**
 * The editor's CSV reader (docs/playground/src/results/read-files.ts, text in the browser) against
 * the command line's (`readAccounts`, bytes in Node) on the same French export: the same records in
 * the same order, the same accounts, and the same error records (line, id, each issue at its file,
 * line and CSV column, a rule of the account contract and a posting of no account included).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvText } from '../../docs/playground/src/results/read-files';
import { parseAccount } from '../../src/account';
import { readAccounts } from '../../src/node';
import { frenchCsv } from '../demo-csv';
import { collect, tempDir } from './inputs';

const dir = tempDir('playground-csv');

/** The export of 300 demo accounts, with rows and postings a real export can hold by mistake. */
function files() {
  const { accounts, ledger } = frenchCsv(300);
  const header = accounts.split('\r\n')[0]!;
  const width = header.split(';').length;
  const row = (cells: string[]) => [...cells, ...Array(width - cells.length).fill('')].join(';');
  const extra = [
    // A quote left open, a row one cell short, an amount in words, a date that does not exist.
    row(['Q-1', '"01/01/2020', '75', '500,00', '10,00']),
    row(['S-1', '01/01/2020', '75', '500,00']).split(';').slice(0, -1).join(';'),
    row(['W-1', '01/01/2020', '75', 'cinq cents', '10,00', '', '1000,00']),
    row(['D-1', '31/02/2020', '75', '500,00', '10,00', '', '1000,00']),
    // Cells the dialect reads, but the account contract refuses: a due day of 40.
    row(['R-1', '01/01/2020', '75', '500,00', '10,00', '40', '1000,00']),
  ];
  // A posting of no account, and one whose id differs from an account's only by its case.
  const orphan = 'NOBODY-1;01/10/2026;rent;500,00;;\r\ndemo-000001;01/10/2026;rent;1,00;;';
  return { accounts: `${accounts}${extra.join('\r\n')}\r\n`, ledger: `${ledger}${orphan}\r\n` };
}

const isError = (r: unknown): r is { unreadable: true; line: number } =>
  typeof r === 'object' && r !== null && (r as { unreadable?: unknown }).unreadable === true;

describe('the editor reads a French CSV export as the command line does', () => {
  it('gives the same accounts and an error record on the same lines', async () => {
    const { accounts, ledger } = files();
    writeFileSync(join(dir, 'export.csv'), accounts);
    writeFileSync(join(dir, 'export.ledger.csv'), ledger);
    const node = await collect(readAccounts(join(dir, 'export.csv')));
    const page = readCsvText('export.csv', accounts, { name: 'export.ledger.csv', text: ledger });

    expect(page.records).toHaveLength(node.length);
    let errors = 0;
    node.forEach((expected, i) => {
      const got = page.records[i];
      if (isError(expected)) {
        errors++;
        expect(isError(got), `record ${i}`).toBe(true);
        // The same record: its line, its account id, each issue at the same file, line and column.
        expect(got).toEqual(expected);
      } else {
        expect(isError(got), `record ${i}: ${JSON.stringify(got).slice(0, 200)}`).toBe(false);
        expect(parseAccount(got)).toEqual(parseAccount(expected));
      }
    });
    // BAD-1, the five rows above and the two postings of no account.
    expect(errors).toBe(8);
  });
});
