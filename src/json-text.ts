/**
 * JSON text as people write it: a leading byte-order mark allowed, and a syntax error told by its
 * line and column with what is wrong there ("a comma before "}": remove the last comma"), rather
 * than a character position. Browser-safe: no `node:` import (the playground and the core use it).
 *
 * `JSON.parse` does the parsing; only when it fails does {@link findJsonSyntaxError} read the text
 * again, without recursion (a text nested a million levels deep is read like any other), to find
 * the first place where the text stops being JSON (RFC 8259).
 *
 * @module
 */
import { ValidationError, makeIssue } from './errors';

/** Where a JSON text stops being JSON, and why. */
export interface JsonSyntaxLocation {
  /** Line of the problem, from 1; lines end at LF, CRLF or a lone CR. */
  readonly line: number;
  /** Column of the problem, from 1, in UTF-16 code units (as editors count). */
  readonly column: number;
  /** Offset of the problem in the text, from 0. */
  readonly offset: number;
  /** What is wrong there, and the fix, in plain words. */
  readonly problem: string;
}

/** Options of {@link parseJsonText}. */
export interface JsonTextOptions {
  /** What the text is, for the message: `'a JSON policy file'`. Default `'a JSON text'`. */
  readonly what?: string;
}

/**
 * A JSON syntax error: a {@link ValidationError} with one `invalid_type` issue at path `[]`, whose
 * message says `line L, column C: <what is wrong>`; the same location as fields.
 *
 * @example
 * ```ts
 * try { parseJsonText('{"id": 1,}'); } catch (e) {
 *   if (e instanceof JsonSyntaxError) [e.line, e.column]; // => [1, 10]
 * }
 * ```
 */
export class JsonSyntaxError extends ValidationError {
  /** Line of the problem, from 1. */
  readonly line: number;
  /** Column of the problem, from 1. */
  readonly column: number;
  /** What is wrong there, and the fix. */
  readonly problem: string;

  constructor(location: JsonSyntaxLocation, text: string, what: string) {
    super([
      makeIssue(
        'invalid_type',
        [],
        text.slice(0, 80),
        `${what} (line ${location.line}, column ${location.column}: ${location.problem})`,
      ),
    ]);
    this.name = 'JsonSyntaxError';
    this.line = location.line;
    this.column = location.column;
    this.problem = location.problem;
  }
}

const BOM = '\uFEFF';

/**
 * Parses a JSON text: a leading byte-order mark is dropped, and a syntax error says its line and
 * column.
 *
 * @param text - The JSON text.
 * @param options - `what` the text is, for the message.
 * @returns The parsed value.
 * @throws {@link JsonSyntaxError} (a {@link ValidationError}, issue `invalid_type`, path `[]`) when
 *   the text is not JSON.
 * @example
 * ```ts
 * parseJsonText('\uFEFF{"id": "default"}');   // => { id: 'default' }
 * parseJsonText('{\n  "id": "x"\n  "rank": 1\n}', { what: 'a JSON policy file' });
 * // throws JsonSyntaxError: (root): expected a JSON policy file (line 3, column 3: expected "," or "}"
 * //   here: a comma is missing, or the object is not closed); received the start of the text
 * ```
 */
export function parseJsonText(text: string, options: JsonTextOptions = {}): unknown {
  const body = text.startsWith(BOM) ? text.slice(1) : text;
  try {
    return JSON.parse(body) as unknown;
  } catch (error) {
    const found = findJsonSyntaxError(body) ?? fallbackLocation(body, error);
    const location = looksBinary(body)
      ? { ...found, problem: 'this is not a text file (a spreadsheet? a zip?): export the data as JSON' }
      : found;
    throw new JsonSyntaxError(location, body, options.what ?? 'a JSON text');
  }
}

