/**
 * The French of validation issues: the frame of a message (`<chemin> : attendu …, reçu …`), the
 * words that describe a value received, the fix for a number given where text is expected, and
 * the French of every `expected` text the library writes.
 *
 * An issue keeps its `expected` in English: it is data, stable, and hosts may match on it. Only
 * the `message` a person reads follows the locale. The English texts are matched here exactly
 * ({@link EXPECTED_FR}) or, when they carry a value, a list or a number, by a pattern whose
 * captured parts are put in the French sentence ({@link EXPECTED_PATTERNS}). A pattern may hand
 * a captured part back to the translation (a text composed of others: an account's issue placed
 * at a CSV line and column, a parameter's format and its unit…).
 *
 * @module
 */
import { define } from './define';
import { jsonProblemMessage, readJsonProblem } from './messages-json';

/**
 * Renders the French of a part of an English `expected` text: the translation of issues itself,
 * which throws when the part has no French, so that the whole text falls back.
 */
export type ExpectedPart = (english: string) => string;

/**
 * Thrown while rendering a templated text when one of its parts has no French: the whole text
 * then has none (and the message falls back to the English text in quotes).
 */
export class NoFrench extends Error {
  constructor(english: string) {
    super(`no French for: ${english}`);
    this.name = 'NoFrench';
  }
}

/** One templated `expected` text: its English pattern and its French sentence. */
export interface ExpectedPattern {
  /**
   * The English text, anchored (`^…$`), its variable parts captured: a regular expression literal,
   * never one built from text (see the security test), so the fixed parts of a text are spelled
   * out in each pattern that holds them.
   */
  readonly en: RegExp;
  /**
   * The French text.
   *
   * @param c - The captured parts, from the first group (`''` for a group that took no part).
   * @param t - Renders the French of a captured part that is itself an `expected` text.
   */
  readonly fr: (c: readonly string[], t: ExpectedPart) => string;
}

/** A no-break space, before `:`, `;`, `?` and `!` in French. */
const NB = '\u00a0';

/** ` (did you mean "x"?)` in French. */
const didYouMeanFr = (name: string): string => (name === '' ? '' : ` (vouliez-vous dire "${name}"${NB}?)`);

/** What an unknown fact's message adds when no known fact is near: host facts need their declaration. */
const HOST_FACTS_FR = `${NB}; les faits propres à l’hôte se déclarent avec l’option "extend"`;

/** French plural of a count written in digits. */
const plural = (n: string, one: string, many: string): string => (Number(n) <= 1 ? one : many);

/** Units of a delay or a count, as `a whole number of …` names them. */
const UNITS_FR: Readonly<Record<string, string>> = {
  days: 'de jours',
  weeks: 'de semaines',
  months: 'de mois',
  years: 'd’années',
  times: 'de fois',
  'business days': 'de jours ouvrés',
};
const unitFr = (unit: string): string => UNITS_FR[unit] ?? unit;

/** What a `fee or penalty` forbidden by law is, by its English label (see `law/forbidden.ts`). */
export const FORBIDDEN_CHARGES_FR: Readonly<Record<string, string>> = Object.freeze({
  'a fee for a reminder (frais de relance)': 'des frais de relance sont interdits',
  'a fee for a rent receipt (frais de quittance)': 'des frais de quittance sont interdits',
  "a fee for a due notice (frais d'avis d'échéance)": 'des frais d’avis d’échéance sont interdits',
  'a penalty, fine or late surcharge (pénalité, amende, majoration de retard)':
    'une pénalité, une amende ou une majoration de retard est interdite',
  'amicable-recovery costs charged to the tenant without an executory title':
    'des frais de recouvrement amiable mis à la charge du locataire sans titre exécutoire sont interdits',
});

/** Step kinds with legal effect, with their article. */
const LEGAL_STEP_FR: Readonly<Record<string, string>> = {
  commandement: 'un commandement de payer',
  assignation: 'une assignation',
  'injonction-de-payer': 'une injonction de payer',
};

/** The things a policy names by an id. */
const ID_OF_FR: Readonly<Record<string, string>> = {
  level: 'de niveau',
  step: 'd’étape',
  'channel rule': 'de règle de canal',
  policy: 'de politique',
};
/** Where the first holder of an id is, by the thing. */
const LIST_OF: Readonly<Record<string, string>> = { level: 'levels', step: 'steps', 'channel rule': 'channels.rules' };

/** The CSV files of the library's layout. */
const CSV_FILE_FR: Readonly<Record<string, string>> = { accounts: 'des comptes', ledger: 'des écritures' };

/** What the encoding messages say to do: export the file again as UTF-8. */
const EXPORT_UTF8_FR = `exportez-le à nouveau en UTF-8 (dans Excel${NB}: "CSV UTF-8"${NB}; dans d’autres outils${NB}: encodage UTF-8, parfois appelé "Unicode (UTF-8)")`;
/** The option to pass for an encoding or a dialect. */
const passFr = (flag: string, value: string, option: string): string =>
  `passez --${flag} ${value} (l’option ${option}${NB}: '${value}')`;

/** How a template placeholder is written (see `rules/messages.ts`). */
const SYNTAX = 'a placeholder written {{variable}}, {{param:name}} or {{variable|text when empty}}';
const SYNTAX_FR = 'un emplacement écrit {{variable}}, {{param:name}} ou {{variable|texte si vide}}';

/** How the header of a CSV file was read (see `node/csv-layout.ts`). */
const headerReadFr = (tabs: string, separator: string): string =>
  separator === ''
    ? `l’en-tête a été lu comme une seule colonne${NB}: séparez les colonnes par "," ou ";"${tabs === '' ? '' : ' (pas par des tabulations)'}`
    : `l’en-tête a été lu avec "${separator}" comme séparateur`;

/** A posting of the ledger that went to no account (see `node/read-ledger.ts`). */
const unmatchedFr = (kind: string, amount: string, date: string): string =>
  `cette écriture (${kind} de ${amount} le ${date}) n’a été comptée dans aucun compte`;
const LEDGER_FIX_FR = 'corrigez l’accountId dans le fichier des écritures et relancez';

/**
 * The French of every `expected` text the library writes without a variable part, by its English.
 *
 * @example
 * ```ts
 * EXPECTED_FR.get('true or false'); // => 'true ou false'
 * ```
 */
