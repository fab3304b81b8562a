/**
 * The two files of a French export (";", French column names, decimal commas, DD/MM/YYYY) of demo
 * accounts, as a French ERP writes them (docs/csv-layout.md), with one row that is not an account
 * at the end: the input of the editor's browser test and of the test that compares its CSV reader
 * with the command line's.
 */
import { generateDemoPortfolio } from '../src/demo';
import { ACCOUNT_COLUMNS_FR, LEDGER_COLUMNS_FR } from '../src/node/csv-layout';

/** `1234.56` as a French export writes it, `1234,56`; `2026-11-23` as `23/11/2026`. */
const frAmount = (a: string) => a.replace('.', ',');
const frDate = (d: string | undefined) => (d ? d.split('-').reverse().join('/') : '');

type Demo = {
  id: string;
  lease: Record<string, unknown>;
  household: Record<string, unknown>;
  housingBenefit?: Record<string, unknown>;
  ledger: { date: string; kind: string; amount: string; id?: string; settles?: string[] }[];
};

/** The two files of a French export (";", French column names, decimal commas, DD/MM/YYYY) of n demo accounts. */
export function frenchCsv(n: number): { accounts: string; ledger: string } {
  const accounts: string[] = [];
  const ledger: string[] = [];
  const columns = [
    'id',
    'signedOn',
    'department',
    'rent',
    'charges',
    'dueDay',
    'monthlyResources',
    'memberAges',
    'benefitKind',
    'benefitAmount',
    'benefitPaidTo',
  ] as const;
  accounts.push(columns.map((c) => ACCOUNT_COLUMNS_FR[c]).join(';'));
  ledger.push(
    (['accountId', 'date', 'kind', 'amount', 'id', 'settles'] as const).map((c) => LEDGER_COLUMNS_FR[c]).join(';'),
  );
  for (const raw of generateDemoPortfolio({ count: n, asOf: '2026-11-23' })) {
    const a = raw as unknown as Demo;
    const members = (a.household.members as { age: number }[] | undefined) ?? [];
    const hb = a.housingBenefit;
    accounts.push(
      [
        a.id,
        frDate(a.lease.signedOn as string),
        a.lease.department,
        frAmount(a.lease.rent as string),
        frAmount(a.lease.charges as string),
        a.lease.dueDay ?? '',
        frAmount(a.household.monthlyResources as string),
        members.map((m) => m.age).join('|'),
        hb?.kind ?? '',
        hb ? frAmount(hb.monthlyAmount as string) : '',
        hb?.paidTo ?? '',
      ].join(';'),
    );
    for (const p of a.ledger)
      ledger.push(
        [a.id, frDate(p.date), p.kind, frAmount(p.amount), p.id ?? '', (p.settles ?? []).join('|')].join(';'),
      );
  }
  // One row that is not an account: an error row naming its line, never dropped.
  accounts.push(['BAD-1', '01/01/2020', '75', 'abc', '10,00', '', '1000,00', '', '', '', ''].join(';'));
  return { accounts: `${accounts.join('\r\n')}\r\n`, ledger: `${ledger.join('\r\n')}\r\n` };
}
