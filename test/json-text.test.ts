/**
 * `parseJsonText` and `findJsonSyntaxError` (src/json-text.ts): a JSON text with or without a
 * byte-order mark, and a syntax error told by line and column with the fix; `validatePolicy`'s
 * text branch, which uses them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../src/errors';
import { JsonSyntaxError, findJsonSyntaxError, parseJsonText } from '../src/json-text';
import { defaultPolicy, validatePolicy } from '../src/rules';

/** Whether `JSON.parse` accepts the text: the oracle the scanner must agree with. */
function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** The position V8 names in its message, when it names one. */
function v8Position(text: string): number | undefined {
  try {
    JSON.parse(text);
  } catch (error) {
    const m = /at position (\d+)/.exec((error as Error).message);
    return m ? Number(m[1]) : undefined;
  }
  return undefined;
}

describe('parseJsonText', () => {
  it('parses JSON, with or without a leading byte-order mark', () => {
    expect(parseJsonText('{"id": "default", "rank": [1, 2.5, null, true]}')).toEqual({
      id: 'default',
      rank: [1, 2.5, null, true],
    });
    expect(parseJsonText('\uFEFF{"id": "x"}')).toEqual({ id: 'x' });
    expect(parseJsonText('\uFEFF  [1]\r\n')).toEqual([1]);
  });

  it('throws a ValidationError saying the line and the column of a syntax error, and what is wrong there', () => {
    const text = '{\n  "id": "x",\n  "rank": 1\n  "label": "Watch"\n}';
    let thrown: unknown;
    try {
      parseJsonText(text, { what: 'a JSON policy file' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ValidationError);
    expect(thrown).toBeInstanceOf(JsonSyntaxError);
    const error = thrown as JsonSyntaxError;
    expect([error.line, error.column]).toEqual([4, 3]);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0]).toMatchObject({ code: 'invalid_type', path: [], received: text.slice(0, 80) });
    expect(error.message).toBe(
      '(root): expected a JSON policy file (line 4, column 3: expected "," or "}" here: a comma is missing, or the object is not closed); received "{\\n  \\"id\\": \\"x\\",\\n  \\"rank\\": 1\\n  \\"label\\": \\"Watch\\"\\n}"',
    );
  });

  it('counts lines as editors do: LF, CRLF or a lone CR', () => {
    expect(findJsonSyntaxError('[\r1,\r\n2\n,]')).toMatchObject({ line: 4, column: 2 });
  });

  it('says that a binary file (a spreadsheet given for JSON) is not text', () => {
    for (const text of ['PK\u0003\u0004\u0014\u0000\u0006\u0000', '\uFFFD\uFFFDx', '{"id": "\u0000"}'])
      expect(() => parseJsonText(text)).toThrow(
        /: this is not a text file \(a spreadsheet\? a zip\?\): export the data as JSON\)/,
      );
  });

  it('counts lines and columns after the byte-order mark, CRLF line ends included', () => {
    try {
      parseJsonText('\uFEFF{\r\n  "a": 1,\r\n}');
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ line: 3, column: 1, problem: 'a comma before "}": remove the last comma' });
    }
  });
});

