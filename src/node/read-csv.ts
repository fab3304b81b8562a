/**
 * The CSV layout, for ERPs that export tables: one file of accounts, one row per tenancy, and one
 * file of ledger postings joined by account id (by default `<accounts>.ledger.csv`, or `--ledger`).
 * See docs/csv-layout.md.
 *
 * A malformed row of the accounts file becomes an unreadable record with its line number; a
 * malformed row of the ledger refuses the file, since it cannot be given to its account.
 *
 * @module
 */
import { createReadStream, readFileSync } from 'node:fs';
import { parse } from 'csv-parse';
import { parse as parseSync } from 'csv-parse/sync';
import { ValidationError, makeIssue, type Issue } from '../errors';
import type { UnreadableRecord } from '../portfolio';
import { unreadable } from './unreadable';

const PROCEDURE = [
  'cafSignalledOn',
  'ccapexReferredOn',
  'fslReferredOn',
  'commandementOn',
  'assignationOn',
  'hearingOn',
  'commandementToLeaveOn',
  'surendettementRecevableOn',
] as const;

/**
 * Columns of the accounts CSV, in order. Empty cells are absent fields.
 *
 * @example
 * ```ts
 * ACCOUNT_COLUMNS.slice(0, 5); // => ['id', 'signedOn', 'department', 'rent', 'charges']
 * ```
 */
export const ACCOUNT_COLUMNS = [
  'id',
  'signedOn',
  'department',
  'rent',
  'charges',
  'dueDay',
  'rls',
  'endedOn',
  'guarantor',
  'name',
  'monthlyResources',
  'memberAges',
  'email',
  'mobile',
  'preferredChannels',
  'benefitKind',
  'benefitAmount',
  'benefitPaidTo',
  ...PROCEDURE,
] as const;

/**
 * Columns of the ledger CSV.
 *
 * @example
 * ```ts
 * LEDGER_COLUMNS; // => ['accountId', 'date', 'kind', 'amount', 'id', 'settles']
 * ```
 */
export const LEDGER_COLUMNS = ['accountId', 'date', 'kind', 'amount', 'id', 'settles'] as const;

function checkHeader(
  header: readonly string[],
  expected: readonly string[],
  file: string,
  required: readonly string[],
): void {
  const unknown = header.filter((h) => !expected.includes(h));
  const missing = required.filter((r) => !header.includes(r));
  if (unknown.length > 0 || missing.length > 0) {
    throw new ValidationError([
      makeIssue(
        unknown.length > 0 ? 'unrecognized_key' : 'missing',
        [file],
        unknown.length > 0 ? unknown : missing,
        `a header with the documented columns (${expected.join(', ')}); required: ${required.join(', ')}`,
      ),
    ]);
  }
}

const bool = (v: string): boolean | string =>
  v === 'true' || v === '1' ? true : v === 'false' || v === '0' ? false : v;
const int = (v: string): number | string => (/^\d{1,3}$/.test(v) ? Number(v) : v);
const list = (v: string) => v.split('|').filter((x) => x !== '');

/** Builds the account of one CSV row; cells keep their text so the schema reports bad values. */
function accountOfRow(
  row: Record<string, string>,
  ledger: readonly Record<string, unknown>[],
): Record<string, unknown> {
  const has = (k: string) => row[k] !== undefined && row[k] !== '';
  const lease: Record<string, unknown> = {
    signedOn: row.signedOn,
    department: row.department,
    rent: row.rent,
    charges: row.charges,
  };
  if (has('dueDay')) lease.dueDay = int(row.dueDay!);
  if (has('rls')) lease.rls = row.rls;
  if (has('endedOn')) lease.endedOn = row.endedOn;
  if (has('guarantor')) lease.guarantor = bool(row.guarantor!);
  const household: Record<string, unknown> = { monthlyResources: row.monthlyResources };
  if (has('name')) household.name = row.name;
  if (has('memberAges')) household.members = list(row.memberAges!).map((a) => ({ age: int(a) }));
  if (has('email') || has('mobile')) {
    household.digital = {
      ...(has('email') ? { email: bool(row.email!) } : {}),
      ...(has('mobile') ? { mobile: bool(row.mobile!) } : {}),
    };
  }
  if (has('preferredChannels')) household.preferredChannels = list(row.preferredChannels!);
  const account: Record<string, unknown> = { id: row.id, lease, household };
  if (has('benefitKind') || has('benefitAmount') || has('benefitPaidTo')) {
    account.housingBenefit = { kind: row.benefitKind, monthlyAmount: row.benefitAmount, paidTo: row.benefitPaidTo };
  }
  account.ledger = ledger;
  const procedure: Record<string, unknown> = {};
  for (const k of PROCEDURE) if (has(k)) procedure[k] = row[k];
  if (Object.keys(procedure).length > 0) account.procedure = procedure;
  return account;
}

