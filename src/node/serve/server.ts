/**
 * `startServer`: the library as a long-running HTTP service a host (a Java, .NET or PHP ERP)
 * keeps open, on Node's own `http` module. The policy is loaded once; the prepared run of each
 * `asOf` and locale is made once and kept until the policy is reloaded. Every error is a problem
 * document (RFC 9457) in the request's language; `close()` lets the requests in progress finish.
 *
 * @module
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { ValidationError, fail, type Issue } from '../../errors';
import { DEFAULT_LOCALE, formatCount, localizeIssues, message, parseLocale, type Locale } from '../../i18n';
import {
  defaultPolicy,
  isLoadedPolicy,
  loadPolicy,
  validatePolicy,
  type Decision,
  type ExplainLevel,
  type PolicySource,
  type PreparedRun,
} from '../../rules';
import { suggest } from '../../rules/suggest';
import { BodyError } from './body';
import { acceptedLocale, mediaType } from './negotiate';
import { DEFAULT_BODY_LIMITS, openApiDocument, type BodyLimits } from './openapi';
import { HttpProblem, sendProblem, serviceIssue, sizeText } from './problem';
import { ROUTES, ServiceState, type PolicyInfo, type Route, type RouteSettings } from './routes';

/** One request answered, as `log` receives it. */
export interface RequestLog {
  readonly method: string;
  /** The path, without the query. */
  readonly path: string;
  readonly status: number;
  /** Milliseconds from the request's arrival to the end of its answer. */
  readonly ms: number;
}

/** Options of {@link startServer}. */
export interface ServerOptions {
  /** The policy in service: one policy, a set of versions, a loaded policy or its JSON text. Default: the built-in policy. */
  readonly policy?: PolicySource | string;
  /** The address to listen on. Default `127.0.0.1` (this machine only). */
  readonly host?: string;
  /** The port; 0 for any free port (see `port` of the result). Default 8080. */
  readonly port?: number;
  /** Called once per request answered. */
  readonly log?: (entry: RequestLog) => void;
  /** The limits of a request body, in bytes. Default `{ single: 1 MiB, batch: 10 MiB }`. */
  readonly bodyLimit?: Partial<BodyLimits>;
  /** Most milliseconds for a request's body to arrive in full (408 beyond); 0 for no limit. Default 60000. */
  readonly requestTimeoutMs?: number;
  /** Worker threads for `/v1/evaluate-batch` (started per batch); 1 evaluates in the service's thread. Default 1. */
  readonly workers?: number;
  /** Most milliseconds `close()` waits for the requests in progress before it cuts them. Default 30000. */
  readonly shutdownTimeoutMs?: number;
}

/** The result of {@link RecoveryServer.reload}. */
export type ReloadResult =
  | { readonly ok: true; readonly policy: PolicyInfo; readonly warnings: readonly Issue[] }
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly warnings: readonly Issue[] };

/** A running service. */
export interface RecoveryServer {
  /** `http://host:port`, the port the system gave for port 0. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  /** The policy in service. */
  policy(): PolicyInfo;
  /**
   * Puts a new policy in service, for the requests that arrive from now on (those in progress
   * finish with the old one), and drops every run prepared for the old one. An invalid policy is
   * refused with its issues, and the old one stays.
   *
   * @param source - One policy, a set of versions, a loaded policy, or its JSON text.
   * @param options - `{ locale }`: the language of the issues, French by default.
   */
  reload(source: unknown, options?: { readonly locale?: Locale }): ReloadResult;
  /**
   * Stops taking requests, lets those in progress finish (those still running after
   * `shutdownTimeoutMs` are cut), and resolves once every connection is closed.
   */
  close(): Promise<void>;
}

/** The paths, for the message of an unknown one. */
const PATHS = Object.keys(ROUTES);

function positiveInteger(value: unknown, path: string[], min: number, max: number, what: string): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    return fail('invalid_value', path, value, what);
  return value;
}

