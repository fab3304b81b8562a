/**
 * The flat CSV layout (docs/csv-layout.md): the columns of the accounts file and of the ledger
 * file with their English and French names, the header row (its separator, `,` or `;`, told by
 * the names it holds), the cells of a row read in the file's dialect, the account a row of the
 * accounts file stands for, and the column an issue of that account is about.
 *
 * @module
 */
import { ValidationError, makeIssue, type Issue, type IssueCode } from '../errors';
import { suggest } from '../rules/suggest';
import { amountCell, csvProblem, dateCell, splitCsvLine, type CsvSeparator, type InputDialect } from './csv-line';

/** The procedure dates, each a column of the accounts file. */
export const PROCEDURE = [
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

/** A column of the accounts file, by its English name. */
export type AccountColumn = (typeof ACCOUNT_COLUMNS)[number];
/** A column of the ledger file, by its English name. */
export type LedgerColumn = (typeof LEDGER_COLUMNS)[number];

/**
 * The French name of each column of the accounts file, accepted in its header in place of the
 * English one, in either dialect (`compte;date_signature;departement;loyer;…`).
 *
 * @example
 * ```ts
 * ACCOUNT_COLUMNS_FR.rent; // => 'loyer'
 * ```
 */
export const ACCOUNT_COLUMNS_FR: Readonly<Record<AccountColumn, string>> = Object.freeze({
  id: 'compte',
  signedOn: 'date_signature',
  department: 'departement',
  rent: 'loyer',
  charges: 'provision_charges',
  dueDay: 'jour_echeance',
  rls: 'rls',
  rooms: 'pieces',
  endedOn: 'date_sortie',
  guarantor: 'caution',
  name: 'nom',
  monthlyResources: 'ressources_mensuelles',
  memberAges: 'ages_occupants',
  email: 'courriel',
  mobile: 'telephone_mobile',
  digitalComfortable: 'aise_numerique',
  preferredChannels: 'canaux_preferes',
  benefitKind: 'type_aide',
  benefitAmount: 'montant_aide',
  benefitPaidTo: 'aide_versee_a',
  cafSignalledOn: 'date_signalement_caf',
  ccapexReferredOn: 'date_saisine_ccapex',
  fslReferredOn: 'date_saisine_fsl',
  commandementOn: 'date_commandement',
  assignationOn: 'date_assignation',
  hearingOn: 'date_audience',
  commandementToLeaveOn: 'date_commandement_quitter',
  surendettementRecevableOn: 'date_recevabilite_surendettement',
});

/**
 * The French name of each column of the ledger file, accepted in its header in place of the
 * English one, in either dialect (`compte;date;nature;montant`).
 *
 * @example
 * ```ts
 * LEDGER_COLUMNS_FR.amount; // => 'montant'
 * ```
 */
export const LEDGER_COLUMNS_FR: Readonly<Record<LedgerColumn, string>> = Object.freeze({
  accountId: 'compte',
  date: 'date',
  kind: 'nature',
  amount: 'montant',
  id: 'ecriture',
  settles: 'lettrage',
});

/** The columns of one file of the layout. */
export interface Layout {
  /** `accounts` or `ledger`: the first segment of the path of its issues. */
  readonly file: 'accounts' | 'ledger';
  /** Its columns, by English name, in order. */
  readonly columns: readonly string[];
  /** The French name of each column. */
  readonly french: Readonly<Record<string, string>>;
  /** The columns every file must have. */
  readonly required: readonly string[];
  /** The columns read as amounts, and as dates. */
  readonly amounts: readonly string[];
  readonly dates: readonly string[];
}

/** The accounts file. */
export const ACCOUNTS_LAYOUT: Layout = {
  file: 'accounts',
  columns: ACCOUNT_COLUMNS,
  french: ACCOUNT_COLUMNS_FR,
  required: ['id', 'signedOn', 'department', 'rent', 'charges', 'monthlyResources'],
  amounts: ['rent', 'charges', 'rls', 'monthlyResources', 'benefitAmount'],
  dates: ['signedOn', 'endedOn', ...PROCEDURE],
};

/** The ledger file. */
export const LEDGER_LAYOUT: Layout = {
  file: 'ledger',
  columns: LEDGER_COLUMNS,
  french: LEDGER_COLUMNS_FR,
  required: ['accountId', 'date', 'kind', 'amount'],
  amounts: ['amount'],
  dates: ['date'],
};

/** The header row of a file, read. */
export interface CsvHeader {
  /** The separator of the file, told by the header: `,` or `;`. */
  readonly separator: CsvSeparator;
  /** The column of each cell, by its English name. */
  readonly columns: readonly string[];
  /** Each cell as the header writes it (the English or the French name), to name it in messages. */
  readonly written: readonly string[];
}

/** The English name of a header cell (an English or a French name), or `undefined`. */
function columnOf(cell: string, layout: Layout): string | undefined {
  if (layout.columns.includes(cell)) return cell;
  return layout.columns.find((c) => layout.french[c] === cell);
}

/** The cells of the header split by a separator, and how many name a column. */
function splitHeader(text: string, separator: CsvSeparator, layout: Layout) {
  const split = splitCsvLine(text, separator);
  const known = split.ok ? split.cells.filter((c) => columnOf(c, layout) !== undefined).length : -1;
  return { split, known };
}

/**
 * Reads the header row of a file of the layout: its separator (`,` or `;`, the one whose cells
 * name more columns: the names are known, so this is safe), and the column of each cell, by its
 * English or its French name. A column the layout does not know, a required column missing or a
 * column given twice stops the run, since every row would be read wrong; the message names the
 * separator read and the nearest known name.
 *
 * @internal
 * @param text - The header line.
 * @param layout - {@link ACCOUNTS_LAYOUT} or {@link LEDGER_LAYOUT}.
 * @returns The separator and the columns.
 * @throws {@link ValidationError} `unrecognized_key`, `missing`, `invalid_value` or `invalid_type` at path `[file, 'header']`.
 * @example
 * ```ts
 * readHeader('compte;date;nature;montant', LEDGER_LAYOUT).separator; // => ';'
 * readHeader('accountId,date,kind,amont', LEDGER_LAYOUT);
 * // throws: 'ledger.header: expected a column of the ledger file, … — did you mean "amount"?; the header was read with "," …'
 * ```
 */
export function readHeader(text: string, layout: Layout): CsvHeader {
  const comma = splitHeader(text, ',', layout);
  const semicolon = splitHeader(text, ';', layout);
  const separator: CsvSeparator = semicolon.known > comma.known ? ';' : ',';
  const { split } = separator === ';' ? semicolon : comma;
  const at = [layout.file, 'header'];
  if (!split.ok) throw new ValidationError([makeIssue('invalid_type', at, text, csvProblem(split, []))]);
  // An empty file has no header: every required column is missing.
  const cells = text === '' ? [] : split.cells;
  const columns = cells.map((c) => columnOf(c, layout));
  const read =
    cells.length === 1
      ? `the header was read as one column: separate the columns with "," or ";"${text.includes('\t') ? ' (not with tabs)' : ''}`
      : `the header was read with "${separator}" as the separator`;
  const issues: Issue[] = [];
  const names = [...layout.columns, ...layout.columns.map((c) => layout.french[c]!)];
  cells.forEach((cell, i) => {
    if (columns[i] !== undefined) return;
    const near = suggest(cell.trim(), names);
    issues.push(
      makeIssue(
        'unrecognized_key',
        at,
        cell,
        `a column of the ${layout.file} file, by its English or its French name (docs/csv-layout.md)` +
          `${near === null ? '' : ` — did you mean "${near}"?`}; ${read}`,
      ),
    );
  });
  const missing = layout.required.filter((r) => !columns.includes(r));
  if (missing.length > 0) {
    issues.push(
      makeIssue(
        'missing',
        at,
        cells,
        `the required columns ${layout.required.map((r) => `${r} (${layout.french[r]})`).join(', ')}; missing: ` +
          `${missing.join(', ')}; ${read}`,
      ),
    );
  }
  columns.forEach((c, i) => {
    const first = c === undefined ? -1 : columns.indexOf(c);
    if (first === i || first === -1) return;
    issues.push(
      makeIssue(
        'invalid_value',
        at,
        cells[i],
        `each column once, but "${cells[first]}" and "${cells[i]}" (cells ${first + 1} and ${i + 1}) are the same column (${c})`,
      ),
    );
  });
  if (issues.length > 0) throw new ValidationError(issues);
  return { separator, columns: columns as string[], written: cells };
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
export function cellCount(expected: number, received: number, line?: number, separator: CsvSeparator = ','): string {
  return (
    `a row of ${expected} cells like the header, not ${received}${line === undefined ? '' : ` (line ${line})`}: ` +
    'a cell is missing or one is too many — ' +
    (separator === ','
      ? 'is there a comma inside a cell that is not in quotes?'
      : 'is there a ";" inside a cell that is not in quotes?')
  );
}

/** A cell whose text cannot be read in the file's dialect. */
export interface CellProblem {
  /** Its column, by English name. */
  readonly column: string;
  /** The cell as written. */
  readonly received: string;
  readonly code: IssueCode;
  readonly expected: string;
}

/** The cells of a row, by column, as the account contract reads them. */
export interface RowFields {
  /** Each cell by the English name of its column; amounts and dates in the contract's form. */
  readonly fields: Record<string, string>;
  /** The cells as written, for the amounts and dates changed. */
  readonly written: Readonly<Record<string, string>>;
  /** The cells that cannot be read in the file's dialect. */
  readonly problems: readonly CellProblem[];
}

/**
 * The cells of a row by column, its amounts and dates read in the file's dialect (`512,30` and
 * `23/11/2026` in French); a cell that cannot be read is a problem, kept as written.
 *
 * @internal
 * @example
 * ```ts
 * rowFields(readHeader('compte;date;nature;montant', LEDGER_LAYOUT), ['C-1', '01/10/2026', 'rent', '512,30'], LEDGER_LAYOUT, 'fr').fields;
 * // => { accountId: 'C-1', date: '2026-10-01', kind: 'rent', amount: '512.30' }
 * ```
 */
export function rowFields(
  header: CsvHeader,
  cells: readonly string[],
  layout: Layout,
  dialect: InputDialect,
): RowFields {
  const fields: Record<string, string> = Object.create(null);
  const written: Record<string, string> = Object.create(null);
  const problems: CellProblem[] = [];
  header.columns.forEach((column, i) => {
    const text = cells[i] ?? '';
    const kind = layout.amounts.includes(column) ? amountCell : layout.dates.includes(column) ? dateCell : null;
    if (kind === null) {
      fields[column] = text;
      return;
    }
    const cell = kind(text, dialect);
    if (cell.ok) {
      fields[column] = cell.value;
      if (cell.value !== text) written[column] = text;
    } else {
      fields[column] = text;
      problems.push({ column, received: text, code: cell.code, expected: cell.expected });
    }
  });
  return { fields, written, problems };
}
