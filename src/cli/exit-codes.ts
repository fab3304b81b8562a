/**
 * The exit codes of the command, the same for every command, in one place: the help text, the
 * README and the embedding guide print this table (a test checks that they show the same one).
 *
 * @module
 */
import type { Locale } from '../i18n';

/** One exit code: its number, a short name, and what it means for the host. */
export interface ExitCode {
  /** The process exit code. */
  readonly code: number;
  /** A few words, for the one-line summary. */
  readonly short: string;
  /** What it means and what to do, for the help and the docs. */
  readonly meaning: string;
}

/**
 * The exit codes, in the order a host checks them.
 *
 * @example
 * ```ts
 * EXIT_CODES.map((e) => e.code); // => [0, 1, 2, 3, 141]
 * ```
 */
export const EXIT_CODES = Object.freeze([
  {
    code: 0,
    short: 'every record decided',
    meaning: 'done: every record has its decision (validate: the policy is valid; test: every case passed)',
  },
  {
    code: 1,
    short: 'input unreadable or invalid, or output not written',
    meaning:
      'stopped: an input is unreadable or invalid (a missing file, a policy that does not validate, a JSON syntax error, an impossible date) or the output cannot be written; stderr names the file and the fix; the --out file is not written (one that existed is left as it was). test: a case failed (the report on stdout says which and why)',
  },
  {
    code: 2,
    short: 'wrong usage',
    meaning: 'wrong usage: an unknown command or option, a missing or repeated option; nothing was read',
  },
  {
    code: 3,
    short: 'some records are error records',
    meaning:
      'done, but some records are error records (evaluate, compare, kpi, changes, demo): the summary on stderr says how many; every other record has its decision',
  },
  {
    code: 141,
    short: 'stdout closed by its reader',
    meaning:
      'the reader of stdout went away (a pipe closed early, as with | head): stopped quietly, the output is incomplete (128 + SIGPIPE, as Unix tools)',
  },
] as const satisfies readonly ExitCode[]);

/**
 * The exit code of each outcome, by name, for the code that returns them.
 *
 * @example
 * ```ts
 * EXIT.errorRecords; // => 3
 * ```
 */
export const EXIT = Object.freeze({
  done: 0,
  invalidInput: 1,
  usage: 2,
  errorRecords: 3,
  outputClosed: 141,
} as const);

/**
 * The exit codes in French, by code: what `--help` shows when the help is in French. The codes
 * and the option names stay as they are; only the words change.
 *
 * @example
 * ```ts
 * EXIT_CODES_FR[2].short; // => 'mauvais usage'
 * ```
 */
export const EXIT_CODES_FR: Readonly<
  Record<(typeof EXIT_CODES)[number]['code'], Readonly<Pick<ExitCode, 'short' | 'meaning'>>>
> = Object.freeze({
  0: {
    short: 'chaque enregistrement décidé',
    meaning:
      'terminé\u00a0: chaque enregistrement a sa décision (validate\u00a0: la politique est valide\u00a0; test\u00a0: chaque cas a réussi)',
  },
  1: {
    short: 'entrée illisible ou invalide, ou sortie non écrite',
    meaning:
      'arrêt\u00a0: une entrée est illisible ou invalide (un fichier absent, une politique qui ne se valide pas, une erreur de syntaxe JSON, une date impossible) ou la sortie ne peut pas être écrite\u00a0; stderr nomme le fichier et la correction\u00a0; le fichier --out n’est pas écrit (celui qui existait est laissé tel quel). test\u00a0: un cas a échoué (le rapport sur stdout dit lequel et pourquoi)',
  },
  2: {
    short: 'mauvais usage',
    meaning:
      'mauvais usage\u00a0: une commande ou une option inconnue, une option manquante ou répétée\u00a0; rien n’a été lu',
  },
  3: {
    short: 'des enregistrements sont des erreurs',
    meaning:
      'terminé, mais des enregistrements sont des erreurs (evaluate, compare, kpi, changes, demo)\u00a0: le résumé sur stderr dit combien\u00a0; chaque autre enregistrement a sa décision',
  },
  141: {
    short: 'sortie standard fermée par son lecteur',
    meaning:
      'le lecteur de la sortie standard est parti (un tube fermé tôt, comme avec | head)\u00a0: arrêt sans message, la sortie est incomplète (128 + SIGPIPE, comme les outils Unix)',
  },
});

/** The short name and the meaning of each code, in the order of {@link EXIT_CODES}, in a locale. */
function codesIn(locale: Locale): readonly ExitCode[] {
  return locale === 'fr' ? EXIT_CODES.map(({ code }) => ({ code, ...EXIT_CODES_FR[code] })) : EXIT_CODES;
}

/**
 * The table for a terminal: one code a line, the meaning wrapped under it.
 *
 * @param locale - The language of the words: English unless asked.
 * @returns The lines, after a title.
 * @example
 * ```ts
 * exitCodesText()[0]; // => 'Exit codes, the same for every command:'
 * exitCodesText('fr')[0]; // => 'Codes de sortie, les mêmes pour toutes les commandes\u00a0:'
 * ```
 */
export function exitCodesText(locale: Locale = 'en'): string[] {
  const lines = [
    locale === 'fr'
      ? 'Codes de sortie, les mêmes pour toutes les commandes\u00a0:'
      : 'Exit codes, the same for every command:',
  ];
  for (const { code, meaning } of codesIn(locale)) {
    const words = meaning.split(' ');
    let current = `  ${String(code).padEnd(4)} `;
    for (const word of words) {
      if (current.length + word.length > 99 && current.trim().length > 4) {
        lines.push(current.trimEnd());
        current = '       ';
      }
      current += `${word} `;
    }
    lines.push(current.trimEnd());
  }
  return lines;
}

/**
 * The table in Markdown, as the README and the embedding guide show it.
 *
 * @returns The Markdown table, header first, one line per code, ending with a newline.
 * @example
 * ```ts
 * exitCodesMarkdown().split('\n')[2]; // => '| 0 | done: every record has its decision (validate: the policy is valid) |'
 * ```
 */
export function exitCodesMarkdown(): string {
  // A "|" in a cell would end it: Markdown writes it "\|".
  const rows = EXIT_CODES.map(({ code, meaning }) => `| ${code} | ${meaning.replaceAll('|', '\\|')} |`);
  return `${['| exit code | meaning |', '| --- | --- |', ...rows].join('\n')}\n`;
}

/**
 * The codes on one line, for the help page of each command.
 *
 * @param locale - The language of the words: English unless asked.
 * @returns `Exit codes: 0 every record decided, 1 …`.
 * @example
 * ```ts
 * exitCodesLine().startsWith('Exit codes: 0 every record decided, 1 '); // => true
 * exitCodesLine('fr').startsWith('Codes de sortie\u00a0: 0 chaque enregistrement décidé, 1 '); // => true
 * ```
 */
export function exitCodesLine(locale: Locale = 'en'): string {
  const codes = codesIn(locale)
    .map((e) => `${e.code} ${e.short}`)
    .join(', ');
  return locale === 'fr'
    ? `Codes de sortie\u00a0: ${codes} (hlm-recovery --help en dit plus).`
    : `Exit codes: ${codes} (hlm-recovery --help says more).`;
}
