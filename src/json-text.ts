/**
 * JSON text as people write it: a leading byte-order mark allowed, and a syntax error told by its
 * line and column with what is wrong there ("a comma before "}": remove the last comma"), rather
 * than a character position. Browser-safe: no `node:` import (the playground and the core use it).
 *
 * The problem is said in English (`problem`, which hosts and tests match on) and has a code of the
 * message catalogue with its values (`problemCode`, `problemParams`), so that
 * {@link jsonProblemText} says it in French too (see `i18n/messages-json.ts`).
 *
 * `JSON.parse` does the parsing; only when it fails does {@link findJsonSyntaxError} read the text
 * again, without recursion (a text nested a million levels deep is read like any other), to find
 * the first place where the text stops being JSON (RFC 8259).
 *
 * @module
 */
import { ValidationError, makeIssue } from './errors';
import type { Locale } from './i18n/locale';
import {
  jsonProblemMessage,
  type JsonProblem,
  type JsonProblemCode,
  type JsonProblemParams,
  type JsonProblemParamsOf,
} from './i18n/messages-json';

/** Where a JSON text stops being JSON, and why. */
export interface JsonSyntaxLocation {
  /** Line of the problem, from 1; lines end at LF, CRLF or a lone CR. */
  readonly line: number;
  /** Column of the problem, from 1, in UTF-16 code units (as editors count). */
  readonly column: number;
  /** Offset of the problem in the text, from 0. */
  readonly offset: number;
  /** What is wrong there, and the fix, in plain words (English; {@link jsonProblemText} in a locale). */
  readonly problem: string;
  /** The code of the problem in the message catalogue: `json.trailingComma.object`… */
  readonly problemCode: JsonProblemCode;
  /** The values of the problem: the character found, the word to quote… */
  readonly problemParams: JsonProblemParams;
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
  /** What is wrong there, and the fix (English; {@link jsonProblemText} in a locale). */
  readonly problem: string;
  /** The code of the problem in the message catalogue. */
  readonly problemCode: JsonProblemCode;
  /** The values of the problem. */
  readonly problemParams: JsonProblemParams;

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
    this.problemCode = location.problemCode;
    this.problemParams = location.problemParams;
  }

  /**
   * What is wrong there, and the fix, in a locale: {@link jsonProblemText} of this error.
   *
   * @param locale - `fr` or `en`.
   * @returns The problem in the locale; in English, `problem` as it is.
   * @example
   * ```ts
   * try { parseJsonText("{'id': 1}"); } catch (e) {
   *   if (e instanceof JsonSyntaxError) e.problemText('fr'); // => 'les noms prennent des guillemets doubles ("), pas simples'
   * }
   * ```
   */
  problemText(locale: Locale): string {
    return jsonProblemText(this, locale);
  }
}

/**
 * What is wrong in a JSON text, and the fix, in a locale: the problem of a
 * {@link JsonSyntaxLocation} or of a {@link JsonSyntaxError}.
 *
 * @param location - Where the text stops being JSON, or the error that says it.
 * @param locale - `fr` or `en`.
 * @returns The problem in the locale; in English, `problem` as it is.
 * @example
 * ```ts
 * const found = findJsonSyntaxError('{"id": 1,}')!;
 * jsonProblemText(found, 'fr'); // => 'une virgule avant "}"\u00a0: retirez la dernière virgule'
 * jsonProblemText(found, 'en'); // => 'a comma before "}": remove the last comma'
 * ```
 */
export function jsonProblemText(
  location: Pick<JsonSyntaxLocation, 'problem' | 'problemCode' | 'problemParams'>,
  locale: Locale,
): string {
  if (locale === 'en') return location.problem;
  return jsonProblemMessage({ code: location.problemCode, params: location.problemParams }, locale);
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
    const location = looksBinary(body) ? { ...found, ...problemFields(problem('json.notText', {})) } : found;
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
  return locate(text, position ? Number(position[1]) : 0, problem('json.parser', { message }));
}

/** A problem of the catalogue, by its code and values. */
function problem<C extends JsonProblemCode>(code: C, params: JsonProblemParamsOf<C>): JsonProblem {
  return { code, params: Object.freeze(params) };
}

/** The fields of a location that say its problem: in English, and by its code and values. */
function problemFields(p: JsonProblem): Pick<JsonSyntaxLocation, 'problem' | 'problemCode' | 'problemParams'> {
  return { problem: jsonProblemMessage(p, 'en'), problemCode: p.code, problemParams: p.params };
}

/** The line and column of `offset`. Lines end at LF, CRLF or a lone CR, as editors count them. */
function locate(text: string, offset: number, found: JsonProblem): JsonSyntaxLocation {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || (c === 0x0d && text.charCodeAt(i + 1) !== 0x0a)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1, offset, ...problemFields(found) };
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
function wordProblem(word: string): JsonProblem {
  if (['NaN', 'Infinity', 'undefined'].includes(word)) return problem('json.value.notJson', { word });
  if (['true', 'false', 'null'].includes(word.toLowerCase()))
    return problem('json.value.lowerCase', { word: word.toLowerCase(), written: word });
  return problem('json.value.unquoted', { word: word.length > 40 ? `${word.slice(0, 40)}…` : word });
}

