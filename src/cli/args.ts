/**
 * Reading the command's arguments and files: the options of each command (an unknown one with
 * the nearest known one, a repeated one, a missing value), usage errors (exit code 2), input
 * errors (exit code 1), JSON files, the policy file, the accounts file or standard input (`-`).
 *
 * @module
 */
import { type Stats, fstatSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { parseJsonText, JsonSyntaxError, jsonProblemText } from '../json-text';
import { encodingNamed } from '../node/encoding';
import { formatOf, INPUT_DIALECTS, INPUT_ENCODINGS, readAccounts, type InputFormat, type ReadOptions } from '../node';
import { defaultPolicy, loadPolicy } from '../rules';
import { suggest } from '../rules/suggest';
import { message, type Locale, type MessageCode, type ParamsOf } from '../i18n';

/** A text of the command in each locale, rendered when the locale is known. */
export type Said = (locale: Locale) => string;

/**
 * The values of a message of the command: each a value, or a text said in the command's locale (a
 * reason within a sentence, rendered in the same locale as the sentence).
 */
export type SaidParams<P> = { readonly [K in keyof P]: P[K] | Said };

/**
 * A message of the catalogue, to be rendered in the command's locale; a value that is itself a
 * {@link Said} is rendered in the same locale.
 *
 * @example
 * ```ts
 * const why = said('cli.unreadable.folder', {});
 * said('cli.cannotRead', { path: 'p.json', why })('fr'); // => 'impossible de lire p.json\u00a0: c’est un dossier, pas un fichier'
 * said('cli.cannotRead', { path: 'p.json', why })('en'); // => 'cannot read p.json: it is a folder, not a file'
 * ```
 */
export function said<C extends MessageCode>(code: C, params: SaidParams<ParamsOf<C>>): Said {
  return (locale) => message(code, renderedIn(params, locale) as ParamsOf<C>, locale);
}

/** The values of a message with each {@link Said} among them rendered in `locale`. */
function renderedIn(params: object, locale: Locale): Record<string, string | number | null> {
  const values: Record<string, string | number | null> = {};
  for (const [name, value] of Object.entries(params))
    values[name] = typeof value === 'function' ? (value as Said)(locale) : (value as string | number | null);
  return values;
}

/**
 * Wrong usage of the command: exit code 2, with the help to read. Its text comes from the message
 * catalogue, rendered in the command's locale (`render`); `message` is the English text.
 *
 * @example
 * ```ts
 * throw usageError('cli.asOfRequired', {}); // hlm-recovery : --as-of <date> est obligatoire… (exit code 2)
 * ```
 */
export class UsageError extends Error {
  constructor(readonly render: Said) {
    super(render('en'));
  }
}

/** A {@link UsageError} from a message of the catalogue. */
export function usageError<C extends MessageCode>(code: C, params: SaidParams<ParamsOf<C>>): UsageError {
  return new UsageError(said(code, params));
}

/**
 * An input that cannot be read (a missing file, a folder, a JSON syntax error) or an output that
 * cannot be written: exit code 1, the message on stderr after `hlm-recovery: `, in the command's
 * locale (`render`); `message` is the English text.
 *
 * @example
 * ```ts
 * throw inputError('cli.cannotRead', { path: 'p.json', why: whyUnreadableSaid(error) });
 * // hlm-recovery : impossible de lire p.json : fichier introuvable (vérifiez le nom… (exit code 1)
 * ```
 */
export class InputError extends Error {
  constructor(readonly render: Said) {
    super(render('en'));
  }
}

/** An {@link InputError} from a message of the catalogue. */
export function inputError<C extends MessageCode>(code: C, params: SaidParams<ParamsOf<C>>): InputError {
  return new InputError(said(code, params));
}

/** The kind of an option's value: a text, or a flag with none. */
export type OptionSpec = { readonly type: 'string' } | { readonly type: 'boolean' };

/** The values of a command's options, by name: a text or `true`, or absent. */
export type OptionValues<O extends Record<string, OptionSpec>> = {
  -readonly [K in keyof O]?: O[K] extends { type: 'boolean' } ? boolean : string;
};

/**
 * Reads a command's arguments: `--name value`, `--name=value`, flags, `-` (standard input) and
 * `--` (everything after is a file). Strict, with messages that name the fix: an unknown option
 * with the nearest known one, a repeated option, an option with no value or a flag given one.
 *
 * @param command - The command, for the messages.
 * @param args - The arguments after the command.
 * @param options - The command's options.
 * @param takesFiles - Whether the command takes file arguments.
 * @returns The values and the file arguments, in order.
 * @throws {@link UsageError} for any of the mistakes above.
 * @example
 * ```ts
 * parseCommandArgs('kpi', ['a.ndjson', '--as-of=2026-11-23'], { 'as-of': { type: 'string' } });
 * // => { values: { 'as-of': '2026-11-23' }, positionals: ['a.ndjson'] }
 * parseCommandArgs('kpi', ['--asof', 'x'], { 'as-of': { type: 'string' } });
 * // throws UsageError: option inconnue --asof (vouliez-vous dire --as-of ?)
 * //   (in English, its message: unknown option --asof (did you mean --as-of?))
 * ```
 */
export function parseCommandArgs<const O extends Record<string, OptionSpec>>(
  command: string,
  args: readonly string[],
  options: O,
  takesFiles = true,
): { values: OptionValues<O>; positionals: string[] } {
  const values: Record<string, string | boolean> = {};
  const positionals: string[] = [];
  const known = Object.keys(options);
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positionals.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const written = eq === -1 ? arg : arg.slice(0, eq);
    const name = written.replace(/^--?/, '');
    const spec = arg.startsWith('--') && Object.hasOwn(options, name) ? options[name] : undefined;
    if (spec === undefined) throw new UsageError(unknownOption(command, written, known));
    const option = `--${name}`;
    if (Object.hasOwn(values, name)) {
      const first = values[name];
      throw typeof first === 'string'
        ? usageError('cli.optionTwice.first', { option, first })
        : usageError('cli.optionTwice', { option });
    }
    if (spec.type === 'boolean') {
      if (eq !== -1) throw usageError('cli.flagWithValue', { option });
      values[name] = true;
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      const next = args[i + 1];
      if (next !== undefined && !(next.startsWith('--') && next.length > 2)) {
        value = next;
        i++;
      }
    }
    if (value === undefined || value === '') {
      const example = HINTS[name];
      throw example === undefined
        ? usageError('cli.optionNeedsValue.any', { option })
        : usageError('cli.optionNeedsValue', { option, example });
    }
    values[name] = value;
  }
  if (!takesFiles && positionals.length > 0) throw usageError('cli.noArgument', { command, argument: positionals[0]! });
  return { values: values as OptionValues<O>, positionals };
}

