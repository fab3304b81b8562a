/**
 * Writing decisions: NDJSON (one line per account, decision or error record), a JSON array, or
 * CSV with one row per account and its main fields — with a French spreadsheet dialect on request
 * (`;` separator, decimal comma, UTF-8 BOM) so a recovery team opens it directly.
 *
 * @module
 */
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import { PortfolioTally, resultRecord, type PortfolioResult, type PortfolioSummary } from '../portfolio';

/** Output formats. */
export type OutputFormat = 'ndjson' | 'json' | 'csv';

/** Options of {@link writeDecisions}. */
export interface WriteOptions {
  readonly format?: OutputFormat;
  /** For CSV: `fr` writes `;`, decimal commas and a BOM for French spreadsheets. */
  readonly dialect?: 'standard' | 'fr';
}

/** Columns of the decisions CSV. */
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
  'amountDue',
  'maxSustainableInstalment',
  'planMonths',
  'planInstalment',
  'obligationsDue',
  'obligationsOverdue',
  'prevention',
  'error',
] as const;

function csvRow(result: PortfolioResult, fr: boolean): string[] {
  const amount = (a: string | null | undefined) => (a == null ? '' : fr ? a.replace('.', ',') : a);
  if (!result.ok) {
    return [String(result.index), result.accountId ?? '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', '', result.issues.map((i) => i.message).join(' | ')];
  }
  const d = result.decision;
  const codes = (status: string) => d.obligations.filter((o) => o.status === status).map((o) => `${o.code} ${o.date}`).join(' | ');
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

async function write(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await new Promise<void>((resolve) => out.once('drain', () => resolve()));
}

/**
 * Writes results as they stream by, and tallies them.
 *
 * @param results - From `evaluatePortfolio` or `evaluateFile`.
 * @param out - Where to write (a file stream, `process.stdout`).
 * @param options - `{ format, dialect }`; NDJSON by default.
 * @returns The summary of the run.
 */
export async function writeDecisions(
  results: AsyncIterable<PortfolioResult> | Iterable<PortfolioResult>,
  out: Writable,
  options: WriteOptions = {},
): Promise<PortfolioSummary> {
  const format = options.format ?? 'ndjson';
  const fr = options.dialect === 'fr';
  const tally = new PortfolioTally();
  const csv = (cells: readonly string[]) => stringify([cells as string[]], { delimiter: fr ? ';' : ',', record_delimiter: fr ? '\r\n' : '\n' });
  if (format === 'csv') await write(out, (fr ? '\uFEFF' : '') + csv(DECISION_COLUMNS));
  if (format === 'json') await write(out, '[');
  let first = true;
  for await (const result of results) {
    tally.add(result);
    if (format === 'ndjson') await write(out, `${JSON.stringify(resultRecord(result))}\n`);
    else if (format === 'json') await write(out, `${first ? '\n' : ',\n'}${JSON.stringify(resultRecord(result))}`);
    else await write(out, csv(csvRow(result, fr)));
    first = false;
  }
  if (format === 'json') await write(out, first ? ']\n' : '\n]\n');
  return tally.summary();
}