function settingsOf(options: ServerOptions) {
  const o = options ?? {};
  const host = o.host ?? '127.0.0.1';
  if (typeof host !== 'string' || host.trim() === '')
    fail('invalid_value', ['host'], host, 'a host name or an IP address');
  const port = positiveInteger(o.port ?? 8080, ['port'], 0, 65535, 'a port from 0 to 65535 (0: any free port)');
  const limits = {
    single: positiveInteger(
      o.bodyLimit?.single ?? DEFAULT_BODY_LIMITS.single,
      ['bodyLimit', 'single'],
      1,
      2 ** 31 - 1,
      'a number of bytes, at least 1',
    ),
    batch: positiveInteger(
      o.bodyLimit?.batch ?? DEFAULT_BODY_LIMITS.batch,
      ['bodyLimit', 'batch'],
      1,
      2 ** 31 - 1,
      'a number of bytes, at least 1',
    ),
  };
  const requestTimeoutMs = positiveInteger(
    o.requestTimeoutMs ?? 60_000,
    ['requestTimeoutMs'],
    0,
    2 ** 31 - 1,
    'a number of milliseconds, 0 or more (0: no limit)',
  );
  const workers = positiveInteger(o.workers ?? 1, ['workers'], 1, 64, 'a number of worker threads from 1 to 64');
  const shutdownTimeoutMs = positiveInteger(
    o.shutdownTimeoutMs ?? 30_000,
    ['shutdownTimeoutMs'],
    0,
    2 ** 31 - 1,
    'a number of milliseconds, 0 or more',
  );
  if (o.log !== undefined && typeof o.log !== 'function') fail('invalid_type', ['log'], o.log, 'a function');
  return { host, port, limits, requestTimeoutMs, workers, shutdownTimeoutMs };
}

/** The loaded policy of a source, whatever its form. */
function loadedOf(source: unknown) {
  return isLoadedPolicy(source) ? source : loadPolicy(source);
}

/**
 * Starts the HTTP service.
 *
 * Paths, under `/v1`: `POST /v1/evaluate` (one account → its decision), `POST /v1/evaluate-batch`
 * (NDJSON in, NDJSON out, streamed in input order), `POST /v1/explain` (one account → its
 * narrative, text), `POST /v1/validate` (a policy → `{ ok, issues, warnings }`), `POST /v1/compare`
 * (`{ candidate, accounts }` → the comparison), `POST /v1/kpi` (`{ accounts }` → the indicators),
 * `GET /v1/health`, `GET /v1/openapi.json`. The evaluating paths take `?asOf=YYYY-MM-DD`
 * (required); every path takes `?lang=fr|en`, else `Accept-Language`, else French.
 *
 * @param options - Where to listen, the policy, the limits: see {@link ServerOptions}.
 * @returns The running service, once it listens.
 * @throws {@link index!ValidationError | ValidationError} for an invalid option or policy; the
 *   system's error when it cannot listen (`EADDRINUSE`…).
 * @example
 * ```ts
 * const server = await startServer({ port: 0 });
 * const res = await fetch(`${server.url}/v1/evaluate?asOf=2026-11-23&lang=en`, {
 *   method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(account),
 * });
 * (await res.json()).level.id; // => 'reminder'
 * await server.close();
 * ```
 */