describe('findJsonSyntaxError', () => {
  it.each([
    ['{"id": 1,}', 1, 10, 'a comma before "}": remove the last comma'],
    ['[1, 2,]', 1, 7, 'a comma before "]": remove the last comma'],
    ['{"a" 1}', 1, 6, 'a ":" is missing after the name'],
    ['{"a": 1\n "b": 2}', 2, 2, 'expected "," or "}" here: a comma is missing, or the object is not closed'],
    ['[1 2]', 1, 4, 'expected "," or "]" here: a comma is missing, or the list is not closed'],
    ['{"a": [1, 2}', 1, 12, 'a "}" where "]" should close the list'],
    ['{"a": }', 1, 7, 'a value is missing after ":"'],
    ['[,1]', 1, 2, 'a value is missing before ","'],
    ['{\n  "label": "Impayé', 2, 12, 'a text in double quotes that never ends: its closing " is missing'],
    ['["a\nb"]', 1, 4, 'a line break inside a text in double quotes: a closing " is missing, or write \\n'],
    ['["a\tb"]', 1, 4, 'the control character U+0009 inside a text in double quotes: write it escaped (\\t for a tab)'],
    ['["C:\\dir"]', 1, 5, 'an unknown escape "\\d" in a text: write \\\\ for a backslash'],
    ['["\\u00e"]', 1, 3, 'an escape \\u must be followed by 4 hexadecimal digits, as in \\u00e9'],
    [
      '{"department": 01}',
      1,
      16,
      'a number cannot start with 0: a code such as a department "01" is a text in double quotes',
    ],
    ['[512.]', 1, 5, 'a misplaced "." in a number: one decimal point, with digits after it (512.30)'],
    ['[1e]', 1, 3, 'an exponent with no digits after "e"'],
    ['[-]', 1, 2, 'a "-" that starts no number'],
    ["{'id': 1}", 1, 2, 'names take double quotes ("), not single quotes'],
    ["['x']", 1, 2, 'texts take double quotes ("), not single quotes'],
    ['{id: 1}', 1, 2, 'a name must be in double quotes: write "id": …'],
    ['{"a": NaN}', 1, 7, 'NaN is not a JSON value: write null, or a number'],
    ['{"a": True}', 1, 7, 'write true in lower case, not True'],
    ['{"a": monthly}', 1, 7, 'a text must be in double quotes: write "monthly"'],
    ['// the policy\n{}', 1, 1, 'a comment: JSON has no comments; remove it'],
    ['{} {}', 1, 4, 'text after the end of the JSON: "{"; a file holds one value (a list […] for several)'],
    ['', 1, 1, 'the text is empty: there is no JSON in it'],
    ['\n\n', 3, 1, 'the text is empty: there is no JSON in it'],
    [
      '{"levels": [{"id": "a"}',
      1,
      24,
      'the text ends before the JSON is complete: "]}" would close it, or the file was cut short',
    ],
    [
      '[\u0001]',
      1,
      2,
      'unexpected U+0001: a value is expected here (a text in double quotes, a number, true, false, null, {…} or […])',
    ],
  ])('finds where %j stops being JSON: line %i, column %i', (text, line, column, problem) => {
    expect(parses(text)).toBe(false);
    expect(findJsonSyntaxError(text)).toMatchObject({ line, column, problem });
  });

  it('reads a text nested a million levels deep without running out of stack', () => {
    const deep = `${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`;
    expect(findJsonSyntaxError(deep)).toBeNull();
    expect(findJsonSyntaxError(`${deep.slice(0, -1)}}`)).toMatchObject({ line: 1, column: 2_000_000 });
    expect(() => parseJsonText(deep.slice(0, -1))).toThrow(/line 1, column 2000000: the text ends before the JSON/);
  });

  /** A JSON text with a character inserted, deleted or replaced, often one that matters to JSON. */
  const mutated = fc
    .tuple(
      fc.json({ maxDepth: 3 }),
      fc.nat(),
      fc.constantFrom('insert', 'delete', 'replace'),
      fc.oneof(fc.constantFrom(...',:{}[]"\\ \n\t0-.eE/\'tfnu'.split('')), fc.string({ maxLength: 1 })),
    )
    .map(([text, at, how, c]) => {
      const i = text.length === 0 ? 0 : at % (text.length + (how === 'insert' ? 1 : 0));
      if (how === 'insert') return text.slice(0, i) + c + text.slice(i);
      if (how === 'delete') return text.slice(0, i) + text.slice(i + 1);
      return text.slice(0, i) + c + text.slice(i + 1);
    });

  it('agrees with JSON.parse on every text: a problem exactly when JSON.parse fails, never after where V8 stops', () => {
    fc.assert(
      fc.property(fc.oneof(fc.json(), mutated, fc.string()), (text) => {
        const found = findJsonSyntaxError(text);
        expect(found === null).toBe(parses(text));
        const v8 = v8Position(text);
        if (found !== null && v8 !== undefined) expect(found.offset).toBeLessThanOrEqual(v8);
        if (found !== null) {
          // The line and column point at the offset.
          const lines = text.slice(0, found.offset).split(/\r\n|\r(?!\n)|\n/);
          expect([found.line, found.column]).toEqual([lines.length, lines.at(-1)!.length + 1]);
        }
      }),
      { numRuns: 3000 },
    );
  });
});

describe('validatePolicy of a JSON text', () => {
  const text = JSON.stringify(defaultPolicy, null, 2);

  it('accepts a text that starts with a byte-order mark, as the command line does', () => {
    const result = validatePolicy(`\uFEFF${text}`);
    expect(result.ok).toBe(true);
    expect(result).toEqual(validatePolicy(text));
  });

  it('gives the line and the column of a syntax error, with the issue code invalid_type at the root', () => {
    const label = '"label": "À jour"';
    const broken = text.replace(label, `${label},`);
    const line = broken.slice(0, broken.indexOf(label)).split('\n').length;
    const result = validatePolicy(broken, { locale: 'en' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]).toMatchObject({ code: 'invalid_type', path: [] });
    expect(result.issues[0]!.message).toMatch(
      new RegExp(
        `^\\(root\\): expected a JSON policy file \\(line ${line + 1}, column \\d+: a comma before "}": remove the last comma\\)`,
      ),
    );
  });
});
