/**
 * The texts of the decisions file and of the other CSV tables: the decisions CSV's columns (English
 * and French names), the cells of one result, the guard that keeps a cell from running as a
 * formula, and the text of a CSV line, a table, the file's head and a result, given csv-stringify's
 * writer. Browser-safe (no Buffer, no node: module): `write-decisions.ts` gives Node's build of
 * csv-stringify, the policy editor its browser build, and both write the same bytes.
 *
 * @module
 */
import { resultRecord, type PortfolioResult } from '../portfolio';

/**
 * Columns of the decisions CSV.
 *
 * @example
 * ```ts
 * DECISION_COLUMNS.slice(0, 4); // => ['index', 'accountId', 'asOf', 'policy']
 * ```
 */
export const DECISION_COLUMNS = [
  'index',
  'accountId',
  'asOf',
  'policy',
  'levelRank',
  'level',
  'nextStep',
  'channel',
  'date',
  'requiresHumanApproval',
  'role',
  'addressee',
  'actions',
  'amountDue',
  'maxSustainableInstalment',
  'planMonths',
  'planInstalment',
  'obligationsDue',
  'obligationsOverdue',
  'prevention',
  'error',
] as const;

/** A column of the decisions CSV, by its English name. */
export type DecisionColumn = (typeof DECISION_COLUMNS)[number];

/**
 * The French name of each column of the decisions CSV, which the French dialect writes in its
 * header (same order, same cells: only the names change).
 *
 * @example
 * ```ts
 * DECISION_COLUMNS.map((c) => DECISION_COLUMNS_FR[c]).slice(0, 4); // => ['numero', 'compte', 'date_evaluation', 'politique']
 * ```
 */
export const DECISION_COLUMNS_FR: Readonly<Record<DecisionColumn, string>> = Object.freeze({
  index: 'numero',
  accountId: 'compte',
  asOf: 'date_evaluation',
  policy: 'politique',
  levelRank: 'rang_niveau',
  level: 'niveau',
  nextStep: 'prochaine_etape',
  channel: 'canal',
  date: 'date_action',
  requiresHumanApproval: 'validation_humaine',
  role: 'role',
  addressee: 'destinataire',
  actions: 'actions',
  amountDue: 'montant_du',
  maxSustainableInstalment: 'mensualite_max_soutenable',
  planMonths: 'plan_mois',
  planInstalment: 'plan_mensualite',
  obligationsDue: 'obligations_a_echeance',
  obligationsOverdue: 'obligations_en_retard',
  prevention: 'prevention',
  error: 'erreur',
});

/**
 * The cells of one result in the decisions CSV, in the order of {@link DECISION_COLUMNS}: amounts
 * with a decimal comma in the French dialect. Every cell still goes through {@link spreadsheetSafe}
 * when written.
 *
 * @internal
 */
export function csvRow(result: PortfolioResult, fr: boolean): string[] {
  const amount = (a: string | null | undefined) => (a == null ? '' : fr ? a.replace('.', ',') : a);
  if (!result.ok) {
    // The index, the account id, the error; every column between them empty.
    const between = Array.from({ length: DECISION_COLUMNS.length - 3 }, () => '');
    return [String(result.index), result.accountId ?? '', ...between, result.issues.map((i) => i.message).join(' | ')];
  }
  const d = result.decision;
  const codes = (status: string) =>
    d.obligations
      .filter((o) => o.status === status)
      .map((o) => `${o.code} ${o.date}`)
      .join(' | ');
  return [
    String(result.index),
    d.accountId,
    d.asOf,
    `${d.policy.id} ${d.policy.version}`,
    String(d.level.rank),
    d.level.label,
    d.nextAction?.step ?? '',
    d.nextAction?.channel ?? '',
    d.nextAction?.date ?? '',
    d.nextAction ? String(d.nextAction.requiresHumanApproval) : '',
    d.nextAction?.role ?? '',
    d.nextAction?.addressee ?? '',
    d.actions.map((a) => `${a.step} (${a.role} to ${a.addressee} by ${a.channel})`).join(' | '),
    amount(d.nextAction ? String(d.nextAction.variables.amountDue) : null),
    amount(d.plan?.maxSustainableInstalment),
    d.plan?.proposal?.feasible ? String(d.plan.proposal.months) : '',
    amount(d.plan?.proposal?.instalment),
    codes('due'),
    codes('overdue'),
    d.prevention.map((p) => p.code).join(' | '),
    '',
  ];
}

