/**
 * The problems of a JSON text that is not JSON (see `json-text.ts`): what is wrong at a line and
 * column, and the fix, in the words of a person who edits a policy file by hand. The English texts
 * are the `problem` of a `JsonSyntaxLocation`, the same byte for byte as they always were (hosts and
 * tests match on them); the French ones are what the command line, the French validation issues
 * and the playground show.
 *
 * A problem is made of a code of the catalogue (`json.…`) and its values: the character found, the
 * word to quote, the brackets that would close the text. A problem known only by its English text
 * (the `expected` text of a validation issue, which is data and stays English) is read back to its
 * code and values by {@link readJsonProblem}.
 *
 * @module
 */
import { define, type MessageDefinition } from './define';
import type { Locale } from './locale';

/** The no-break space French puts before `:`, `;`, `?` and `!`. */
const NB = '\u00a0';

/** A message with no values. */
type None = Record<string, never>;

/**
 * The problems of a JSON text, by code.
 *
 * @example
 * ```ts
 * JSON_MESSAGES['json.trailingComma.object'].fr({}); // => 'une virgule avant "}"\u00a0: retirez la dernière virgule'
 * JSON_MESSAGES['json.trailingComma.object'].en({}); // => 'a comma before "}": remove the last comma'
 * ```
 */
