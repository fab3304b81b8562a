/**
 * The encoding of an input file, checked before any line is read: every reader takes UTF-8 (with
 * or without a byte-order mark). A UTF-16 or UTF-32 file — what Excel's "Unicode text" and some
 * Windows tools write — is refused at once with one error naming the encoding to export, rather
 * than read as garbage records; a line that is not UTF-8 is named by the reader that meets it,
 * never silently read with replacement characters.
 *
 * The CSV readers also read Windows-1252 and ISO-8859-1 (Latin-1), when told to
 * (`encoding`, `--encoding`): {@link decodeLine} decodes one line. Node's `TextDecoder` reads
 * windows-1252 as Latin-1 (Node 20: bytes 0x80–0x9F come out as C1 control characters, not
 * € ’ œ), so the 32 bytes where the two differ are mapped here with the official table
 * (unicode.org, MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1252.TXT); the 5 bytes it leaves undefined
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D) make their line an error, as does a C1 control byte in an
 * ISO-8859-1 file (it is a Windows-1252 file).
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

export { bomExpected } from './unreadable';

/**
 * The encodings the CSV readers read.
 *
 * @example
 * ```ts
 * INPUT_ENCODINGS; // => ['utf-8', 'windows-1252', 'iso-8859-1']
 * ```
 */
export const INPUT_ENCODINGS = ['utf-8', 'windows-1252', 'iso-8859-1'] as const;

/** An encoding the CSV readers read: UTF-8, Windows-1252 ("ANSI" on a French Windows) or ISO-8859-1. */
export type InputEncoding = (typeof INPUT_ENCODINGS)[number];

/** Other names people write for the encodings read. */
const ENCODING_NAMES: Readonly<Record<string, InputEncoding>> = {
  utf8: 'utf-8',
  cp1252: 'windows-1252',
  windows1252: 'windows-1252',
  ansi: 'windows-1252',
  latin1: 'iso-8859-1',
  'latin-1': 'iso-8859-1',
  iso8859_1: 'iso-8859-1',
  'iso8859-1': 'iso-8859-1',
};

/**
 * The encoding a name stands for: one of {@link INPUT_ENCODINGS} in any case (`UTF-8`), or, for
 * another name of one (`cp1252`, `latin1`), the one to write; `null` for a name of none.
 *
 * @internal
 * @example
 * ```ts
 * encodingNamed('UTF-8');  // => { encoding: 'utf-8' }
 * encodingNamed('cp1252'); // => { write: 'windows-1252' }
 * ```
 */
export function encodingNamed(name: string): { encoding: InputEncoding } | { write: InputEncoding } | null {
  const lower = name.toLowerCase();
  const known = INPUT_ENCODINGS.find((e) => e === lower);
  if (known !== undefined) return { encoding: known };
  return Object.hasOwn(ENCODING_NAMES, lower) ? { write: ENCODING_NAMES[lower]! } : null;
}

/**
 * Windows-1252 bytes 0x80–0x9F as code points (CP1252.TXT); 0 where the table defines none
 * (0x81, 0x8D, 0x8F, 0x90, 0x9D). Every other byte is the code point of the same number.
 */
const CP1252_80_9F = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0, 0,
  0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

/** What a line of a CSV file decodes to: its text, or why it cannot be read in that encoding. */
export type DecodedLine =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly expected: string };

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** The option to pass, for the command and for the library. */
const pass = (encoding: InputEncoding) => `pass --encoding ${encoding} (the option encoding: '${encoding}')`;