/** What a spreadsheet reads as the start of a formula (OWASP, "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/** A plain decimal number, with a point or a French comma: `-12.50` stays a number. */
const PLAIN_NUMBER = /^-?\d+(?:[.,]\d+)?$/;

/**
 * A cell a spreadsheet shows as text and never runs: a cell that starts with `=`, `+`, `-`, `@`,
 * a tab or a carriage return gets a leading `'`, which Excel and LibreOffice take as "this is
 * text"; a negative number such as `-12.50` or `-12,50` stays as it is, to be read as a number.
 *
 * @example
 * ```ts
 * spreadsheetSafe('=HYPERLINK("http://x")'); // => '\'=HYPERLINK("http://x")'
 * spreadsheetSafe('-12,50');                 // => '-12,50'
 * ```
 */
export function spreadsheetSafe(cell: string): string {
  return FORMULA_START.test(cell) && !PLAIN_NUMBER.test(cell) ? `'${cell}` : cell;
}

/** Output formats. */
export type OutputFormat = 'ndjson' | 'json' | 'csv';

/** csv-stringify's synchronous `stringify`, from its Node build or its browser build. */
export type Stringify = (
  records: string[][],
  options: { readonly delimiter: string; readonly record_delimiter: string },
) => string;

/** The texts a decisions file and a CSV table are made of. */
export interface CsvWriters {
  /** Rows as CSV text, header first; `dialect: 'fr'` for `;`, CRLF, a BOM and decimal commas. */
  csvText(rows: readonly (readonly string[])[], options?: { readonly dialect?: 'standard' | 'fr' }): string;
  /** The text before the first record: the CSV header (with its BOM in French), `[` in JSON. */
  headText(format: OutputFormat, fr: boolean): string;
  /** The text of one result; in JSON, every record starts with `,\n` (the writer drops the first comma). */
  resultText(result: PortfolioResult, format: OutputFormat, fr: boolean): string;
}

/**
 * The writers of the decisions file and of CSV tables, over one `stringify`: every cell of every
 * CSV goes through {@link spreadsheetSafe}.
 *
 * @internal
 * @example
 * ```ts
 * csvWriters(stringify).csvText([['id'], ['=1+1']]); // => "id\n'=1+1\n"
 * ```
 */
export function csvWriters(stringify: Stringify): CsvWriters {
  const csvLine = (cells: readonly string[], fr: boolean): string =>
    stringify([cells.map(spreadsheetSafe)], { delimiter: fr ? ';' : ',', record_delimiter: fr ? '\r\n' : '\n' });
  return {
    csvText(rows, options = {}) {
      const fr = options.dialect === 'fr';
      const cell = (c: string) => (fr && /^-?\d+\.\d+$/.test(c) ? c.replace('.', ',') : c);
      return (fr ? '\uFEFF' : '') + rows.map((row, i) => csvLine(i === 0 ? row : row.map(cell), fr)).join('');
    },
    headText(format, fr) {
      if (format === 'csv') {
        return fr
          ? `\uFEFF${csvLine(
              DECISION_COLUMNS.map((c) => DECISION_COLUMNS_FR[c]),
              fr,
            )}`
          : csvLine(DECISION_COLUMNS, fr);
      }
      return format === 'json' ? '[' : '';
    },
    resultText(result, format, fr) {
      if (format === 'ndjson') return `${JSON.stringify(resultRecord(result))}\n`;
      if (format === 'json') return `,\n${JSON.stringify(resultRecord(result))}`;
      return csvLine(csvRow(result, fr), fr);
    },
  };
}
