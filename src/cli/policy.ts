/**
 * `hlm-recovery policy init [--out <file>] [--force]`: writes the built-in default policy into a
 * file a policy team starts from (`policy.json` in the current folder by default; `-` prints it on
 * stdout), with a `$schema` that editors resolve to the JSON Schema the installed package ships
 * (`./node_modules/hlm-recovery/schema/policy.schema.json` from the project's folder). An existing
 * file is replaced only with `--force`.
 *
 * The file is `examples/policies/default.json` (the source `src/rules/default-policy.json`) with
 * its `$schema` alone changed: the same content as `defaultPolicy`, which a test checks.
 *
 * @module
 */
import { closeSync, existsSync, openSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { formatDate, translator, type Locale } from '../i18n';
import { defaultPolicy } from '../rules';
import source from '../rules/default-policy.json';
import { suggest } from '../rules/suggest';
import { inputError, parseCommandArgs, usageError } from './args';
import { EXIT } from './exit-codes';
import { openOutFile, whyUnwritableSaid } from './out-file';
import { line, type Io } from './output';

/** The subcommands of `hlm-recovery policy`. */
const SUBCOMMANDS = ['init'] as const;

/** The file `policy init` writes when `--out` is not given. */
export const DEFAULT_POLICY_FILE = 'policy.json';

/** The policy's JSON Schema inside the installed package, from the folder holding `node_modules`. */
const INSTALLED_SCHEMA = ['node_modules', 'hlm-recovery', 'schema', 'policy.schema.json'] as const;

/** Where the `$schema` of a policy file points, and whether that file is there now. */
export interface SchemaReference {
  /** The path from the policy file's folder, with `/` separators, starting with `./` or `../`. */
  readonly ref: string;
  /** Whether the schema is at that path now (else it is where installing hlm-recovery puts it). */
  readonly found: boolean;
}

/**
 * The `$schema` of a policy file written in `folder`: the nearest
 * `node_modules/hlm-recovery/schema/policy.schema.json` above it (or the `schema/` of the
 * hlm-recovery package itself, when the file is written inside it); when there is none, where
 * installing hlm-recovery in the nearest project (a folder with a `package.json`) will put it.
 *
 * @param folder - The folder of the policy file.
 * @returns The relative path, and whether the schema is there.
 * @example
 * ```ts
 * schemaReference('/srv/erp');        // => { ref: './node_modules/hlm-recovery/schema/policy.schema.json', found: true }
 * schemaReference('/srv/erp/config'); // => { ref: '../node_modules/hlm-recovery/schema/policy.schema.json', found: true }
 * ```
 */
export function schemaReference(folder: string): SchemaReference {
  const from = resolve(folder);
  let project: string | undefined;
  for (let dir = from; ; dir = dirname(dir)) {
    const installed = join(dir, ...INSTALLED_SCHEMA);
    if (existsSync(installed)) return { ref: relativeRef(from, installed), found: true };
    const own = join(dir, 'schema', 'policy.schema.json');
    if (isThisPackage(dir) && existsSync(own)) return { ref: relativeRef(from, own), found: true };
    if (project === undefined && existsSync(join(dir, 'package.json'))) project = dir;
    if (dirname(dir) === dir) break;
  }
  return { ref: relativeRef(from, join(project ?? from, ...INSTALLED_SCHEMA)), found: false };
}

/** Whether a folder is the hlm-recovery package itself (its repository, or an unpacked tarball). */
function isThisPackage(dir: string): boolean {
  try {
    return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: unknown }).name === 'hlm-recovery';
  } catch {
    return false;
  }
}

/** A path from a folder to a file, as JSON Schema references write it: `/`, and `./` or `../` first. */
function relativeRef(from: string, to: string): string {
  const path = relative(from, to).split(sep).join('/');
  return path.startsWith('../') ? path : `./${path}`;
}

/**
 * The text of the default policy file with the `$schema` given, first among its keys: the source of
 * the built-in default policy, every other key as it is.
 *
 * @param schema - The `$schema` to write.
 * @returns The JSON text, two spaces of indentation, with a final newline.
 * @example
 * ```ts
 * JSON.parse(defaultPolicyText('./node_modules/hlm-recovery/schema/policy.schema.json')).id; // => 'default'
 * ```
 */
export function defaultPolicyText(schema: string): string {
  const { $schema: _ignored, ...rest } = source as { $schema?: string } & Record<string, unknown>;
  return `${JSON.stringify({ $schema: schema, ...rest }, null, 2)}\n`;
}