/** The example value of an option, for "needs a value". */
const HINTS: Readonly<Record<string, string>> = {
  'as-of': '--as-of 2026-11-23',
  policy: '--policy policy.json',
  out: '--out decisions.ndjson',
  format: '--format csv',
  dialect: '--dialect fr',
  'input-format': '--input-format csv',
  'input-dialect': '--input-dialect fr',
  encoding: '--encoding windows-1252',
  ledger: '--ledger accounts.ledger.csv',
  workers: '--workers 4',
  explain: '--explain summary',
  candidate: '--candidate new-policy.json',
  baseline: '--baseline policy.json',
  accounts: '--accounts 1000',
  seed: '--seed 7',
  lang: '--lang fr',
};

/**
 * The message of an unknown option: the known one it is nearest, or the ones the command takes.
 *
 * @example
 * ```ts
 * unknownOption('kpi', '--input', ['input-format', 'input-dialect'])('fr');
 * // => 'option inconnue --input (vouliez-vous dire --input-format ou --input-dialect\u00a0?)'
 * ```
 */
function unknownOption(command: string, option: string, own: readonly string[]): Said {
  // --lang, taken out of the arguments before, is an option of every command.
  const known = own.includes('lang') ? own : [...own, 'lang'];
  const bare = option.replace(/^-+/, '');
  // A name cut short (--input for --input-format), else a typo (--fromat for --format).
  const longer = bare.length >= 3 ? known.filter((k) => k.startsWith(bare)) : [];
  // A name that starts several (--input: --input-format, --input-dialect) names them all.
  if (longer.length > 1) return said('cli.unknownOption.near', { option, near: eitherOf(longer.map((k) => `--${k}`)) });
  const near = longer.length === 1 ? longer[0]! : suggest(bare, known);
  if (near !== null) return said('cli.unknownOption.near', { option, near: `--${near}` });
  if (own.length === 0) return said('cli.unknownOption.none', { option, command });
  return said('cli.unknownOption.list', { option, command, options: known.map((k) => `--${k}`).join(', ') });
}

