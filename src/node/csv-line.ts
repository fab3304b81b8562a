/**
 * The cells of one CSV line, RFC 4180 quoting, with the exact cell where a quote goes wrong. The
 * flat CSV layout holds one row per physical line (no column needs a line break), so a quote
 * left open ends with its line: it spoils that row only, never the rows after it.
 *
 * @module
 */
import type { IssueCode } from '../errors';
import { bomExpected, isUtf8Text, notUtf8Expected } from './encoding';
import { MAX_LINE_BYTES, type PhysicalLine } from './lines';
import { preview } from './unreadable';

/** The cells of a line, or where its quoting goes wrong. */
export type CsvCells =
  | { readonly ok: true; readonly cells: string[] }
  | {
      readonly ok: false;
      /** The cells read before the problem. */
      readonly cells: string[];
      /** The cell where it is, from 0. */
      readonly cell: number;
      /**
       * `unclosed`: a quoted cell whose quote does not close on the line; `stray`: a quote inside a
       * cell that does not start with one; `after-close`: text between a closing quote and the
       * next separator.
       */
      readonly problem: 'unclosed' | 'stray' | 'after-close';
    };

/**
 * Splits one CSV line into cells: `,` separates them; a cell in double quotes may hold `,` and
 * doubled quotes (`""` for `"`).
 *
 * @param text - The line, without its line end.
 * @returns The cells, or the problem and the cell it is in.
 * @example
 * ```ts
 * splitCsvLine('a,"b,""c""",');  // => { ok: true, cells: ['a', 'b,"c"', ''] }
 * splitCsvLine('a,"b,c');        // => { ok: false, cells: ['a'], cell: 1, problem: 'unclosed' }
 * ```
 */
export function splitCsvLine(text: string): CsvCells {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    if (text.charCodeAt(i) === 0x22 /* " */) {
      let value = '';
      let from = i + 1;
      for (;;) {
        const quote = text.indexOf('"', from);
        if (quote === -1) return { ok: false, cells, cell: cells.length, problem: 'unclosed' };
        value += text.slice(from, quote);
        if (text.charCodeAt(quote + 1) === 0x22) {
          value += '"';
          from = quote + 2;
          continue;
        }
        i = quote + 1;
        break;
      }
      cells.push(value);
      if (i === text.length) return { ok: true, cells };
      if (text.charCodeAt(i) !== 0x2c /* , */)
        return { ok: false, cells, cell: cells.length - 1, problem: 'after-close' };
      i++;
      continue;
    }
    const comma = text.indexOf(',', i);
    const value = text.slice(i, comma === -1 ? text.length : comma);
    if (value.includes('"')) return { ok: false, cells, cell: cells.length, problem: 'stray' };
    cells.push(value);
    if (comma === -1) return { ok: true, cells };
    i = comma + 1;
  }
}

/**
 * What a row whose quoting goes wrong should have been, in plain words, with the cell (from 1)
 * and its column.
 *
 * @param split - The failed split.
 * @param header - The header's columns, to name the cell's column; empty for the header itself.
 * @returns The `expected` text of the issue.
 * @example
 * ```ts
 * csvProblem({ ok: false, cells: ['Q-2'], cell: 1, problem: 'unclosed' }, ['id', 'rent']);
 * // => 'a CSV row whose quotes are closed: the quote that opens cell 2 (rent) is not closed on this line — …'
 * ```
 */
export function csvProblem(split: CsvCells & { ok: false }, header: readonly string[]): string {
  const column = header[split.cell];
  const cell = `cell ${split.cell + 1}${column === undefined ? '' : ` (${column})`}`;
  if (split.problem === 'unclosed') {
    return (
      `a CSV row whose quotes are closed: the quote that opens ${cell} is not closed on this line — close it, ` +
      'or remove it (in this layout a cell never runs over several lines)'
    );
  }
  if (split.problem === 'stray') {
    return (
      `a CSV row with balanced quotes: ${cell} has a quote inside it — put the whole cell in quotes and double ` +
      'the quote inside ("5""00" for 5"00), or remove the quote'
    );
  }
  return `a CSV row with balanced quotes: ${cell} has text after its closing quote — put the whole cell in quotes, or remove the quotes`;
}

/** The text of a CSV line, and what is wrong with it before any cell is read. */
export interface RowText {
  /** The line as text (its first bytes for a line over the limit; `\uFFFD` for bytes not UTF-8). */
  readonly text: string;
  /** Why the line cannot be read as a row, when it cannot. */
  readonly problem?: { readonly code: IssueCode; readonly received: string; readonly expected: string };
}

/**
 * The text of one physical line of a CSV file, or `null` for a blank line (not a row, though it
 * counts in the line numbers): a line over the limit, not UTF-8, or starting with a byte-order
 * mark (a second file joined) is a problem of its own, named before its cells are read.
 *
 * @param line - A line from `LineSplitter`.
 * @returns Its text and problem, or `null`.
 * @example
 * ```ts
 * rowText({ line: 3, bytes: Buffer.from('  '), size: 2 }); // => null
 * ```
 */
export function rowText(line: PhysicalLine): RowText | null {
  if (line.bytes === null) {
    const text = (line.head ?? Buffer.alloc(0)).toString('utf8');
    return {
      text,
      problem: {
        code: 'too_big',
        received: preview(text),
        expected: `a row of at most 16 MiB (${MAX_LINE_BYTES} bytes); this line is ${line.size} bytes long and was skipped — check the export`,
      },
    };
  }
  const text = line.bytes.toString('utf8');
  if (text.trim() === '') return null;
  if (!isUtf8Text(line.bytes)) {
    return { text, problem: { code: 'invalid_value', received: preview(text), expected: notUtf8Expected(line.line) } };
  }
  if (/^\s*\uFEFF/.test(text)) {
    return { text, problem: { code: 'invalid_value', received: preview(text), expected: bomExpected(line.line) } };
  }
  return { text };
}
