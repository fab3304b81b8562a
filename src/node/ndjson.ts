/**
 * NDJSON input (one account per line): cutting a stream into chunks of whole lines, and reading
 * the records of a chunk. The main thread only cuts (it searches bytes for line ends and never
 * decodes); the workers decode and parse each line on its own (see `batches.ts`), so that no
 * string is ever built for a whole chunk.
 *
 * Lines are cut by `lines.ts` (LF, CRLF or lone CR; at most {@link MAX_LINE_BYTES} bytes), so a
 * line has the same number in the chunks as in `readNdjson`. A line that cannot be read — not
 * JSON, not UTF-8, a byte-order mark from a joined file, over the limit — becomes an unreadable
 * record with its line number; it never aborts the run.
 *
 * @module
 */
import type { IssueCode } from '../errors';
import type { UnreadableRecord } from '../portfolio';
import { bomExpected, inputBytes, isUtf8Text, notUtf8Expected } from './encoding';
import { LineSplitter, MAX_LINE_BYTES, type LineRun, type PhysicalLine } from './lines';
import { idIn, preview, unreadable, type Located } from './unreadable';

/**
 * Decodes UTF-8 bytes without copying them first.
 *
 * @example
 * ```ts
 * utf8(Uint8Array.of(0x7b, 0x7d)); // => '{}'
 * ```
 */