function readLedger(path: string): Map<string, Record<string, unknown>[]> {
  // A ledger row that cannot be read cannot be given to its account: the file is refused, with
  // the line of each unreadable row, rather than leaving an account's debt silently incomplete.
  const bad: Issue[] = [];
  const rows = parseSync(readFileSync(path, 'utf8'), {
    bom: true,
    columns: false,
    skip_empty_lines: true,
    relax_column_count: true,
    skip_records_with_error: true,
    on_skip: (error) => {
      bad.push(
        makeIssue(
          'invalid_type',
          ['ledger', `line ${error?.lines ?? '?'}`],
          error?.message ?? '',
          'a CSV row of the ledger with balanced quotes',
        ),
      );
      return undefined;
    },
  }) as string[][];
  if (bad.length > 0) throw new ValidationError(bad.slice(0, 20));
  const [header = [], ...body] = rows;
  checkHeader(header, LEDGER_COLUMNS, 'ledger', ['accountId', 'date', 'kind', 'amount']);
  const byAccount = new Map<string, Record<string, unknown>[]>();
  for (const cells of body) {
    const row = Object.fromEntries(header.map((h, i) => [h, cells[i] ?? ''])) as Record<string, string>;
    const posting: Record<string, unknown> = { date: row.date, kind: row.kind, amount: row.amount };
    if (row.id) posting.id = row.id;
    if (row.settles) posting.settles = list(row.settles);
    const id = row.accountId ?? '';
    const postings = byAccount.get(id) ?? [];
    postings.push(posting);
    byAccount.set(id, postings);
  }
  return byAccount;
}

/** The accounts of a CSV file and its ledger file, in file order. */
export async function* readCsv(path: string, ledgerPath: string): AsyncGenerator<unknown> {
  const ledger = readLedger(ledgerPath);
  // A row csv-parse cannot read (a stray quote, a quote never closed) is skipped by the parser and
  // reported here, in its place, as an unreadable record with its line.
  const skipped: UnreadableRecord[] = [];
  const parser = createReadStream(path).pipe(
    parse({
      bom: true,
      columns: false,
      skip_empty_lines: true,
      relax_column_count: true,
      info: true,
      skip_records_with_error: true,
      on_skip: (error) => {
        skipped.push(unreadable(Number(error?.lines ?? 0), error?.message ?? '', 'a CSV row with balanced quotes'));
        return undefined;
      },
    }),
  );
  let header: string[] | null = null;
  for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
    // The parser may run ahead of this loop: give back the skipped rows that come before this one.
    while (skipped.length > 0 && (skipped[0]!.line ?? 0) < info.lines) yield skipped.shift()!;
    if (header === null) {
      header = record;
      checkHeader(header, ACCOUNT_COLUMNS, 'accounts', [
        'id',
        'signedOn',
        'department',
        'rent',
        'charges',
        'monthlyResources',
      ]);
      continue;
    }
    if (record.length !== header.length) {
      yield unreadable(
        info.lines,
        record.join(','),
        `a row of ${header.length} cells like the header, not ${record.length}`,
        record[0] || undefined,
      );
      continue;
    }
    const row = Object.fromEntries(header.map((h, i) => [h, record[i]!])) as Record<string, string>;
    yield accountOfRow(row, ledger.get(row.id ?? '') ?? []);
  }
  yield* skipped.splice(0);
}