/** Whether a text is the bytes of a binary file read as UTF-8: a zip (an .xlsx), NUL bytes, bytes that are not UTF-8. */
function looksBinary(text: string): boolean {
  const head = text.slice(0, 1024);
  return head.startsWith('PK\u0003\u0004') || head.includes('\u0000') || head.includes('\uFFFD');
}

/** The location `JSON.parse` gives, for a text the scanner would accept (never seen; a guard). */
function fallbackLocation(text: string, error: unknown): JsonSyntaxLocation {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message);
  return locate(text, position ? Number(position[1]) : 0, message);
}

/** The line and column of `offset`. Lines end at LF, CRLF or a lone CR, as editors count them. */
function locate(text: string, offset: number, problem: string): JsonSyntaxLocation {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset, problem };
}

/** A character as a message shows it: quoted when printable, else its code point. */
function shown(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || (code >= 0xd800 && code <= 0xdfff)
    ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}`
    : `"${c}"`;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][A-Za-z0-9_$]*/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);
const HEX4 = /^[0-9a-fA-F]{4}$/;

/** What is wrong with a word where a value was expected. */
function wordProblem(word: string): string {
  if (['NaN', 'Infinity', 'undefined'].includes(word)) return `${word} is not a JSON value: write null, or a number`;
  if (['true', 'false', 'null'].includes(word.toLowerCase()))
    return `write ${word.toLowerCase()} in lower case, not ${word}`;
  return `a text must be in double quotes: write "${word.length > 40 ? `${word.slice(0, 40)}…` : word}"`;
}

/**
 * Finds where a text stops being JSON: the first character that no JSON text could have there,
 * the same one `JSON.parse` stops at. Reads the text once, without recursion.
 *
 * @param text - The text, without a byte-order mark.
 * @returns Its line, column, offset and the problem in plain words; `null` for a JSON text.
 * @example
 * ```ts
 * findJsonSyntaxError('{"id": 1,}');  // => { line: 1, column: 10, offset: 9, problem: 'a comma before "}": remove the last comma' }
 * findJsonSyntaxError('[1, 2]');      // => null
 * ```
 */
export function findJsonSyntaxError(text: string): JsonSyntaxLocation | null {
  const n = text.length;
  /** The open objects (`{`) and lists (`[`), innermost last. */
  const open: string[] = [];
  type State = 'value' | 'first-value' | 'key' | 'first-key' | 'colon' | 'after';
  let state: State = 'value';
  let i = 0;
  const at = (offset: number, problem: string) => locate(text, offset, problem);

  /** Reads the string that starts at `i`; returns its end, or a problem. */
  const string = (): number | JsonSyntaxLocation => {
    for (let j = i + 1; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x22) return j + 1;
      if (c === 0x5c) {
        const e = text[j + 1];
        if (e === undefined) break;
        if (e === 'u') {
          if (!HEX4.test(text.slice(j + 2, j + 6)))
            return at(j, 'an escape \\u must be followed by 4 hexadecimal digits, as in \\u00e9');
          j += 5;
        } else if (ESCAPES.has(e)) j++;
        else return at(j, `an unknown escape "\\${e}" in a text: write \\\\ for a backslash`);
      } else if (c < 0x20) {
        return c === 0x0a || c === 0x0d
          ? at(j, 'a line break inside a text in double quotes: a closing " is missing, or write \\n')
          : at(
              j,
              `the control character ${shown(text[j]!)} inside a text in double quotes: write it escaped (\\t for a tab)`,
            );
      }
    }
    return at(i, 'a text in double quotes that never ends: its closing " is missing');
  };

  /** Reads the number that starts at `i`; returns its end, or a problem. */
  const number = (): number | JsonSyntaxLocation => {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m === null) return at(i, 'a "-" that starts no number');
    const end = i + m[0].length;
    const next = text[end];
    if (next !== undefined && next >= '0' && next <= '9')
      return at(i, 'a number cannot start with 0: a code such as a department "01" is a text in double quotes');
    if (next === '.') return at(end, 'a misplaced "." in a number: one decimal point, with digits after it (512.30)');
    if (next === 'e' || next === 'E') return at(end, 'an exponent with no digits after "e"');
    return end;
  };

  /** What is wrong with `c` where a value was expected. */
  const valueProblem = (c: string): string => {
    const inside = open.at(-1);
    if (c === ']' && inside === '[') return 'a comma before "]": remove the last comma';
    if ((c === '}' || c === ',') && inside === '{') return 'a value is missing after ":"';
    if (c === ',') return 'a value is missing before ","';
    if (c === '/') return 'a comment: JSON has no comments; remove it';
    if (c === "'") return 'texts take double quotes ("), not single quotes';
    WORD.lastIndex = i;
    const word = WORD.exec(text);
    if (word !== null) return wordProblem(word[0]);
    return `unexpected ${shown(c)}: a value is expected here (a text in double quotes, a number, true, false, null, {…} or […])`;
  };

  for (;;) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
    if (i >= n) {
      if (state === 'after' && open.length === 0) return null;
      if (text.trim() === '') return at(i, 'the text is empty: there is no JSON in it');
      const closers = open
        .slice(-8)
        .reverse()
        .map((o) => (o === '{' ? '}' : ']'))
        .join('');
      return at(
        i,
        `the text ends before the JSON is complete: ${open.length > 0 ? `"${closers}${open.length > 8 ? '…' : ''}" would close it, or ` : ''}the file was cut short`,
      );
    }
    const c = text[i]!;
    switch (state) {
      case 'value':
      case 'first-value': {
        if (state === 'first-value' && c === ']') {
          open.pop();
          state = 'after';
          i++;
        } else if (c === '{' || c === '[') {
          open.push(c);
          state = c === '{' ? 'first-key' : 'first-value';
          i++;
        } else if (c === '"' || c === '-' || (c >= '0' && c <= '9')) {
          const end = c === '"' ? string() : number();
          if (typeof end !== 'number') return end;
          i = end;
          state = 'after';
        } else if (text.startsWith('true', i) || text.startsWith('null', i) || text.startsWith('false', i)) {
          i += c === 'f' ? 5 : 4;
          state = 'after';
        } else {
          return at(i, valueProblem(c));
        }
        break;
      }
      case 'key':
      case 'first-key': {
        if (state === 'first-key' && c === '}') {
          open.pop();
          state = 'after';
          i++;
        } else if (c === '"') {
          const end = string();
          if (typeof end !== 'number') return end;
          i = end;
          state = 'colon';
        } else if (c === '}') {
          return at(i, 'a comma before "}": remove the last comma');
        } else if (c === "'") {
          return at(i, 'names take double quotes ("), not single quotes');
        } else {
          WORD.lastIndex = i;
          const word = WORD.exec(text);
          return at(
            i,
            word !== null
              ? `a name must be in double quotes: write "${word[0].slice(0, 40)}": …`
              : c === '/'
                ? 'a comment: JSON has no comments; remove it'
                : `unexpected ${shown(c)}: a name in double quotes is expected here`,
          );
        }
        break;
      }
      case 'colon': {
        if (c !== ':') return at(i, 'a ":" is missing after the name');
        state = 'value';
        i++;
        break;
      }
      default: {
        const inside = open.at(-1);
        if (inside === undefined)
          return at(i, `text after the end of the JSON: ${shown(c)}; a file holds one value (a list […] for several)`);
        const close = inside === '{' ? '}' : ']';
        if (c === ',') {
          state = inside === '{' ? 'key' : 'value';
          i++;
        } else if (c === close) {
          open.pop();
          i++;
        } else if (c === '}' || c === ']') {
          return at(i, `a "${c}" where "${close}" should close the ${inside === '{' ? 'object' : 'list'}`);
        } else {
          return at(
            i,
            `expected "," or "${close}" here: a comma is missing, or the ${inside === '{' ? 'object' : 'list'} is not closed`,
          );
        }
      }
    }
  }
}
