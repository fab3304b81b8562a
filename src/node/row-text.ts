/**
 * The text of one physical line of a CSV file: its bytes decoded in the file's encoding, or the
 * problem that keeps it from being a row (a line over the limit, bytes the encoding cannot read,
 * a byte-order mark in the middle of the file). Node-only (Buffer); the cells are read by
 * `csv-line.ts`, which the browser also uses.
 *
 * @module
 */
import { textRow, type RowText } from './csv-accounts';
import { decodeLine, type InputEncoding } from './encoding';
import { MAX_LINE_BYTES, type PhysicalLine } from './lines';
import { preview } from './unreadable';

/** A byte as Latin-1 shows it, but \uFFFD for a C1 control byte (0x80–0x9F), which shows nothing. */
const latin1Shown = (byte: number): string => (byte >= 0x80 && byte <= 0x9f ? '\uFFFD' : String.fromCharCode(byte));

export type { RowText } from './csv-accounts';

/**
 * The text of one physical line of a CSV file, decoded, or `null` for a blank line (not a row,
 * though it counts in the line numbers): a line over the limit, that cannot be decoded in the
 * file's encoding, or starting with a byte-order mark (a second file joined) is a problem of its
 * own, named before its cells are read.
 *
 * @param line - A line from `LineSplitter`.
 * @param encoding - The file's encoding (UTF-8 when line 1 had a byte-order mark).
 * @returns Its text and problem, or `null`.
 * @example
 * ```ts
 * rowText({ line: 3, bytes: Buffer.from('  '), size: 2 }); // => null
 * rowText({ line: 2, bytes: Buffer.from([0x9c]), size: 1 }, 'windows-1252'); // => { text: 'œ' }
 * ```
 */
export function rowText(line: PhysicalLine, encoding: InputEncoding = 'utf-8'): RowText | null {
  const raw = encoding === 'utf-8' ? 'utf8' : 'latin1';
  if (line.bytes === null) {
    const text = (line.head ?? Buffer.alloc(0)).toString(raw);
    return {
      text,
      problem: {
        code: 'too_big',
        received: preview(text),
        expected: `a row of at most 16 MiB (${MAX_LINE_BYTES} bytes); this line is ${line.size} bytes long and was skipped — check the export`,
      },
    };
  }
  const decoded = decodeLine(line.bytes, encoding, line.line);
  if (!decoded.ok) {
    // Shown as UTF-8 with \uFFFD, or as Latin-1 with \uFFFD for the C1 control characters.
    const text = raw === 'utf8' ? line.bytes.toString(raw) : Array.from(line.bytes, latin1Shown).join('');
    return { text, problem: { code: 'invalid_value', received: preview(text), expected: decoded.expected } };
  }
  return textRow(decoded.text, line.line);
}
