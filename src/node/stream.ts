/**
 * A host that keeps the process open: accounts read as NDJSON lines from a stream, each result
 * given as soon as its line is read, so that a host can send one account and read one decision
 * without closing its end of the pipe.
 *
 * @module
 */
import type { PortfolioResult } from '../portfolio';
import type { Decision, PreparedRun } from '../rules';
import { withLine } from './batches';
import { readNdjson } from './ndjson';

/**
 * The results of the accounts of an NDJSON stream, one as soon as its line is read (blank lines
 * are not records): a decision, or an error record naming its line. Never throws for bad data;
 * ends when the stream ends.
 *
 * @param input - The stream, e.g. `process.stdin`.
 * @param run - A run prepared with the compiled engine (`prepareRun(policy, { asOf, locale })`).
 * @returns The results, in input order, each with its index from 0.
 * @throws {@link index!ValidationError | ValidationError} for a UTF-16 or UTF-32 input.
 * @example
 * ```ts
 * for await (const r of evaluateLines(process.stdin, prepareRun(defaultPolicy, { asOf: '2026-11-23' })))
 *   process.stdout.write(`${JSON.stringify(resultRecord(r))}\n`);
 * ```
 */
export async function* evaluateLines(
  input: AsyncIterable<Uint8Array | string>,
  run: PreparedRun<Decision>,
): AsyncGenerator<PortfolioResult> {
  let index = 0;
  for await (const { line, value } of readNdjson(input)) {
    yield withLine(run.evaluateRecord(value, index), line);
    index++;
  }
}