export async function startServer(options: ServerOptions = {}): Promise<RecoveryServer> {
  const settings = settingsOf(options);
  let state = new ServiceState(loadedOf(options?.policy ?? defaultPolicy));
  const openApi = new Map<Locale, string>();
  const routeSettings: RouteSettings = {
    bodyLimits: settings.limits,
    requestTimeoutMs: settings.requestTimeoutMs,
    workers: settings.workers,
    openApiText(locale) {
      let text = openApi.get(locale);
      if (text === undefined) {
        text = `${JSON.stringify(openApiDocument({ locale, bodyLimits: settings.limits }))}\n`;
        openApi.set(locale, text);
      }
      return text;
    },
  };
  const log = options?.log;
  const inFlight = new Set<ServerResponse>();
  let closing: Promise<void> | null = null;
  let server: Server;

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    try {
      receive(req, res);
    } catch (error) {
      // Never a stack trace, never a request left without an answer.
      if (!res.headersSent) {
        sendProblem(res, problemOf(error, '', DEFAULT_LOCALE)!, '', DEFAULT_LOCALE);
      } else res.destroy();
    }
  };

  const receive = (req: IncomingMessage, res: ServerResponse): void => {
    const started = performance.now();
    const [rawPath = '/', rawQuery = ''] = (req.url ?? '/').split(/\?(.*)/s);
    const path = rawPath;
    inFlight.add(res);
    res.on('close', () => {
      inFlight.delete(res);
      if (log !== undefined) {
        try {
          log({ method: req.method ?? '', path, status: res.statusCode, ms: Math.round(performance.now() - started) });
        } catch {
          // A log that fails is the host's to mend: the service goes on.
        }
      }
      // Once a keep-alive connection has nothing more to answer, the shutdown closes it.
      if (closing !== null) setImmediate(() => server.closeIdleConnections());
    });
    res.setHeader('Vary', 'Accept-Language');
    const query = new URLSearchParams(rawQuery);
    const lang = query.getAll('lang');
    let locale = acceptedLocale(req.headers['accept-language']);
    let langIssue: Issue | null = null;
    if (lang.length === 1) {
      try {
        locale = parseLocale(lang[0], ['lang']);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        langIssue = localizeIssues(error.issues, locale)[0]!;
      }
    }
    const answer = (error: unknown) => {
      if (res.headersSent || res.destroyed) {
        res.destroy();
        return;
      }
      const problem = problemOf(error, path, locale);
      if (problem === null) {
        res.destroy();
        return;
      }
      // The rest of a body not read (too large, too late) is not waited for.
      if (problem.status === 413 || problem.status === 408 || closing !== null) res.setHeader('Connection', 'close');
      sendProblem(res, problem, path, locale);
    };
    if (closing !== null) {
      answer(new HttpProblem('unavailable', message('serve.problem.unavailable.detail', {}, locale)));
      return;
    }
    dispatch({ req, res, path, query, locale, langIssue, state }).catch(answer);
  };

  const dispatch = async (ctx: {
    req: IncomingMessage;
    res: ServerResponse;
    path: string;
    query: URLSearchParams;
    locale: Locale;
    langIssue: Issue | null;
    state: ServiceState;
  }): Promise<void> => {
    const { req, res, path, locale } = ctx;
    const route = Object.hasOwn(ROUTES, path) ? ROUTES[path]! : undefined;
    if (route === undefined) {
      const near = suggest(path, PATHS);
      throw new HttpProblem(
        'not-found',
        near === null
          ? message('serve.problem.notFound.detail', { path, paths: PATHS.join(', ') }, locale)
          : message('serve.problem.notFoundNear.detail', { path, near }, locale),
      );
    }
    const allow = route.methods.includes('GET') ? ['GET', 'HEAD'] : [...route.methods];
    const method = req.method ?? '';
    if (method === 'OPTIONS') {
      res.statusCode = 204;
      res.setHeader('Allow', [...allow, 'OPTIONS'].join(', '));
      res.end();
      return;
    }
    if (!allow.includes(method)) {
      throw new HttpProblem(
        'method-not-allowed',
        message('serve.problem.methodNotAllowed.detail', { method, path, allow: allow.join(', ') }, locale),
        { allow, headers: { Allow: allow.join(', ') } },
      );
    }
    const { asOf, explain } = checkQuery(route, ctx.query, ctx.langIssue, path, locale);
    let run: PreparedRun<Decision> | null = null;
    if (asOf !== null) {
      try {
        run = ctx.state.run(asOf, locale, explain);
      } catch (error) {
        if (!(error instanceof ValidationError)) throw error;
        throw queryProblem(localizeIssues(error.issues, locale), locale);
      }
    }
    if (route.body !== undefined) checkBody(route.body, req, path, locale, settings.limits);
    await route.handle({ req, res, path, locale, state: ctx.state, settings: routeSettings, run, explain });
  };

  server = createServer({ requestTimeout: 0 }, handle);
  await new Promise<void>((resolve, reject) => {
    const onError = (error: Error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen({ host: settings.host, port: settings.port });
  });
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : settings.port;
  const shownHost = settings.host.includes(':') ? `[${settings.host}]` : settings.host;

  return Object.freeze({
    url: `http://${shownHost}:${port}`,
    host: settings.host,
    port,
    policy: () => state.info,
    reload(source: unknown, reloadOptions?: { readonly locale?: Locale }): ReloadResult {
      const locale =
        reloadOptions?.locale === undefined ? DEFAULT_LOCALE : parseLocale(reloadOptions.locale, ['locale']);
      if (isLoadedPolicy(source)) {
        state = new ServiceState(source);
        return { ok: true, policy: state.info, warnings: [] };
      }
      const result = validatePolicy(source, { locale });
      if (!result.ok) return { ok: false, issues: result.issues, warnings: result.warnings };
      state = new ServiceState(result.value);
      return { ok: true, policy: state.info, warnings: result.warnings };
    },
    close(): Promise<void> {
      closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve());
        // Answers not started yet close their connection; idle connections close now.
        for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
        server.closeIdleConnections();
        const cut = setTimeout(() => server.closeAllConnections(), settings.shutdownTimeoutMs);
        cut.unref();
        server.once('close', () => clearTimeout(cut));
      });
      return closing;
    },
  });
}