/** `a or b or c`, in the command's locale. */
function eitherOf(items: readonly string[]): Said {
  return (locale) => items.reduce((a, b) => message('cli.or', { a, b }, locale));
}

/**
 * Why a file cannot be read, in plain words, from the error of the system, in the command's
 * locale. An error the command does not know keeps the system's own message (in English).
 *
 * @example
 * ```ts
 * whyUnreadableSaid({ code: 'EISDIR' })('fr'); // => 'c’est un dossier, pas un fichier'
 * whyUnreadableSaid({ code: 'EISDIR' })('en'); // => 'it is a folder, not a file'
 * ```
 */
export function whyUnreadableSaid(error: unknown): Said {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return said('cli.unreadable.noSuchFile', { cwd: process.cwd() });
  if (code === 'EISDIR') return said('cli.unreadable.folder', {});
  if (code === 'EACCES' || code === 'EPERM') return said('cli.unreadable.denied', {});
  if (code === 'ENOTDIR') return said('cli.unreadable.notFolder', {});
  return said('cli.unreadable.system', { message: (error as Error)?.message ?? String(error) });
}

/**
 * What a file is, for the message when it cannot be read: a file given (`'file'`), the ledger
 * given with `--ledger` (`'ledger'`), or the ledger found beside the accounts file named.
 */
export type FileRole = 'file' | 'ledger' | { readonly ledgerOf: string };

/** The error for a file that cannot be read, saying what it is and why. */
function cannotRead(path: string, role: FileRole, why: Said): InputError {
  if (role === 'file') return inputError('cli.cannotRead', { path, why });
  if (role === 'ledger') return inputError('cli.cannotRead.ledger', { path, why });
  return inputError('cli.cannotRead.ledgerOf', { path, accounts: role.ledgerOf, why });
}

/**
 * The file at `path` when it can be read as a file; an {@link InputError} that says why not.
 *
 * @param path - The file.
 * @param role - What the file is, for the message.
 * @example
 * ```ts
 * requireFile('missing.json');
 * // throws InputError: impossible de lire missing.json : fichier introuvable (vérifiez le nom et le dossier ; …)
 * //   (in English, its message: cannot read missing.json: no such file (check the name and the folder; …))
 * requireFile('l.csv', 'ledger'); // throws InputError: impossible de lire l.csv (le fichier des écritures) : …
 * ```
 */
export function requireFile(path: string, role: FileRole = 'file'): Stats {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw cannotRead(path, role, whyUnreadableSaid(error));
  }
  if (stats.isDirectory()) throw cannotRead(path, role, said('cli.unreadable.folder', {}));
  return stats;
}

/**
 * Standard input, when the host gives one that can be read: a folder given as standard input
 * (`< folder`) reads as empty, and would pass for an empty portfolio.
 *
 * @param stdin - What the host gives as standard input.
 * @param what - What `-` reads, for the message: `said('cli.what.policy', {})` (a text is said as it is).
 * @returns It, when it can be read.
 * @throws {@link UsageError} when the host gives none, {@link InputError} for a folder.
 * @example
 * ```ts
 * requireStdin(process.stdin, said('cli.what.accounts', {})); // => process.stdin
 * requireStdin(undefined, said('cli.what.accounts', {}));
 * // throws UsageError: « - » lit les comptes sur l’entrée standard, que cet hôte ne fournit pas
 * ```
 */
export function requireStdin(stdin: Readable | undefined, what: string | Said): Readable {
  if (stdin === undefined) throw usageError('cli.stdinMissing', { what });
  const fd = (stdin as { fd?: unknown }).fd;
  let folder = false;
  try {
    folder = typeof fd === 'number' && fstatSync(fd).isDirectory();
  } catch {
    // Not a descriptor that can be examined: read as it is.
  }
  if (folder) throw inputError('cli.cannotReadStdin', { why: said('cli.unreadable.folder', {}) });
  return stdin;
}

/**
 * The whole text of a stream, as UTF-8.
 *
 * @example
 * ```ts
 * await readAllText(Readable.from(['{"id":', ' "x"}'])); // => '{"id": "x"}'
 * ```
 */
