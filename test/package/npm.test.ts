/**
 * The package as npm publishes it (run after `npm run build`): the tarball `npm pack` makes,
 * installed into a new project (unpacked into its node_modules, with the repository's own copies
 * of the dependencies: no network). It checks what the npm page shows (repository, homepage, bugs,
 * keywords, README links that work there), the files shipped, TypeScript's node10 resolution of
 * every entry point, and `hlm-recovery policy init` run from the installed package.
 */
import Ajv2020 from 'ajv/dist/2020';
import { execFileSync, spawnSync } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const repoPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
const tsc = join(root, 'node_modules', 'typescript', 'bin', 'tsc');

interface Manifest {
  name: string;
  version: string;
  keywords?: unknown;
  homepage?: unknown;
  repository?: unknown;
  bugs?: unknown;
  files?: string[];
  main?: string;
  module?: string;
  types?: string;
  bin?: Record<string, string>;
  exports: Record<string, unknown>;
  typesVersions?: Record<string, Record<string, string[]>>;
  dependencies: Record<string, string>;
}

const work = mkdtempSync(join(tmpdir(), 'hlm-npm-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** What `npm pack` made: the tarball and the paths of its files (without `package/`). */
let tarball = '';
let shipped: string[] = [];
/** The package.json inside the tarball. */
let packed: Manifest;
/** A new project with the tarball installed. */
const project = join(work, 'project');
const installed = join(project, 'node_modules', 'hlm-recovery');

/** Unpacks the tarball as the package `hlm-recovery` of a project, its dependencies beside it. */
function install(into: string, manifest?: (m: Manifest) => Manifest): string {
  const dir = join(into, 'node_modules', 'hlm-recovery');
  mkdirSync(dir, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', dir, '--strip-components=1']);
  if (manifest !== undefined) {
    const file = join(dir, 'package.json');
    writeFileSync(file, JSON.stringify(manifest(JSON.parse(readFileSync(file, 'utf8')) as Manifest), null, 2));
  }
  writeFileSync(join(into, 'package.json'), JSON.stringify({ name: 'consumer', private: true, version: '1.0.0' }));
  // The dependencies as npm would install them, from this repository's node_modules (their own
  // dependencies resolve from there); @types/node for a project that uses hlm-recovery/node.
  const { dependencies } = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as Manifest;
  for (const dep of [...Object.keys(dependencies), '@types/node']) {
    const link = join(into, 'node_modules', dep);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(join(root, 'node_modules', dep), link, 'junction');
  }
  return dir;
}

beforeAll(() => {
  const out = execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const [report] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  tarball = join(work, report!.filename);
  shipped = report!.files.map((f) => f.path).sort();
  mkdirSync(project);
  install(project);
  packed = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8')) as Manifest;
}, 120_000);

/** `owner/name` of the GitHub repository package.json names. */
function githubRepository(manifest: Manifest): { owner: string; name: string } {
  const url = (manifest.repository as { url?: string } | undefined)?.url ?? '';
  const m = /^git\+https:\/\/github\.com\/([\w.-]+)\/([\w.-]+)\.git$/.exec(url);
  if (m === null) throw new Error(`repository.url is not a GitHub URL: ${url}`);
  return { owner: m[1]!, name: m[2]! };
}

describe('package.json as npm shows it', () => {
  it('names the repository, the homepage (its GitHub pages) and where to report a bug, consistently', () => {
    expect(packed.repository).toEqual({ type: 'git', url: expect.stringMatching(/^git\+https:\/\/github\.com\//) });
    const { owner, name } = githubRepository(packed);
    expect(packed.homepage).toBe(`https://${owner}.github.io/${name}/`);
    expect(packed.bugs).toEqual({ url: `https://github.com/${owner}/${name}/issues` });
    // What the repository's package.json says is what the tarball says.
    for (const field of ['repository', 'homepage', 'bugs', 'keywords'] as const)
      expect(packed[field], field).toEqual(repoPkg[field]);
  });

  it('has keywords npm search can use: lower-case, unique, about the domain', () => {
    const keywords = packed.keywords as string[];
    expect(Array.isArray(keywords)).toBe(true);
    expect(keywords.length).toBeGreaterThanOrEqual(5);
    expect(new Set(keywords).size).toBe(keywords.length);
    for (const k of keywords) expect(k).toMatch(/^[a-z0-9][a-z0-9-]*$/);
    expect(keywords).toEqual(expect.arrayContaining(['hlm', 'bailleur-social', 'rent-arrears', 'social-housing']));
  });
});

describe('the files shipped', () => {
  /** The files package.json points at: entry points, declarations, the command. */
  function referenced(manifest: Manifest): string[] {
    const paths: string[] = [];
    const walk = (value: unknown) => {
      if (typeof value === 'string') paths.push(value);
      else if (Array.isArray(value)) value.forEach(walk);
      else if (value !== null && typeof value === 'object') Object.values(value).forEach(walk);
    };
    walk([manifest.main, manifest.module, manifest.types, manifest.bin, manifest.exports, manifest.typesVersions]);
    return [...new Set(paths.filter((p) => p !== undefined).map((p) => posix.normalize(p)))].sort();
  }

  it('are the built code, the JSON Schemas, the README and package.json, nothing else', () => {
    expect(repoPkg.files).toEqual(expect.arrayContaining(['dist', 'schema', 'README.md']));
    const allowed = [
      /^package\.json$/,
      /^README\.md$/,
      /^LICENSE(\.md)?$/,
      /^dist\/[\w./-]+\.(js|cjs|d\.ts|d\.cts|js\.map|cjs\.map)$/,
      /^schema\/(account|policy|decision|cases)\.schema\.json$/,
    ];
    expect(shipped.filter((f) => !allowed.some((re) => re.test(f)))).toEqual([]);
    expect(shipped).toEqual(
      expect.arrayContaining([
        'package.json',
        'README.md',
        // The license package.json names, in the package itself.
        'LICENSE',
        'schema/account.schema.json',
        'schema/policy.schema.json',
        'schema/decision.schema.json',
        'schema/cases.schema.json',
        'dist/cli.js',
      ]),
    );
  });

  it('hold every file package.json points at (main, module, types, bin, exports, typesVersions)', () => {
    const files = referenced(packed);
    expect(files.length).toBeGreaterThan(25);
    expect(files.filter((f) => f !== 'package.json' && !shipped.includes(f))).toEqual([]);
  });

  it('ship the JSON Schemas of the repository', () => {
    for (const kind of ['account', 'policy', 'decision'])
      expect(readFileSync(join(installed, 'schema', `${kind}.schema.json`), 'utf8')).toBe(
        readFileSync(join(root, 'schema', `${kind}.schema.json`), 'utf8'),
      );
  });
});

describe('the README on the npm page', () => {
  /** Every link target of a Markdown text, outside code: [text](url), <url>, [ref]: url, href/src. */
  function links(markdown: string): string[] {
    const prose = markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '');
    const found: string[] = [];
    for (const m of prose.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) found.push(m[1]!);
    for (const m of prose.matchAll(/<((?:https?|mailto):[^>\s]+)>/g)) found.push(m[1]!);
    for (const m of prose.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/gm)) found.push(m[1]!);
    for (const m of prose.matchAll(/\b(?:href|src)\s*=\s*["']([^"']+)["']/g)) found.push(m[1]!);
    return found;
  }

  it('links only to absolute https URLs, anchors, or files inside the tarball', () => {
    const readme = readFileSync(join(installed, 'README.md'), 'utf8');
    const all = links(readme);
    expect(all.length).toBeGreaterThan(20);
    const broken = all.filter((url) => {
      if (url.startsWith('#')) return false;
      if (/^https:\/\//.test(url)) return false;
      if (/^[a-z][a-z0-9+.-]*:/i.test(url)) return true; // http:, file:, … do not belong on the npm page
      const path = posix.normalize(decodeURI(url.replace(/[?#].*$/, '')));
      return !shipped.includes(path);
    });
    expect(broken).toEqual([]);
  });

  it('points into the repository and the published docs at files and pages that exist', () => {
    const { owner, name } = githubRepository(packed);
    const repository = `https://github.com/${owner}/${name}/blob/main/`;
    const homepage = packed.homepage as string;
    const readme = readFileSync(join(installed, 'README.md'), 'utf8');
    const all = links(readme);
    const intoRepository = all.filter((u) => u.startsWith(repository));
    const intoDocs = all.filter((u) => u.startsWith(homepage));
    // Every document the README used to link relatively is now one of these.
    expect(intoRepository.length).toBeGreaterThan(15);
    expect(intoDocs.length).toBeGreaterThanOrEqual(2);
    const missing = intoRepository
      .map((u) => decodeURI(u.slice(repository.length).replace(/[?#].*$/, '')))
      .filter((path) => !existsSync(join(root, path)));
    expect(missing).toEqual([]);
    // The docs site: its home page (the API reference), and the playground copied from docs/playground.
    for (const url of intoDocs) {
      const page = url.slice(homepage.length).replace(/[?#].*$/, '');
      if (page === '' || page === 'index.html') continue;
      expect(page, url).toMatch(/^playground\//);
      expect(existsSync(join(root, 'docs', page)), url).toBe(true);
    }
    // No link of the README to the repository's own folders is left relative.
    expect(all.filter((u) => /^(\.\/)?(docs|examples|src|test|ARCHITECTURE|CONTRIBUTING|CHANGELOG)\b/.test(u))).toEqual(
      [],
    );
  });
});

describe('TypeScript with moduleResolution node10', () => {
  /** Copies the node10 consumer of test/package/fixtures into a project and compiles it there. */
  function compileNode10(into: string, ...options: string[]) {
    const dir = join(into, 'node10');
    mkdirSync(dir, { recursive: true });
    copyFileSync(join(here, 'fixtures', 'node10', 'tsconfig.json'), join(dir, 'tsconfig.json'));
    copyFileSync(join(here, 'fixtures', 'node10', 'index.ts.txt'), join(dir, 'index.ts'));
    const r = spawnSync(process.execPath, [tsc, '-p', dir, ...options], { cwd: dir, encoding: 'utf8' });
    return { dir, code: r.status, out: r.stdout + r.stderr };
  }

  it('resolves every entry point to its declarations, and the compiled CommonJS runs', () => {
    const { dir, code, out } = compileNode10(project);
    expect(out).toBe('');
    expect(code).toBe(0);
    const run = execFileSync(process.execPath, [join(dir, 'out', 'index.js')], { cwd: dir, encoding: 'utf8' });
    expect(run.trim()).toBe('2024.1 2024.1 0.30 2026-12-29 number 1 function true');
  });

  it('needs typesVersions for the subpaths (without it, node10 finds none of them)', () => {
    const bare = join(work, 'without-types-versions');
    mkdirSync(bare);
    install(bare, ({ typesVersions: _dropped, ...rest }) => rest as Manifest);
    // Only the resolution matters here: the declarations themselves are checked above.
    const { code, out } = compileNode10(bare, '--noEmit', '--skipLibCheck');
    expect(code).not.toBe(0);
    for (const subpath of ['money', 'calendar', 'demo', 'node'])
      expect(out).toContain(`Cannot find module 'hlm-recovery/${subpath}'`);
    expect(out).not.toContain("Cannot find module 'hlm-recovery'");
  });

  it('maps every subpath of exports but package.json', () => {
    const subpaths = Object.keys(packed.exports)
      .filter((k) => k !== '.' && k !== './package.json')
      .map((k) => k.slice(2))
      .sort();
    expect(Object.keys(packed.typesVersions?.['*'] ?? {}).sort()).toEqual(subpaths);
    for (const subpath of subpaths) {
      const target = (packed.exports[`./${subpath}`] as { import: { types: string } }).import.types;
      expect(packed.typesVersions!['*']![subpath], subpath).toEqual([target]);
    }
  });
});

describe('hlm-recovery policy init from the installed package', () => {
  const SCHEMA = './node_modules/hlm-recovery/schema/policy.schema.json';
  const exampleText = readFileSync(join(root, 'examples', 'policies', 'default.json'), 'utf8');

  /** Runs the installed command, as `npx hlm-recovery` does, in `cwd`. */
  function hlm(cwd: string, ...args: string[]) {
    const bin = join(installed, packed.bin!['hlm-recovery']!);
    const r = spawnSync(process.execPath, [bin, ...args], { cwd, encoding: 'utf8' });
    return { code: r.status, out: r.stdout, err: r.stderr };
  }

  /** The default policy with the `$schema` given: examples/policies/default.json, $schema alone changed. */
  const expectedText = (schema: string) =>
    exampleText.replace(/^ {2}"\$schema": "[^"]*",$/m, `  "$schema": "${schema}",`);

  it('writes policy.json: the default policy, with a $schema that resolves from node_modules', () => {
    const r = hlm(project, 'policy', 'init');
    expect(r.err).toBe(
      'politique par défaut écrite dans policy.json (default 2024.1 en vigueur à partir du 01/01/2024)\n' +
        `son $schema, pour les éditeurs\u00a0: ${SCHEMA}\n` +
        'modifiez-la, puis vérifiez-la avec\u00a0: hlm-recovery validate policy.json\n',
    );
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    const text = readFileSync(join(project, 'policy.json'), 'utf8');
    expect(text).not.toBe(exampleText);
    expect(text).toBe(expectedText(SCHEMA));
    const written = JSON.parse(text) as { $schema: string };
    expect(Object.keys(written)[0]).toBe('$schema');
    expect(existsSync(resolve(project, written.$schema))).toBe(true);
  });

  it('writes a file that validates: the command, validatePolicy and the JSON Schema it names', () => {
    const policyFile = join(project, 'policy.json');
    if (!existsSync(policyFile)) hlm(project, 'policy', 'init');
    const r = hlm(project, '--lang', 'en', 'validate', 'policy.json');
    expect(r.out).toBe('policy.json: valid — default 2024.1 (from 2024-01-01)\n');
    expect(r.code).toBe(0);
    const fromLibrary = execFileSync(
      process.execPath,
      [
        '-e',
        `const { validatePolicy, policyInForce, prepareRun } = require('hlm-recovery');
         const r = validatePolicy(JSON.parse(require('node:fs').readFileSync('policy.json', 'utf8')));
         console.log(JSON.stringify([r.ok, r.ok && policyInForce(r.value, '2026-11-23').version,
           prepareRun(r.value, { asOf: '2026-11-23' }).policy.version]));`,
      ],
      { cwd: project, encoding: 'utf8' },
    );
    expect(JSON.parse(fromLibrary)).toEqual([true, '2024.1', '2024.1']);
    const written = JSON.parse(readFileSync(policyFile, 'utf8')) as { $schema: string };
    const schema = JSON.parse(readFileSync(resolve(project, written.$schema), 'utf8')) as object;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
    const validate = ajv.compile(schema);
    expect(validate(written), JSON.stringify(validate.errors)).toBe(true);
  });

  it('refuses to replace an existing file without --force, and replaces it with --force', () => {
    const policyFile = join(project, 'policy.json');
    writeFileSync(policyFile, '{ "mine": true }\n');
    const refused = hlm(project, 'policy', 'init', '--lang', 'en');
    expect(refused.err).toBe(
      'hlm-recovery: policy.json already exists: add --force to replace it, or choose another file with --out\n',
    );
    expect(refused.code).toBe(1);
    expect(readFileSync(policyFile, 'utf8')).toBe('{ "mine": true }\n');
    const forced = hlm(project, 'policy', 'init', '--force', '--lang', 'en');
    expect(forced.code).toBe(0);
    expect(forced.err).toMatch(
      /^default policy written to policy\.json \(default 2024\.1 in force from 1 Jan 2024\)\n/,
    );
    expect(readFileSync(policyFile, 'utf8')).toBe(expectedText(SCHEMA));
  });

  it('writes into a folder of the project with a $schema relative to it, or prints on stdout', () => {
    mkdirSync(join(project, 'config'), { recursive: true });
    const r = hlm(project, 'policy', 'init', '--out', 'config/recovery-policy.json');
    expect(r.code).toBe(0);
    const text = readFileSync(join(project, 'config', 'recovery-policy.json'), 'utf8');
    expect(text).toBe(expectedText('../node_modules/hlm-recovery/schema/policy.schema.json'));
    const written = JSON.parse(text) as { $schema: string };
    expect(existsSync(resolve(project, 'config', written.$schema))).toBe(true);
    const printed = hlm(project, 'policy', 'init', '--out', '-');
    expect(printed).toEqual({ code: 0, out: expectedText(SCHEMA), err: '' });
  });

  it('says how to use it when the subcommand or an option is wrong (exit code 2)', () => {
    const cases: [string[], RegExp][] = [
      [['policy'], /^hlm-recovery: give a subcommand: hlm-recovery policy init \[--out <file>\] \[--force\]\n/],
      [['policy', 'ini'], /^hlm-recovery: unknown subcommand "ini" \(did you mean init\?\)/],
      [['policy', 'init', '--froce'], /^hlm-recovery: unknown option --froce \(did you mean --force\?\)/],
      [['policy', 'init', 'extra.json'], /^hlm-recovery: policy init takes no file or argument, not "extra.json"/],
    ];
    for (const [args, err] of cases) {
      const r = hlm(project, '--lang', 'en', ...args);
      expect(r.err, args.join(' ')).toMatch(err);
      expect(r.code, args.join(' ')).toBe(2);
    }
  });
});