/** The problem of an error met while answering, or `null` when there is no one left to answer. */
function problemOf(error: unknown, path: string, locale: Locale): HttpProblem | null {
  if (error instanceof HttpProblem) return error;
  if (error instanceof BodyError) {
    const f = error.failure;
    if (f.kind === 'too-large')
      return new HttpProblem(
        'body-too-large',
        message('serve.problem.tooLarge.detail', { path, limit: sizeText(f.limit, locale) }, locale),
        { limit: f.limit },
      );
    if (f.kind === 'timeout')
      return new HttpProblem(
        'request-timeout',
        message(
          'serve.problem.timeout.detail',
          { seconds: formatCount(Math.max(1, Math.round(f.ms / 1000)), locale) },
          locale,
        ),
      );
    return null;
  }
  if (error instanceof ValidationError) {
    const issues = localizeIssues(error.issues, locale);
    return new HttpProblem(
      'invalid-body',
      message('serve.problem.badBody.detail', { shape: 'JSON', count: formatCount(issues.length, locale) }, locale),
      { issues },
    );
  }
  return new HttpProblem(
    'internal-error',
    message('serve.problem.internal.detail', { error: (error as Error)?.message ?? String(error) }, locale),
  );
}

/** An `invalid-query` problem with its issues. */
function queryProblem(issues: readonly Issue[], locale: Locale): HttpProblem {
  return new HttpProblem(
    'invalid-query',
    message('serve.problem.badQuery.detail', { count: formatCount(issues.length, locale) }, locale),
    { issues },
  );
}

/** The values of the query parameter `explain`. */
const EXPLAIN_LEVELS: readonly string[] = ['full', 'summary', 'none'];

/**
 * Checks the query of a request: parameters the path knows, each once, a language the library
 * writes, `asOf` where the path evaluates, and one of the levels of `explain` where the path
 * writes a batch of decisions.
 *
 * @returns `asOf` for a path that evaluates, else `null`; the explanation asked (`full` when not).
 */
function checkQuery(
  route: Route,
  query: URLSearchParams,
  langIssue: Issue | null,
  path: string,
  locale: Locale,
): { asOf: string | null; explain: ExplainLevel } {
  const known = [...(route.asOf ? ['asOf'] : []), ...(route.explain ? ['explain'] : []), 'lang'];
  const issues: Issue[] = [];
  for (const name of new Set(query.keys())) {
    const values = query.getAll(name);
    if (!known.includes(name)) {
      issues.push(
        serviceIssue(
          'unrecognized_key',
          [name],
          values.length === 1 ? values[0] : values,
          ['serve.expected.parameter', { known: known.join(', ') }],
          locale,
        ),
      );
    } else if (values.length > 1) {
      issues.push(serviceIssue('invalid_value', [name], values, ['serve.expected.once', {}], locale));
    }
  }
  if (langIssue !== null) issues.push(langIssue);
  const explain = route.explain ? (query.get('explain') ?? 'full') : 'full';
  if (!EXPLAIN_LEVELS.includes(explain) && query.getAll('explain').length === 1)
    issues.push(serviceIssue('invalid_value', ['explain'], explain, ['serve.expected.explain', {}], locale));
  const asOf = query.get('asOf');
  if (route.asOf && asOf === null) {
    const missing = serviceIssue('missing', ['asOf'], undefined, ['serve.expected.asOf', {}], locale);
    if (issues.length > 0) throw queryProblem([...issues, missing], locale);
    throw new HttpProblem('missing-as-of', message('serve.problem.missingAsOf.detail', { path }, locale), {
      issues: [missing],
    });
  }
  if (issues.length > 0) throw queryProblem(issues, locale);
  return { asOf: route.asOf ? asOf : null, explain: explain as ExplainLevel };
}

/** Checks the media type and the declared length of a request's body, before reading it. */
function checkBody(
  body: NonNullable<Route['body']>,
  req: IncomingMessage,
  path: string,
  locale: Locale,
  limits: BodyLimits,
): void {
  const type = mediaType(req.headers['content-type']);
  if (type === null || !body.types.includes(type.type) || !type.utf8) {
    const expected = body.types[0]!;
    throw new HttpProblem(
      'unsupported-media-type',
      message(
        'serve.problem.mediaType.detail',
        {
          path,
          expected,
          received: req.headers['content-type'] ?? message('serve.problem.mediaType.none', {}, locale),
        },
        locale,
      ),
    );
  }
  const limit = limits[body.limit];
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) throw new BodyError({ kind: 'too-large', limit });
}