export const JSON_MESSAGES = Object.freeze({
  // ----- The text as a whole.
  'json.notText': define<None>({
    fr: () => `ce n’est pas un fichier texte (un tableur${NB}? un zip${NB}?)${NB}: exportez les données en JSON`,
    en: () => 'this is not a text file (a spreadsheet? a zip?): export the data as JSON',
  }),
  'json.empty': define<None>({
    fr: () => `le texte est vide${NB}: il ne contient pas de JSON`,
    en: () => 'the text is empty: there is no JSON in it',
  }),
  'json.cutShort': define<None>({
    fr: () => `le texte s’arrête avant la fin du JSON${NB}: le fichier a été tronqué`,
    en: () => 'the text ends before the JSON is complete: the file was cut short',
  }),
  'json.cutShort.closers': define<{ closers: string }>({
    fr: (p) => `le texte s’arrête avant la fin du JSON${NB}: "${p.closers}" le fermerait, ou le fichier a été tronqué`,
    en: (p) => `the text ends before the JSON is complete: "${p.closers}" would close it, or the file was cut short`,
  }),
  'json.afterEnd': define<{ char: string }>({
    fr: (p) =>
      `du texte après la fin du JSON${NB}: ${p.char}${NB}; un fichier contient une seule valeur (une liste […] pour plusieurs)`,
    en: (p) => `text after the end of the JSON: ${p.char}; a file holds one value (a list […] for several)`,
  }),
  'json.comment': define<None>({
    fr: () => `un commentaire${NB}: JSON n’accepte pas de commentaires${NB}; retirez-le`,
    en: () => 'a comment: JSON has no comments; remove it',
  }),

  // ----- Texts in double quotes.
  'json.text.neverEnds': define<None>({
    fr: () => `un texte entre guillemets qui ne se termine jamais${NB}: il manque son " fermant`,
    en: () => 'a text in double quotes that never ends: its closing " is missing',
  }),
  'json.text.lineBreak': define<None>({
    fr: () => `un saut de ligne dans un texte entre guillemets${NB}: il manque un " fermant, ou écrivez \\n`,
    en: () => 'a line break inside a text in double quotes: a closing " is missing, or write \\n',
  }),
  'json.text.control': define<{ char: string }>({
    fr: (p) =>
      `le caractère de contrôle ${p.char} dans un texte entre guillemets${NB}: écrivez-le échappé (\\t pour une tabulation)`,
    en: (p) => `the control character ${p.char} inside a text in double quotes: write it escaped (\\t for a tab)`,
  }),
  'json.text.escapeUnknown': define<{ escape: string }>({
    fr: (p) => `un échappement inconnu "\\${p.escape}" dans un texte${NB}: écrivez \\\\ pour une barre oblique inverse`,
    en: (p) => `an unknown escape "\\${p.escape}" in a text: write \\\\ for a backslash`,
  }),
  'json.text.escapeU': define<None>({
    fr: () => 'un échappement \\u doit être suivi de 4 chiffres hexadécimaux, comme dans \\u00e9',
    en: () => 'an escape \\u must be followed by 4 hexadecimal digits, as in \\u00e9',
  }),

  // ----- Numbers.
  'json.number.loneMinus': define<None>({
    fr: () => 'un "-" qui n’est suivi d’aucun nombre',
    en: () => 'a "-" that starts no number',
  }),
  'json.number.leadingZero': define<None>({
    fr: () =>
      `un nombre ne peut pas commencer par 0${NB}: un code comme un département "01" est un texte entre guillemets`,
    en: () => 'a number cannot start with 0: a code such as a department "01" is a text in double quotes',
  }),
  'json.number.misplacedPoint': define<None>({
    fr: () => `un "." mal placé dans un nombre${NB}: un seul point décimal, suivi de chiffres (512.30)`,
    en: () => 'a misplaced "." in a number: one decimal point, with digits after it (512.30)',
  }),
  'json.number.emptyExponent': define<None>({
    fr: () => 'un exposant sans chiffres après "e"',
    en: () => 'an exponent with no digits after "e"',
  }),

  // ----- Where a value is expected.
  'json.value.missingAfterColon': define<None>({
    fr: () => 'il manque une valeur après ":"',
    en: () => 'a value is missing after ":"',
  }),
  'json.value.missingBeforeComma': define<None>({
    fr: () => 'il manque une valeur avant ","',
    en: () => 'a value is missing before ","',
  }),
  'json.value.singleQuotes': define<None>({
    fr: () => 'les textes prennent des guillemets doubles ("), pas simples',
    en: () => 'texts take double quotes ("), not single quotes',
  }),
  'json.value.notJson': define<{ word: string }>({
    fr: (p) => `${p.word} n’est pas une valeur JSON${NB}: écrivez null, ou un nombre`,
    en: (p) => `${p.word} is not a JSON value: write null, or a number`,
  }),
  'json.value.lowerCase': define<{ word: string; written: string }>({
    fr: (p) => `écrivez ${p.word} en minuscules, pas ${p.written}`,
    en: (p) => `write ${p.word} in lower case, not ${p.written}`,
  }),
  'json.value.unquoted': define<{ word: string }>({
    fr: (p) => `un texte doit être entre guillemets doubles${NB}: écrivez "${p.word}"`,
    en: (p) => `a text must be in double quotes: write "${p.word}"`,
  }),
  'json.value.unexpected': define<{ char: string }>({
    fr: (p) =>
      `caractère ${p.char} inattendu${NB}: une valeur est attendue ici (un texte entre guillemets, un nombre, true, false, null, {…} ou […])`,
    en: (p) =>
      `unexpected ${p.char}: a value is expected here (a text in double quotes, a number, true, false, null, {…} or […])`,
  }),

  // ----- Where a name (a key of an object) is expected.
  'json.name.singleQuotes': define<None>({
    fr: () => 'les noms prennent des guillemets doubles ("), pas simples',
    en: () => 'names take double quotes ("), not single quotes',
  }),
  'json.name.unquoted': define<{ name: string }>({
    // "id": … in French would want a no-break space before its colon: the name alone says it.
    fr: (p) => `un nom doit être entre guillemets doubles${NB}: écrivez "${p.name}"`,
    en: (p) => `a name must be in double quotes: write "${p.name}": …`,
  }),
  'json.name.unexpected': define<{ char: string }>({
    fr: (p) => `caractère ${p.char} inattendu${NB}: un nom entre guillemets doubles est attendu ici`,
    en: (p) => `unexpected ${p.char}: a name in double quotes is expected here`,
  }),
  'json.name.colonMissing': define<None>({
    fr: () => 'il manque ":" après le nom',
    en: () => 'a ":" is missing after the name',
  }),

  // ----- Commas and closing brackets.
  'json.trailingComma.object': define<None>({
    fr: () => `une virgule avant "}"${NB}: retirez la dernière virgule`,
    en: () => 'a comma before "}": remove the last comma',
  }),
  'json.trailingComma.list': define<None>({
    fr: () => `une virgule avant "]"${NB}: retirez la dernière virgule`,
    en: () => 'a comma before "]": remove the last comma',
  }),
  'json.commaMissing.object': define<None>({
    fr: () => `"," ou "}" attendu ici${NB}: il manque une virgule, ou l’objet n’est pas fermé`,
    en: () => 'expected "," or "}" here: a comma is missing, or the object is not closed',
  }),
  'json.commaMissing.list': define<None>({
    fr: () => `"," ou "]" attendu ici${NB}: il manque une virgule, ou la liste n’est pas fermée`,
    en: () => 'expected "," or "]" here: a comma is missing, or the list is not closed',
  }),
  'json.wrongCloser.object': define<None>({
    fr: () => 'un "]" là où "}" devrait fermer l’objet',
    en: () => 'a "]" where "}" should close the object',
  }),
  'json.wrongCloser.list': define<None>({
    fr: () => 'un "}" là où "]" devrait fermer la liste',
    en: () => 'a "}" where "]" should close the list',
  }),

  // ----- A guard: the words of JSON.parse, for a text the scanner would accept (never seen).
  'json.parser': define<{ message: string }>({
    fr: (p) => `selon JSON.parse${NB}: ${p.message}`,
    en: (p) => p.message,
  }),
});

/** The code of a problem of a JSON text. */
export type JsonProblemCode = keyof typeof JSON_MESSAGES;

/** The values of a problem of a JSON text: the character found, the word to quote… */
export type JsonProblemParams = Readonly<Record<string, string>>;

