/**
 * The errors of the command in French (the default) and in English (`--lang en`): a missing
 * `--as-of`, an unknown option with the nearest one, a missing file, a folder given as a file, a
 * JSON syntax error, `--encoding cp1252`. Each error says its text in both languages (`render`);
 * its `message` is the English one. French typography: a no-break space before `:` `;` `?`.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  INPUT_OPTIONS,
  InputError,
  UsageError,
  csvOptions,
  parseCommandArgs,
  readJsonFile,
  requireAsOf,
  requireFile,
  requireStdin,
  said,
} from '../../src/cli/args';
import { openOutFile, whyUnwritable, whyUnwritableSaid } from '../../src/cli/out-file';
import { cli, cliAsIs, tempDir, writeTo } from './io';

const dir = tempDir('hlm-errors-fr-');
const brokenJson = writeTo(dir, 'broken.json', '{"id": 1,}');
const accounts = writeTo(dir, 'accounts.ndjson', '');
const missing = join(dir, 'missing.json');
const cwd = process.cwd();

/** The error `run` throws, a usage or an input error. */
function thrown(run: () => unknown): UsageError | InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError || error instanceof InputError) return error;
    throw error;
  }
  throw new Error('nothing was thrown');
}

/** An error says `fr` in French and `en` in English, its message being the English text. */
function expectSays(error: UsageError | InputError, fr: string, en: string): void {
  expect(error.render('fr')).toBe(fr);
  expect(error.render('en')).toBe(en);
  expect(error.message).toBe(en);
}

