/**
 * The programs of examples/embed/ (docs/guides/embed-in-your-erp.md), each in its own language,
 * against the built command: the pipe (`evaluate - --stream`: a decision, an error record, exit
 * code 3) and the service (`serve --port 0`: a decision, a 400 problem with its issues, health,
 * stopped with SIGTERM). Each runs where its runtime is installed (.ci/run installs Python, PHP
 * and a JDK from Debian; .NET is not in Debian: its test is skipped there). Run after
 * `npm run build`.
 */
import { accessSync, constants } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const cli = join(root, 'dist', 'cli.js');
const embed = join(root, 'examples', 'embed');
const accountFile = join(root, 'examples', 'accounts', 'a-1029-two-months-behind.json');
const asOf = '2026-11-23';
/** The programs start `node` from the PATH: this one first. */
const env: NodeJS.ProcessEnv = {
  ...process.env,
  PATH: `${dirname(process.execPath)}${delimiter}${process.env.PATH ?? ''}`,
  DOTNET_NOLOGO: '1',
  DOTNET_CLI_TELEMETRY_OPTOUT: '1',
};
delete env.HLM_RECOVERY_CLI;
delete env.HLM_RECOVERY_ACCOUNT;

/** The path of a command on the PATH, as `which` finds it, or null. */
function which(command: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    try {
      accessSync(join(dir, command), constants.X_OK);
      return join(dir, command);
    } catch {}
  }
  return null;
}

/** What a command prints on stdout and stderr, for a version check. */
function said(command: string, args: string[]): string {
  const r = spawnSync(command, args, { encoding: 'utf8', env, timeout: 60_000 });
  return `${r.stdout ?? ''}${r.stderr ?? ''}`;
}

/** Why a program cannot run here, or null when it can. */
const why = {
  python(): string | null {
    return which('python3') ? null : 'no python3 on the PATH';
  },
  java(): string | null {
    if (!which('java') || !which('javac')) return 'no JDK (java and javac) on the PATH';
    const major = Number(/version "(\d+)/.exec(said('java', ['-version']))?.[1] ?? 0);
    return major >= 17 ? null : `java ${major}: Embed.java needs 17 or later`;
  },
  php(): string | null {
    if (!which('php')) return 'no php on the PATH';
    return Number(said('php', ['-r', 'echo PHP_VERSION_ID;'])) >= 80000 ? null : 'php older than 8.0';
  },
  dotnet(): string | null {
    if (!which('dotnet')) return 'no dotnet on the PATH (.NET is not in Debian: CI does not install it)';
    const majors = [...said('dotnet', ['--list-sdks']).matchAll(/^(\d+)\./gm)].map((m) => Number(m[1]));
    return majors.some((m) => m >= 8) ? null : 'no .NET SDK 8 or later (dotnet --list-sdks)';
  },
};

const programs = [
  { file: 'embed.py', reason: why.python(), command: 'python3', args: [join(embed, 'embed.py')] },
  { file: 'Embed.java', reason: why.java(), command: 'java', args: [join(embed, 'Embed.java')] },
  { file: 'embed.php', reason: why.php(), command: 'php', args: [join(embed, 'embed.php')] },
  {
    file: 'Embed.cs',
    reason: why.dotnet(),
    command: 'dotnet',
    args: ['run', '--project', join(embed, 'Embed.csproj'), '--'],
  },
];

/** What every program prints for the decision of the account, from the command's own decision. */
let decision: any;
function decisionLine(where: string): string {
  decision ??= evaluateAccount();
  const step = decision.nextAction;
  return `${where}: ${decision.accountId}: level ${decision.level.id} (${decision.level.label}), next action ${step.label} (${step.channel}, ${step.date})`;
}

function evaluateAccount(): any {
  const r = spawnSync(process.execPath, [cli, 'evaluate', accountFile, '--as-of', asOf, '--quiet'], {
    encoding: 'utf8',
  });
  expect(r.status).toBe(0);
  return JSON.parse(r.stdout);
}

describe('the embedding programs of examples/embed', () => {
  const library = JSON.parse(
    spawnSync(process.execPath, ['-p', 'JSON.stringify(require("./package.json").version)'], {
      cwd: root,
      encoding: 'utf8',
    }).stdout,
  ) as string;

  for (const program of programs) {
    const name = `${program.file} runs the pipe and the service${program.reason ? ` (skipped: ${program.reason})` : ''}`;
    it.skipIf(program.reason !== null)(
      name,
      () => {
        const r = spawnSync(program.command, [...program.args, cli, accountFile], {
          cwd: root,
          env,
          encoding: 'utf8',
          timeout: 240_000,
          killSignal: 'SIGKILL',
        });
        const context = `${program.file}: exit ${r.status} ${r.signal ?? ''}\nstdout:\n${r.stdout}\nstderr:\n${r.stderr}`;
        expect(r.status, context).toBe(0);
        const lines = r.stdout.trimEnd().split('\n');
        expect(lines, context).toEqual([
          decisionLine('pipe'),
          'pipe: line 2 (account A-1030) is an error record:',
          expect.stringMatching(
            /^pipe: {3}invalid_type at \(root\): \(racine\)\u00a0: attendu un compte en objet JSON/,
          ),
          'pipe: exit code 3: done, but some records are error records: route them to a person',
          expect.stringMatching(/^service: listening on http:\/\/127\.0\.0\.1:\d+$/),
          decisionLine('service'),
          'service: status 400 (application/problem+json): Compte invalide',
          expect.stringMatching(/^service: {3}invalid_amount at lease\.rent: lease\.rent\u00a0: attendu .* 512\.3$/),
          `service: health ok: library ${library}, policy default`,
          'service: stopped, exit code 0',
        ]);
        // The service said it stopped on SIGTERM, once its requests were answered.
        expect(r.stderr, context).toContain('arrêt demandé (SIGTERM)');
      },
      program.file === 'Embed.cs' ? 300_000 : 120_000,
    );
  }
});
