/**
 * `parseJsonText` and `findJsonSyntaxError` (src/json-text.ts): a JSON text with or without a
 * byte-order mark, and a syntax error told by line and column with the fix; `validatePolicy`'s
 * text branch, which uses them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../src/errors';
import { MESSAGES } from '../src/i18n';
import { JSON_MESSAGES, type JsonProblemCode, jsonProblemMessage, readJsonProblem } from '../src/i18n/messages-json';
import { JsonSyntaxError, findJsonSyntaxError, jsonProblemText, parseJsonText } from '../src/json-text';
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

/**
 * Broken JSON texts, at least one for each problem json-text.ts can say: the text, the code of its
 * problem, and the problem in English as it has always been written.
 */
const BROKEN: readonly (readonly [text: string, code: JsonProblemCode, english: string])[] = [
  [
    'PK\u0003\u0004\u0014\u0000',
    'json.notText',
    'this is not a text file (a spreadsheet? a zip?): export the data as JSON',
  ],
  ['', 'json.empty', 'the text is empty: there is no JSON in it'],
  [
    '{"levels": [{"id": "a"}',
    'json.cutShort.closers',
    'the text ends before the JSON is complete: "]}" would close it, or the file was cut short',
  ],
  [
    '[[[[[[[[[[',
    'json.cutShort.closers',
    'the text ends before the JSON is complete: "]]]]]]]]…" would close it, or the file was cut short',
  ],
  ['{} {}', 'json.afterEnd', 'text after the end of the JSON: "{"; a file holds one value (a list […] for several)'],
  [
    '[] \u0085',
    'json.afterEnd',
    'text after the end of the JSON: U+0085; a file holds one value (a list […] for several)',
  ],
  ['// the policy\n{}', 'json.comment', 'a comment: JSON has no comments; remove it'],
  ['{/* none */}', 'json.comment', 'a comment: JSON has no comments; remove it'],
  ['{\n  "label": "Impayé', 'json.text.neverEnds', 'a text in double quotes that never ends: its closing " is missing'],
  [
    '["a\nb"]',
    'json.text.lineBreak',
    'a line break inside a text in double quotes: a closing " is missing, or write \\n',
  ],
  [
    '["a\tb"]',
    'json.text.control',
    'the control character U+0009 inside a text in double quotes: write it escaped (\\t for a tab)',
  ],
  ['["C:\\dir"]', 'json.text.escapeUnknown', 'an unknown escape "\\d" in a text: write \\\\ for a backslash'],
  ['["\\u00e"]', 'json.text.escapeU', 'an escape \\u must be followed by 4 hexadecimal digits, as in \\u00e9'],
  ['[-]', 'json.number.loneMinus', 'a "-" that starts no number'],
  [
    '{"department": 01}',
    'json.number.leadingZero',
    'a number cannot start with 0: a code such as a department "01" is a text in double quotes',
  ],
  [
    '[512.]',
    'json.number.misplacedPoint',
    'a misplaced "." in a number: one decimal point, with digits after it (512.30)',
  ],
  ['[1e]', 'json.number.emptyExponent', 'an exponent with no digits after "e"'],
  ['{"a": }', 'json.value.missingAfterColon', 'a value is missing after ":"'],
  ['{"a": ,"b": 1}', 'json.value.missingAfterColon', 'a value is missing after ":"'],
  ['[,1]', 'json.value.missingBeforeComma', 'a value is missing before ","'],
  ["['x']", 'json.value.singleQuotes', 'texts take double quotes ("), not single quotes'],
  ['{"a": NaN}', 'json.value.notJson', 'NaN is not a JSON value: write null, or a number'],
  ['[undefined]', 'json.value.notJson', 'undefined is not a JSON value: write null, or a number'],
  ['{"a": True}', 'json.value.lowerCase', 'write true in lower case, not True'],
  ['[NULL]', 'json.value.lowerCase', 'write null in lower case, not NULL'],
  ['{"a": monthly}', 'json.value.unquoted', 'a text must be in double quotes: write "monthly"'],
  [`[${'x'.repeat(50)}]`, 'json.value.unquoted', `a text must be in double quotes: write "${'x'.repeat(40)}…"`],
  [
    '[\u0001]',
    'json.value.unexpected',
    'unexpected U+0001: a value is expected here (a text in double quotes, a number, true, false, null, {…} or […])',
  ],
  [
    '{"a": #}',
    'json.value.unexpected',
    'unexpected "#": a value is expected here (a text in double quotes, a number, true, false, null, {…} or […])',
  ],
  ["{'id': 1}", 'json.name.singleQuotes', 'names take double quotes ("), not single quotes'],
  ['{id: 1}', 'json.name.unquoted', 'a name must be in double quotes: write "id": …'],
  ['{"a": 1,,}', 'json.name.unexpected', 'unexpected ",": a name in double quotes is expected here'],
  ['{1: 2}', 'json.name.unexpected', 'unexpected "1": a name in double quotes is expected here'],
  ['{"a" 1}', 'json.name.colonMissing', 'a ":" is missing after the name'],
  ['{"id": 1,}', 'json.trailingComma.object', 'a comma before "}": remove the last comma'],
  ['[1, 2,]', 'json.trailingComma.list', 'a comma before "]": remove the last comma'],
  [
    '{"a": 1\n "b": 2}',
    'json.commaMissing.object',
    'expected "," or "}" here: a comma is missing, or the object is not closed',
  ],
  ['[1 2]', 'json.commaMissing.list', 'expected "," or "]" here: a comma is missing, or the list is not closed'],
  ['[{"a": 1]', 'json.wrongCloser.object', 'a "]" where "}" should close the object'],
  ['{"a": [1, 2}', 'json.wrongCloser.list', 'a "}" where "]" should close the list'],
];