export function utf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** A Buffer over the same memory as `bytes`, without a copy. */
function bufferOf(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** A run of complete NDJSON lines, cut from the input at line ends. */
export interface NdjsonChunk {
  /**
   * The bytes of whole lines, each ended by LF; a line over the limit is an empty line here. They
   * are the only view on an `ArrayBuffer` of their own, so that they can be transferred to a
   * worker thread (never a slice of Node's shared pool of small buffers).
   */
  readonly bytes: Uint8Array;
  /** The file line number of its first line (from 1). */
  readonly firstLine: number;
  /** How many records (non-blank lines, and lines over the limit) it holds. */
  readonly records: number;
  /** Bytes of the input read so far, this chunk included. */
  readonly bytesRead: number;
  /** The error records of the lines over the limit, each at its (empty) line in `bytes`. */
  readonly overLimit: readonly UnreadableRecord[];
}

const NEWLINE = 0x0a;
const NL = Buffer.from('\n');

/** Whether a line is blank once trimmed, as `String#trim` judges. */
function isBlank(bytes: Uint8Array): boolean {
  return isBlankAt(bufferOf(bytes), 0, bytes.length);
}

/** Whether the line `buffer[start, end)` is blank once trimmed, as `String#trim` judges. */
function isBlankAt(buffer: Buffer, start: number, end: number): boolean {
  if (start === end) return true;
  const first = buffer[start]!;
  // Most lines start with "{", and any other visible ASCII character is not blank either: judged
  // without decoding the line.
  if (first > 0x20 && first < 0x7f) return false;
  return buffer.toString('utf8', start, end).trim() === '';
}

/** Copies `parts` into one buffer that owns its whole `ArrayBuffer` (see {@link NdjsonChunk.bytes}). */
function concatOwned(parts: readonly Uint8Array[], size: number): Buffer {
  // Not Buffer.concat: under 4 KiB it may give a slice of the shared pool, which a transfer to a
  // worker would take away from every other buffer of the pool.
  const out = Buffer.allocUnsafeSlow(size);
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** The error record of a line over {@link MAX_LINE_BYTES}. */
function overLimitRecord(line: PhysicalLine): UnreadableRecord {
  const head = utf8(line.head ?? Buffer.alloc(0));
  return unreadable(
    line.line,
    preview(head),
    `one account per line, each line at most 16 MiB (${MAX_LINE_BYTES} bytes); this line is ${line.size} bytes ` +
      'long and was skipped. Is the file really one account per line (NDJSON)? Check the export: put each account ' +
      'on its own line',
    idIn(head),
    'too_big',
  );
}

/**
 * Whether a line that does not parse holds the byte-order mark of a second file: at its start, or
 * after a `}` (two files joined without a final line break), or where removing it makes the line
 * parse. A U+FEFF inside a string value of a line broken for another reason is not blamed.
 */
function isJoinMark(text: string): boolean {
  if (!text.includes('\uFEFF')) return false;
  if (/^\s*\uFEFF|\}\s*\uFEFF/.test(text)) return true;
  try {
    JSON.parse(text.replaceAll('\uFEFF', ''));
    return true;
  } catch {
    return false;
  }
}

/** The record of a line whose text does not parse, with the cause when it can be named. */
function unparsable(line: number, text: string, error: unknown): UnreadableRecord {
  const id = idIn(text);
  let expected = `one account as a JSON object on one line; ${(error as Error).message}`;
  let code: IssueCode = 'invalid_type';
  if (isJoinMark(text)) {
    expected = bomExpected(line);
    code = 'invalid_value';
  } else if (text.includes('\u0000')) {
    expected =
      'text, but this line holds NUL bytes: is the file UTF-16, or not a text file at all? Export it again as UTF-8 text';
    code = 'invalid_value';
  }
  return unreadable(line, preview(text), expected, id, code);
}

/**
 * The record of one NDJSON line: its parsed value, an unreadable record, or `undefined` for a
 * blank line (not a record, though it counts in the line numbers). The line is decoded on its
 * own, straight from the bytes it shares with its neighbours: a string the size of the line,
 * which JSON.parse reads and drops.
 *
 * @param buffer - Bytes holding the line.
 * @param start - Where the line starts in `buffer`.
 * @param end - Where it ends, its line end excluded.
 * @param line - Its number in the file.
 */
function lineRecord(buffer: Buffer, start: number, end: number, line: number): unknown {
  if (isBlankAt(buffer, start, end)) return undefined;
  const text = buffer.toString('utf8', start, end);
  if (!isUtf8Text(buffer.subarray(start, end))) {
    return unreadable(line, preview(text), notUtf8Expected(line), idIn(text), 'invalid_value');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    return unparsable(line, text, error);
  }
}

/**
 * Cuts an NDJSON stream into chunks of whole lines of about `size` bytes (a chunk ends with the
 * first line that makes it `size` bytes or more), counting records, so that the main thread never
 * parses JSON: the chunks go to the workers as bytes. The lines are
 * copied into the chunk with LF line ends, so that the workers cut them at LF alone; a line over
 * {@link MAX_LINE_BYTES} is an empty line there, its error record beside it in `overLimit`.
 *
 * @param stream - The input.
 * @param size - Bytes of lines per chunk, about; 1 MiB by default.
 * @throws {@link index!ValidationError | ValidationError} for a UTF-16 or UTF-32 input.
 * @example
 * ```ts
 * for await (const c of ndjsonChunks(Readable.from(['{}\r\n\n{}']))) [c.firstLine, c.records]; // => [1, 2]
 * ```
 */
export async function* ndjsonChunks(
  stream: AsyncIterable<Uint8Array | string>,
  size = 1 << 20,
): AsyncGenerator<NdjsonChunk> {
  const splitter = new LineSplitter();
  let parts: Buffer[] = [];
  let bytes = 0;
  let lines = 0;
  let records = 0;
  let overLimit: UnreadableRecord[] = [];
  let firstLine = 1;
  let bytesRead = 0;
  const add = (line: PhysicalLine): void => {
    lines++;
    if (line.bytes === null) {
      overLimit.push(overLimitRecord(line));
      records++;
    } else if (line.bytes.length > 0) {
      if (!isBlank(line.bytes)) records++;
      parts.push(line.bytes);
      bytes += line.bytes.length;
    }
    parts.push(NL);
    bytes += 1;
  };
  const cut = (): NdjsonChunk => {
    const chunk = { bytes: concatOwned(parts, bytes), firstLine, records, bytesRead, overLimit };
    firstLine += lines;
    parts = [];
    bytes = 0;
    lines = 0;
    records = 0;
    overLimit = [];
    return chunk;
  };
  /** Adds the lines of a run, cutting a chunk at the first line end where one is full. */
  const addRun = (run: LineRun): NdjsonChunk[] => {
    const full: NdjsonChunk[] = [];
    const b = run.bytes;
    let from = 0;
    for (let start = 0; start < b.length; ) {
      const end = b.indexOf(NEWLINE, start);
      if (!isBlankAt(b, start, end)) records++;
      lines++;
      start = end + 1;
      if (bytes + (start - from) >= size) {
        parts.push(b.subarray(from, start));
        bytes += start - from;
        from = start;
        full.push(cut());
      }
    }
    if (from < b.length) {
      parts.push(b.subarray(from));
      bytes += b.length - from;
    }
    return full;
  };
  for await (const data of inputBytes(stream)) {
    bytesRead += data.length;
    for (const piece of splitter.pushRuns(data)) {
      if ('run' in piece) yield* addRun(piece);
      else add(piece);
      if (bytes >= size) yield cut();
    }
  }
  for (const line of splitter.end()) add(line);
  if (lines > 0) yield cut();
}

/**
 * The records of a chunk of NDJSON lines, each with its line: parsed values, and unreadable
 * records for the lines that cannot be read. Blank lines are not records.
 *
 * @param bytes - Whole lines, ended by LF (as {@link ndjsonChunks} cuts them).
 * @param firstLine - The file line number of the first one.
 * @param overLimit - The error records of the lines over the limit, empty in `bytes`.
 * @example
 * ```ts
 * [...ndjsonRecords(Buffer.from('{}\n\nnull\n'), 4)]; // => [{ line: 4, value: {} }, { line: 6, value: null }]
 * ```
 */
export function* ndjsonRecords(
  bytes: Uint8Array,
  firstLine: number,
  overLimit: readonly UnreadableRecord[] = [],
): Generator<Located> {
  const buffer = bufferOf(bytes);
  const over = new Map(overLimit.map((r) => [r.line, r]));
  let line = firstLine;
  for (let start = 0; start < buffer.length; line++) {
    const nl = buffer.indexOf(NEWLINE, start);
    const end = nl === -1 ? buffer.length : nl;
    const value = over.get(line) ?? lineRecord(buffer, start, end, line);
    if (value !== undefined) yield { line, value };
    start = end + 1;
  }
}

/**
 * The records of an NDJSON stream, each with its line, in file order.
 *
 * @param stream - The input.
 * @throws {@link index!ValidationError | ValidationError} for a UTF-16 or UTF-32 input.
 * @example
 * ```ts
 * for await (const r of readNdjson(Readable.from(['{}\r{"id":'])) r.line; // => 1, then 2 (an unreadable record)
 * ```
 */
export async function* readNdjson(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<Located> {
  const splitter = new LineSplitter();
  const record = (line: PhysicalLine): Located | undefined => {
    const value = line.bytes === null ? overLimitRecord(line) : lineRecord(line.bytes, 0, line.bytes.length, line.line);
    return value === undefined ? undefined : { line: line.line, value };
  };
  for await (const data of inputBytes(stream)) {
    for (const line of splitter.push(data)) {
      const located = record(line);
      if (located !== undefined) yield located;
    }
  }
  for (const line of splitter.end()) {
    const located = record(line);
    if (located !== undefined) yield located;
  }
}
