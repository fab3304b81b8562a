/**
 * The help in French (the default) and in English (src/cli/help.ts): the same pages, the same
 * options, the same examples and the same exit codes in both languages, and French typography in
 * the French prose.
 */
import { describe, expect, it } from 'vitest';
import { EXIT_CODES, EXIT_CODES_FR, exitCodesLine, exitCodesText } from '../../src/cli/exit-codes';
import { HELP, HELP_COMMANDS, HELP_FR, helpText } from '../../src/cli/help';

const NBSP = '\u00a0';
const LOCALES = ['fr', 'en'] as const;
const SUBCOMMANDS = HELP_COMMANDS.filter((c) => c !== 'main');

function page(command: string, locale: 'fr' | 'en'): string {
  const text = helpText(command, locale);
  if (text === undefined) throw new Error(`no ${locale} help page for ${command}`);
  return text;
}

/** Every `--option` the page names, once each, sorted. */
const optionsOf = (text: string) => [...new Set(text.match(/--[a-z][a-z-]*/g) ?? [])].sort();

/** The lines that are commands to type: the examples. */
const isExample = (line: string) => line.startsWith('  hlm-recovery ');

/** The exit codes the page lists: the table of the main page, or the one-line summary of the others. */
function exitCodesOf(text: string): number[] {
  const table = [...text.matchAll(/^ {2}(\d+) +\S/gm)].map((m) => Number(m[1]));
  if (table.length > 0) return table;
  const summary = text
    .split('\n')
    .find((l) => l.startsWith('Exit codes: ') || l.startsWith(`Codes de sortie${NBSP}: `));
  return [...(summary ?? '').matchAll(/(?:: |, )(\d+) /g)].map((m) => Number(m[1]));
}

describe('the help pages', () => {
  it('are the main page and one per subcommand, in French and in English', () => {
    expect([...HELP_COMMANDS]).toEqual([
      'main',
      'evaluate',
      'validate',
      'explain',
      'schema',
      'compare',
      'kpi',
      'changes',
      'serve',
      'policy',
      'test',
      'demo',
    ]);
    expect(Object.keys(HELP)).toEqual([...HELP_COMMANDS]);
    expect(Object.keys(HELP_FR)).toEqual([...HELP_COMMANDS]);
    for (const command of HELP_COMMANDS)
      for (const locale of LOCALES) expect(page(command, locale).length).toBeGreaterThan(100);
    expect(helpText('evaluate', 'en')).toBe(HELP.evaluate);
    expect(helpText('evaluate', 'fr')).toBe(HELP_FR.evaluate);
    expect(helpText('evaluate', 'fr')).not.toBe(HELP.evaluate);
  });

  it('have none for an unknown command', () => {
    for (const locale of LOCALES)
      for (const command of ['frobnicate', '', 'Evaluate', 'toString', '__proto__', 'constructor'])
        expect(helpText(command, locale)).toBeUndefined();
  });

  it.each(HELP_COMMANDS)('name the same options in French and in English (%s)', (command) => {
    const en = optionsOf(page(command, 'en'));
    expect(en).toContain('--help');
    expect(optionsOf(page(command, 'fr'))).toEqual(en);
  });

  it.each(SUBCOMMANDS)('give the same examples in French and in English (%s)', (command) => {
    const examples = (locale: 'fr' | 'en') => page(command, locale).split('\n').filter(isExample);
    expect(examples('en').length).toBeGreaterThan(0);
    expect(examples('fr')).toEqual(examples('en'));
  });

  it.each(HELP_COMMANDS)('list the same exit codes in French and in English (%s)', (command) => {
    const codes = EXIT_CODES.map((e) => e.code);
    expect(exitCodesOf(page(command, 'en'))).toEqual(codes);
    expect(exitCodesOf(page(command, 'fr'))).toEqual(codes);
  });

  it.each(SUBCOMMANDS)('end with the exit codes in one line, in the language of the page (%s)', (command) => {
    expect(page(command, 'en').endsWith(`\n\n${exitCodesLine()}`)).toBe(true);
    expect(page(command, 'fr').endsWith(`\n\n${exitCodesLine('fr')}`)).toBe(true);
  });

  it('show the table of the exit codes on the main page, in the language of the page', () => {
    expect(page('main', 'en')).toContain(`\n\n${exitCodesText().join('\n')}\n\n`);
    expect(page('main', 'fr')).toContain(`\n\n${exitCodesText('fr').join('\n')}\n\n`);
  });
});