describe('each error, rendered in French and in English', () => {
  it('a missing --as-of', () => {
    const { values } = parseCommandArgs('kpi', [accounts], INPUT_OPTIONS);
    const error = thrown(() => requireAsOf(values['as-of']));
    expect(error).toBeInstanceOf(UsageError);
    expectSays(
      error,
      '--as-of <date> est obligatoire\u00a0: la date d’évaluation, par exemple --as-of 2026-11-23',
      '--as-of <date> is required: the evaluation date, e.g. --as-of 2026-11-23',
    );
  });

  it('an unknown option with the nearest one', () => {
    const error = thrown(() => parseCommandArgs('kpi', [accounts, '--asof', '2026-11-23'], INPUT_OPTIONS));
    expect(error).toBeInstanceOf(UsageError);
    expectSays(
      error,
      'option inconnue --asof (vouliez-vous dire --as-of\u00a0?)',
      'unknown option --asof (did you mean --as-of?)',
    );
  });

  it('an unknown option that starts several names them all, with "ou" in French', () => {
    const error = thrown(() => parseCommandArgs('kpi', ['--input', 'csv'], INPUT_OPTIONS));
    expectSays(
      error,
      'option inconnue --input (vouliez-vous dire --input-format ou --input-dialect\u00a0?)',
      'unknown option --input (did you mean --input-format or --input-dialect?)',
    );
  });

  it('an unknown option of a command that takes none, or none near', () => {
    expectSays(
      thrown(() => parseCommandArgs('validate', ['--strict'], {})),
      'option inconnue --strict\u00a0: validate ne prend aucune option',
      'unknown option --strict: validate takes no option',
    );
    expectSays(
      thrown(() => parseCommandArgs('schema', ['--verbose'], { lang: { type: 'string' } })),
      'option inconnue --verbose\u00a0; les options de schema sont --lang',
      'unknown option --verbose; schema takes --lang',
    );
  });

  it('a repeated option, a flag given a value, an option without its value', () => {
    const options = { 'as-of': { type: 'string' }, quiet: { type: 'boolean' } } as const;
    expectSays(
      thrown(() => parseCommandArgs('evaluate', ['--as-of', '2026-11-23', '--as-of=2026-11-24'], options)),
      'l’option --as-of est donnée deux fois (d’abord «\u00a02026-11-23\u00a0»)\u00a0: donnez-la une seule fois',
      '--as-of is given twice ("2026-11-23" first): give it once',
    );
    expectSays(
      thrown(() => parseCommandArgs('evaluate', ['--quiet=yes'], options)),
      'l’option --quiet ne prend pas de valeur\u00a0: écrivez --quiet seule',
      '--quiet takes no value: write --quiet alone',
    );
    expectSays(
      thrown(() => parseCommandArgs('evaluate', ['--as-of'], options)),
      'l’option --as-of attend une valeur, par exemple --as-of 2026-11-23',
      '--as-of needs a value: --as-of 2026-11-23',
    );
  });

  it('a missing file, naming the current folder', () => {
    const error = thrown(() => requireFile(missing));
    expect(error).toBeInstanceOf(InputError);
    expectSays(
      error,
      `impossible de lire ${missing}\u00a0: fichier introuvable (vérifiez le nom et le dossier\u00a0; le dossier courant est ${cwd})`,
      `cannot read ${missing}: no such file (check the name and the folder; the current folder is ${cwd})`,
    );
  });

  it('a folder given as a file', () => {
    const error = thrown(() => requireFile(dir));
    expect(error).toBeInstanceOf(InputError);
    expectSays(
      error,
      `impossible de lire ${dir}\u00a0: c’est un dossier, pas un fichier`,
      `cannot read ${dir}: it is a folder, not a file`,
    );
    expectSays(
      thrown(() => readJsonFile(dir)),
      `impossible de lire ${dir}\u00a0: c’est un dossier, pas un fichier`,
      `cannot read ${dir}: it is a folder, not a file`,
    );
  });

  it('a missing ledger names what the file is', () => {
    expectSays(
      thrown(() => requireFile(missing, 'ledger')),
      `impossible de lire ${missing} (le fichier des écritures)\u00a0: fichier introuvable (vérifiez le nom et le dossier\u00a0; le dossier courant est ${cwd})`,
      `cannot read ${missing} (the ledger file): no such file (check the name and the folder; the current folder is ${cwd})`,
    );
    expectSays(
      thrown(() => requireFile(dir, { ledgerOf: 'alone.csv' })),
      `impossible de lire ${dir} (le fichier des écritures de alone.csv\u00a0; un autre fichier peut être donné avec --ledger)\u00a0: c’est un dossier, pas un fichier`,
      `cannot read ${dir} (the ledger of alone.csv; another file can be given with --ledger): it is a folder, not a file`,
    );
  });

  it('a JSON syntax error: the frame and the problem in French, the English as json-text says it', () => {
    const error = thrown(() => readJsonFile(brokenJson));
    expect(error).toBeInstanceOf(InputError);
    expectSays(
      error,
      `${brokenJson} n’est pas un JSON valide\u00a0: ligne 1, colonne 10\u00a0: une virgule avant "}"\u00a0: retirez la dernière virgule`,
      `${brokenJson} is not valid JSON: line 1, column 10: a comma before "}": remove the last comma`,
    );
  });

  it.each([
    [
      "{'id': 1}",
      'ligne 1, colonne 2\u00a0: les noms prennent des guillemets doubles ("), pas simples',
      'line 1, column 2: names take double quotes ("), not single quotes',
    ],
    [
      '{"id" 1}',
      'ligne 1, colonne 7\u00a0: il manque ":" après le nom',
      'line 1, column 7: a ":" is missing after the name',
    ],
    [
      '{"id": 1,,}',
      'ligne 1, colonne 10\u00a0: caractère "," inattendu\u00a0: un nom entre guillemets doubles est attendu ici',
      'line 1, column 10: unexpected ",": a name in double quotes is expected here',
    ],
    [
      '{\n  "label": Watch\n}',
      'ligne 2, colonne 12\u00a0: un texte doit être entre guillemets doubles\u00a0: écrivez "Watch"',
      'line 2, column 12: a text must be in double quotes: write "Watch"',
    ],
    [
      '{"levels": [',
      'ligne 1, colonne 13\u00a0: le texte s’arrête avant la fin du JSON\u00a0: "]}" le fermerait, ou le fichier a été tronqué',
      'line 1, column 13: the text ends before the JSON is complete: "]}" would close it, or the file was cut short',
    ],
    [
      'PK\u0003\u0004\u0014\u0000',
      'ligne 1, colonne 1\u00a0: ce n’est pas un fichier texte (un tableur\u00a0? un zip\u00a0?)\u00a0: exportez les données en JSON',
      'line 1, column 1: this is not a text file (a spreadsheet? a zip?): export the data as JSON',
    ],
  ])('a JSON syntax error in %j: the problem in French too', (text, fr, en) => {
    const file = writeTo(dir, 'broken-too.json', text);
    expectSays(
      thrown(() => readJsonFile(file)),
      `${file} n’est pas un JSON valide\u00a0: ${fr}`,
      `${file} is not valid JSON: ${en}`,
    );
  });

  it('--encoding cp1252 names the value to write', () => {
    const error = thrown(() => csvOptions('csv', { encoding: 'cp1252' }));
    expect(error).toBeInstanceOf(UsageError);
    expectSays(
      error,
      '--encoding doit être l’une des valeurs utf-8, windows-1252, iso-8859-1, et non «\u00a0cp1252\u00a0»\u00a0: pour cp1252, écrivez --encoding windows-1252',
      '--encoding must be one of utf-8, windows-1252, iso-8859-1, not "cp1252": write --encoding windows-1252 for cp1252',
    );
  });

  it('a CSV option on JSON input', () => {
    expectSays(
      thrown(() => csvOptions('json', { 'input-dialect': 'fr' })),
      '--input-dialect ne vaut que pour une entrée CSV\u00a0; JSON est toujours en UTF-8, avec le point comme séparateur décimal\u00a0: retirez --input-dialect, ou ajoutez --input-format csv si le fichier est un CSV',
      '--input-dialect is for CSV input; JSON is always UTF-8, with decimal points: remove --input-dialect, or add --input-format csv if the file is CSV',
    );
  });

  it('standard input the host does not give, said in the locale', () => {
    expectSays(
      thrown(() => requireStdin(undefined, said('cli.what.policy', {}))),
      '«\u00a0-\u00a0» lit la politique sur l’entrée standard, que cet hôte ne fournit pas',
      '"-" reads the policy from standard input, which this host does not give',
    );
  });

  it('an --out folder, and why a file cannot be written', () => {
    expectSays(
      thrown(() => openOutFile(dir)),
      `impossible d’écrire --out ${dir}\u00a0: c’est un dossier\u00a0; donnez un nom de fichier, par exemple --out ${join(dir, 'decisions.ndjson')}`,
      `cannot write --out ${dir}: it is a folder; give a file name, e.g. --out ${join(dir, 'decisions.ndjson')}`,
    );
    expect(whyUnwritableSaid({ code: 'ENOSPC' })('fr')).toBe(
      'plus de place sur le disque (ENOSPC)\u00a0: libérez de la place, ou choisissez un autre --out',
    );
    expect(whyUnwritable({ code: 'EACCES' }, 'out')).toBe('permission denied in the folder out: choose another --out');
  });
});

