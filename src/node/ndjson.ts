/**
 * NDJSON input (one account per line): cutting a stream into chunks of whole lines, and parsing
 * the records of a chunk. The main thread only cuts; the workers parse (see `batches.ts`).
 *
 * A malformed line becomes an unreadable record with its line number; it never aborts the run.
 *
 * @module
 */
import type { Readable } from 'node:stream';
import { unreadable } from './unreadable';

/** Decodes UTF-8 bytes without copying them first. */
export function utf8(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** A run of complete NDJSON lines, cut from the input at a line break. */
export interface NdjsonChunk {
  /** The UTF-8 bytes of whole lines. */
  readonly bytes: Uint8Array;
  /** The file line number of its first line (from 1). */
  readonly firstLine: number;
  /** How many records (non-blank lines) it holds. */
  readonly records: number;
  /** Bytes of the input read so far, this chunk included. */
  readonly bytesRead: number;
}

const NEWLINE = 0x0a;

/** Whether the line `[start, end)` of `bytes` is blank once trimmed, as `String#trim` judges. */
function isBlankLine(bytes: Uint8Array, start: number, end: number): boolean {
  const first = bytes[start];
  if (first === undefined || start >= end) return true;
  if (first === 0x7b /* { */) return false;
  return utf8(bytes.subarray(start, end)).trim() === '';
}

/**
 * Cuts an NDJSON stream into chunks of whole lines of about `size` bytes, counting records, so
 * that the main thread never parses JSON: the chunks go to the workers as bytes. Lines end at
 * `\n`; a `\r` before it is dropped by {@link ndjsonRecords}.
 */
export async function* ndjsonChunks(
  stream: AsyncIterable<Uint8Array | string>,
  size = 1 << 20,
): AsyncGenerator<NdjsonChunk> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let line = 1;
  let bytesRead = 0;
  const cut = (bytes: Buffer): NdjsonChunk => {
    let records = 0;
    let lines = 0;
    for (let start = 0; start < bytes.length; ) {
      const nl = bytes.indexOf(NEWLINE, start);
      const end = nl === -1 ? bytes.length : nl;
      if (!isBlankLine(bytes, start, end)) records++;
      lines++;
      start = end + 1;
    }
    const chunk = { bytes, firstLine: line, records, bytesRead };
    line += lines;
    return chunk;
  };
  for await (const piece of stream) {
    const data =
      typeof piece === 'string'
        ? Buffer.from(piece, 'utf8')
        : Buffer.from(piece.buffer, piece.byteOffset, piece.byteLength);
    bytesRead += data.length;
    pending.push(data);
    pendingBytes += data.length;
    if (pendingBytes < size) continue;
    const all = Buffer.concat(pending, pendingBytes);
    const last = all.lastIndexOf(NEWLINE);
    if (last === -1) {
      pending = [all];
      continue;
    }
    const rest = Buffer.from(all.subarray(last + 1));
    pending = rest.length > 0 ? [rest] : [];
    pendingBytes = rest.length;
    yield cut(all.subarray(0, last + 1));
  }
  if (pendingBytes > 0) yield cut(Buffer.concat(pending, pendingBytes));
}

/**
 * The records of a chunk of NDJSON lines: parsed values, and unreadable records with their line
 * number for malformed lines. Blank lines are not records.
 *
 * @param text - Whole lines.
 * @param firstLine - The file line number of the first one.
 */
export function* ndjsonRecords(text: string, firstLine: number): Generator<unknown> {
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  for (let i = 0; i < lines.length; i++) {
    const n = firstLine + i;
    let line = lines[i]!;
    if (line.endsWith('\r')) line = line.slice(0, -1);
    if (n === 1 && line.startsWith('\uFEFF')) line = line.slice(1);
    if (line.trim() === '') continue;
    try {
      yield JSON.parse(line) as unknown;
    } catch (error) {
      const id = /"id"\s*:\s*"([^"]{1,100})"/.exec(line)?.[1];
      yield unreadable(
        n,
        line.length > 80 ? `${line.slice(0, 77)}...` : line,
        `one account as a JSON object on one line; ${(error as Error).message}`,
        id,
      );
    }
  }
}

/** The records of an NDJSON stream, in file order. */
export async function* readNdjson(stream: Readable): AsyncGenerator<unknown> {
  for await (const chunk of ndjsonChunks(stream)) yield* ndjsonRecords(utf8(chunk.bytes), chunk.firstLine);
}