describe('the French pages', () => {
  it.each(HELP_COMMANDS)('put a no-break space before : ; ? and ! in the prose (%s)', (command) => {
    for (const line of page(command, 'fr').split('\n')) {
      if (isExample(line)) continue;
      expect(line).not.toMatch(/ [:;?!]/);
      // The format validate prints is quoted as it is: "<path>: <message>".
      const prose = line.replace(`«${NBSP}<chemin>: <message>${NBSP}»`, '');
      for (const m of prose.matchAll(/[:;?!]/g)) expect(prose[m.index - 1], `"${line}" at ${m.index}`).toBe(NBSP);
    }
  });

  it('say, in French, what a recovery officer reads', () => {
    const evaluate = page('evaluate', 'fr').split('\n');
    expect(evaluate[0]).toBe(
      `Usage${NBSP}: hlm-recovery evaluate <comptes> --as-of <date> [--policy <fichier>] [options]`,
    );
    expect(evaluate).toContain(
      'Évalue chaque compte d’un fichier (ou de l’entrée standard, pour -) et écrit un résultat par compte,',
    );
    expect(evaluate).toContain(`Options${NBSP}:`);
    expect(evaluate).toContain(`Exemples${NBSP}:`);
    expect(evaluate).toContain(
      `  --as-of <date>       date d’évaluation, AAAA-MM-JJ (obligatoire${NBSP}: rien n’est lu sur l’horloge)`,
    );
    expect(page('explain', 'fr').split('\n')).toContain(
      `  --lang <l>           langue du récit${NBSP}: fr ou en (par défaut fr)`,
    );
    expect(page('demo', 'fr')).toContain(`\nExemple${NBSP}:\n  hlm-recovery demo --accounts 100000\n`);
    expect(page('main', 'fr')).toContain(`\nCodes de sortie, les mêmes pour toutes les commandes${NBSP}:\n`);
    expect(page('main', 'fr')).toContain(`\nUsage${NBSP}: hlm-recovery <commande> [options]\n\nCommandes${NBSP}:\n`);
  });

  it('align the descriptions of the options, continuation lines included', () => {
    for (const command of SUBCOMMANDS) {
      const text = page(command, 'fr');
      const block = text.split(`Options${NBSP}:\n`)[1]?.split('\n\n')[0];
      if (block === undefined) continue;
      // An option line: its syntax, two spaces or more, the description; a continuation line: spaces, the description.
      const starts = block.split('\n').map((l) => (/^ {2}--.*? {2,}(?=\S)/.exec(l) ?? /^ +(?=\S)/.exec(l))?.[0].length);
      expect(new Set(starts).size, `${command}:\n${block}`).toBe(1);
    }
  });
});

describe('the English pages', () => {
  it('keep the English typography', () => {
    for (const command of HELP_COMMANDS) expect(page(command, 'en')).not.toContain(NBSP);
  });

  it('say that French is the default of --lang, and what follows it', () => {
    for (const command of HELP_COMMANDS) {
      const text = page(command, 'en');
      expect(text).not.toContain('(default en)');
      for (const line of text.split('\n').filter((l) => l.startsWith('  --lang ')))
        expect(line).toMatch(/: fr or en \(default fr\)$/);
    }
    expect(page('main', 'en')).toContain(
      "\nTexts a person reads (decisions' explanations, summaries, reports) follow --lang: fr (default) or en.\n",
    );
    expect(page('evaluate', 'en')).toContain("language of the decisions' explanations, summary and progress");
  });
});

describe('the exit codes in French', () => {
  it('describe every code, and keep the English ones as they were', () => {
    expect(Object.keys(EXIT_CODES_FR).map(Number)).toEqual(EXIT_CODES.map((e) => e.code));
    expect(exitCodesText('en')).toEqual(exitCodesText());
    expect(exitCodesLine('en')).toBe(exitCodesLine());
    expect(exitCodesText()[0]).toBe('Exit codes, the same for every command:');
    expect(exitCodesLine()).toMatch(/^Exit codes: 0 every record decided, 1 .+ \(hlm-recovery --help says more\)\.$/);
    expect(exitCodesLine('fr')).toBe(
      `Codes de sortie${NBSP}: 0 chaque enregistrement décidé, 1 entrée illisible ou invalide, ou sortie non écrite, 2 mauvais usage, 3 des enregistrements sont des erreurs, 141 sortie standard fermée par son lecteur (hlm-recovery --help en dit plus).`,
    );
    expect(exitCodesText('fr')).toContain(
      `  2    mauvais usage${NBSP}: une commande ou une option inconnue, une option manquante ou répétée${NBSP}; rien`,
    );
  });
});