/** The problems no text reaches: the end of a text outside any bracket is "empty"; JSON.parse's words are a guard. */
const UNREACHED: readonly JsonProblemCode[] = ['json.cutShort', 'json.parser'];

/** English words a French problem never holds once its quoted parts, characters and JSON words are set aside. */
const ENGLISH =
  /\b(?:the|of|and|or|with|is|in|not|no|it|its|as|an|to|for|where|here|there|would|never|write|text|texts|name|names|value|values|missing|comma|remove|unexpected|expected|file|number|quotes|double|single|digits|escape|after|before|object|list|closed?|comments?|empty|lower|case|character|control|tab|line|break|cut|short|complete|spreadsheet|export|data|must|should|starts?|takes?|holds?|several|one|ends?|misplaced|exponent|decimal|backslash)\b/i;
function englishIn(french: string): string | null {
  const text = french.replace(/"(?:[^"\\]|\\.)*"|U\+[0-9A-F]{4}|\\u00e9|\\[ntu\\]/g, ' ');
  return ENGLISH.exec(text)?.[0] ?? null;
}

/** The error parseJsonText throws for a text. */
function syntaxError(text: string): JsonSyntaxError {
  try {
    parseJsonText(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) return error;
    throw error;
  }
  throw new Error(`no error for ${JSON.stringify(text)}`);
}

