/**
 * `hlm-recovery policy init` in this process (`commandPolicy`, from the sources): the file it
 * writes, where its `$schema` points from any folder, its messages in French and English, and the
 * files it refuses to write. The installed package runs the same command in npm.test.ts.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError, UsageError } from '../../src/cli/args';
import { commandPolicy, defaultPolicyText, schemaReference } from '../../src/cli/policy';
import { MESSAGES } from '../../src/i18n';
import { POLICY_CMD_MESSAGES } from '../../src/i18n/messages-policy-cmd';
import { defaultPolicy, loadPolicy } from '../../src/rules';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const work = mkdtempSync(join(tmpdir(), 'hlm-policy-init-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const SCHEMA = './node_modules/hlm-recovery/schema/policy.schema.json';

function sink() {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      chunks.push(Buffer.from(chunk));
      done();
    },
  });
  return { stream, text: () => Buffer.concat(chunks).toString('utf8') };
}

async function init(args: string[], locale: 'fr' | 'en' = 'fr') {
  const stdout = sink();
  const stderr = sink();
  const code = await commandPolicy(['init', ...args], { stdout: stdout.stream, stderr: stderr.stream }, locale);
  return { code, out: stdout.text(), err: stderr.text() };
}

/** What commandPolicy throws, rendered in a locale. */
async function refusal(args: string[], locale: 'fr' | 'en') {
  try {
    await commandPolicy(args, { stdout: sink().stream, stderr: sink().stream }, locale);
  } catch (error) {
    if (error instanceof InputError || error instanceof UsageError)
      return { kind: error instanceof InputError ? 'input' : 'usage', text: error.render(locale) };
    throw error;
  }
  throw new Error(`policy ${args.join(' ')} was not refused`);
}

/** A project folder with a package.json, and hlm-recovery installed in it (its schema) or not. */
function projectFolder(name: string, installed: boolean): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{ "name": "erp", "private": true }\n');
  if (installed) {
    const schema = join(dir, 'node_modules', 'hlm-recovery', 'schema');
    mkdirSync(schema, { recursive: true });
    writeFileSync(join(schema, 'policy.schema.json'), readFileSync(join(root, 'schema', 'policy.schema.json')));
  }
  return dir;
}

describe('the default policy file', () => {
  const example = readFileSync(join(root, 'examples', 'policies', 'default.json'), 'utf8');

  it('is examples/policies/default.json with its $schema alone changed', () => {
    // From examples/policies, the $schema of the repository's copy is that file exactly.
    expect(defaultPolicyText('../../schema/policy.schema.json')).toBe(example);
    const text = defaultPolicyText(SCHEMA);
    expect(text.split('\n')[1]).toBe(`  "$schema": "${SCHEMA}",`);
    expect(text.replace(SCHEMA, '../../schema/policy.schema.json')).toBe(example);
  });

  it('loads as the built-in defaultPolicy: the same dated versions', () => {
    const loaded = loadPolicy(JSON.parse(defaultPolicyText(SCHEMA)));
    const withoutSchema = (v: object) => {
      const { $schema: _schema, ...rest } = v as { $schema?: string };
      return rest;
    };
    expect(loaded.versions.map(withoutSchema)).toEqual(defaultPolicy.versions.map(withoutSchema));
    expect(loaded.versions[0]!.$schema).toBe(SCHEMA);
  });
});

describe('where its $schema points', () => {
  it('at the schema installed in node_modules, from the project and from its folders', () => {
    const project = projectFolder('installed', true);
    expect(schemaReference(project)).toEqual({ ref: SCHEMA, found: true });
    expect(schemaReference(join(project, 'config', 'recovery'))).toEqual({
      ref: '../../node_modules/hlm-recovery/schema/policy.schema.json',
      found: true,
    });
  });

  it('at the schema/ of the package itself, in its repository', () => {
    expect(schemaReference(root)).toEqual({ ref: './schema/policy.schema.json', found: true });
    expect(schemaReference(join(root, 'examples', 'policies'))).toEqual({
      ref: '../../schema/policy.schema.json',
      found: true,
    });
  });

  it('where installing hlm-recovery in the nearest project will put it, when it is not installed', () => {
    const project = projectFolder('not-installed', false);
    expect(schemaReference(project)).toEqual({ ref: SCHEMA, found: false });
    expect(schemaReference(join(project, 'config'))).toEqual({
      ref: '../node_modules/hlm-recovery/schema/policy.schema.json',
      found: false,
    });
  });
});

