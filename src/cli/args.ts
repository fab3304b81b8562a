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
import { parseJsonText, JsonSyntaxError } from '../json-text';
import { encodingNamed } from '../node/encoding';
import { formatOf, INPUT_DIALECTS, INPUT_ENCODINGS, readAccounts, type InputFormat, type ReadOptions } from '../node';
import { defaultPolicy, loadPolicy } from '../rules';
import { suggest } from '../rules/suggest';

/**
 * Wrong usage of the command: exit code 2, with the help to read.
 *
 * @example
 * ```ts
 * throw new UsageError('--as-of <date> is required'); // hlm-recovery: --as-of <date> is required (exit code 2)
 * ```
 */
export class UsageError extends Error {}

/**
 * An input that cannot be read (a missing file, a folder, a JSON syntax error) or an output that
 * cannot be written: exit code 1, the message on stderr after `hlm-recovery: `.
 *
 * @example
 * ```ts
 * throw new InputError('cannot read p.json: no such file'); // hlm-recovery: cannot read p.json: no such file (exit code 1)
 * ```
 */
export class InputError extends Error {}

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
 * // throws UsageError: unknown option --asof (did you mean --as-of?)
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
    if (Object.hasOwn(values, name)) {
      const before = values[name];
      throw new UsageError(
        `--${name} is given twice${typeof before === 'string' ? ` ("${before}" first)` : ''}: give it once`,
      );
    }
    if (spec.type === 'boolean') {
      if (eq !== -1) throw new UsageError(`--${name} takes no value: write --${name} alone`);
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
    if (value === undefined || value === '')
      throw new UsageError(`--${name} needs a value: ${HINTS[name] ?? `--${name} <value>`}`);
    values[name] = value;
  }
  if (!takesFiles && positionals.length > 0)
    throw new UsageError(`${command} takes no file or argument, not "${positionals[0]}"`);
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
  candidate: '--candidate new-policy.json',
  baseline: '--baseline policy.json',
  accounts: '--accounts 1000',
  seed: '--seed 7',
  lang: '--lang fr',
};

function unknownOption(command: string, written: string, known: readonly string[]): string {
  const bare = written.replace(/^-+/, '');
  // A name cut short (--input for --input-format), else a typo (--fromat for --format).
  const longer = bare.length >= 3 ? known.filter((k) => k.startsWith(bare)) : [];
  // A name that starts several (--input: --input-format, --input-dialect) names them all.
  if (longer.length > 1) return `unknown option ${written} (did you mean ${longer.map((k) => `--${k}`).join(' or ')}?)`;
  const near = longer.length === 1 ? longer[0]! : suggest(bare, known);
  if (near !== null) return `unknown option ${written} (did you mean --${near}?)`;
  if (known.length === 0) return `unknown option ${written}: ${command} takes no option`;
  return `unknown option ${written}; ${command} takes ${known.map((k) => `--${k}`).join(', ')}`;
}

/**
 * Why a file cannot be read, in plain words, from the error of the system.
 *
 * @example
 * ```ts
 * whyUnreadable({ code: 'EISDIR' }); // => 'it is a folder, not a file'
 * ```
 */
export function whyUnreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return `no such file (check the name and the folder; the current folder is ${process.cwd()})`;
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM')
    return 'permission denied: the account running hlm-recovery may not read it';
  if (code === 'ENOTDIR') return 'a part of the path is a file, not a folder';
  return (error as Error)?.message ?? String(error);
}

/**
 * The file at `path` when it can be read as a file; an {@link InputError} that says why not.
 *
 * @example
 * ```ts
 * requireFile('missing.json'); // throws InputError: cannot read missing.json: no such file (check the name …)
 * ```
 */
export function requireFile(path: string, what = ''): Stats {
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (error) {
    throw new InputError(`cannot read ${path}${what}: ${whyUnreadable(error)}`);
  }
  if (stats.isDirectory()) throw new InputError(`cannot read ${path}${what}: it is a folder, not a file`);
  return stats;
}

/**
 * Standard input, when the host gives one that can be read: a folder given as standard input
 * (`< folder`) reads as empty, and would pass for an empty portfolio.
 *
 * @param stdin - What the host gives as standard input.
 * @param what - What `-` reads, for the message.
 * @returns It, when it can be read.
 * @throws {@link UsageError} when the host gives none, {@link InputError} for a folder.
 * @example
 * ```ts
 * requireStdin(process.stdin, 'the accounts'); // => process.stdin
 * ```
 */