export async function readAllText(stream: Readable): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * The JSON of a text, a byte-order mark allowed; a syntax error is an {@link InputError} giving its
 * line and column.
 *
 * The problem (what is wrong there, and the fix) is said in the command's locale, as
 * `jsonProblemText` says it.
 *
 * @param text - The JSON text.
 * @param name - The file, for the message, or `said('cli.standardInput', {})`.
 * @example
 * ```ts
 * parseJsonFileText('{"id": 1,}', 'p.json');
 * // throws InputError: p.json n’est pas un JSON valide : ligne 1, colonne 10 : une virgule avant "}" : retirez la dernière virgule
 * //   (in English, its message: p.json is not valid JSON: line 1, column 10: a comma before "}": …)
 * ```
 */
export function parseJsonFileText(text: string, name: string | Said): unknown {
  try {
    return parseJsonText(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError) {
      const problem: Said = (locale) => jsonProblemText(error, locale);
      throw inputError('cli.notJson', { name, line: error.line, column: error.column, problem });
    }
    throw error;
  }
}

/**
 * A JSON file, a byte-order mark allowed; an {@link InputError} when it cannot be read or parsed.
 *
 * @example
 * ```ts
 * readJsonFile('examples/policies/default.json').id; // => 'default'
 * readJsonFile('examples'); // throws InputError: impossible de lire examples : c’est un dossier, pas un fichier
 * ```
 */
export function readJsonFile(path: string): unknown {
  requireFile(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw cannotRead(path, 'file', whyUnreadableSaid(error));
  }
  return parseJsonFileText(text, path);
}

/** The policy of a file, loaded; the default policy without one. */
export function policyFrom(path: string | undefined) {
  return path === undefined ? defaultPolicy : loadPolicy(readJsonFile(path));
}

/**
 * The evaluation date, which every command needs: nothing is read from the clock.
 *
 * @example
 * ```ts
 * requireAsOf('2026-11-23'); // => '2026-11-23'
 * requireAsOf(undefined);
 * // throws UsageError: --as-of <date> est obligatoire : la date d’évaluation, par exemple --as-of 2026-11-23
 * ```
 */
export function requireAsOf(value: string | undefined): string {
  if (value === undefined) throw usageError('cli.asOfRequired', {});
  return value;
}

/**
 * An option's value among the allowed ones.
 *
 * @example
 * ```ts
 * oneOf('--format', 'csv', ['ndjson', 'json', 'csv']); // => 'csv'
 * oneOf('--format', 'cvs', ['ndjson', 'json', 'csv']);
 * // throws UsageError: --format doit être l’une des valeurs ndjson, json, csv, et non « cvs » (vouliez-vous dire csv ?)
 * ```
 */
export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    const near = suggest(value, allowed);
    const values = { option: name, allowed: allowed.join(', '), value };
    throw near === null ? usageError('cli.notOneOf', values) : usageError('cli.notOneOf.near', { ...values, near });
  }
  return value as T;
}

/**
 * An option's whole number, at least 1.
 *
 * @example
 * ```ts
 * positiveInt('--workers', '4'); // => 4
 * positiveInt('--workers', '0'); // throws UsageError: --workers doit être un nombre entier d’au moins 1, et non « 0 »
 * ```
 */
export function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,7}$/.test(value) || Number(value) < 1) throw usageError('cli.notPositiveInt', { option: name, value });
  return Number(value);
}

/** The options of the commands that read accounts. */
export const INPUT_OPTIONS = {
  'as-of': { type: 'string' },
  format: { type: 'string' },
  dialect: { type: 'string' },
  'input-format': { type: 'string' },
  ledger: { type: 'string' },
  'input-dialect': { type: 'string' },
  encoding: { type: 'string' },
} as const;

/** The input options, as the commands give them. */
export interface InputValues {
  readonly 'input-format'?: string | undefined;
  readonly ledger?: string | undefined;
  readonly 'input-dialect'?: string | undefined;
  readonly encoding?: string | undefined;
}

/**
 * `--input-dialect` and `--encoding`, checked: for CSV only, each among its values (`cp1252`
 * names the one to write).
 *
 * @throws {@link UsageError} for a value not known, or an option given for JSON or NDJSON.
 * @example
 * ```ts
 * csvOptions('csv', { encoding: 'windows-1252' }); // => { encoding: 'windows-1252' }
 * csvOptions('csv', { encoding: 'cp1252' });
 * // throws UsageError: --encoding doit être l’une des valeurs …, et non « cp1252 » : pour cp1252, écrivez --encoding windows-1252
 * //   (in English, its message: --encoding must be one of …, not "cp1252": write --encoding windows-1252 for cp1252)
 * csvOptions('json', { 'input-dialect': 'fr' });
 * // throws UsageError: --input-dialect ne vaut que pour une entrée CSV ; JSON est toujours en UTF-8, …
 * ```
 */