export const EXPECTED_FR: ReadonlyMap<string, string> = new Map([
  // ----- The zod mapping (schema-issues.ts): the JSON types, unknown keys, zod's own words.
  ['an object', 'un objet'],
  ['an array', 'une liste'],
  ['an integer', 'un nombre entier'],
  ['a string', 'un texte'],
  ['a number', 'un nombre'],
  ['a boolean', 'true ou false'],
  ['a null', 'null'],
  ['a bigint', 'un grand entier (bigint)'],
  ['a symbol', 'un symbole'],
  ['a date', 'une date'],
  ['a undefined', 'rien'],
  ['a nan', 'NaN'],
  ['a never', 'aucune valeur'],
  ['a void', 'aucune valeur'],
  ['a map', 'une table (Map)'],
  ['a set', 'un ensemble (Set)'],
  ['a record', 'un objet'],
  ['a tuple', 'une liste'],
  ['a function', 'une fonction'],
  ['a file', 'un fichier'],
  ['a promise', 'une promesse'],
  ['a unknown', 'une valeur'],
  ['a any', 'une valeur'],
  [
    'no such field here: check its spelling against the documented fields',
    `aucun champ de ce nom ici${NB}: vérifiez son orthographe d’après les champs documentés`,
  ],
  ['Invalid input', 'une valeur permise ici'],
  ['Invalid input: more than one option matched', 'une valeur qui corresponde à une seule des formes permises'],
  ['Invalid key in record', 'une clé permise ici'],
  ['Invalid key in map', 'une clé permise ici'],
  ['Invalid value in map', 'une valeur permise ici'],
  ['Invalid value in set', 'une valeur permise ici'],
  ['true', 'true'],
  ['true or false', 'true ou false'],
  ['a text', 'un texte'],

  // ----- The account (account/schema.ts, account/parse.ts) and the guard of every input.
  ['an account id as text, e.g. "A-1029"', 'un identifiant de compte en texte, par exemple "A-1029"'],
  [
    'an account id of at least 1 character, e.g. "A-1029"',
    'un identifiant de compte d’au moins 1 caractère, par exemple "A-1029"',
  ],
  [
    'an account id without control characters (tab, line break, NUL…), invisible direction marks or broken Unicode, e.g. "A-1029" or "LOC 2019-17"',
    'un identifiant de compte sans caractère de contrôle (tabulation, saut de ligne, NUL…), sans marque de direction invisible ni Unicode cassé, par exemple "A-1029" ou "LOC 2019-17"',
  ],
  ['a delay of at least one day, e.g. { "months": 2 }', 'un délai d’au moins un jour, par exemple { "months": 2 }'],
  ['a French department code such as "93", "2A" or "974"', 'un code de département français comme "93", "2A" ou "974"'],
  ['an age or a birth date for each member', 'un âge ou une date de naissance pour chaque membre du foyer'],
  ['a language code of ISO 639, e.g. "ar", "tr" or "wo"', 'un code de langue ISO 639, par exemple "ar", "tr" ou "wo"'],
  [
    'a positive amount: the kind says which way it goes (only an adjustment carries a sign)',
    `un montant positif${NB}: la nature (kind) dit dans quel sens il va (seul un ajustement porte un signe)`,
  ],
  ['settles only on a payment or a benefit', 'settles seulement sur un paiement ou une prestation'],
  ['no key named __proto__, constructor or prototype', 'aucune clé nommée __proto__, constructor ou prototype'],
  ['an account', 'un compte'],
  ['a policy file', 'un fichier de politique'],
  ['a document', 'un document'],
  ['a JSON text', 'un texte JSON'],
  ['a JSON policy file', 'un fichier de politique JSON'],
  ['a JSON case file', 'un fichier de cas JSON'],
  ['a JSON account file', 'un fichier de compte JSON'],
  ['a case file', 'un fichier de cas'],
  [
    'an account (an object) or the path of a JSON account file relative to the case file',
    'un compte (un objet) ou le chemin d’un fichier de compte JSON relatif au fichier de cas',
  ],

  // ----- Money (money/*).
  [
    'an EUR amount with at most 13 integer digits (below 10000000000000 in absolute value)',
    'un montant en euros d’au plus 13 chiffres entiers (moins de 10000000000000 en valeur absolue)',
  ],
  [
    'an iterable of EUR amounts, e.g. ["12.50", "3.00"]',
    'un itérable de montants en euros, par exemple ["12.50", "3.00"]',
  ],
  ['at least one EUR amount', 'au moins un montant en euros'],
  ['a divisor other than zero', 'un diviseur différent de zéro'],
  ['a denominator other than zero', 'un dénominateur différent de zéro'],
  ['a rate as a decimal string such as "0.30"', 'un taux écrit en texte décimal, comme "0.30"'],
  [
    'a non-negative ratio: a safe integer or a decimal string such as "0.5"',
    `un ratio positif ou nul${NB}: un entier sûr ou un texte décimal comme "0.5"`,
  ],
  [
    'a safe integer or a decimal string such as "0.30" or "-1.8"',
    'un entier sûr ou un texte décimal comme "0.30" ou "-1.8"',
  ],
  ['at least one ratio', 'au moins un ratio'],
  ['at least one positive ratio', 'au moins un ratio positif'],

  // ----- The calendar (calendar/*).
  [
    'a date string written YYYY-MM-DD, e.g. "2026-11-22"',
    'une date en texte écrite AAAA-MM-JJ, par exemple "2026-11-22"',
  ],
  [
    'an ISO 8601 timestamp with a UTC offset, e.g. "2026-03-29T23:30:00Z" or "2026-03-30T01:30:00+02:00"',
    'un horodatage ISO 8601 avec un décalage UTC, par exemple "2026-03-29T23:30:00Z" ou "2026-03-30T01:30:00+02:00"',
  ],
  ['an integer number of days since 1970-01-01', 'un nombre entier de jours depuis le 1970-01-01'],
  ['an integer year', 'une année en nombre entier'],
  ['at least one of months, weeks, days', 'au moins l’un de months, weeks, days'],
  ['a holiday zone', 'une zone de jours fériés'],
  [
    'a French department code: "01" to "95" (not "20"), "2A", "2B", "971" to "974", "976", "977" or "978"',
    `un code de département français${NB}: de "01" à "95" (pas "20"), "2A", "2B", de "971" à "974", "976", "977" ou "978"`,
  ],
  [
    'a month and day written MM-DD, e.g. "11-01" (not "02-29")',
    'un mois et un jour écrits MM-JJ, par exemple "11-01" (pas "02-29")',
  ],
  [
    'no period in metropole or alsace-moselle, where CPCE L.412-6 fixes 1 November to 31 March',
    'aucune période en metropole ni en alsace-moselle, où le CPCE L.412-6 fixe la trêve du 1er novembre au 31 mars',
  ],
  [
    'a locale: "fr" (French, the default) or "en" (English)',
    `une langue${NB}: "fr" (français, par défaut) ou "en" (anglais)`,
  ],

  // ----- Plans (plans/*).
  [
    'either a monthly instalment or a number of months, not both',
    'soit une mensualité, soit un nombre de mois (l’un des deux, pas les deux)',
  ],
  ['a debt above 0.00: there is nothing to repay', `une dette supérieure à 0.00${NB}: il n’y a rien à rembourser`],
  ['an instalment above 0.00', 'une mensualité supérieure à 0.00'],
  [
    'a ratio above 0 and at most 1, as a decimal string such as "0.30"',
    'un ratio supérieur à 0 et d’au plus 1, écrit en texte décimal comme "0.30"',
  ],
  ['an amount of 0.00 or more', 'un montant de 0.00 ou plus'],
  ['an amount from 0.01 to 1000.00', 'un montant de 0.01 à 1000.00'],

  // ----- Policies (rules/*).
  [
    'a non-empty "any": an empty "any" is always true, as in json-rules-engine',
    `un "any" non vide${NB}: un "any" vide est toujours vrai, comme dans json-rules-engine`,
  ],
  [
    'no path: every fact of the library is a single value or a list',
    `aucun path${NB}: chaque fait de la bibliothèque est une valeur simple ou une liste`,
  ],
  ['a single value (text, number, true/false)', 'une valeur simple (texte, nombre, true/false)'],
  ['a list of values, e.g. ["sms", "email"]', 'une liste de valeurs, par exemple ["sms", "email"]'],
  ['a whole number, e.g. 30', 'un nombre entier, par exemple 30'],
  [
    'an amount or rate as a decimal string, e.g. "1000.00" or "0.30"',
    'un montant ou un taux écrit en texte décimal, par exemple "1000.00" ou "0.30"',
  ],
  ['a date written YYYY-MM-DD', 'une date écrite AAAA-MM-JJ'],
  [
    'a ratio as a decimal string of 0 or more, with at most 6 decimals, e.g. "0.30"',
    'un ratio écrit en texte décimal, de 0 ou plus, avec au plus 6 décimales, par exemple "0.30"',
  ],
  ['a text in quotes, e.g. "current"', 'un texte entre guillemets, par exemple "current"'],
  // Host extensions (`rules/extension.ts`).
  ['a list of texts', 'une liste de textes'],
  [
    'an object { "facts": …, "operators": … } declaring host facts and operators',
    'un objet { "facts": …, "operators": … } déclarant les faits et les opérateurs de l’hôte',
  ],
  [
    'an object { "facts": …, "operators": … } declaring host facts and operators, not a function: each host operator is declared once, for both engines and for validation',
    `un objet { "facts": …, "operators": … } déclarant les faits et les opérateurs de l’hôte, pas une fonction${NB}: chaque opérateur de l’hôte est déclaré une seule fois, pour les deux moteurs et pour la validation`,
  ],
  [
    'an object of host facts by name, e.g. { "erpSegment": { "type": "string", … } }',
    'un objet des faits de l’hôte par nom, par exemple { "erpSegment": { "type": "string", … } }',
  ],
  [
    'an object of host operators by name, e.g. { "isEven": { "factTypes": ["integer"], … } }',
    'un objet des opérateurs de l’hôte par nom, par exemple { "isEven": { "factTypes": ["integer"], … } }',
  ],
  [
    'a name that is not a fact of the library (docs/facts.md lists them)',
    'un nom qui n’est pas celui d’un fait de la bibliothèque (docs/facts.md les liste)',
  ],
  [
    'a name that is not an operator of the library (docs/facts.md lists them)',
    'un nom qui n’est pas celui d’un opérateur de la bibliothèque (docs/facts.md les liste)',
  ],
  [
    'a host fact: { "type": …, "unit": …, "description": …, "get": (account, situation) => value }',
    `un fait de l’hôte${NB}: { "type": …, "unit": …, "description": …, "get": (account, situation) => value }`,
  ],
  [
    'a host operator: { "factTypes": […], "value": …, "evaluate": (factValue, value) => true or false }',
    `un opérateur de l’hôte${NB}: { "factTypes": […], "value": …, "evaluate": (factValue, value) => true ou false }`,
  ],
  ['a text (the unit, e.g. "EUR" or "days") or null', 'un texte (l’unité, par exemple "EUR" ou "days") ou null'],
  [
    'a text of at most 1000 characters saying what it means to a recovery manager',
    'un texte d’au plus 1000 caractères qui dit ce qu’il signifie pour un responsable du recouvrement',
  ],
  [
    'a function (account, situation) => value that reads the fact',
    'une fonction (account, situation) => valeur qui lit le fait',
  ],
  [
    'a function (factValue, value) => true or false: the test of the operator',
    `une fonction (factValue, value) => true ou false${NB}: le test de l’opérateur`,
  ],
  ['a non-empty list of fact types, e.g. ["integer"]', 'une liste non vide de types de faits, par exemple ["integer"]'],
  [
    'no conditions on the first level: it is the base level every account starts from',
    `aucune condition sur le premier niveau${NB}: c’est le niveau de base d’où part chaque compte`,
  ],
  [
    'conditions: every level but the first says when it applies',
    `des conditions${NB}: chaque niveau sauf le premier dit quand il s’applique`,
  ],
  ['a subject on one line', 'un objet (subject) sur une seule ligne'],
  ['a time written HH:MM, e.g. "09:00"', 'une heure écrite HH:MM, par exemple "09:00"'],
  [
    'a ratio from 0 to 1 as a decimal string, e.g. "0.30"',
    'un ratio de 0 à 1 écrit en texte décimal, par exemple "0.30"',
  ],
  ['a department code such as "93", "2A" or "974"', 'un code de département comme "93", "2A" ou "974"'],
  ['a path such as "$.a.b" or "$.list[0]"', 'un chemin comme "$.a.b" ou "$.list[0]"'],
  [SYNTAX, SYNTAX_FR],

  // ----- Runs, comparisons, the demo portfolio.
  ['a number of changes to keep, 0 or more', 'un nombre de changements à garder, 0 ou plus'],
  ['a safe integer', 'un entier sûr (sans perte de précision)'],
  ['a non-negative safe integer', 'un entier sûr positif ou nul'],

  // ----- Files (node/*).
  [
    'a row of data, not the header row again: two files joined? Remove this line',
    `une ligne de données, pas à nouveau la ligne d’en-tête${NB}: deux fichiers joints${NB}? Retirez cette ligne`,
  ],
  [
    'a row of postings, not the header row again: two files joined? Remove this line',
    `une ligne d’écritures, pas à nouveau la ligne d’en-tête${NB}: deux fichiers joints${NB}? Retirez cette ligne`,
  ],
  [
    'a file ending in .json, .ndjson, .jsonl or .csv, or an explicit --format',
    'un fichier en .json, .ndjson, .jsonl ou .csv, ou un --format explicite',
  ],
  [
    'text, but this line holds NUL bytes: is the file UTF-16, or not a text file at all? Export it again as UTF-8 text',
    `du texte, mais cette ligne contient des octets NUL${NB}: le fichier est-il en UTF-16, ou n’est-ce pas du tout un fichier texte${NB}? Exportez-le à nouveau en texte UTF-8`,
  ],
  [
    'a JSON document small enough to be read at once; for a portfolio this large, export NDJSON (one account per line), which is read line by line',
    `un document JSON assez petit pour être lu d’un coup${NB}; pour un portefeuille aussi grand, exportez du NDJSON (un compte par ligne), qui est lu ligne à ligne`,
  ],
  [
    'a date written DD/MM/YYYY ("23/11/2026": 2 digits for the day and for the month, 4 for the year) or YYYY-MM-DD ("2026-11-23")',
    `une date écrite JJ/MM/AAAA ("23/11/2026"${NB}: 2 chiffres pour le jour et pour le mois, 4 pour l’année) ou AAAA-MM-JJ ("2026-11-23")`,
  ],
  [
    'an amount with a decimal comma and at most 2 decimals, as a French file writes it: "512,30", "-12,50" for an adjustment in the tenant\'s favour, "1 234,56" with a space between the thousands (groups of 3 digits)',
    `un montant avec une virgule décimale et au plus 2 décimales, comme l’écrit un fichier français${NB}: "512,30", "-12,50" pour un ajustement en faveur du locataire, "1 234,56" avec une espace entre les milliers (groupes de 3 chiffres)`,
  ],
]);