export function requireStdin(stdin: Readable | undefined, what: string): Readable {
  if (stdin === undefined) throw new UsageError(`"-" reads ${what} from standard input, which this host does not give`);
  const fd = (stdin as { fd?: unknown }).fd;
  let folder = false;
  try {
    folder = typeof fd === 'number' && fstatSync(fd).isDirectory();
  } catch {
    // Not a descriptor that can be examined: read as it is.
  }
  if (folder) throw new InputError('cannot read standard input: it is a folder, not a file');
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
 * @example
 * ```ts
 * parseJsonFileText('{"id": 1,}', 'p.json');
 * // throws InputError: p.json is not valid JSON: line 1, column 10: a comma before "}": remove the last comma
 * ```
 */
export function parseJsonFileText(text: string, name: string): unknown {
  try {
    return parseJsonText(text);
  } catch (error) {
    if (error instanceof JsonSyntaxError)
      throw new InputError(`${name} is not valid JSON: line ${error.line}, column ${error.column}: ${error.problem}`);
    throw error;
  }
}

/**
 * A JSON file, a byte-order mark allowed; an {@link InputError} when it cannot be read or parsed.
 *
 * @example
 * ```ts
 * readJsonFile('examples/policies/default.json').id; // => 'default'
 * ```
 */
export function readJsonFile(path: string): unknown {
  requireFile(path);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read ${path}: ${whyUnreadable(error)}`);
  }
  return parseJsonFileText(text, path);
}

/** The policy of a file, loaded; the default policy without one. */
export function policyFrom(path: string | undefined) {
  return path === undefined ? defaultPolicy : loadPolicy(readJsonFile(path));
}

/** The evaluation date, which every command needs: nothing is read from the clock. */
export function requireAsOf(value: string | undefined): string {
  if (value === undefined)
    throw new UsageError('--as-of <date> is required: the evaluation date, e.g. --as-of 2026-11-23');
  return value;
}

/** An option's value among the allowed ones. */
export function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    const near = suggest(value, allowed);
    throw new UsageError(
      `${name} must be one of ${allowed.join(', ')}, not "${value}"${near === null ? '' : ` (did you mean ${near}?)`}`,
    );
  }
  return value as T;
}

/** An option's whole number, at least 1. */
export function positiveInt(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,7}$/.test(value) || Number(value) < 1)
    throw new UsageError(`${name} must be a whole number of at least 1, not "${value}"`);
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
 * csvOptions('csv', { encoding: 'cp1252' });       // throws UsageError: --encoding must be one of …: write --encoding windows-1252 for cp1252
 * ```
 */
export function csvOptions(format: InputFormat, values: InputValues): Pick<ReadOptions, 'inputDialect' | 'encoding'> {
  const given = values.encoding;
  const named = given === undefined ? null : encodingNamed(given);
  if (named !== null && 'write' in named)
    throw new UsageError(
      `--encoding must be one of ${INPUT_ENCODINGS.join(', ')}, not "${given}": write --encoding ${named.write} for ${given}`,
    );
  const encoding = named === null ? oneOf('--encoding', given, INPUT_ENCODINGS) : named.encoding;
  const inputDialect = oneOf('--input-dialect', values['input-dialect'], INPUT_DIALECTS);
  if (format !== 'csv' && (inputDialect !== undefined || (encoding !== undefined && encoding !== 'utf-8'))) {
    const option = inputDialect !== undefined ? '--input-dialect' : '--encoding';
    throw new UsageError(
      `${option} is for CSV input; ${format === 'json' ? 'JSON' : 'NDJSON'} is always UTF-8, with decimal points: ` +
        `remove ${option}, or add --input-format csv if the file is CSV`,
    );
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
 * accountsInput('export.txt', {}, undefined); // throws UsageError: … add --input-format json, ndjson or csv …
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
    const input = requireStdin(stdin, 'the accounts');
    const format = given ?? 'ndjson';
    if (format === 'csv' && ledger === undefined)
      throw new UsageError('CSV accounts on standard input need their ledger file: add --ledger <file>');
    const csv = csvOptions(format, values);
    if (ledger !== undefined) requireFile(ledger, ' (the ledger file)');
    return { source: input, options: { format, ...(ledger === undefined ? {} : { ledger }), ...csv } };
  }
  requireFile(file);
  let format = given;
  if (format === undefined) {
    try {
      format = formatOf(file);
    } catch {
      throw new UsageError(
        `cannot tell the format of ${basename(file)} from its name: add --input-format json, ndjson or csv (or name the file .json, .ndjson, .jsonl or .csv)`,
      );
    }
  }
  const csv = csvOptions(format, values);
  if (format === 'csv') {
    const ledgerFile = ledger ?? file.replace(/\.csv$/i, '.ledger.csv');
    if (ledgerFile === file)
      throw new UsageError(`CSV accounts in ${basename(file)} need their ledger file: add --ledger <file>`);
    requireFile(
      ledgerFile,
      ledger === undefined
        ? ` (the ledger of ${basename(file)}; another file can be given with --ledger)`
        : ' (the ledger file)',
    );
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