/** The values of the problem `C`. */
export type JsonProblemParamsOf<C extends JsonProblemCode> = Parameters<(typeof JSON_MESSAGES)[C]['en']>[0];

/** A problem of a JSON text: its code and its values. */
export interface JsonProblem {
  /** Its code in the catalogue, `json.…`. */
  readonly code: JsonProblemCode;
  /** Its values. */
  readonly params: JsonProblemParams;
}

/**
 * The text of a problem of a JSON text in a locale.
 *
 * @param problem - Its code and values.
 * @param locale - `fr` or `en`.
 * @returns The text; in English, the `problem` of `findJsonSyntaxError`.
 * @example
 * ```ts
 * jsonProblemMessage({ code: 'json.value.unquoted', params: { word: 'monthly' } }, 'fr');
 * // => 'un texte doit être entre guillemets doubles\u00a0: écrivez "monthly"'
 * ```
 */
export function jsonProblemMessage(problem: JsonProblem, locale: Locale): string {
  const m = JSON_MESSAGES[problem.code] as unknown as MessageDefinition<JsonProblemParams>;
  return m[locale](problem.params);
}

/**
 * How the English text of each problem with values is read back: its pattern, anchored, and the
 * names of its captured values in order. Regular expression literals (see the security test).
 * The characters a problem shows come from `shown` in json-text.ts: `"x"` or `U+0001`.
 */
const READERS: readonly { readonly code: JsonProblemCode; readonly en: RegExp; readonly names: readonly string[] }[] = [
  {
    code: 'json.cutShort.closers',
    en: /^the text ends before the JSON is complete: "([\]}]+…?)" would close it, or the file was cut short$/,
    names: ['closers'],
  },
  {
    code: 'json.afterEnd',
    en: /^text after the end of the JSON: ("[\s\S]"|U\+[0-9A-F]{4}); a file holds one value \(a list \[…\] for several\)$/,
    names: ['char'],
  },
  {
    code: 'json.text.control',
    en: /^the control character (U\+[0-9A-F]{4}) inside a text in double quotes: write it escaped \(\\t for a tab\)$/,
    names: ['char'],
  },
  {
    code: 'json.text.escapeUnknown',
    en: /^an unknown escape "\\([\s\S])" in a text: write \\\\ for a backslash$/,
    names: ['escape'],
  },
  {
    code: 'json.value.notJson',
    en: /^(NaN|Infinity|undefined) is not a JSON value: write null, or a number$/,
    names: ['word'],
  },
  {
    code: 'json.value.lowerCase',
    en: /^write (true|false|null) in lower case, not ([A-Za-z]+)$/,
    names: ['word', 'written'],
  },
  {
    code: 'json.value.unquoted',
    en: /^a text must be in double quotes: write "([A-Za-z_$][A-Za-z0-9_$]*…?)"$/,
    names: ['word'],
  },
  {
    code: 'json.value.unexpected',
    en: /^unexpected ("[\s\S]"|U\+[0-9A-F]{4}): a value is expected here \(a text in double quotes, a number, true, false, null, \{…\} or \[…\]\)$/,
    names: ['char'],
  },
  {
    code: 'json.name.unquoted',
    en: /^a name must be in double quotes: write "([A-Za-z_$][A-Za-z0-9_$]*)": …$/,
    names: ['name'],
  },
  {
    code: 'json.name.unexpected',
    en: /^unexpected ("[\s\S]"|U\+[0-9A-F]{4}): a name in double quotes is expected here$/,
    names: ['char'],
  },
];

/** The problems without values, by their English text. JSON.parse's own words are not read back. */
const FIXED: ReadonlyMap<string, JsonProblemCode> = new Map(
  (Object.keys(JSON_MESSAGES) as JsonProblemCode[])
    .filter((code) => code !== 'json.parser' && !READERS.some((r) => r.code === code))
    .map((code) => [jsonProblemMessage({ code, params: {} }, 'en'), code]),
);

/**
 * Reads the English text of a problem of a JSON text (the `problem` of `findJsonSyntaxError`, as a
 * validation issue quotes it) back to its code and values.
 *
 * @param english - The English text.
 * @returns Its code and values, or `undefined` for a text that is not one of the problems.
 * @example
 * ```ts
 * readJsonProblem('write true in lower case, not True');
 * // => { code: 'json.value.lowerCase', params: { word: 'true', written: 'True' } }
 * readJsonProblem('something else'); // => undefined
 * ```
 */
export function readJsonProblem(english: string): JsonProblem | undefined {
  const fixed = FIXED.get(english);
  if (fixed !== undefined) return { code: fixed, params: {} };
  for (const reader of READERS) {
    const m = reader.en.exec(english);
    if (m === null) continue;
    const params: Record<string, string> = {};
    reader.names.forEach((name, i) => {
      params[name] = m[i + 1] ?? '';
    });
    return { code: reader.code, params };
  }
  return undefined;
}