/**
 * The French of the `expected` texts with a variable part, tried in order after
 * {@link EXPECTED_FR}: the first pattern that matches and whose parts all have a French wins.
 *
 * @example
 * ```ts
 * const p = EXPECTED_PATTERNS.find((p) => p.en.test('a year from 1900 to 2200'));
 * p?.fr(['1900', '2200'], (s) => s); // => 'une année de 1900 à 2200'
 * ```
 */
export const EXPECTED_PATTERNS: readonly ExpectedPattern[] = Object.freeze([
  // ----- Where an issue is placed: at a line of a file, a cell, a path. Tried first, so that no
  // pattern below takes the place for a part of its own text; the text they add to is
  // translated on its own (and the pattern is passed over when it has no French).
  {
    en: /^([\s\S]+) \((.+): the postings of the account of (.+) line (\d+)\)$/,
    fr: ([what, ledger, accounts, line], t) =>
      `${t(what!)} (${ledger}${NB}: les écritures du compte de ${accounts} ligne ${line})`,
  },
  {
    en: /^([\s\S]+) \((.+) line (\d+)(?:, column "(.*?)"(, which the header lacks)?)?\)$/,
    fr: ([what, file, line, column, lacks], t) =>
      `${t(what!)} (${file} ligne ${line}${column === '' && lacks === '' ? '' : `, colonne "${column}"`}${
        lacks === '' ? '' : ', absente de l’en-tête'
      })`,
  },
  { en: /^([\s\S]+) \(line (\d+)\)$/, fr: ([what, line], t) => `${t(what!)} (ligne ${line})` },
  { en: /^([\s\S]+), for (.+)$/, fr: ([what, path], t) => `${t(what!)}, pour ${path}` },
  // ----- The zod mapping.
  {
    en: /^at most (\d+) problems listed for one input: fix these and check again to see the others$/,
    fr: ([n]) =>
      `au plus ${n} problèmes listés pour une entrée${NB}: corrigez-les et vérifiez à nouveau pour voir les autres`,
  },
  {
    en: /^one of ((?:"(?:[^"\\]|\\.)*"|-?\d[\d.e+-]*|true|false|null)(?:, (?:"(?:[^"\\]|\\.)*"|-?\d[\d.e+-]*|true|false|null))*)$/,
    fr: ([values]) => `l’une des valeurs ${values}`,
  },
  { en: /^at most (\d+) items$/, fr: ([n]) => `au plus ${n} ${plural(n!, 'élément', 'éléments')}` },
  { en: /^at least (\d+) items$/, fr: ([n]) => `au moins ${n} ${plural(n!, 'élément', 'éléments')}` },
  { en: /^at most (\d+) characters$/, fr: ([n]) => `au plus ${n} ${plural(n!, 'caractère', 'caractères')}` },
  { en: /^at least (\d+) characters$/, fr: ([n]) => `au moins ${n} ${plural(n!, 'caractère', 'caractères')}` },
  { en: /^a value of at most (\S+)$/, fr: ([n]) => `une valeur d’au plus ${n}` },
  { en: /^a value of at least (\S+)$/, fr: ([n]) => `une valeur d’au moins ${n}` },
  { en: /^Invalid string: must match pattern (\/.*\/[a-z]*)$/, fr: ([p]) => `un texte conforme au motif ${p}` },
  { en: /^Invalid number: must be a multiple of (\S+)$/, fr: ([n]) => `un multiple de ${n}` },
  {
    en: /^Invalid discriminator value\. Expected ('[^']*'(?: \| '[^']*')*)$/,
    fr: ([v]) => `une valeur de discriminant parmi ${v}`,
  },
  // "a" or "b", "a", "b" or "c": a choice of codes.
  { en: /^("[^"]*"(?:, "[^"]*")*) or ("[^"]*")$/, fr: ([some, last]) => `${some} ou ${last}` },

  // ----- The account and the guard of every input.
  {
    en: /^an? (non-negative )?EUR amount as a decimal string with at most 2 decimals, e\.g\. "([^"]+)"$/,
    fr: ([positive, example]) =>
      `un montant en euros${positive === '' ? '' : ' positif ou nul,'} écrit en texte décimal avec au plus 2 décimales, par exemple "${example}"`,
  },
  {
    en: /^an account id of at most (\d+) characters, e\.g\. "A-1029" or "00012345\/02"$/,
    fr: ([n]) => `un identifiant de compte d’au plus ${n} caractères, par exemple "A-1029" ou "00012345/02"`,
  },
  {
    en: /^a due date on or after the day the promise was made \((\d{4}-\d{2}-\d{2})\)$/,
    fr: ([day]) => `une échéance au jour où la promesse a été faite (${day}) ou après`,
  },
  {
    en: /^a JSON object \(the text is not valid JSON: ([\s\S]*)\)$/,
    // The fault is JSON.parse's own message: quoted as it is.
    fr: ([fault]) => `un objet JSON (le texte n’est pas du JSON valide${NB}: ${fault})`,
  },
  {
    en: /^(.+) of at most (\d+) values \(objects, lists and single values\)$/,
    fr: ([what, n], t) => `${t(what!)} d’au plus ${n} valeurs (objets, listes et valeurs simples)`,
  },
  { en: /^at most (\d+) levels of nesting$/, fr: ([n]) => `au plus ${n} niveaux d’imbrication` },

  // ----- JSON syntax: `<what> (line L, column C: <problem>)`, the problem said by messages-json.ts.
  {
    en: /^(.+?) \(line (\d+), column (\d+): ([\s\S]+)\)$/,
    fr: ([what, line, column, problem], t) =>
      `${t(what!)} (ligne ${line}, colonne ${column}${NB}: ${jsonProblemFr(problem!)})`,
  },

  // ----- Money.
  {
    en: /^(.+), with at most (\d+) integer digits and (\d+) decimals$/,
    fr: ([what, digits, decimals], t) =>
      `${t(what!)}, avec au plus ${digits} chiffres entiers et ${decimals} décimales`,
  },
  {
    en: /^a number of decimals, an integer from 0 to (\d+)$/,
    fr: ([n]) => `un nombre de décimales, entier de 0 à ${n}`,
  },
  {
    en: /^a number of parts: a positive integer, at most (\d+), or an array of ratios$/,
    fr: ([n]) => `un nombre de parts${NB}: un entier positif, d’au plus ${n}, ou une liste de ratios`,
  },
  { en: /^at most (\d+) ratios$/, fr: ([n]) => `au plus ${n} ratios` },
  { en: /^a rounding mode: ('[\w-]+'(?:, '[\w-]+')*)$/, fr: ([modes]) => `un mode d’arrondi${NB}: ${modes}` },

  // ----- The calendar.
  {
    en: /^a real calendar date written YYYY-MM-DD, e\.g\. "([^"]+)"$/,
    fr: ([example]) => `une date réelle du calendrier écrite AAAA-MM-JJ, par exemple "${example}"`,
  },
  {
    en: /^a date from (\S+) to (\S+), the supported range$/,
    fr: ([from, to]) => `une date du ${from} au ${to}, la plage prise en charge`,
  },
  { en: /^a date from (\S+) to (\S+)$/, fr: ([from, to]) => `une date du ${from} au ${to}` },
  {
    en: /^a value keeping the result between (\S+) and (\S+)$/,
    fr: ([from, to]) => `une valeur qui garde le résultat entre le ${from} et le ${to}`,
  },
  {
    en: /^an instant whose Paris date is (.+)$/,
    fr: ([range], t) => `un instant dont la date à Paris est ${t(range!)}`,
  },
  {
    en: /^an integer number of (days|weeks|months|business days)$/,
    fr: ([unit]) => `un nombre entier ${unitFr(unit!)}`,
  },
  { en: /^an options object (\{.*\})$/, fr: ([keys]) => `un objet d’options ${keys}` },
  {
    en: /^an options object with a zone, e\.g\. (\{.*\})$/,
    fr: ([example]) => `un objet d’options avec une zone, par exemple ${example}`,
  },
  { en: /^a period \{ from: "MM-DD", to: "MM-DD" \}$/, fr: () => 'une période { from: "MM-JJ", to: "MM-JJ" }' },
  { en: /^a period (\{.*\})$/, fr: ([keys]) => `une période ${keys}` },
  { en: /^only the keys (\w+(?:, \w+)*)$/, fr: ([keys]) => `seulement les clés ${keys}` },
  {
    en: /^a holiday zone, one of ((?:"(?:[^"\\]|\\.)*"|-?\d[\d.e+-]*|true|false|null)(?:, (?:"(?:[^"\\]|\\.)*"|-?\d[\d.e+-]*|true|false|null))*)$/,
    fr: ([zones]) => `une zone de jours fériés, parmi ${zones}`,
  },
  { en: /^a year from (-?\d+) to (-?\d+)$/, fr: ([from, to]) => `une année de ${from} à ${to}` },

  // ----- Plans.
  {
    en: /^a first due date on or after the evaluation date (\S+)$/,
    fr: ([asOf]) => `une première échéance à la date d’évaluation (${asOf}) ou après`,
  },
  {
    en: /^a whole number of months from (\d+) to (\d+) \(7 years, code conso L\.733-1\)$/,
    fr: ([from, to]) => `un nombre entier de mois de ${from} à ${to} (7 ans, code de la consommation L.733-1)`,
  },
  {
    en: /^a whole number of months from (\d+) to (\d+)$/,
    fr: ([from, to]) => `un nombre entier de mois de ${from} à ${to}`,
  },
  { en: /^a whole number from (\d+) to (\d+)$/, fr: ([from, to]) => `un nombre entier de ${from} à ${to}` },

  // ----- Policies: conditions.
  {
    en: /^a known fact(?: \(did you mean "([^"]*)"\?\))?; the facts are listed in docs\/facts\.md(; a host's own facts are declared with the option "extend")?$/,
    fr: ([name, host]) =>
      `un fait connu${didYouMeanFr(name!)}${NB}; les faits sont listés dans docs/facts.md${host === '' ? '' : HOST_FACTS_FR}`,
  },
  {
    en: /^a known fact(?: \(did you mean "([^"]*)"\?\))?(; a host's own facts are declared with the option "extend")?$/,
    fr: ([name, host]) => `un fait connu${didYouMeanFr(name!)}${host === '' ? '' : HOST_FACTS_FR}`,
  },
  {
    en: /^a known operator(?: \(did you mean "([^"]*)"\?\))?(; a host's own operators are declared with the option "extend")?$/,
    fr: ([name, host]) =>
      `un opérateur connu${didYouMeanFr(name!)}${
        host === '' ? '' : `${NB}; les opérateurs propres à l’hôte se déclarent avec l’option "extend"`
      }`,
  },
  {
    en: /^a name of letters, digits and "_", starting with a letter, at most (\d+) characters, e\.g\. "(\w+)"$/,
    fr: ([n, example]) =>
      `un nom de lettres, de chiffres et de "_", commençant par une lettre, d’au plus ${n} caractères, par exemple "${example}"`,
  },
  {
    en: /^(.+), or null when the account has none: the value of the host fact "(\w+)" \(([\w-]+)\)$/,
    fr: ([what, name, type], t) =>
      `${t(what!)}, ou null si le compte n’en a pas${NB}: la valeur du fait de l’hôte "${name}" (${type})`,
  },
  {
    en: /^an operator for a fact of type (\S+) \(([^)]*)\)(?:; "(.+)" is an amount or rate, compared exactly with "(.+)")?$/,
    fr: ([type, operators, fact, exact]) =>
      `un opérateur pour un fait de type ${type} (${operators})${
        fact === '' ? '' : `${NB}; "${fact}" est un montant ou un taux, comparé exactement avec "${exact}"`
      }`,
  },
  {
    en: /^true: "(\w+)" takes no other value(?: \(for the opposite test, use "(\w+)"\))?$/,
    fr: ([op, opposite]) =>
      `true${NB}: "${op}" ne prend pas d’autre valeur${opposite === '' ? '' : ` (pour le test contraire, utilisez "${opposite}")`}`,
  },
  {
    en: /^a parameter defined in "parameters"(?: \(did you mean "([^"]*)"\?\)| \(did you mean "(\{\{\w+\}\})", a variable\?\))?$/,
    fr: ([name, variable]) =>
      `un paramètre défini dans "parameters"${
        variable === '' ? didYouMeanFr(name!) : ` (vouliez-vous dire "${variable}", une variable${NB}?)`
      }`,
  },
  { en: /^a parameter holding (.+)$/, fr: ([what], t) => `un paramètre contenant ${t(what!)}` },
  {
    en: /^a fact of a type "(\w+)" compares, or a constant$/,
    fr: ([op]) => `un fait d’un type que "${op}" compare, ou une constante`,
  },
  {
    en: /^(.+), to compare with "(.+)" \((\S+)\)$/,
    fr: ([what, fact, type], t) => `${t(what!)}, à comparer avec "${fact}" (${type})`,
  },
  {
    en: /^one of the values of "(\w+)": (.+?)(?: \(did you mean "([^"]*)"\?\))?$/,
    fr: ([fact, values, name]) => `une des valeurs de "${fact}"${NB}: ${values}${didYouMeanFr(name!)}`,
  },
  {
    en: /^a value: a missing fact is compared with nothing \("(\w+)" is false on it\); test it with "isMissing"$/,
    fr: ([op]) =>
      `une valeur${NB}: un fait absent n’est comparé à rien ("${op}" est faux pour lui)${NB}; testez-le avec "isMissing"`,
  },

  // ----- Policies: one version.
  {
    en: /^(.+): 0 or more \(unit "(\w+)"\)$/,
    fr: ([what, unit], t) => `${t(what!)}${NB}: 0 ou plus (unité "${unit}")`,
  },
  { en: /^(.+) \(unit "(\w+)"\)$/, fr: ([what, unit], t) => `${t(what!)} (unité "${unit}")` },
  {
    en: /^an amount in EUR as a decimal string with at most 2 decimals, e\.g\. "([^"]+)"$/,
    fr: ([example]) => `un montant en euros écrit en texte décimal avec au plus 2 décimales, par exemple "${example}"`,
  },
  {
    en: /^a whole number of (days|months|times|years), e\.g\. (\d+)$/,
    fr: ([unit, example]) => `un nombre entier ${unitFr(unit!)}, par exemple ${example}`,
  },
  {
    en: /^no fee or penalty: (.+) is forbidden \((.+)\)$/,
    fr: ([label, basis]) => {
      const charge = FORBIDDEN_CHARGES_FR[label!];
      if (charge === undefined) throw new NoFrench(label!);
      return `aucun frais ni pénalité${NB}: ${charge} (${basis!.replace(/\(since (\S+)\)/, '(depuis le $1)')})`;
    },
  },
  {
    en: /^a (level|step|channel rule) id used once \(also at .+\[(\d+)\]\)$/,
    fr: ([what, index]) =>
      `un identifiant ${ID_OF_FR[what!]} utilisé une seule fois (déjà pris en ${LIST_OF[what!]}[${index}])`,
  },
  {
    en: /^a rank above (-?\d+): levels are listed by rising severity$/,
    fr: ([rank]) => `un rang supérieur à ${rank}${NB}: les niveaux sont listés par gravité croissante`,
  },
  {
    en: /^true: an? (\S+) has legal effect on the tenant and must not rest solely on automated processing \(GDPR art\. 22\)$/,
    fr: ([kind]) =>
      `true${NB}: ${LEGAL_STEP_FR[kind!] ?? `une étape ${kind}`} a un effet juridique sur le locataire et ne doit pas reposer uniquement sur un traitement automatisé (RGPD art. 22)`,
  },
  {
    en: /^"requires": \["(\w+)"\]: no assignation before 2 months after the CCAPEX referral \(loi 89-462 art\. 24 II\); the library enforces it whatever the policy says$/,
    fr: ([gate]) =>
      `"requires": ["${gate}"]${NB}: pas d’assignation avant 2 mois après la saisine de la CCAPEX (loi 89-462 art. 24 II)${NB}; la bibliothèque l’impose quoi que dise la politique`,
  },
  {
    en: /^a tenant channel: an? (\S+) is addressed to the tenant$/,
    fr: ([kind]) => `un canal qui atteint le locataire${NB}: une étape ${kind} s’adresse au locataire`,
  },
  { en: /^at least minDaysBetweenContacts \((\d+)\)$/, fr: ([n]) => `au moins minDaysBetweenContacts (${n})` },
  {
    en: /^at least (\d+) days between contacts: closer reminders feel like harassment \(practice, not law; C\. pén\. 222-16 for repeated calls\)$/,
    fr: ([n]) =>
      `au moins ${n} jours entre deux contacts${NB}: des relances plus rapprochées sont vécues comme du harcèlement (pratique, pas loi${NB}; C. pén. 222-16 pour les appels répétés)`,
  },
  {
    en: /^a level id(?: \(did you mean "([^"]*)"\?\))?$/,
    fr: ([name]) => `un identifiant de niveau${didYouMeanFr(name!)}`,
  },
  { en: /^a time after (\S+)$/, fr: ([time]) => `une heure après ${time}` },
  { en: /^a day after effectiveFrom \((\S+)\)$/, fr: ([day]) => `un jour après effectiveFrom (${day})` },
  {
    en: /^the unit of the parameter it replaces, "(\w+)"$/,
    fr: ([unit]) => `l’unité du paramètre qu’il remplace, "${unit}"`,
  },
  {
    en: /^(.+), as at (.+), where "(\w+)" is used$/,
    fr: ([what, at, name], t) => `${t(what!)}, comme en ${at}, où "${name}" est utilisé`,
  },
  {
    en: /^a threshold on "(\w+)" of at least (.+), the threshold of the lower level "(.+)"$/,
    fr: ([fact, min, level]) => `un seuil sur "${fact}" d’au moins ${min}, le seuil du niveau inférieur "${level}"`,
  },
  {
    en: /^a level some account can reach: every account it covers is already at level "(.+)"$/,
    fr: ([level]) =>
      `un niveau qu’un compte peut atteindre${NB}: chaque compte qu’il couvre est déjà au niveau "${level}"`,
  },
  {
    en: /^a rule some tenant can reach: the earlier rule "(.+)" matches every tenant it covers$/,
    fr: ([rule]) =>
      `une règle qu’un locataire peut atteindre${NB}: la règle précédente "${rule}" s’applique déjà à chaque locataire qu’elle couvre`,
  },
  {
    en: /^an? (level|channel rule|step|policy) id in lower-case letters, digits and hyphens, e\.g\. "([^"]+)"$/,
    fr: ([what, example]) =>
      `un identifiant ${ID_OF_FR[what!]} en lettres minuscules, chiffres et tirets, par exemple "${example}"`,
  },
  { en: /^an amount such as "([^"]+)"$/, fr: ([example]) => `un montant comme "${example}"` },

  // ----- Policies: message templates.
  {
    en: /^"\}\}" only to close a "\{\{": a placeholder written \{\{variable\}\}, \{\{param:name\}\} or \{\{variable\|text when empty\}\}$/,
    fr: () => `"}}" seulement pour fermer un "{{"${NB}: ${SYNTAX_FR}`,
  },
  {
    en: /^a "\{\{" closed by "\}\}": a placeholder written \{\{variable\}\}, \{\{param:name\}\} or \{\{variable\|text when empty\}\}$/,
    fr: () => `un "{{" fermé par "}}"${NB}: ${SYNTAX_FR}`,
  },
  {
    en: /^a placeholder written \{\{variable\}\}, \{\{param:name\}\} or \{\{variable\|text when empty\}\}; the fallback holds neither "\{", "\}" nor "\|"$/,
    fr: () => `${SYNTAX_FR}${NB}; le texte de repli ne contient ni "{", ni "}", ni "|"`,
  },
  {
    en: /^(\{\{.*\}\}): a placeholder written \{\{variable\}\}, \{\{param:name\}\} or \{\{variable\|text when empty\}\}$/,
    fr: ([meant]) => `${meant}${NB}: ${SYNTAX_FR}`,
  },
  {
    en: /^a known variable(?: \(did you mean "([^"]*)"\?\)| \(did you mean "(\{\{param:\w+\}\})", a parameter\?\))?: (.+); or \{\{param:name\}\} for a parameter$/,
    fr: ([name, param, names]) =>
      `une variable connue${param === '' ? didYouMeanFr(name!) : ` (vouliez-vous dire "${param}", un paramètre${NB}?)`}${NB}: ${names}${NB}; ou {{param:name}} pour un paramètre`,
  },
  {
    en: /^a text for when "(\w+)" is null, e\.g\. (\{\{\w+\|…\}\}): without one nothing is written there$/,
    fr: ([name, example]) =>
      `un texte pour quand "${name}" est null, par exemple ${example}${NB}: sans lui, rien n’est écrit à cet endroit`,
  },
  {
    en: /^a step id of the policy(?: \(did you mean "([^"]*)"\?\))?$/,
    fr: ([name]) => `un identifiant d’étape de la politique${didYouMeanFr(name!)}`,
  },
  {
    en: /^no template: step "(.+)" is internal, it sends the tenant no message$/,
    fr: ([step]) => `aucun modèle${NB}: l’étape "${step}" est interne, elle n’envoie aucun message au locataire`,
  },
  {
    en: /^a channel step "(.+)" can use: ([\w-]+(?:, [\w-]+)*)$/,
    fr: ([step, channels]) => `un canal que l’étape "${step}" peut utiliser${NB}: ${channels}`,
  },
  {
    en: /^one (\S+) template per step and fromContact \(also at messages\[(\d+)\] for step "(.+)"\)$/,
    fr: ([channel, index, step]) =>
      `un seul modèle ${channel} par étape et fromContact (déjà en messages[${index}] pour l’étape "${step}")`,
  },
  {
    en: /^an SMS of at most (\d+) segments: it can take (\d+) \((?:GSM-7, (\d+) septets|UCS-2(?: because "(.+)" is not in GSM-7)?, (\d+) characters); names counted at 40 characters, amounts as (.+)\)$/,
    fr: ([max, segments, septets, nonGsm, characters, amount]) =>
      `un SMS d’au plus ${max} segments${NB}: il peut en prendre ${segments} (${
        septets === ''
          ? `UCS-2${nonGsm === '' ? '' : ` car "${nonGsm}" n’est pas dans GSM-7`}, ${characters} caractères`
          : `GSM-7, ${septets} septets`
      }${NB}; noms comptés à 40 caractères, montants comme ${amount})`,
  },
  {
    en: /^at least one template: (.+) \(for the e-mail: \{ "subject", "text" \}\)$/,
    fr: ([channels]) => `au moins un modèle${NB}: ${channels} (pour l’e-mail${NB}: { "subject", "text" })`,
  },

  // ----- Policies: versions.
  {
    en: /^the same id as the other versions, "(.+)"$/,
    fr: ([id]) => `le même id que les autres versions, "${id}"`,
  },
  {
    en: /^a start on or after the end of version "(.+)" \((.+)\): two versions would apply the same day$/,
    fr: ([version, end]) =>
      `un début à la fin de la version "${version}" ou après (${end === 'open-ended' ? 'sans fin' : end})${NB}: deux versions s’appliqueraient le même jour`,
  },
  {
    en: /^a start on (\S+), the day version "(.+)" ends: no version would apply in between$/,
    fr: ([day, version]) =>
      `un début le ${day}, le jour où finit la version "${version}"${NB}: aucune version ne s’appliquerait entre les deux`,
  },
  {
    en: /^a date covered by a version of the policy \((.+)\)$/,
    fr: ([periods]) => `une date couverte par une version de la politique (${periods})`,
  },

  // ----- Case files (tests for policies).
  {
    en: /^one of the fields ((?:\$?\w+)(?:, \$?\w+)*)(?: \(did you mean "([^"]*)"\?\))?$/,
    fr: ([fields, near]) => `l’un des champs ${fields}${didYouMeanFr(near!)}`,
  },
  {
    en: /^a name no other case has \(cases\[(\d+)\] has it\)$/,
    fr: ([i]) => `un nom qu’aucun autre cas ne porte (cases[${i}] le porte)`,
  },
  {
    en: /^a JSON account file, relative to the case file \((.+): (?:(no such file)|(a folder, not a file)|(not readable)|not JSON, line (\d+), column (\d+))\)$/,
    fr: ([path, none, folder, unreadable, line, column]) =>
      `un fichier de compte JSON, relatif au fichier de cas (${path}${NB}: ${
        none
          ? 'fichier introuvable'
          : folder
            ? 'un dossier, pas un fichier'
            : unreadable
              ? 'illisible'
              : `pas du JSON, ligne ${line}, colonne ${column}`
      })`,
  },

  // ----- Runs.
  {
    en: /^an account the library can evaluate \(internal error: ([\s\S]*)\)$/,
    // The error's message is quoted as it is.
    fr: ([error]) => `un compte que la bibliothèque peut évaluer (erreur interne${NB}: ${error})`,
  },
  {
    en: /^(\d+) records in the batch from line (\d+|\?)$/,
    fr: ([n, line]) => `${n} enregistrements dans le lot à partir de la ligne ${line}`,
  },

  // ----- Files: the header of a CSV file.
  {
    en: /^a column of the (accounts|ledger) file, by its English or its French name \(docs\/csv-layout\.md\)(?: — did you mean "(.*)"\?)?; the header was read (?:as one column: separate the columns with "," or ";"( \(not with tabs\))?|with "(.)" as the separator)$/,
    fr: ([file, near, tabs, separator]) =>
      `une colonne du fichier ${CSV_FILE_FR[file!]}, par son nom anglais ou français (docs/csv-layout.md)${
        near === '' ? '' : ` — vouliez-vous dire "${near}"${NB}?`
      }${NB}; ${headerReadFr(tabs!, separator!)}`,
  },
  {
    en: /^the required columns (.+); missing: (.+); the header was read (?:as one column: separate the columns with "," or ";"( \(not with tabs\))?|with "(.)" as the separator)$/,
    fr: ([columns, missing, tabs, separator]) =>
      `les colonnes obligatoires ${columns}${NB}; manquantes${NB}: ${missing}${NB}; ${headerReadFr(tabs!, separator!)}`,
  },
  {
    en: /^each column once, but "(.*)" and "(.*)" \(cells (\d+) and (\d+)\) are the same column \((.+)\)$/,
    fr: ([a, b, i, j, column]) =>
      `chaque colonne une seule fois, mais "${a}" et "${b}" (cellules ${i} et ${j}) sont la même colonne (${column})`,
  },

  // ----- Files: a row of a CSV file.
  {
    en: /^a row of (\d+) cells like the header, not (\d+)(?: \(line (\d+)\))?: a cell is missing or one is too many — is there (a comma|a ";") inside a cell that is not in quotes\?$/,
    fr: ([width, cells, line, separator]) =>
      `une ligne de ${width} cellules comme l’en-tête, pas ${cells}${line === '' ? '' : ` (ligne ${line})`}${NB}: une cellule manque ou il y en a une de trop — y a-t-il ${
        separator === 'a comma' ? 'une virgule' : 'un ";"'
      } dans une cellule qui n’est pas entre guillemets${NB}?`,
  },
  {
    en: /^a CSV row whose quotes are closed: the quote that opens cell (\d+)(?: \((.*?)\))? is not closed on this line — close it, or remove it \(in this layout a cell never runs over several lines\)$/,
    fr: ([cell, column]) =>
      `une ligne CSV aux guillemets fermés${NB}: le guillemet qui ouvre la cellule ${cell}${column === '' ? '' : ` (${column})`} n’est pas fermé sur cette ligne — fermez-le, ou retirez-le (dans ce format une cellule ne s’étend jamais sur plusieurs lignes)`,
  },
  {
    en: /^a CSV row with balanced quotes: cell (\d+)(?: \((.*?)\))? has a quote inside it — put the whole cell in quotes and double the quote inside \("5""00" for 5"00\), or remove the quote$/,
    fr: ([cell, column]) =>
      `une ligne CSV aux guillemets équilibrés${NB}: la cellule ${cell}${column === '' ? '' : ` (${column})`} contient un guillemet — mettez toute la cellule entre guillemets et doublez le guillemet intérieur ("5""00" pour 5"00), ou retirez le guillemet`,
  },
  {
    en: /^a CSV row with balanced quotes: cell (\d+)(?: \((.*?)\))? has text after its closing quote — put the whole cell in quotes, or remove the quotes$/,
    fr: ([cell, column]) =>
      `une ligne CSV aux guillemets équilibrés${NB}: la cellule ${cell}${column === '' ? '' : ` (${column})`} a du texte après son guillemet fermant — mettez toute la cellule entre guillemets, ou retirez les guillemets`,
  },
  {
    en: /^a row of at most 16 MiB \((\d+) bytes\); this line is (\d+) bytes long and was skipped — check the export$/,
    fr: ([max, size]) =>
      `une ligne d’au plus 16 Mio (${max} octets)${NB}; cette ligne fait ${size} octets et a été ignorée — vérifiez l’export`,
  },
  {
    en: /^an amount with a decimal point \("512\.30"\), but this one has a decimal comma, as French files write it: pass --(encoding|input-dialect) ([\w-]+) \(the option (encoding|inputDialect): '([\w-]+)'\)$/,
    fr: ([flag, value, option]) =>
      `un montant avec un point décimal ("512.30"), mais celui-ci a une virgule décimale, comme l’écrivent les fichiers français${NB}: ${passFr(flag!, value!, option!)}`,
  },
  {
    en: /^an amount with a decimal comma, as a French file writes it \("512,30"\): a point is not read in a French file, where "1\.500" could be 1500 or 1,5 — write 512,30, or, if every amount of the file has a point, pass --(encoding|input-dialect) ([\w-]+) \(the option (encoding|inputDialect): '([\w-]+)'\)$/,
    fr: ([flag, value, option]) =>
      `un montant avec une virgule décimale, comme l’écrit un fichier français ("512,30")${NB}: un point n’est pas lu dans un fichier français, où "1.500" pourrait valoir 1500 ou 1,5 — écrivez 512,30, ou, si tous les montants du fichier ont un point, ${passFr(flag!, value!, option!)}`,
  },
  {
    en: /^a date written YYYY-MM-DD \("2026-11-23"\), but this one is written DD\/MM\/YYYY, as French files write it: pass --(encoding|input-dialect) ([\w-]+) \(the option (encoding|inputDialect): '([\w-]+)'\)$/,
    fr: ([flag, value, option]) =>
      `une date écrite AAAA-MM-JJ ("2026-11-23"), mais celle-ci est écrite JJ/MM/AAAA, comme l’écrivent les fichiers français${NB}: ${passFr(flag!, value!, option!)}`,
  },
  {
    en: /^a real date written DD\/MM\/YYYY \(day, month, year: "23\/11\/2026"\); (.*) is no day of the calendar$/,
    fr: ([text]) =>
      `une date réelle écrite JJ/MM/AAAA (jour, mois, année${NB}: "23/11/2026")${NB}; ${text} n’est pas un jour du calendrier`,
  },

  // ----- Files: encodings.
  {
    en: /^no byte-order mark \(U\+FEFF\) on line (\d+): a byte-order mark in the middle of the file: two files joined\? Remove it \(and any repeated header\), or join the files again without it$/,
    fr: ([line]) =>
      `aucune marque d’ordre des octets (U+FEFF) à la ligne ${line}${NB}: une marque d’ordre des octets au milieu du fichier${NB}: deux fichiers joints${NB}? Retirez-la (ainsi que tout en-tête répété), ou joignez à nouveau les fichiers sans elle`,
  },
  {
    en: /^UTF-8 text, but line (\d+) holds bytes that are not UTF-8 \(shown as \uFFFD\): the file was probably saved as Windows-1252 \("ANSI"\) or Latin-1, so accented letters cannot be read — export it again as UTF-8 \(in Excel: "CSV UTF-8"; in other tools: encoding UTF-8, sometimes called "Unicode \(UTF-8\)"\)$/,
    fr: ([line]) =>
      `du texte UTF-8, mais la ligne ${line} contient des octets qui ne sont pas de l’UTF-8 (affichés \uFFFD)${NB}: le fichier a probablement été enregistré en Windows-1252 ("ANSI") ou en Latin-1, donc les lettres accentuées ne peuvent pas être lues — ${EXPORT_UTF8_FR}`,
  },
  {
    en: /^UTF-8 text, but line (\d+) holds bytes that are not UTF-8: the file looks like Windows-1252 \("ANSI": what Excel writes for "CSV \(séparateur : point-virgule\)"\) or ISO-8859-1 — pass --(encoding|input-dialect) ([\w-]+) \(the option (encoding|inputDialect): '([\w-]+)'\), which reads both, or export it again as UTF-8 \(in Excel: "CSV UTF-8"; in other tools: encoding UTF-8, sometimes called "Unicode \(UTF-8\)"\)$/,
    fr: ([line, flag, value, option]) =>
      `du texte UTF-8, mais la ligne ${line} contient des octets qui ne sont pas de l’UTF-8${NB}: le fichier semble être en Windows-1252 ("ANSI"${NB}: ce qu’Excel écrit pour "CSV (séparateur : point-virgule)") ou en ISO-8859-1 — ${passFr(flag!, value!, option!)}, qui lit les deux, ou ${EXPORT_UTF8_FR}`,
  },
  {
    en: /^UTF-8 text, but line (\d+) holds bytes that are not UTF-8: the file is in an encoding this library does not read — export it again as UTF-8 \(in Excel: "CSV UTF-8"; in other tools: encoding UTF-8, sometimes called "Unicode \(UTF-8\)"\)$/,
    fr: ([line]) =>
      `du texte UTF-8, mais la ligne ${line} contient des octets qui ne sont pas de l’UTF-8${NB}: le fichier est dans un encodage que cette bibliothèque ne lit pas — ${EXPORT_UTF8_FR}`,
  },
  {
    en: /^(Windows-1252|ISO-8859-1) text, but line (\d+) is UTF-8 \(its accented letters are written in 2 bytes each, and would be read as "Ã©"\): the file is UTF-8 — pass --encoding utf-8, or leave --encoding out \(the option encoding\)$/,
    fr: ([encoding, line]) =>
      `du texte ${encoding}, mais la ligne ${line} est en UTF-8 (ses lettres accentuées s’écrivent en 2 octets chacune, et seraient lues "Ã©")${NB}: le fichier est en UTF-8 — passez --encoding utf-8, ou omettez --encoding (l’option encoding)`,
  },
  {
    en: /^ISO-8859-1 text, but line (\d+) holds the byte (0x[0-9A-F]{2}) \(at byte (\d+)\), a control character in ISO-8859-1(?:, and no character in Windows-1252 either: the file is in another encoding — export it again as UTF-8 \(in Excel: "CSV UTF-8"; in other tools: encoding UTF-8, sometimes called "Unicode \(UTF-8\)"\)| but "(.)" in Windows-1252: the file is Windows-1252 — pass --(encoding|input-dialect) ([\w-]+) \(the option (encoding|inputDialect): '([\w-]+)'\))$/,
    fr: ([line, byte, at, shown, flag, value, option]) =>
      `du texte ISO-8859-1, mais la ligne ${line} contient l’octet ${byte} (à l’octet ${at}), un caractère de contrôle en ISO-8859-1${
        shown === ''
          ? `, et aucun caractère en Windows-1252 non plus${NB}: le fichier est dans un autre encodage — ${EXPORT_UTF8_FR}`
          : ` mais "${shown}" en Windows-1252${NB}: le fichier est en Windows-1252 — ${passFr(flag!, value!, option!)}`
      }`,
  },
  {
    en: /^Windows-1252 text, but line (\d+) holds the byte (0x[0-9A-F]{2}) \(at byte (\d+)\), which is no character in Windows-1252: the file is in another encoding \(a DOS code page such as CP850, or Mac Roman\?\) — export it again as UTF-8 \(in Excel: "CSV UTF-8"; in other tools: encoding UTF-8, sometimes called "Unicode \(UTF-8\)"\)$/,
    fr: ([line, byte, at]) =>
      `du texte Windows-1252, mais la ligne ${line} contient l’octet ${byte} (à l’octet ${at}), qui n’est aucun caractère en Windows-1252${NB}: le fichier est dans un autre encodage (une page de code DOS comme CP850, ou Mac Roman${NB}?) — ${EXPORT_UTF8_FR}`,
  },
  {
    en: /^a file in UTF-8; this file is in (.+), which would be read as garbage: export it again as UTF-8 \(in Excel: "CSV UTF-8"; in other tools: encoding UTF-8, sometimes called "Unicode \(UTF-8\)"\)$/,
    fr: ([encoding]) =>
      `un fichier en UTF-8${NB}; ce fichier est en ${encoding}, qui serait lu comme du charabia${NB}: ${EXPORT_UTF8_FR}`,
  },
  {
    en: /^utf-8 for (JSON|NDJSON) input, which is always UTF-8: the encoding option \(--encoding\) is for CSV files$/,
    fr: ([format]) =>
      `utf-8 pour une entrée ${format}, toujours en UTF-8${NB}: l’option encoding (--encoding) est pour les fichiers CSV`,
  },

  // ----- Files: JSON and NDJSON.
  {
    en: /^one account per line, each line at most 16 MiB \((\d+) bytes\); this line is (\d+) bytes long and was skipped\. Is the file really one account per line \(NDJSON\)\? Check the export: put each account on its own line$/,
    fr: ([max, size]) =>
      `un compte par ligne, chaque ligne d’au plus 16 Mio (${max} octets)${NB}; cette ligne fait ${size} octets et a été ignorée. Le fichier a-t-il vraiment un compte par ligne (NDJSON)${NB}? Vérifiez l’export${NB}: mettez chaque compte sur sa propre ligne`,
  },
  {
    en: /^one account as a JSON object on one line; ([\s\S]*)$/,
    // The fault is JSON.parse's own message: quoted as it is.
    fr: ([fault]) => `un compte en objet JSON sur une seule ligne${NB}; ${fault}`,
  },
  {
    en: /^one JSON document \(an array of accounts\), but more text follows it; (.+) — is the file NDJSON \(one account per line\)\? Name it \.ndjson, or give the format ndjson \(--input-format ndjson\)$/,
    fr: ([where]) =>
      `un seul document JSON (une liste de comptes), mais du texte le suit${NB}; ${jsonFault(where!)} — le fichier est-il en NDJSON (un compte par ligne)${NB}? Nommez-le .ndjson, ou donnez le format ndjson (--input-format ndjson)`,
  },
  {
    en: /^a JSON array of accounts; ([\s\S]+)$/,
    fr: ([where]) => `une liste JSON de comptes${NB}; ${jsonFault(where!)}`,
  },

  // ----- Files: the ledger.
  {
    en: /^the id of an account of the accounts file, but the accountId cell is empty: this posting \((.*) of (.*) on (.*)\) was counted in no account — correct the accountId in the ledger file and run again$/,
    fr: ([kind, amount, date]) =>
      `l’id d’un compte du fichier des comptes, mais la cellule accountId est vide${NB}: ${unmatchedFr(kind!, amount!, date!)} — ${LEDGER_FIX_FR}`,
  },
  {
    en: /^the id of an account of the accounts file — did you mean "(.*)"\? The two ids differ only by spaces or capital letters, so this posting \((.*) of (.*) on (.*)\) was counted in no account: correct the accountId in the ledger file and run again$/,
    fr: ([near, kind, amount, date]) =>
      `l’id d’un compte du fichier des comptes — vouliez-vous dire "${near}"${NB}? Les deux id ne diffèrent que par des espaces ou des majuscules, donc ${unmatchedFr(kind!, amount!, date!)}${NB}: ${LEDGER_FIX_FR}`,
  },
  {
    en: /^the id of an account of the accounts file, but no account row has this id: this posting \((.*) of (.*) on (.*)\) was counted in no account — correct the accountId in the ledger file and run again, or add the account to the accounts file$/,
    fr: ([kind, amount, date]) =>
      `l’id d’un compte du fichier des comptes, mais aucune ligne de compte n’a cet id${NB}: ${unmatchedFr(kind!, amount!, date!)} — ${LEDGER_FIX_FR}, ou ajoutez le compte au fichier des comptes`,
  },
  {
    en: /^a ledger file at (.+?) \((.+)\): the postings are read from the file named like the accounts file with \.ledger\.csv in place of \.csv, or from the file named by --ledger \(the ledger option\) — export the ledger there, or name it$/,
    // The reason is the system's own message, quoted as it is, unless the file does not exist.
    fr: ([path, why]) =>
      `un fichier des écritures à ${path} (${why === 'there is no such file' ? 'ce fichier n’existe pas' : why})${NB}: les écritures sont lues dans le fichier nommé comme le fichier des comptes avec .ledger.csv au lieu de .csv, ou dans le fichier nommé par --ledger (l’option ledger) — exportez-y les écritures, ou nommez-le`,
  },
  {
    en: /^every row of the ledger readable; (\d+) more rows cannot be read$/,
    fr: ([n]) => `chaque ligne des écritures lisible${NB}; ${n} autres lignes ne peuvent pas être lues`,
  },
]);

