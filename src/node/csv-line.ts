/**
 * The cells of one CSV line, RFC 4180 quoting, with the exact cell where a quote goes wrong. The
 * flat CSV layout holds one row per physical line (no column needs a line break), so a quote
 * left open ends with its line: it spoils that row only, never the rows after it.
 *
 * Browser-safe (no Buffer, no node: module): the playground reads CSV files with it. The bytes
 * of a line are decoded in `row-text.ts`.
 *
 * @module
 */
import type { IssueCode } from '../errors';

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

/** The separators of the layout: `,`, or `;` as French spreadsheets write it. */
export type CsvSeparator = ',' | ';';

/**
 * Splits one CSV line into cells: the separator (`,` by default, or `;`) separates them; a cell in
 * double quotes may hold the separator and doubled quotes (`""` for `"`).
 *
 * @param text - The line, without its line end.
 * @param separator - `,` or `;`.
 * @returns The cells, or the problem and the cell it is in.
 * @example
 * ```ts
 * splitCsvLine('a,"b,""c""",');  // => { ok: true, cells: ['a', 'b,"c"', ''] }
 * splitCsvLine('a,"b,c');        // => { ok: false, cells: ['a'], cell: 1, problem: 'unclosed' }
 * splitCsvLine('C-1;512,30', ';'); // => { ok: true, cells: ['C-1', '512,30'] }
 * ```
 */
export function splitCsvLine(text: string, separator: CsvSeparator = ','): CsvCells {
  const sep = separator.charCodeAt(0);
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
      if (text.charCodeAt(i) !== sep) return { ok: false, cells, cell: cells.length - 1, problem: 'after-close' };
      i++;
      continue;
    }
    const comma = text.indexOf(separator, i);
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

/**
 * The dialects of the amounts and dates of an input CSV file: `standard` (`512.30`,
 * `2026-11-23`) or `fr`, as French ERPs and spreadsheets write them (`512,30`, `1 234,56`,
 * `23/11/2026` or `2026-11-23`).
 *
 * @example
 * ```ts
 * INPUT_DIALECTS; // => ['standard', 'fr']
 * ```
 */
export const INPUT_DIALECTS = ['standard', 'fr'] as const;

/** The dialect of the amounts and dates of an input CSV file. */
export type InputDialect = (typeof INPUT_DIALECTS)[number];

/** A cell as the account contract reads it, or why its text cannot be read in the file's dialect. */
export type CellValue =
  | { readonly ok: true; readonly value: string }
  | { readonly ok: false; readonly code: IssueCode; readonly expected: string };

/**
 * A French amount: an optional minus, the units (in groups of 3 digits separated by a space, a
 * no-break space U+00A0 or a narrow no-break space U+202F, or not grouped), an optional decimal
 * comma and 1 or 2 decimals. A space is never a decimal separator, so the grouping is unambiguous.
 */
const FR_AMOUNT = /^(-?)(\d{1,3}(?:[ \u00A0\u202F]\d{3})+|\d+)(?:,(\d{1,2}))?$/;
/** Something written as a French amount, with a decimal comma. */
const LOOKS_FRENCH_AMOUNT = /^-?\d{1,3}(?:[ \u00A0\u202F]?\d{3})*,\d{1,2}$/;
const FR_DATE = /^(\d{2})\/(\d{2})\/(\d{4})$/;
/** What the messages say to pass for a dialect. */
const passDialect = (dialect: InputDialect) =>
  `pass --input-dialect ${dialect} (the option inputDialect: '${dialect}')`;

/**
 * An amount cell as the account contract reads it (`512.30`), from its text in the file's
 * dialect. In French, `512,30` is `512.30` and `1 234,56` is `1234.56`, by moving characters,
 * never through a floating-point number; a point is refused (`1.500` could be 1500 or 1,5 in a
 * French file). In the standard dialect the text is given as it is (the contract checks it),
 * but an amount with a decimal comma says which dialect to pass.
 *
 * @param text - The cell.
 * @param dialect - The file's dialect.
 * @returns The amount's text, or the issue's code and `expected` text.
 * @example
 * ```ts
 * amountCell('1 234,56', 'fr'); // => { ok: true, value: '1234.56' }
 * amountCell('-12,50', 'fr');   // => { ok: true, value: '-12.50' }
 * amountCell('512.30', 'fr').ok; // => false: a point in a French file
 * ```
 */