export function csvOptions(format: InputFormat, values: InputValues): Pick<ReadOptions, 'inputDialect' | 'encoding'> {
  const given = values.encoding;
  const named = given === undefined ? null : encodingNamed(given);
  if (named !== null && 'write' in named)
    throw usageError('cli.encodingAlias', { allowed: INPUT_ENCODINGS.join(', '), given: given!, write: named.write });
  const encoding = named === null ? oneOf('--encoding', given, INPUT_ENCODINGS) : named.encoding;
  const inputDialect = oneOf('--input-dialect', values['input-dialect'], INPUT_DIALECTS);
  if (format !== 'csv' && (inputDialect !== undefined || (encoding !== undefined && encoding !== 'utf-8'))) {
    const option = inputDialect !== undefined ? '--input-dialect' : '--encoding';
    throw usageError('cli.csvOnly', { option, format: format === 'json' ? 'JSON' : 'NDJSON' });
  }
  return { ...(inputDialect === undefined ? {} : { inputDialect }), ...(encoding === undefined ? {} : { encoding }) };
}

/** Where the accounts come from: a file, or standard input (`-`). */
export type AccountsSource = string | Readable;

/**
 * The accounts' source and the readers' options, checked before anything is read: `-` is standard
 * input (NDJSON unless `--input-format` says otherwise; CSV then needs `--ledger`); a file must
 * exist, and its format come from its extension or `--input-format`; a CSV file's ledger must
 * exist.
 *
 * @throws {@link UsageError} for a format that cannot be told, or CSV on standard input without `--ledger`.
 * @throws {@link InputError} for a file or a ledger that cannot be read.
 * @example
 * ```ts
 * accountsInput('-', {}, process.stdin);      // => { source: process.stdin, options: { format: 'ndjson' } }
 * accountsInput('export.txt', {}, undefined);
 * // throws UsageError: impossible de déduire le format de export.txt de son nom : ajoutez --input-format json, ndjson ou csv …
 * ```
 */
export function accountsInput(
  file: string,
  values: InputValues,
  stdin: Readable | undefined,
): { source: AccountsSource; options: ReadOptions } {
  const given = oneOf<InputFormat>('--input-format', values['input-format'], ['json', 'ndjson', 'csv']);
  const ledger = values.ledger;
  if (file === '-') {
    const input = requireStdin(stdin, said('cli.what.accounts', {}));
    const format = given ?? 'ndjson';
    if (format === 'csv' && ledger === undefined) throw usageError('cli.stdinCsvNeedsLedger', {});
    const csv = csvOptions(format, values);
    if (ledger !== undefined) requireFile(ledger, 'ledger');
    return { source: input, options: { format, ...(ledger === undefined ? {} : { ledger }), ...csv } };
  }
  requireFile(file);
  let format = given;
  if (format === undefined) {
    try {
      format = formatOf(file);
    } catch {
      throw usageError('cli.unknownFormat', { file: basename(file) });
    }
  }
  const csv = csvOptions(format, values);
  if (format === 'csv') {
    const ledgerFile = ledger ?? file.replace(/\.csv$/i, '.ledger.csv');
    if (ledgerFile === file) throw usageError('cli.csvNeedsLedger', { file: basename(file) });
    requireFile(ledgerFile, ledger === undefined ? { ledgerOf: basename(file) } : 'ledger');
  }
  return { source: file, options: { format, ...(ledger === undefined ? {} : { ledger }), ...csv } };
}

/**
 * The accounts of a file or of standard input, read as the options say: checked at once, opened
 * only when first read (a run refused before, for an invalid policy, leaves no file open).
 *
 * @example
 * ```ts
 * for await (const record of accountsFrom('accounts.ndjson', {}, undefined)) …
 * ```
 */
export function accountsFrom(file: string, values: InputValues, stdin: Readable | undefined): AsyncGenerator<unknown> {
  const { source, options } = accountsInput(file, values, stdin);
  return (async function* () {
    yield* readAccounts(source, options);
  })();
}