/**
 * The French of a problem of a JSON text (`a comma before "}": remove the last comma`), read back
 * to its code in the catalogue (messages-json.ts); {@link NoFrench} for a text that is none.
 */
function jsonProblemFr(english: string): string {
  const problem = readJsonProblem(english);
  if (problem === undefined) throw new NoFrench(english);
  return jsonProblemMessage(problem, 'fr');
}

/** Where a JSON file went wrong: `line L, column C: <problem>`, `after line L: <problem>`, or JSON.parse's own words. */
function jsonFault(where: string): string {
  const at = /^line (\d+), column (\d+): ([\s\S]+)$/.exec(where);
  if (at !== null) return `ligne ${at[1]}, colonne ${at[2]}${NB}: ${jsonProblemFr(at[3]!)}`;
  const after = /^after line (\d+): ([\s\S]+)$/.exec(where);
  if (after !== null) return `après la ligne ${after[1]}${NB}: ${jsonProblemFr(after[2]!)}`;
  return where;
}

/** A count written `50,000,000` in English: `50 000 000` in French (U+202F between the thousands). */
const countFr = (grouped: string): string => grouped.replace(/,/g, '\u202F');

/**
 * The French of the size of a value cut short in a `received` (see `bounded.ts`), or `undefined`.
 *
 * @param size - `50,000,000 characters`, `a list of 200,000 items`, `an object of 5,000 keys` or
 *   `a bigint of 5,001 digits`.
 * @returns `50 000 000 caractères`, `une liste de 200 000 éléments`…
 * @example
 * ```ts
 * sizeFr('a list of 200,000 items'); // => 'une liste de 200\u202F000 éléments'
 * ```
 */