/**
 * Finds where a text stops being JSON: the first character that no JSON text could have there,
 * the same one `JSON.parse` stops at. Reads the text once, without recursion.
 *
 * @param text - The text, without a byte-order mark.
 * @returns Its line, column, offset and the problem in plain words (and by its code, for
 *   {@link jsonProblemText}); `null` for a JSON text.
 * @example
 * ```ts
 * findJsonSyntaxError('{"id": 1,}');
 * // => { line: 1, column: 10, offset: 9, problem: 'a comma before "}": remove the last comma',
 * //      problemCode: 'json.trailingComma.object', problemParams: {} }
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
  const at = (offset: number, found: JsonProblem) => locate(text, offset, found);

  /** Reads the string that starts at `i`; returns its end, or a problem. */
  const string = (): number | JsonSyntaxLocation => {
    for (let j = i + 1; j < n; j++) {
      const c = text.charCodeAt(j);
      if (c === 0x22) return j + 1;
      if (c === 0x5c) {
        const e = text[j + 1];
        if (e === undefined) break;
        if (e === 'u') {
          if (!HEX4.test(text.slice(j + 2, j + 6))) return at(j, problem('json.text.escapeU', {}));
          j += 5;
        } else if (ESCAPES.has(e)) j++;
        else return at(j, problem('json.text.escapeUnknown', { escape: e }));
      } else if (c < 0x20) {
        return c === 0x0a || c === 0x0d
          ? at(j, problem('json.text.lineBreak', {}))
          : at(j, problem('json.text.control', { char: shown(text[j]!) }));
      }
    }
    return at(i, problem('json.text.neverEnds', {}));
  };

  /** Reads the number that starts at `i`; returns its end, or a problem. */
  const number = (): number | JsonSyntaxLocation => {
    NUMBER.lastIndex = i;
    const m = NUMBER.exec(text);
    if (m === null) return at(i, problem('json.number.loneMinus', {}));
    const end = i + m[0].length;
    const next = text[end];
    if (next !== undefined && next >= '0' && next <= '9') return at(i, problem('json.number.leadingZero', {}));
    if (next === '.') return at(end, problem('json.number.misplacedPoint', {}));
    if (next === 'e' || next === 'E') return at(end, problem('json.number.emptyExponent', {}));
    return end;
  };

  /** What is wrong with `c` where a value was expected. */
  const valueProblem = (c: string): JsonProblem => {
    const inside = open.at(-1);
    if (c === ']' && inside === '[') return problem('json.trailingComma.list', {});
    if ((c === '}' || c === ',') && inside === '{') return problem('json.value.missingAfterColon', {});
    if (c === ',') return problem('json.value.missingBeforeComma', {});
    if (c === '/') return problem('json.comment', {});
    if (c === "'") return problem('json.value.singleQuotes', {});
    WORD.lastIndex = i;
    const word = WORD.exec(text);
    if (word !== null) return wordProblem(word[0]);
    return problem('json.value.unexpected', { char: shown(c) });
  };

  for (;;) {
    while (i < n) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09) i++;
      else break;
    }
    if (i >= n) {
      if (state === 'after' && open.length === 0) return null;
      if (text.trim() === '') return at(i, problem('json.empty', {}));
      const closers = open
        .slice(-8)
        .reverse()
        .map((o) => (o === '{' ? '}' : ']'))
        .join('');
      return at(
        i,
        open.length > 0
          ? problem('json.cutShort.closers', { closers: `${closers}${open.length > 8 ? '…' : ''}` })
          : problem('json.cutShort', {}),
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
          return at(i, problem('json.trailingComma.object', {}));
        } else if (c === "'") {
          return at(i, problem('json.name.singleQuotes', {}));
        } else {
          WORD.lastIndex = i;
          const word = WORD.exec(text);
          return at(
            i,
            word !== null
              ? problem('json.name.unquoted', { name: word[0].slice(0, 40) })
              : c === '/'
                ? problem('json.comment', {})
                : problem('json.name.unexpected', { char: shown(c) }),
          );
        }
        break;
      }
      case 'colon': {
        if (c !== ':') return at(i, problem('json.name.colonMissing', {}));
        state = 'value';
        i++;
        break;
      }
      default: {
        const inside = open.at(-1);
        if (inside === undefined) return at(i, problem('json.afterEnd', { char: shown(c) }));
        const close = inside === '{' ? '}' : ']';
        if (c === ',') {
          state = inside === '{' ? 'key' : 'value';
          i++;
        } else if (c === close) {
          open.pop();
          i++;
        } else if (c === '}' || c === ']') {
          // The other closer: "]" in an object, "}" in a list.
          return at(i, problem(inside === '{' ? 'json.wrongCloser.object' : 'json.wrongCloser.list', {}));
        } else {
          return at(i, problem(inside === '{' ? 'json.commaMissing.object' : 'json.commaMissing.list', {}));
        }
      }
    }
  }
}
