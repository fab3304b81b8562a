/**
 * Writing decisions: NDJSON (one line per account, decision or error record), a JSON array, or
 * CSV with one row per account and its main fields — with a French spreadsheet dialect on request
 * (French column names, `;` separator, decimal comma, UTF-8 BOM) so a recovery team opens it
 * directly. No CSV cell is
 * ever run as a formula by the spreadsheet that opens it (see `spreadsheetSafe`).
 *
 * @module
 */
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { PortfolioTally, type PortfolioResult, type PortfolioSummary } from '../portfolio';
import { csvWriters, type OutputFormat } from './decision-rows';

export { DECISION_COLUMNS, DECISION_COLUMNS_FR, spreadsheetSafe } from './decision-rows';
export type { DecisionColumn, OutputFormat } from './decision-rows';

/** Options of {@link writeDecisions}. */
export interface WriteOptions {
  readonly format?: OutputFormat;
  /** For CSV: `fr` writes French column names, `;`, decimal commas and a BOM for French spreadsheets. */
  readonly dialect?: 'standard' | 'fr';
}

/**
 * Writes text or bytes, waiting while the stream is full. A stream that fails or is destroyed (the
 * reader of a pipe gone, a full disk) ends the wait with its error, so the run stops instead of
 * hanging.
 */
async function write(out: Writable, chunk: string | Uint8Array): Promise<void> {
  if (out.destroyed || out.writableEnded) throw outputClosed(out);
  if (out.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (error?: unknown) => {
      out.off('drain', onDrain);
      out.off('error', onError);
      out.off('close', onClose);
      if (error === undefined) resolve();
      else reject(error);
    };
    const onDrain = () => done();
    const onError = (error: unknown) => done(error);
    const onClose = () => done(outputClosed(out));
    out.once('drain', onDrain);
    out.once('error', onError);
    out.once('close', onClose);
  });
}

function outputClosed(out: Writable): Error {
  const error = (out.errored as Error | null) ?? new Error('the output was closed before the run ended');
  return error;
}

/** The texts of the command line's CSV and decisions files, written with Node's csv-stringify. */
const writers = csvWriters(stringify);

/**
 * Rows as CSV text, with the header first: the same quoting and dialect as the decisions CSV,
 * for the other tables of the command line (comparisons, indicators). A cell a spreadsheet would
 * run as a formula (it starts with `=`, `+`, `-`, `@`, a tab or a carriage return) is written
 * with a leading `'`; a negative number such as `-12.50` stays a number.
 *
 * @param rows - The header row, then the data rows.
 * @param options - `dialect: 'fr'` for `;`, CRLF, a BOM and decimal commas in amounts.
 * @returns The CSV text.
 * @example
 * ```ts
 * csvText([['metric', 'value'], ['billing', '1600.00']], { dialect: 'fr' }); // => '\uFEFFmetric;value\r\nbilling;1600,00\r\n'
 * csvText([['id'], ['=1+1'], ['-12.50']]); // => "id\n'=1+1\n-12.50\n"
 * ```
 */
export function csvText(
  rows: readonly (readonly string[])[],
  options: { readonly dialect?: 'standard' | 'fr' } = {},
): string {
  return writers.csvText(rows, options);
}

/**
 * The text written for one result. In JSON, every record starts with `,\n`; the writer drops
 * the comma of the first one.
 */
export function resultText(result: PortfolioResult, format: OutputFormat, fr: boolean): string {
  return writers.resultText(result, format, fr);
}

/** The text before the first record. */
export function headText(format: OutputFormat, fr: boolean): string {
  return writers.headText(format, fr);
}

/**
 * Writes texts (or their UTF-8 bytes) in order, between the head and the tail of the format: the
 * single place that knows how a JSON array opens and closes.
 */
export class DecisionSink {
  #first = true;
  readonly #out: Writable;
  readonly #format: OutputFormat;

  #pending: string;

  constructor(out: Writable, format: OutputFormat, fr: boolean) {
    this.#out = out;
    this.#format = format;
    this.#pending = headText(format, fr);
  }

  /**
   * Writes the text of one or more results, as a string or as its UTF-8 bytes (which are written
   * as they are, never decoded).
   */
  async write(text: string | Uint8Array): Promise<void> {
    if (text.length === 0) return;
    // In JSON every record starts with ",\n": the first one drops its comma, one byte in UTF-8.
    if (this.#first && this.#format === 'json') text = typeof text === 'string' ? text.slice(1) : text.subarray(1);
    this.#first = false;
    const head = this.#pending;
    this.#pending = '';
    if (typeof text === 'string') await write(this.#out, head + text);
    else {
      if (head !== '') await write(this.#out, head);
      await write(this.#out, text);
    }
  }

  /** Writes what closes the output. */
  async end(): Promise<void> {
    const tail = this.#format === 'json' ? (this.#first ? ']\n' : '\n]\n') : '';
    await write(this.#out, this.#pending + tail);
    this.#pending = '';
  }
}

/**
 * Writes results as they stream by, and tallies them.
 *
 * @param results - From `evaluatePortfolio` or `evaluateFile`.
 * @param out - Where to write (a file stream, `process.stdout`).
 * @param options - `{ format, dialect }`; NDJSON by default.
 * @returns The summary of the run.
 *
 * @example
 * ```ts
 * const summary = await writeDecisions(evaluatePortfolio(accounts, policy, { asOf: '2026-11-23' }), process.stdout, { format: 'csv', dialect: 'fr' });
 * summary.errors; // => 0
 * ```
 */
export async function writeDecisions(
  results: AsyncIterable<PortfolioResult> | Iterable<PortfolioResult>,
  out: Writable,
  options: WriteOptions = {},
): Promise<PortfolioSummary> {
  const format = options.format ?? 'ndjson';
  const fr = options.dialect === 'fr';
  const tally = new PortfolioTally();
  const sink = new DecisionSink(out, format, fr);
  for await (const result of results) {
    tally.add(result);
    await sink.write(resultText(result, format, fr));
  }
  await sink.end();
  return tally.summary();
}