export function amountCell(text: string, dialect: InputDialect): CellValue {
  if (text === '') return { ok: true, value: text };
  if (dialect === 'standard') {
    if (!LOOKS_FRENCH_AMOUNT.test(text)) return { ok: true, value: text };
    return {
      ok: false,
      code: 'invalid_amount',
      expected: `an amount with a decimal point ("512.30"), but this one has a decimal comma, as French files write it: ${passDialect('fr')}`,
    };
  }
  const parts = FR_AMOUNT.exec(text);
  if (parts !== null) {
    const [, sign, units, cents] = parts;
    return {
      ok: true,
      value: `${sign}${units!.replace(/[ \u00A0\u202F]/g, '')}${cents === undefined ? '' : `.${cents}`}`,
    };
  }
  return {
    ok: false,
    code: 'invalid_amount',
    expected: text.includes('.')
      ? 'an amount with a decimal comma, as a French file writes it ("512,30"): a point is not read in a French file, ' +
        `where "1.500" could be 1500 or 1,5 — write 512,30, or, if every amount of the file has a point, ${passDialect('standard')}`
      : 'an amount with a decimal comma and at most 2 decimals, as a French file writes it: "512,30", "-12,50" for ' +
        'an adjustment in the tenant\'s favour, "1 234,56" with a space between the thousands (groups of 3 digits)',
  };
}

/**
 * Whether a day exists: month 1–12, day within its month (29 February in leap years only).
 */
function isRealDay(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]!;
  return day <= days;
}

/**
 * A date cell as the account contract reads it (`2026-11-23`), from its text in the file's
 * dialect. `YYYY-MM-DD` is read in both; in French, `DD/MM/YYYY` too, strictly (2 digits for the
 * day and the month, 4 for the year) and only for a real day. In the standard dialect, a date
 * written `DD/MM/YYYY` says which dialect to pass (`03/04/2026` is 3 April in France, 4 March in
 * the United States: it is never guessed).
 *
 * @param text - The cell.
 * @param dialect - The file's dialect.
 * @returns The date's text, or the issue's code and `expected` text.
 * @example
 * ```ts
 * dateCell('23/11/2026', 'fr'); // => { ok: true, value: '2026-11-23' }
 * dateCell('2026-11-23', 'fr'); // => { ok: true, value: '2026-11-23' }
 * dateCell('31/02/2026', 'fr').ok; // => false: no such day
 * ```
 */
export function dateCell(text: string, dialect: InputDialect): CellValue {
  const parts = FR_DATE.exec(text);
  if (dialect === 'standard') {
    if (parts === null) return { ok: true, value: text };
    return {
      ok: false,
      code: 'invalid_date',
      expected: `a date written YYYY-MM-DD ("2026-11-23"), but this one is written DD/MM/YYYY, as French files write it: ${passDialect('fr')}`,
    };
  }
  if (parts === null) {
    if (text === '' || /^\d{4}-\d{2}-\d{2}$/.test(text)) return { ok: true, value: text };
    return {
      ok: false,
      code: 'invalid_date',
      expected:
        'a date written DD/MM/YYYY ("23/11/2026": 2 digits for the day and for the month, 4 for the year) or ' +
        'YYYY-MM-DD ("2026-11-23")',
    };
  }
  const [, day, month, year] = parts;
  if (!isRealDay(Number(year), Number(month), Number(day))) {
    return {
      ok: false,
      code: 'invalid_date',
      expected: `a real date written DD/MM/YYYY (day, month, year: "23/11/2026"); ${text} is no day of the calendar`,
    };
  }
  return { ok: true, value: `${year}-${month}-${day}` };
}