/**
 * Decodes one line of a CSV file in the encoding given, or says why it cannot be read and what to
 * pass: a line that is not UTF-8 (guessing whether it looks like Windows-1252), a Windows-1252
 * byte the table leaves undefined, a C1 control byte in ISO-8859-1 (the file is Windows-1252), or
 * a line that is plainly UTF-8 (accented letters in 2 bytes) in a file said to be Windows-1252 or
 * ISO-8859-1, which would otherwise be read as "ChloÃ©".
 *
 * @param bytes - The line, without its line end (and without the byte-order mark of line 1).
 * @param encoding - The file's encoding.
 * @param line - The line's number, for the message.
 * @returns The text, or the `expected` text of the issue.
 * @example
 * ```ts
 * decodeLine(Buffer.from([0x43, 0x9c, 0x75, 0x72, 0x20, 0x80]), 'windows-1252', 2); // => { ok: true, text: 'Cœur €' }
 * decodeLine(Buffer.from([0x81]), 'windows-1252', 7).ok;                             // => false: 0x81 is no character
 * decodeLine(Buffer.from('Chloé', 'latin1'), 'utf-8', 3).expected;
 * // => 'UTF-8 text, but line 3 holds bytes that are not UTF-8: the file looks like Windows-1252 … pass --encoding windows-1252 …'
 * ```
 */
export function decodeLine(bytes: Buffer, encoding: InputEncoding, line: number): DecodedLine {
  if (encoding === 'utf-8') {
    if (isUtf8Text(bytes)) return { ok: true, text: bytes.toString('utf8') };
    return { ok: false, expected: notUtf8Csv(bytes, line) };
  }
  const high = bytes.findIndex((b) => b >= 0x80);
  // ASCII only: the same text in every encoding read.
  if (high === -1) return { ok: true, text: bytes.toString('latin1') };
  if (isUtf8(bytes)) {
    return {
      ok: false,
      expected:
        `${encoding === 'windows-1252' ? 'Windows-1252' : 'ISO-8859-1'} text, but line ${line} is UTF-8 (its accented ` +
        'letters are written in 2 bytes each, and would be read as "Ã©"): the file is UTF-8 — pass --encoding utf-8, ' +
        'or leave --encoding out (the option encoding)',
    };
  }
  let text = '';
  let from = 0;
  for (let at = high; at < bytes.length; at++) {
    const byte = bytes[at]!;
    if (byte < 0x80 || byte > 0x9f) continue;
    const code = CP1252_80_9F[byte - 0x80]!;
    if (encoding === 'iso-8859-1') {
      return {
        ok: false,
        expected:
          `ISO-8859-1 text, but line ${line} holds the byte ${hex(byte)} (at byte ${at + 1}), a control character in ` +
          'ISO-8859-1' +
          (code === 0
            ? `, and no character in Windows-1252 either: the file is in another encoding — ${EXPORT_UTF8}`
            : ` but "${String.fromCharCode(code)}" in Windows-1252: the file is Windows-1252 — ${pass('windows-1252')}`),
      };
    }
    if (code === 0) {
      return {
        ok: false,
        expected:
          `Windows-1252 text, but line ${line} holds the byte ${hex(byte)} (at byte ${at + 1}), which is no character ` +
          `in Windows-1252: the file is in another encoding (a DOS code page such as CP850, or Mac Roman?) — ${EXPORT_UTF8}`,
      };
    }
    text += bytes.toString('latin1', from, at) + String.fromCharCode(code);
    from = at + 1;
  }
  return { ok: true, text: text + bytes.toString('latin1', from) };
}

/**
 * What the CSV readers say of a line that is not UTF-8 when no encoding was given: what it looks
 * like, and what to pass. Bytes that Windows-1252 reads (every byte but 5) look like Windows-1252,
 * which also reads ISO-8859-1 text; the readers never guess it, since a DOS or Mac export has the
 * same look and would be read with the wrong letters.
 */
function notUtf8Csv(bytes: Buffer, line: number): string {
  const cp1252 = !bytes.some((b) => b >= 0x80 && b <= 0x9f && CP1252_80_9F[b - 0x80] === 0);
  return (
    `UTF-8 text, but line ${line} holds bytes that are not UTF-8: ` +
    (cp1252
      ? `the file looks like Windows-1252 ("ANSI": what Excel writes for "CSV (séparateur : point-virgule)") or ` +
        `ISO-8859-1 — ` +
        `${pass('windows-1252')}, which reads both, or ${EXPORT_UTF8}`
      : `the file is in an encoding this library does not read — ${EXPORT_UTF8}`)
  );
}