export function sizeFr(size: string): string | undefined {
  const m = /^(?:(a list of|an object of|a bigint of) )?([\d,]+) (character|item|key|digit)s?$/.exec(size);
  if (m === null) return undefined;
  const [, of, n, unit] = m;
  const count = countFr(n!);
  const many = n!.replace(/,/g, '') !== '1';
  switch (unit) {
    case 'character':
      return of === undefined ? `${count} caractère${many ? 's' : ''}` : undefined;
    case 'item':
      return of === 'a list of' ? `une liste de ${count} élément${many ? 's' : ''}` : undefined;
    case 'key':
      return of === 'an object of' ? `un objet de ${count} clé${many ? 's' : ''}` : undefined;
    default:
      return of === 'a bigint of' ? `un grand entier de ${count} chiffre${many ? 's' : ''}` : undefined;
  }
}

/**
 * Words of a message that describe a value received: the frame, the values the library names in
 * words, the fix for a number given where text is expected.
 *
 * @example
 * ```ts
 * ISSUE_MESSAGES['issue.frame'].fr({ path: 'asOf', expected: 'une date', received: '"hier"', hint: null });
 * // => 'asOf\u00a0: attendu une date, reçu "hier"'
 * ```
 */
export const ISSUE_MESSAGES = Object.freeze({
  'issue.frame': define<{ path: string; expected: string; received: string; hint: string | null }>({
    fr: (p) => `${p.path}${NB}: attendu ${p.expected}, reçu ${p.received}${p.hint === null ? '' : `${NB}; ${p.hint}`}`,
    en: (p) => `${p.path}: expected ${p.expected}; received ${p.received}${p.hint === null ? '' : `; ${p.hint}`}`,
  }),
  'issue.expected.untranslated': define<{ expected: string }>({
    fr: (p) => `«${NB}${p.expected}${NB}»`,
    en: (p) => p.expected,
  }),
  'issue.root': define<Record<string, never>>({ fr: () => '(racine)', en: () => '(root)' }),
  'issue.hint.amount': define<Record<string, never>>({
    fr: () => 'écrivez les montants en texte décimal entre guillemets, par exemple "1234.56"',
    en: () => 'write amounts as decimal strings in quotes, e.g. "1234.56"',
  }),
  'issue.hint.date': define<Record<string, never>>({
    fr: () => 'écrivez les dates en texte entre guillemets, par exemple "2026-11-22"',
    en: () => 'write dates as text in quotes, e.g. "2026-11-22"',
  }),
  'issue.hint.text': define<Record<string, never>>({
    fr: () => 'écrivez la valeur entre guillemets, comme un texte',
    en: () => 'write it in quotes as text',
  }),
  'issue.received.absent': define<Record<string, never>>({
    fr: () => 'rien (le champ est absent)',
    en: () => 'nothing (the field is absent)',
  }),
  'issue.received.number': define<{ value: string }>({
    fr: (p) => `le nombre ${p.value}`,
    en: (p) => `the number ${p.value}`,
  }),
  'issue.received.bigint': define<{ value: string }>({
    fr: (p) => `le grand entier (bigint) ${p.value}`,
    en: (p) => `the bigint ${p.value}`,
  }),
  'issue.received.function': define<Record<string, never>>({ fr: () => 'une fonction', en: () => 'a function' }),
  'issue.received.symbol': define<Record<string, never>>({ fr: () => 'un symbole', en: () => 'a symbol' }),
  'issue.received.tooLarge': define<Record<string, never>>({
    fr: () => 'un nombre trop grand pour être lu (au-delà d’environ 1.8e308, comme 1e400)',
    en: () => 'a number too large to read (beyond about 1.8e308, such as 1e400)',
  }),
  'issue.received.tooLargeNegative': define<Record<string, never>>({
    fr: () => 'un nombre négatif trop grand pour être lu (en deçà d’environ -1.8e308, comme -1e400)',
    en: () => 'a negative number too large to read (beyond about -1.8e308, such as -1e400)',
  }),
  'issue.received.unwritable': define<Record<string, never>>({
    fr: () => 'une valeur qui ne peut pas s’écrire en JSON',
    en: () => 'a value that cannot be written as JSON',
  }),
  'issue.received.nested': define<Record<string, never>>({
    fr: () => '(des données imbriquées)',
    en: () => '(nested data)',
  }),
  'issue.received.moreValues': define<{ n: string }>({
    fr: (p) => `(plus de ${p.n} valeurs)`,
    en: (p) => `(more than ${p.n} values)`,
  }),
  'issue.received.moreBytes': define<{ n: string }>({
    fr: (p) => `(plus de ${p.n} octets)`,
    en: (p) => `(more than ${p.n} bytes)`,
  }),
  'issue.received.moreRows': define<{ n: string }>({
    fr: (p) => `${p.n} autres lignes`,
    en: (p) => `${p.n} more rows`,
  }),
});
