/**
 * A JSON array of accounts (or one account), from a file or a stream: read whole, parsed once,
 * and each element given with the line it starts on, so that its error record names the line.
 *
 * The text must be UTF-8: an element holding bytes that are not UTF-8 becomes an error record
 * naming the line of those bytes (the other elements are read), and a document that does not
 * parse becomes one error record, at the line of the error when the parser gives its position.
 *
 * @module
 */
import { constants } from 'node:buffer';
import { bomExpected, inputBytes, isUtf8Text, notUtf8Expected } from './encoding';
import { LineSplitter } from './lines';
import { preview, unreadable, type Located } from './unreadable';
import { findJsonSyntaxError } from '../json-text';

/** Where an element of the top-level array starts and ends, as lines of the file. */
interface Span {
  readonly start: number;
  end: number;
}

/**
 * The lines of each element of a top-level JSON array, in order. The text must be valid JSON:
 * only strings, brackets and commas are followed. Lines end at LF, CRLF or a lone CR.
 */
function elementSpans(text: string): Span[] {
  const spans: Span[] = [];
  let line = 1;
  let depth = 0;
  let expecting = false;
  let current: Span | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a) {
      line++;
      continue;
    }
    if (c === 0x0d) {
      if (text.charCodeAt(i + 1) !== 0x0a) line++;
      continue;
    }
    if (c === 0x20 || c === 0x09) continue;
    const before = depth;
    if (depth === 1 && expecting && c !== 0x5d /* ] */) {
      current = { start: line, end: line };
      spans.push(current);
      expecting = false;
    }
    if (c === 0x22 /* " */) {
      // A valid JSON string holds no raw line end: skip it, escapes included.
      for (i++; i < text.length; i++) {
        const d = text.charCodeAt(i);
        if (d === 0x5c /* \ */) i++;
        else if (d === 0x22) break;
      }
    } else if (c === 0x5b /* [ */ || c === 0x7b /* { */) {
      depth++;
      if (depth === 1) expecting = true;
    } else if (c === 0x5d || c === 0x7d /* } */) {
      depth--;
    } else if (c === 0x2c /* , */ && depth === 1) {
      expecting = true;
    }
    if (current !== null && (before >= 2 || (before === 1 && depth === 1 && c !== 0x2c))) current.end = line;
  }
  return spans;
}

/** The line of an offset of the text. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) line++;
  }
  return line;
}

/** The lines of a text that are not UTF-8, in order. */
function linesNotUtf8(bytes: Buffer): number[] {
  const splitter = new LineSplitter(Number.POSITIVE_INFINITY);
  return [...splitter.push(bytes), ...splitter.end()]
    .filter((l) => l.bytes !== null && !isUtf8Text(l.bytes))
    .map((l) => l.line);
}

/**
 * The elements of a JSON array (or the one value of a JSON document), each with its line.
 *
 * @param stream - The input.
 * @throws {@link index!ValidationError | ValidationError} for a UTF-16 or UTF-32 input.
 * @example
 * ```ts
 * for await (const r of readJson(Readable.from(['[\n  {},\n  null\n]']))) r.line; // => 2, then 3
 * ```
 */
export async function* readJson(stream: AsyncIterable<Uint8Array | string>): AsyncGenerator<Located> {
  const parts: Buffer[] = [];
  let size = 0;
  for await (const data of inputBytes(stream)) {
    parts.push(data);
    size += data.length;
    if (size > constants.MAX_STRING_LENGTH) {
      yield {
        line: 1,
        value: unreadable(
          1,
          `(more than ${constants.MAX_STRING_LENGTH} bytes)`,
          'a JSON document small enough to be read at once; for a portfolio this large, export NDJSON (one account per line), which is read line by line',
          undefined,
          'too_big',
        ),
      };
      return;
    }
  }
  let bytes = Buffer.concat(parts, size);
  if (bytes.subarray(0, 3).toString('latin1') === '\xEF\xBB\xBF') bytes = bytes.subarray(3);
  const bad = isUtf8Text(bytes) ? [] : linesNotUtf8(bytes);
  const text = bytes.toString('utf8');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // The line and column of the problem, in plain words (findJsonSyntaxError), rather than the
    // parser's position alone.
    const found = findJsonSyntaxError(text);
    const position = /at position (\d+)/.exec((error as Error).message);
    // An error at the end of the text (an array never closed) is named at its last line of text.
    const lastLine = lineAt(text, text.trimEnd().length);
    const line =
      found !== null
        ? Math.min(found.line, lastLine)
        : position === null
          ? 1
          : lineAt(text, Math.min(Number(position[1]), text.trimEnd().length));
    const message =
      found === null
        ? (error as Error).message
        : found.line <= lastLine
          ? `line ${found.line}, column ${found.column}: ${found.problem}`
          : `after line ${lastLine}: ${found.problem}`;
    const expected = text.includes('\uFEFF')
      ? bomExpected(lineAt(text, text.indexOf('\uFEFF')))
      : bad.length > 0
        ? notUtf8Expected(bad[0]!)
        : /after JSON/.test((error as Error).message)
          ? `one JSON document (an array of accounts), but more text follows it; ${message} — is the file NDJSON ` +
            '(one account per line)? Name it .ndjson, or give the format ndjson (--input-format ndjson)'
          : `a JSON array of accounts; ${message}`;
    yield { line, value: unreadable(line, preview(text.trim()), expected) };
    return;
  }
  // An element holding bytes that are not UTF-8 is named at the first such line, with its id.
  const notUtf8 = (span: Span, element: unknown): Located | null => {
    const at = bad.find((l) => l >= span.start && l <= span.end);
    if (at === undefined) return null;
    const shown = text.split(/\r\n|\r|\n/, at)[at - 1] ?? '';
    const id = (element as { id?: unknown } | null)?.id;
    return {
      line: at,
      value: unreadable(at, preview(shown.trim()), notUtf8Expected(at), id, 'invalid_value'),
    };
  };
  if (!Array.isArray(value)) {
    const first = lineAt(text, text.length - text.trimStart().length);
    yield notUtf8({ start: first, end: Number.POSITIVE_INFINITY }, value) ?? { line: first, value };
    return;
  }
  const spans = elementSpans(text);
  for (let i = 0; i < value.length; i++) {
    const span = spans[i] ?? { start: 1, end: 1 };
    yield (bad.length > 0 ? notUtf8(span, value[i]) : null) ?? { line: span.start, value: value[i] };
  }
}
