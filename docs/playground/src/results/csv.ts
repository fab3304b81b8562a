/**
 * The decisions and the comparison as CSV in the browser: the library's rows of the decisions CSV
 * (`src/node/decision-rows.ts`: its columns, English and French, and the cells of each result) and
 * the same writer options as `write-decisions.ts` (`,` and LF, or `;`, CRLF and a byte-order mark
 * in the French dialect), with the browser build of csv-stringify: the Node build needs Buffer.
 */
import { stringify } from 'csv-stringify/browser/esm/sync';
import { resultRecord, type RecordResult } from '../../../../src/index';
import { csvRow, DECISION_COLUMNS, DECISION_COLUMNS_FR, spreadsheetSafe } from '../../../../src/node/decision-rows';

/** One CSV line: each cell kept from running as a formula. */
function csvLine(cells: readonly string[], fr: boolean): string {
  return stringify([cells.map(spreadsheetSafe)], { delimiter: fr ? ';' : ',', record_delimiter: fr ? '\r\n' : '\n' });
}

/** What the decisions file starts with: the header of the CSV (and its byte-order mark in French), nothing in NDJSON. */
export function headText(format: 'csv' | 'ndjson', fr: boolean): string {
  if (format === 'ndjson') return '';
  return fr
    ? `\uFEFF${csvLine(
        DECISION_COLUMNS.map((c) => DECISION_COLUMNS_FR[c]),
        true,
      )}`
    : csvLine(DECISION_COLUMNS, false);
}

/** The text of one result: its CSV line, or its NDJSON line (the decision, or the error record). */
export function resultText(result: RecordResult, format: 'csv' | 'ndjson', fr: boolean): string {
  return format === 'ndjson' ? `${JSON.stringify(resultRecord(result))}\n` : csvLine(csvRow(result, fr), fr);
}

/** Rows as CSV text, header first; in French, decimal commas in the numbers of the data rows. */
export function csvText(rows: readonly (readonly string[])[], dialect: 'standard' | 'fr'): string {
  const fr = dialect === 'fr';
  const cell = (c: string) => (fr && /^-?\d+\.\d+$/.test(c) ? c.replace('.', ',') : c);
  return (fr ? '\uFEFF' : '') + rows.map((row, i) => csvLine(i === 0 ? row : row.map(cell), fr)).join('');
}
