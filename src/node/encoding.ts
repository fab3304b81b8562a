/**
 * The encoding of an input file, checked before any line is read: every reader takes UTF-8 (with
 * or without a byte-order mark). A UTF-16 or UTF-32 file — what Excel's "Unicode text" and some
 * Windows tools write — is refused at once with one error naming the encoding to export, rather
 * than read as garbage records; a line that is not UTF-8 (a Windows-1252 or Latin-1 export) is
 * named by the reader that meets it, never silently read with replacement characters.
 *
 * Node's `TextDecoder` reads windows-1252 as Latin-1 (Node 20), so nothing here decodes other
 * encodings: the bytes are only checked (`isUtf8`), and the message says what to export.
 *
 * @module
 */
import { isUtf8 } from 'node:buffer';
import { ValidationError, makeIssue } from '../errors';

/** Bytes read before the encoding is judged: enough to see a pattern of NUL bytes. */
const SNIFF_BYTES = 64;

/**
 * The UTF-8 byte-order mark, EF BB BF.
 *
 * @example
 * ```ts
 * Buffer.from('\uFEFF').equals(UTF8_BOM); // => true
 * ```
 */
export const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** What the messages say to do when the text is not UTF-8. */
const EXPORT_UTF8 =
  'export it again as UTF-8 (in Excel: "CSV UTF-8"; in other tools: encoding UTF-8, sometimes called "Unicode (UTF-8)")';

/**
 * The encoding of a file that is not UTF-8 but UTF-16 or UTF-32, judged from its first bytes: a
 * byte-order mark (FF FE, FE FF, FF FE 00 00, 00 00 FE FF), or text with a NUL byte every other
 * byte. `null` for anything else.
 *
 * @param head - The first bytes of the file (64 are enough).
 * @returns The encoding's name, or `null`.
 * @example
 * ```ts
 * wideEncodingOf(Buffer.from('{"id"', 'utf16le')); // => 'UTF-16 little-endian (no byte-order mark)'
 * wideEncodingOf(Buffer.from('{"id"'));            // => null
 * ```
 */
export function wideEncodingOf(head: Uint8Array): string | null {
  const [a, b, c, d] = head;
  if (a === 0xff && b === 0xfe) return c === 0 && d === 0 ? 'UTF-32 little-endian' : 'UTF-16 little-endian';
  if (a === 0xfe && b === 0xff) return 'UTF-16 big-endian';
  if (a === 0 && b === 0 && c === 0xfe && d === 0xff) return 'UTF-32 big-endian';
  // ASCII text in UTF-16 has a NUL in every pair: at the odd byte (little-endian) or the even one.
  const pairs = Math.min(head.length, SNIFF_BYTES) >> 1;
  if (pairs < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < pairs; i++) {
    if (head[2 * i] === 0) even++;
    if (head[2 * i + 1] === 0) odd++;
  }
  if (even === 0 && odd * 4 >= pairs * 3) return 'UTF-16 little-endian (no byte-order mark)';
  if (odd === 0 && even * 4 >= pairs * 3) return 'UTF-16 big-endian (no byte-order mark)';
  return null;
}

function refuseWide(encoding: string): never {
  throw new ValidationError([
    makeIssue(
      'invalid_value',
      ['encoding'],
      encoding,
      `a file in UTF-8; this file is in ${encoding.replace(/ \(.*$/, '')}, which would be read as garbage: ${EXPORT_UTF8}`,
    ),
  ]);
}

/**
 * The bytes of an input, as Buffers, after its first bytes were checked: a UTF-16 or UTF-32 file
 * is refused before anything is read from it. Strings (a stream with an encoding set) are
 * encoded back to UTF-8.
 *
 * @param stream - A file or standard input, or any async iterable of bytes or strings.
 * @returns The same bytes, in the same order.
 * @throws {@link ValidationError} `invalid_value` at path `encoding` for a UTF-16 or UTF-32 file.
 * @example
 * ```ts
 * for await (const bytes of inputBytes(createReadStream('accounts.ndjson'))) …
 * ```
 */
export async function* inputBytes(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<Buffer> {
  let head: Buffer[] | null = [];
  let headBytes = 0;
  for await (const piece of stream) {
    const data =
      typeof piece === 'string'
        ? Buffer.from(piece, 'utf8')
        : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    if (head === null) {
      yield data;
      continue;
    }
    head.push(data);
    headBytes += data.length;
    if (headBytes < SNIFF_BYTES) continue;
    const first = Buffer.concat(head, headBytes);
    head = null;
    const wide = wideEncodingOf(first);
    if (wide !== null) refuseWide(wide);
    yield first;
  }
  if (head !== null && headBytes > 0) {
    const first = Buffer.concat(head, headBytes);
    const wide = wideEncodingOf(first);
    if (wide !== null) refuseWide(wide);
    yield first;
  }
}

/**
 * Whether bytes are valid UTF-8.
 *
 * @param bytes - Any bytes.
 * @returns `true` for valid UTF-8 (ASCII included).
 * @example
 * ```ts
 * isUtf8Text(Buffer.from('Chloé', 'latin1')); // => false
 * ```
 */
export function isUtf8Text(bytes: Uint8Array): boolean {
  return bytes.length === 0 || isUtf8(bytes);
}

/**
 * What the messages say of a line that is not UTF-8, with the fix.
 *
 * @param line - The file's line.
 * @returns The `expected` text of the issue.
 * @example
 * ```ts
 * notUtf8Expected(7); // => 'UTF-8 text, but line 7 holds bytes that are not UTF-8 (shown as �) …'
 * ```
 */
export function notUtf8Expected(line: number): string {
  return (
    `UTF-8 text, but line ${line} holds bytes that are not UTF-8 (shown as \uFFFD): the file was probably ` +
    `saved as Windows-1252 ("ANSI") or Latin-1, so accented letters cannot be read — ${EXPORT_UTF8}`
  );
}

/**
 * What the messages say of a byte-order mark met after the start of the file.
 *
 * @param line - The file's line.
 * @returns The `expected` text of the issue.
 * @example
 * ```ts
 * bomExpected(12); // => 'no byte-order mark (U+FEFF) on line 12: a byte-order mark in the middle of the file: two files joined? Remove it …'
 * ```
 */
export function bomExpected(line: number): string {
  return (
    `no byte-order mark (U+FEFF) on line ${line}: a byte-order mark in the middle of the file: two files joined? ` +
    'Remove it (and any repeated header), or join the files again without it'
  );
}