/**
 * Runs `hlm-recovery policy <subcommand>`: today `init`, which writes the default policy.
 *
 * @param args - The arguments after `policy`.
 * @param io - Where to write: the policy on stdout for `--out -`, what was done on stderr.
 * @param locale - The language of the messages.
 * @returns The exit code: 0 when the file is written.
 * @throws {@link UsageError} for a missing or unknown subcommand or option (exit code 2);
 *   {@link InputError} for a file that exists (without `--force`) or cannot be written (exit code 1).
 * @example
 * ```ts
 * await commandPolicy(['init'], io, 'fr');                        // => 0, policy.json written
 * await commandPolicy(['init', '--out', 'config/policy.json'], io, 'en'); // => 0
 * await commandPolicy(['init'], io, 'en');
 * // throws InputError: policy.json already exists: add --force to replace it, or choose another file with --out
 * ```
 */
export async function commandPolicy(args: string[], io: Io, locale: Locale): Promise<number> {
  const [subcommand, ...rest] = args;
  if (subcommand === undefined || subcommand.startsWith('-')) throw usageError('policyCmd.subcommandMissing', {});
  if (!(SUBCOMMANDS as readonly string[]).includes(subcommand)) {
    const near = suggest(subcommand, SUBCOMMANDS);
    throw near === null
      ? usageError('policyCmd.subcommandUnknown', { subcommand })
      : usageError('policyCmd.subcommandUnknownNear', { subcommand, near });
  }
  return await policyInit(rest, io, locale);
}

const INIT_OPTIONS = { out: { type: 'string' }, force: { type: 'boolean' } } as const;

async function policyInit(args: string[], io: Io, locale: Locale): Promise<number> {
  const { values } = parseCommandArgs('policy init', args, INIT_OPTIONS, false);
  const out = values.out ?? DEFAULT_POLICY_FILE;
  const force = values.force === true;
  if (out === '-') {
    io.stdout.write(defaultPolicyText(schemaReference(process.cwd()).ref));
    return EXIT.done;
  }
  const schema = schemaReference(dirname(resolve(out)));
  const text = defaultPolicyText(schema.ref);
  const existing = statOrUndefined(out);
  if (existing?.isDirectory())
    throw inputError('cli.outIsFolder', { path: out, example: join(out, DEFAULT_POLICY_FILE) });
  if (existing !== undefined && !force) throw inputError('policyCmd.exists', { path: out });
  if (force) await replaceFile(out, text);
  else createFile(out, text);

  const say = translator(locale);
  const versions = defaultPolicy.versions.map((v) =>
    v.effectiveTo
      ? say('policyCmd.versionTo', {
          id: v.id,
          version: v.version,
          from: formatDate(v.effectiveFrom, locale),
          to: formatDate(v.effectiveTo, locale),
        })
      : say('policyCmd.version', { id: v.id, version: v.version, from: formatDate(v.effectiveFrom, locale) }),
  );
  line(io.stderr, say('policyCmd.written', { path: out, versions: versions.join(', ') }));
  line(io.stderr, say(schema.found ? 'policyCmd.schema' : 'policyCmd.schemaAbsent', { schema: schema.ref }));
  line(io.stderr, say('policyCmd.next', { path: out }));
  return EXIT.done;
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw inputError('cli.cannotWriteOut', { path, why: whyUnwritableSaid(error) });
  }
}

/** Creates the file, never replacing one (one created meanwhile is refused); nothing is left on failure. */
function createFile(path: string, text: string): void {
  let fd: number;
  try {
    fd = openSync(path, 'wx', 0o666);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw inputError('policyCmd.exists', { path });
    throw inputError('cli.cannotWriteOut', { path, why: whyUnwritableSaid(error, dirname(path)) });
  }
  try {
    writeFileSync(fd, text);
    closeSync(fd);
  } catch (error) {
    // A write that failed (a full disk) leaves no half policy behind.
    try {
      closeSync(fd);
    } catch {
      // Already closed.
    }
    unlinkSync(path);
    throw inputError('cli.cannotWriteOut', { path, why: whyUnwritableSaid(error, dirname(path)) });
  }
}

/** Replaces the file whole: written beside it, renamed over it once complete. */
async function replaceFile(path: string, text: string): Promise<void> {
  const file = openOutFile(path);
  file.stream.on('error', () => undefined);
  file.stream.write(text);
  await file.commit();
}