describe('policy init', () => {
  it('writes the file and says so in French by default: the version, the $schema, what to do next', async () => {
    const project = projectFolder('fr', true);
    const out = join(project, 'policy.json');
    const r = await init(['--out', out]);
    expect(r).toEqual({
      code: 0,
      out: '',
      err:
        `politique par défaut écrite dans ${out} (default 2024.1 en vigueur à partir du 01/01/2024)\n` +
        `son $schema, pour les éditeurs\u00a0: ${SCHEMA}\n` +
        `modifiez-la, puis vérifiez-la avec\u00a0: hlm-recovery validate ${out}\n`,
    });
    expect(readFileSync(out, 'utf8')).toBe(defaultPolicyText(SCHEMA));
  });

  it('says in English, and says so when the schema is not installed yet', async () => {
    const project = projectFolder('en', false);
    mkdirSync(join(project, 'config'));
    const out = join(project, 'config', 'policy.json');
    const r = await init(['--out', out], 'en');
    const ref = '../node_modules/hlm-recovery/schema/policy.schema.json';
    expect(r.err).toBe(
      `default policy written to ${out} (default 2024.1 in force from 1 Jan 2024)\n` +
        `its $schema, for editors: ${ref} (not there yet: install hlm-recovery in this project, npm install --save-dev hlm-recovery)\n` +
        `edit it, then check it with: hlm-recovery validate ${out}\n`,
    );
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(defaultPolicyText(ref));
  });

  it('prints the policy on stdout for --out -, and nothing on stderr', async () => {
    const r = await init(['--out', '-']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(JSON.parse(r.out)).toEqual(JSON.parse(defaultPolicyText(schemaReference(process.cwd()).ref)));
  });

  it('never replaces a file without --force; with it, replaces the file whole', async () => {
    const project = projectFolder('force', true);
    const out = join(project, 'policy.json');
    writeFileSync(out, '{ "mine": true }\n');
    expect(await refusal(['init', '--out', out], 'fr')).toEqual({
      kind: 'input',
      text: `${out} existe déjà\u00a0: ajoutez --force pour le remplacer, ou choisissez un autre fichier avec --out`,
    });
    expect(await refusal(['init', '--out', out], 'en')).toEqual({
      kind: 'input',
      text: `${out} already exists: add --force to replace it, or choose another file with --out`,
    });
    expect(readFileSync(out, 'utf8')).toBe('{ "mine": true }\n');
    expect((await init(['--out', out, '--force'])).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(defaultPolicyText(SCHEMA));
  });

  it('refuses a folder or a missing folder as --out, and leaves nothing behind', async () => {
    const project = projectFolder('refused', true);
    expect(await refusal(['init', '--out', project], 'en')).toEqual({
      kind: 'input',
      text: `cannot write --out ${project}: it is a folder; give a file name, e.g. --out ${join(project, 'policy.json')}`,
    });
    const missing = join(project, 'no', 'such', 'policy.json');
    expect(await refusal(['init', '--out', missing, '--force'], 'en')).toMatchObject({
      kind: 'input',
      text: expect.stringMatching(/^cannot write --out .+: the folder .+ does not exist/),
    });
    expect(await refusal(['init', '--out', missing], 'fr')).toMatchObject({
      kind: 'input',
      text: expect.stringMatching(/^impossible d’écrire --out .+\u00a0: le dossier .+ n’existe pas/),
    });
    expect(existsSync(join(project, 'no'))).toBe(false);
  });

  it('names the subcommand and the options it takes (wrong usage)', async () => {
    expect(await refusal([], 'fr')).toEqual({
      kind: 'usage',
      text: 'donnez une sous-commande\u00a0: hlm-recovery policy init [--out <fichier>] [--force]',
    });
    expect(await refusal(['--out', 'p.json'], 'en')).toEqual({
      kind: 'usage',
      text: 'give a subcommand: hlm-recovery policy init [--out <file>] [--force]',
    });
    expect(await refusal(['ini'], 'fr')).toEqual({
      kind: 'usage',
      text: 'sous-commande inconnue «\u00a0ini\u00a0» (vouliez-vous dire init\u00a0?)\u00a0: hlm-recovery policy init [--out <fichier>] [--force]',
    });
    expect(await refusal(['frobnicate'], 'en')).toEqual({
      kind: 'usage',
      text: 'unknown subcommand "frobnicate": hlm-recovery policy init [--out <file>] [--force]',
    });
    expect(await refusal(['init', '--force=yes'], 'en')).toEqual({
      kind: 'usage',
      text: '--force takes no value: write --force alone',
    });
    expect(await refusal(['init', '--out'], 'en')).toMatchObject({ kind: 'usage', text: /^--out needs a value/ });
  });

  it('has its messages in the catalogue', () => {
    for (const code of Object.keys(POLICY_CMD_MESSAGES)) expect(Object.hasOwn(MESSAGES, code), code).toBe(true);
  });
});