// Through the command: French by default, `--lang en` for English.
describe('through the command', () => {
  it('a missing --as-of in French by default', async () => {
    const r = await cliAsIs('kpi', accounts);
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toMatch(
      /^hlm-recovery\u00a0?: --as-of <date> est obligatoire\u00a0: la date d’évaluation, par exemple --as-of 2026-11-23$/,
    );
  });

  it('a missing --as-of in English with --lang en', async () => {
    const r = await cli('kpi', accounts, '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err.split('\n')[0]).toBe(
      'hlm-recovery: --as-of <date> is required: the evaluation date, e.g. --as-of 2026-11-23',
    );
  });

  it('a JSON syntax error in French by default, and in English', async () => {
    const fr = await cliAsIs('validate', brokenJson);
    expect(fr.code).toBe(1);
    expect(fr.err).toMatch(
      new RegExp(
        `^hlm-recovery\u00a0?: ${brokenJson.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} n’est pas un JSON valide\u00a0: ligne 1, colonne 10\u00a0: une virgule avant "}"\u00a0: retirez la dernière virgule\n$`,
      ),
    );
    const en = await cli('validate', brokenJson, '--lang', 'en');
    expect(en.code).toBe(1);
    expect(en.err).toBe(
      `hlm-recovery: ${brokenJson} is not valid JSON: line 1, column 10: a comma before "}": remove the last comma\n`,
    );
  });
});