describe('the problem of a JSON syntax error in a locale', () => {
  it('the corpus has a broken text for every problem json-text.ts can say', () => {
    const codes = Object.keys(JSON_MESSAGES) as JsonProblemCode[];
    expect(new Set(BROKEN.map(([, code]) => code))).toEqual(new Set(codes.filter((c) => !UNREACHED.includes(c))));
    // Every code of the problems is a code of the catalogue.
    for (const code of codes) expect(Object.hasOwn(MESSAGES, code)).toBe(true);
  });

  it.each(BROKEN)('%j: the English as it was, its code, and a French of its own', (text, code, english) => {
    const error = syntaxError(text);
    // English: unchanged, byte for byte, in the problem, the issue and jsonProblemText.
    expect(error.problem).toBe(english);
    expect(error.problemCode).toBe(code);
    expect(error.issues[0]!.expected).toBe(`a JSON text (line ${error.line}, column ${error.column}: ${english})`);
    expect(jsonProblemText(error, 'en')).toBe(english);
    expect(jsonProblemMessage({ code: error.problemCode, params: error.problemParams }, 'en')).toBe(english);
    // The English text reads back to its code and values (validation issues carry only the text).
    expect(readJsonProblem(english)).toEqual({ code, params: error.problemParams });
    // French: another text, with no English word left, in French typography.
    const french = jsonProblemText(error, 'fr');
    expect(french).not.toBe(english);
    expect(englishIn(french), french).toBeNull();
    const words = french.replace(/"(?:[^"\\]|\\.)*"/g, '""');
    expect(words, french).not.toMatch(/ [:;?!]|[^\u00a0][:;?!](?=\s|$)/u);
    // findJsonSyntaxError says the same (but of a binary file, which it reads as any text).
    if (code !== 'json.notText') {
      const found = findJsonSyntaxError(text)!;
      expect(found).toMatchObject({ problem: english, problemCode: code, problemParams: error.problemParams });
      expect(jsonProblemText(found, 'fr')).toBe(french);
    }
  });

  it('says the problems in French as a person editing the file reads them', () => {
    const fr = (text: string) => jsonProblemText(syntaxError(text), 'fr');
    expect(fr('{"id": 1,}')).toBe('une virgule avant "}"\u00a0: retirez la dernière virgule');
    expect(fr("{'id': 1}")).toBe('les noms prennent des guillemets doubles ("), pas simples');
    expect(fr('{"a" 1}')).toBe('il manque ":" après le nom');
    expect(fr('{"a": 1,,}')).toBe('caractère "," inattendu\u00a0: un nom entre guillemets doubles est attendu ici');
    expect(fr('{id: 1}')).toBe('un nom doit être entre guillemets doubles\u00a0: écrivez "id"');
    expect(fr('{"a": [1, 2}')).toBe('un "}" là où "]" devrait fermer la liste');
    expect(fr('[')).toBe('le texte s’arrête avant la fin du JSON\u00a0: "]" le fermerait, ou le fichier a été tronqué');
    // The error says it too, as the playground asks it.
    const error = syntaxError("['x']");
    expect(error.problemText('fr')).toBe('les textes prennent des guillemets doubles ("), pas simples');
    expect(error.problemText('en')).toBe(error.problem);
  });

  it('reads back only the problems: any other text is none', () => {
    for (const text of [
      '',
      'a comma',
      'Unexpected token } in JSON at position 7',
      'write TRUE in lower case, not True',
    ])
      expect(readJsonProblem(text)).toBeUndefined();
    // The problems without a broken text of their own read back too.
    const cutShort = jsonProblemMessage({ code: 'json.cutShort', params: {} }, 'en');
    expect(cutShort).toBe('the text ends before the JSON is complete: the file was cut short');
    expect(readJsonProblem(cutShort)).toEqual({ code: 'json.cutShort', params: {} });
  });

  it('property: every problem of a broken text has its code, reads back, and has a French with no English', () => {
    const mutatedText = fc
      .tuple(fc.json({ maxDepth: 3 }), fc.nat(), fc.string({ minLength: 1, maxLength: 2 }))
      .map(([text, at, c]) => {
        const i = at % (text.length + 1);
        return text.slice(0, i) + c + text.slice(i);
      });
    fc.assert(
      fc.property(fc.oneof(mutatedText, fc.string()), (text) => {
        const found = findJsonSyntaxError(text);
        if (found === null) return;
        expect(jsonProblemMessage({ code: found.problemCode, params: found.problemParams }, 'en')).toBe(found.problem);
        expect(readJsonProblem(found.problem)).toEqual({ code: found.problemCode, params: found.problemParams });
        const french = jsonProblemText(found, 'fr');
        expect(french).not.toBe(found.problem);
        expect(englishIn(french), french).toBeNull();
      }),
      { numRuns: 2000 },
    );
  });
});
