/**
 * The flat CSV layout (docs/csv-layout.md): the columns of the accounts file and of the ledger
 * file, the check of a header row, and the account a row of the accounts file stands for.
 *
 * @module
 */
import { ValidationError, makeIssue } from '../errors';

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
  'rooms',
  'endedOn',
  'guarantor',
  'name',
  'monthlyResources',
  'memberAges',
  'email',
  'mobile',
  'digitalComfortable',
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

/**
 * Checks the header row of a file of the layout: a column the layout does not know, or a
 * required column missing, stops the run, since every row would be read wrong.
 *
 * @internal
 * @throws {@link ValidationError} `unrecognized_key` or `missing` at path `[file]`.
 * @example
 * ```ts
 * checkHeader(['accountId', 'date'], LEDGER_COLUMNS, 'ledger', ['accountId', 'date', 'kind', 'amount']);
 * // throws: 'ledger: expected a header with the documented columns (…); required: …; received ["kind","amount"]'
 * ```
 */
export function checkHeader(
  header: readonly string[],
  expected: readonly string[],
  file: string,
  required: readonly string[],
): void {
  const unknown = header.filter((h) => !expected.includes(h));
  const missing = required.filter((r) => !header.includes(r));
  if (unknown.length > 0 || missing.length > 0) {
    // A French spreadsheet exports with ';': the whole header is then one unknown column.
    const semicolons =
      header.length === 1 && header[0]!.includes(';')
        ? ' — the columns are separated by ";" (a French spreadsheet export?): export with "," as the separator'
        : '';
    throw new ValidationError([
      makeIssue(
        unknown.length > 0 ? 'unrecognized_key' : 'missing',
        [file],
        unknown.length > 0 ? unknown : missing,
        `a header with the documented columns (${expected.join(', ')}); required: ${required.join(', ')}${semicolons}`,
      ),
    ]);
  }
}

const bool = (v: string): boolean | string =>
  v === 'true' || v === '1' ? true : v === 'false' || v === '0' ? false : v;
const int = (v: string): number | string => (/^\d{1,3}$/.test(v) ? Number(v) : v);
const list = (v: string) => v.split('|').filter((x) => x !== '');

/**
 * Builds the account of one CSV row; cells keep their text so the schema reports bad values.
 *
 * @internal
 * @example
 * ```ts
 * accountOfRow({ id: 'C-1', rent: '500.00', memberAges: '44|9' }, []).household.members;
 * // => [{ age: 44 }, { age: 9 }]
 * ```
 */
export function accountOfRow(
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
  if (has('rooms')) lease.rooms = int(row.rooms!);
  if (has('endedOn')) lease.endedOn = row.endedOn;
  if (has('guarantor')) lease.guarantor = bool(row.guarantor!);
  const household: Record<string, unknown> = { monthlyResources: row.monthlyResources };
  if (has('name')) household.name = row.name;
  if (has('memberAges')) household.members = list(row.memberAges!).map((a) => ({ age: int(a) }));
  if (has('email') || has('mobile') || has('digitalComfortable')) {
    household.digital = {
      ...(has('email') ? { email: bool(row.email!) } : {}),
      ...(has('mobile') ? { mobile: bool(row.mobile!) } : {}),
      ...(has('digitalComfortable') ? { comfortable: bool(row.digitalComfortable!) } : {}),
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

/**
 * What a row with the wrong number of cells should have been.
 *
 * @internal
 * @example
 * ```ts
 * cellCount(6, 4, 7); // => 'a row of 6 cells like the header, not 4 (line 7): a cell is missing or one is too many — …'
 * ```
 */
export function cellCount(expected: number, received: number, line?: number): string {
  return (
    `a row of ${expected} cells like the header, not ${received}${line === undefined ? '' : ` (line ${line})`}: ` +
    'a cell is missing or one is too many — ' +
    'is there a comma inside a cell that is not in quotes?'
  );
}
