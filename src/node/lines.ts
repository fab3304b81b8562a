/**
 * Physical lines of an input, cut in time linear in its size: each read is searched once, from
 * where the last line ended, and the pieces of a line that spans reads are joined once, when it
 * ends. Lines end at LF, CRLF or a lone CR (old Mac exports), a CRLF cut between two reads
 * counting as one line end. A line longer than {@link MAX_LINE_BYTES} is not kept: its bytes are
 * counted and dropped until its line end, and it comes out as a line without content, so that
 * the reader names it in an error record and goes on with the next one.
 *
 * Every reader (NDJSON, CSV, the ledger) and the NDJSON cutter of `evaluateFile` cut lines here,
 * so a line has the same number everywhere.
 *
 * @module
 */
import { UTF8_BOM } from './encoding';

/**
 * Longest line read, in bytes (its line end excluded): 16 MiB, room for the largest account the
 * contract accepts (a ledger of 100,000 postings of about 110 bytes each, some 11 MB) and low
 * enough that one line never holds the memory of a run. A longer line is skipped without being
 * kept in memory and becomes an error record (`too_big`) naming its line; the lines after it are
 * read as usual.
 *
 * @example
 * ```ts
 * MAX_LINE_BYTES; // => 16777216
 * ```
 */
export const MAX_LINE_BYTES = 16 * 1024 * 1024;

/** Bytes of a line over the limit kept to name it: its account id, the start of the message. */
const HEAD_BYTES = 256;

const LF = 0x0a;
const CR = 0x0d;

/** One physical line of the input. */
export interface PhysicalLine {
  /** Its number in the file, from 1; every line counts, blank or not. */
  readonly line: number;
  /** Its bytes without the line end (and without the byte-order mark on line 1); `null` over the limit. */
  readonly bytes: Buffer | null;
  /** Its length in bytes, line end excluded: the whole length, also for a line over the limit. */
  readonly size: number;
  /** For a line over the limit: its first bytes, to name its account. */
  readonly head?: Buffer;
  /** Line 1 started with a UTF-8 byte-order mark (removed from `bytes`): the file is UTF-8. */
  readonly bom?: true;
}

/**
 * Whole lines inside one read, each ended by a lone LF, none over the limit: what
 * {@link LineSplitter.pushRuns} gives in one piece, since there is nothing to change in them.
 */
export interface LineRun {
  readonly run: true;
  /** The number of its first line. */
  readonly firstLine: number;
  /** How many lines it holds. */
  readonly lines: number;
  /** The lines, each with its LF. */
  readonly bytes: Buffer;
}

/**
 * Cuts bytes into physical lines as they come, read after read.
 *
 * @example
 * ```ts
 * const lines = new LineSplitter();
 * lines.push(Buffer.from('a\r\nb\rc')).map((l) => l.line); // => [1, 2]
 * lines.end().map((l) => l.bytes?.toString());           // => ['c']
 * ```
 */
export class LineSplitter {
  readonly #max: number;
  #line = 1;
  #parts: Buffer[] = [];
  #size = 0;
  #head: Buffer | null = null;
  /** Line 1 started with a byte-order mark. */
  #bom = false;
  /** The last read ended with CR: a LF at the start of the next belongs to the same line end. */
  #cr = false;

  /** @param max - The longest line kept, in bytes; {@link MAX_LINE_BYTES} by default. */
  constructor(max: number = MAX_LINE_BYTES) {
    this.#max = max;
  }

  /** The number of the line being read (the next one to end). */
  get line(): number {
    return this.#line;
  }

  /**
   * Takes the next read.
   *
   * @param data - The bytes read.
   * @returns The lines it ends, in order.
   */
  push(data: Buffer): PhysicalLine[] {
    const out: PhysicalLine[] = [];
    let start = 0;
    if (this.#cr && data.length > 0) {
      this.#cr = false;
      if (data[0] === LF) start = 1;
    }
    // The next LF and CR, each searched again only once passed: one pass over the read.
    let lf = data.indexOf(LF, start);
    let cr = data.indexOf(CR, start);
    for (;;) {
      if (lf !== -1 && lf < start) lf = data.indexOf(LF, start);
      if (cr !== -1 && cr < start) cr = data.indexOf(CR, start);
      const end = lf === -1 ? cr : cr === -1 ? lf : Math.min(lf, cr);
      if (end === -1) break;
      this.#take(data, start, end);
      out.push(this.#finish());
      if (end === cr) {
        if (end + 1 === data.length) {
          this.#cr = true;
          return out;
        }
        start = data[end + 1] === LF ? end + 2 : end + 1;
      } else {
        start = end + 1;
      }
    }
    if (start < data.length) this.#take(data, start, data.length);
    return out;
  }

  /**
   * Takes the next read, as {@link push} does, but gives the whole lines that need nothing
   * changed — ended by a lone LF, under the limit, not line 1 with its byte-order mark — as one
   * run, without a value per line: the fast path of the NDJSON cutter.
   *
   * @param data - The bytes read.
   * @returns The lines and runs it ends, in order.
   */
  pushRuns(data: Buffer): (PhysicalLine | LineRun)[] {
    if (data.length > this.#max || data.indexOf(CR) !== -1) return this.push(data);
    const out: (PhysicalLine | LineRun)[] = [];
    let from = 0;
    if (this.#cr || this.#size > 0 || this.#head !== null || this.#line === 1) {
      // The line under way (or line 1, for its byte-order mark) goes the usual way.
      const first = data.indexOf(LF);
      if (first === -1) return this.push(data);
      out.push(...this.push(data.subarray(0, first + 1)));
      from = first + 1;
    }
    const last = data.lastIndexOf(LF);
    if (last >= from) {
      let lines = 0;
      for (let at = from; at <= last; at = data.indexOf(LF, at) + 1) lines++;
      out.push({ run: true, firstLine: this.#line, lines, bytes: data.subarray(from, last + 1) });
      this.#line += lines;
      from = last + 1;
    }
    if (from < data.length) this.#take(data, from, data.length);
    return out;
  }

  /**
   * Ends the input.
   *
   * @returns The last line, when it has no line end.
   */
  end(): PhysicalLine[] {
    return this.#size > 0 ? [this.#finish()] : [];
  }

  #take(data: Buffer, start: number, end: number): void {
    const n = end - start;
    if (n === 0) return;
    if (this.#head === null && this.#size + n > this.#max) {
      // Over the limit: keep only the first bytes, to name the line, and count the rest.
      const head = Buffer.alloc(Math.min(HEAD_BYTES, this.#size + n));
      let at = 0;
      for (const part of [...this.#parts, data.subarray(start, end)]) {
        if (at === head.length) break;
        at += part.copy(head, at, 0, Math.min(part.length, head.length - at));
      }
      this.#bom = this.#line === 1 && head.subarray(0, 3).equals(UTF8_BOM);
      this.#head = this.#bom ? head.subarray(3) : head;
      this.#parts = [];
    } else if (this.#head === null) {
      this.#parts.push(data.subarray(start, end));
    }
    this.#size += n;
  }

  #finish(): PhysicalLine {
    const line = this.#line++;
    const size = this.#size;
    const head = this.#head;
    const parts = this.#parts;
    this.#parts = [];
    this.#size = 0;
    this.#head = null;
    const bom = this.#bom;
    this.#bom = false;
    if (head !== null) return { line, bytes: null, size, head, ...(bom ? { bom: true as const } : {}) };
    const bytes = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
    if (line === 1 && bytes.subarray(0, 3).equals(UTF8_BOM)) return { line, bytes: bytes.subarray(3), size, bom: true };
    return { line, bytes, size };
  }
}
