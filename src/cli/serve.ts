/**
 * `hlm-recovery serve`: the HTTP service (`startServer`) as a command a host starts and keeps
 * open. It prints the service's address on stdout (one line, for the host to read) and what it
 * does on stderr; `--log` adds one line per request. SIGHUP reads the policy file again (an
 * invalid policy is refused with its issues, and the old one stays); SIGTERM and SIGINT stop it
 * once the requests in progress are answered, with exit code 0.
 *
 * @module
 */
import { readFileSync } from 'node:fs';
import { formatCount, message, type Locale } from '../i18n';
import { startServer, type PolicyInfo, type RecoveryServer } from '../node';
import { inputError, parseCommandArgs, policyFrom, usageError, whyUnreadableSaid } from './args';
import { EXIT } from './exit-codes';
import { line, type Io } from './output';

/** Where the command hears the signals: the process, or a test's emitter. */
export interface SignalSource {
  on(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
  off(signal: NodeJS.Signals, listener: (signal: NodeJS.Signals) => void): unknown;
}

const SERVE_OPTIONS = {
  policy: { type: 'string' },
  host: { type: 'string' },
  port: { type: 'string' },
  workers: { type: 'string' },
  log: { type: 'boolean' },
} as const;

/** `--port`: a whole number from 0 to 65535. */
function portOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,5}$/.test(value) || Number(value) > 65535) throw usageError('serve.badPort', { value });
  return Number(value);
}

/** `--workers`: a whole number from 1 to 64. */
function workersOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{1,2}$/.test(value) || Number(value) < 1 || Number(value) > 64)
    throw usageError('serve.badWorkers', { value });
  return Number(value);
}

/** The policy in service, as the messages name it: its id and versions. */
function policyName(info: PolicyInfo): string {
  return `${info.id} ${info.versions.map((v) => v.version).join(', ')}`;
}

/** Why the service cannot listen, in plain words. */
function whyNotListening(error: NodeJS.ErrnoException, locale: Locale): string {
  if (error.code === 'EADDRINUSE') return message('serve.why.inUse', {}, locale);
  if (error.code === 'EACCES' || error.code === 'EPERM') return message('serve.why.denied', {}, locale);
  if (error.code === 'EADDRNOTAVAIL') return message('serve.why.notAvailable', {}, locale);
  if (error.code === 'ENOTFOUND' || error.code === 'EAI_AGAIN') return message('serve.why.notFound', {}, locale);
  return message('serve.why.system', { message: error.message }, locale);
}

/**
 * Runs `hlm-recovery serve` until SIGTERM or SIGINT.
 *
 * @param args - The arguments after `serve`: `--policy <file>`, `--host <h>`, `--port <n>`,
 *   `--workers <n>`, `--log`.
 * @param io - stdout takes the service's address (one line), stderr what it says.
 * @param locale - The language of what it says on stderr (the requests choose theirs).
 * @param signals - Where the signals come from: the process (default).
 * @returns The exit code once stopped: 0.
 * @throws UsageError for a wrong option (exit code 2); InputError when it cannot read the policy
 *   file or listen, ValidationError for an invalid policy (exit code 1).
 * @example
 * ```ts
 * await commandServe(['--port', '0', '--log'], { stdout: process.stdout, stderr: process.stderr }, 'fr');
 * // stdout: http://127.0.0.1:41234; stderr: hlm-recovery : politique default 2024.1 servie sur … (until SIGTERM)
 * ```
 */
export async function commandServe(
  args: string[],
  io: Io,
  locale: Locale,
  signals: SignalSource = process,
): Promise<number> {
  const { values } = parseCommandArgs('serve', args, SERVE_OPTIONS, false);
  const port = portOf(values.port);
  const workers = workersOf(values.workers);
  const file = values.policy;
  const policy = policyFrom(file);
  const host = values.host ?? '127.0.0.1';
  const say = (text: string) => line(io.stderr, text);
  let server: RecoveryServer;
  try {
    server = await startServer({
      policy,
      host,
      ...(port === undefined ? {} : { port }),
      ...(workers === undefined ? {} : { workers }),
      ...(values.log === true
        ? {
            log: (e) =>
              say(
                message(
                  'serve.log',
                  { method: e.method, path: e.path, status: String(e.status), ms: String(e.ms) },
                  locale,
                ),
              ),
          }
        : {}),
    });
  } catch (error) {
    const system = error as NodeJS.ErrnoException;
    if (typeof system?.code !== 'string') throw error;
    const address = `${host.includes(':') ? `[${host}]` : host}:${port ?? 8080}`;
    throw inputError('serve.cannotListen', { address, why: () => whyNotListening(system, locale) });
  }
  line(io.stdout, server.url);
  say(message('serve.listening', { policy: policyName(server.policy()), url: server.url }, locale));

  const reload = () => {
    const current = policyName(server.policy());
    if (file === undefined) return say(message('serve.reloadNoFile', { policy: current }, locale));
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (error) {
      return say(
        message('serve.reloadUnreadable', { file, why: whyUnreadableSaid(error)(locale), policy: current }, locale),
      );
    }
    const result = server.reload(text, { locale });
    if (result.ok) return say(message('serve.reloaded', { file, policy: policyName(result.policy) }, locale));
    say(
      message(
        'serve.reloadRefused',
        { file, count: formatCount(result.issues.length, locale), policy: current },
        locale,
      ),
    );
    for (const issue of result.issues) say(message('serve.reloadIssue', { text: issue.message }, locale));
  };

  await new Promise<void>((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      signals.off('SIGTERM', stop);
      signals.off('SIGINT', stop);
      signals.off('SIGHUP', reload);
      say(message('serve.stopping', { signal }, locale));
      void server.close().then(() => {
        say(message('serve.stopped', {}, locale));
        resolve();
      });
    };
    signals.on('SIGHUP', reload);
    signals.on('SIGTERM', stop);
    signals.on('SIGINT', stop);
  });
  return EXIT.done;
}
