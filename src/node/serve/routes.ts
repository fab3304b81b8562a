/**
 * The paths of the HTTP service under `/v1` and what each does with a request: the methods it
 * takes, its query parameters, the media type and the limit of its body, and the library call
 * behind it. The HTTP plumbing (dispatch, problems, logs, shutdown) is `server.ts`'s.
 *
 * @module
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable, Writable } from 'node:stream';
import { narrate } from '../../rules/narrate';
import { ValidationError, formatPath, type Issue } from '../../errors';
import { formatCount, localizeIssues, message, type Locale } from '../../i18n';
import { JsonSyntaxError, parseJsonText } from '../../json-text';
import { LAW_TABLE_VERSION } from '../../law';
import { comparePolicies, portfolioKpis } from '../../portfolio';
import {
  DECISION_SCHEMA_VERSION,
  contentHash,
  prepareRun,
  validatePolicy,
  type Decision,
  type ExplainLevel,
  type LoadedPolicy,
  type PreparedRun,
} from '../../rules';
import { versionHash } from '../../rules/policy-source';
import { LIBRARY_VERSION } from '../../version';
import { serveBatch } from '../batches';
import { evaluateFileTo } from '../evaluate-file';
import { ndjsonChunks } from '../ndjson';
import { BodyReader } from './body';
import { JSON_TYPE, NDJSON_TYPE, type BodyLimits } from './openapi';
import { HttpProblem, serviceIssue } from './problem';

/** A version of the policy in service, as `/v1/health` and `reload` describe it. */
export interface PolicyVersionInfo {
  readonly version: string;
  readonly effectiveFrom: string;
  readonly effectiveTo: string | null;
  /** Its content hash, as decisions carry it in `provenance.policyHash`. */
  readonly hash: string;
}

/** The policy in service. */
export interface PolicyInfo {
  readonly id: string;
  /** The content hash of the whole policy (every version). */
  readonly hash: string;
  readonly versions: readonly PolicyVersionInfo[];
}

/** How many prepared runs (one per `asOf`, locale and explanation) a policy keeps. */
const KEPT_RUNS = 64;

/**
 * The policy in service and its prepared runs, one per `asOf`, locale and explanation, made on first use. A
 * reload makes a new state: nothing prepared for the old policy survives it, and a request keeps
 * the state it started with.
 */
export class ServiceState {
  readonly loaded: LoadedPolicy;
  readonly info: PolicyInfo;
  readonly #runs = new Map<string, PreparedRun<Decision>>();

  constructor(loaded: LoadedPolicy) {
    this.loaded = loaded;
    this.info = Object.freeze({
      id: loaded.versions[0]!.id,
      hash: contentHash(loaded),
      versions: Object.freeze(
        loaded.versions.map((v) =>
          Object.freeze({
            version: v.version,
            effectiveFrom: v.effectiveFrom,
            effectiveTo: v.effectiveTo ?? null,
            hash: versionHash(v),
          }),
        ),
      ),
    });
  }

  /**
   * The prepared run of the policy on `asOf`, its texts in `locale`, its decisions with the
   * explanation `explain` (the full one by default).
   *
   * @throws {@link ValidationError} for an `asOf` that is not a date, or that no version covers.
   */
  run(asOf: string, locale: Locale, explain: ExplainLevel = 'full'): PreparedRun<Decision> {
    const key = `${asOf}\u0000${locale}\u0000${explain}`;
    let run = this.#runs.get(key);
    if (run === undefined) {
      run = prepareRun(this.loaded, { asOf, locale, explain });
      if (this.#runs.size >= KEPT_RUNS) this.#runs.delete(this.#runs.keys().next().value!);
      this.#runs.set(key, run);
    }
    return run;
  }
}

/** The settings of the service that the routes read. */
export interface RouteSettings {
  readonly bodyLimits: BodyLimits;
  /** Most milliseconds for a request's body to arrive; 0 for no limit. */
  readonly requestTimeoutMs: number;
  /** Worker threads for `/v1/evaluate-batch`; 1 evaluates in the service's own thread. */
  readonly workers: number;
  /** The OpenAPI document's text in a locale. */
  openApiText(locale: Locale): string;
}

/** What a route is given to answer a request. */
export interface RouteContext {
  readonly req: IncomingMessage;
  readonly res: ServerResponse;
  /** The path of the request, without its query. */
  readonly path: string;
  readonly locale: Locale;
  /** The policy in service when the request arrived. */
  readonly state: ServiceState;
  readonly settings: RouteSettings;
  /** The prepared run, for a route that evaluates (`asOf` checked before the body is read). */
  readonly run: PreparedRun<Decision> | null;
  /** The explanation the decisions carry: the query's `explain`, for a route that takes it; else `full`. */
  readonly explain: ExplainLevel;
}

/** A path of the service. */
export interface Route {
  /** The methods it takes (GET also takes HEAD). */
  readonly methods: readonly ('GET' | 'POST')[];
  /** Whether it evaluates, and so needs `asOf`. */
  readonly asOf: boolean;
  /** Whether it writes a batch of decisions, and so takes `explain` (`full`, `summary` or `none`). */
  readonly explain?: true;
  /** For a route with a body: the media types it reads and the limit that applies. */
  readonly body?: { readonly types: readonly string[]; readonly limit: keyof BodyLimits };
  handle(ctx: RouteContext): Promise<void>;
}

/** Writes a JSON answer. */
function sendJson(ctx: RouteContext, value: unknown): void {
  const body = `${JSON.stringify(value)}\n`;
  ctx.res.statusCode = 200;
  ctx.res.setHeader('Content-Type', JSON_TYPE);
  ctx.res.setHeader('Content-Language', ctx.locale);
  ctx.res.setHeader('Content-Length', Buffer.byteLength(body));
  ctx.res.end(body);
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The body of a request, whole, as JSON: a `bad-json` problem when it is not UTF-8 or not JSON. */
async function jsonBody(ctx: RouteContext, limit: number): Promise<unknown> {
  const bytes = await new BodyReader(ctx.req, limit, ctx.settings.requestTimeoutMs).bytes();
  let text: string;
  try {
    text = UTF8.decode(bytes);
  } catch {
    throw new HttpProblem('bad-json', message('serve.problem.notUtf8.detail', {}, ctx.locale), {
      issues: [
        serviceIssue(
          'invalid_value',
          [],
          bytes.subarray(0, 80).toString('latin1'),
          ['serve.expected.utf8', {}],
          ctx.locale,
        ),
      ],
    });
  }
  try {
    return parseJsonText(text);
  } catch (error) {
    if (!(error instanceof JsonSyntaxError)) throw error;
    const at = { line: formatCount(error.line, ctx.locale), column: formatCount(error.column, ctx.locale) };
    throw new HttpProblem('bad-json', message('serve.problem.badJson.detail', at, ctx.locale), {
      issues: localizeIssues(error.issues, ctx.locale),
    });
  }
}

/** The decision for one account: an `invalid-account` problem naming each field at fault. */
function decisionOf(ctx: RouteContext, account: unknown): Decision {
  try {
    return ctx.run!.evaluate(account);
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const issues = localizeIssues(error.issues, ctx.locale);
    throw new HttpProblem(
      'invalid-account',
      message('serve.problem.invalidAccount.detail', { count: formatCount(issues.length, ctx.locale) }, ctx.locale),
      { issues },
    );
  }
}

/**
 * The fields of a JSON body that is an object of known fields: an `invalid-body` problem for
 * anything else, naming each field at fault.
 */
function envelope(
  ctx: RouteContext,
  body: unknown,
  fields: { readonly candidate?: true },
  shape: string,
): { candidate: unknown; accounts: readonly unknown[] } {
  const issues: Issue[] = [];
  const known = [...(fields.candidate ? ['candidate'] : []), 'accounts'];
  const say = (list: Issue[]) =>
    new HttpProblem(
      'invalid-body',
      message('serve.problem.badBody.detail', { shape, count: formatCount(list.length, ctx.locale) }, ctx.locale),
      { issues: list },
    );
  if (body === null || typeof body !== 'object' || Array.isArray(body)) {
    throw say([serviceIssue('invalid_type', [], body, ['serve.expected.bodyObject', { shape }], ctx.locale)]);
  }
  const object = body as Record<string, unknown>;
  for (const key of Object.keys(object)) {
    if (!known.includes(key))
      issues.push(
        serviceIssue(
          'unrecognized_key',
          [key],
          object[key],
          ['serve.expected.field', { known: known.join(', ') }],
          ctx.locale,
        ),
      );
  }
  if (fields.candidate && !Object.hasOwn(object, 'candidate'))
    issues.push(serviceIssue('missing', ['candidate'], undefined, ['serve.expected.candidate', {}], ctx.locale));
  const accounts = object.accounts;
  if (!Array.isArray(accounts))
    issues.push(
      serviceIssue(
        accounts === undefined ? 'missing' : 'invalid_type',
        ['accounts'],
        accounts,
        ['serve.expected.accounts', {}],
        ctx.locale,
      ),
    );
  if (issues.length > 0) throw say(issues);
  return { candidate: object.candidate, accounts: accounts as unknown[] };
}

/** An issue of a value placed under a key of the body: its path, and the path its message begins with. */
function under(key: string, issue: Issue, locale: Locale): Issue {
  const path = [key, ...issue.path];
  const said = issue.path.length === 0 ? message('issue.root', {}, locale) : formatPath(issue.path);
  const text = issue.message.startsWith(said)
    ? `${formatPath(path)}${issue.message.slice(said.length)}`
    : `${formatPath(path)} – ${issue.message}`;
  return Object.freeze({ ...issue, path, message: text });
}

/** An `invalid-policy` problem (422) for the candidate of a comparison, its paths under `candidate`. */
function invalidCandidate(ctx: RouteContext, issues: readonly Issue[]): HttpProblem {
  const moved = localizeIssues(issues, ctx.locale).map((i) => under('candidate', i, ctx.locale));
  return new HttpProblem(
    'invalid-policy',
    message(
      'serve.problem.invalidPolicy.detail',
      { which: 'candidate', count: formatCount(moved.length, ctx.locale) },
      ctx.locale,
    ),
    { issues: moved },
  );
}

/** The bytes of NDJSON lines evaluated at a time: small, so that the first lines go out early. */
const BATCH_CHUNK_BYTES = 64 << 10;
/** Output kept waiting for a client that reads nothing until it has sent its whole body. */
const MAX_PENDING_OUTPUT = 32 << 20;

/** Waits until the answer can take more, or is closed. */
function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done);
      res.off('close', done);
      resolve();
    };
    res.on('drain', done);
    res.on('close', done);
  });
}

/** A client that went away while its answer was being written. */
class ClientGone extends Error {
  constructor() {
    super('the client went away');
    this.name = 'ClientGone';
  }
}

/**
 * `POST /v1/evaluate-batch`: NDJSON in, NDJSON out, one line per line received, in input order,
 * written while the body is read. The back-pressure of the answer is honoured once the body has
 * arrived (it is read whatever the answer does, within its limit); before, up to
 * {@link MAX_PENDING_OUTPUT} bytes wait for a client that reads nothing until it has sent
 * everything.
 */
async function evaluateBatch(ctx: RouteContext): Promise<void> {
  const { res, locale } = ctx;
  const run = ctx.run!;
  const body = new BodyReader(ctx.req, ctx.settings.bodyLimits.batch, ctx.settings.requestTimeoutMs);
  const write = async (text: string | Uint8Array): Promise<void> => {
    if (text.length === 0) return;
    if (res.destroyed) throw new ClientGone();
    if (!res.headersSent) {
      res.statusCode = 200;
      res.setHeader('Content-Type', NDJSON_TYPE);
      res.setHeader('Content-Language', locale);
    }
    if (!res.write(text) && (body.complete || res.writableLength > MAX_PENDING_OUTPUT)) await drained(res);
  };
  try {
    if (ctx.settings.workers > 1) {
      const out = new Writable({
        decodeStrings: false,
        write(chunk: string | Buffer, _encoding, done) {
          write(chunk).then(() => done(), done);
        },
      });
      await evaluateFileTo(Readable.from(body), run.loaded, out, {
        asOf: run.asOf,
        locale,
        explain: ctx.explain,
        workers: ctx.settings.workers,
        output: 'ndjson',
        chunkBytes: BATCH_CHUNK_BYTES,
      });
    } else {
      let id = 0;
      let base = 0;
      for await (const chunk of ndjsonChunks(body, BATCH_CHUNK_BYTES)) {
        const reply = serveBatch({ kind: 'lines', ...chunk, id: id++, base }, run, { format: 'ndjson', fr: false });
        base += chunk.records;
        if ('bytes' in reply) await write(reply.bytes);
      }
    }
    if (!res.headersSent) {
      res.statusCode = 200;
      res.setHeader('Content-Type', NDJSON_TYPE);
      res.setHeader('Content-Language', locale);
      res.setHeader('Content-Length', 0);
    }
    res.end();
  } catch (error) {
    body.abandon();
    // Once lines are out the status cannot change: the answer is cut short, which the client sees.
    if (res.headersSent || error instanceof ClientGone) {
      res.destroy();
      return;
    }
    if (error instanceof ValidationError) {
      // The only input the NDJSON reader refuses whole: UTF-16 or UTF-32 text.
      throw new HttpProblem('bad-json', message('serve.problem.notUtf8.detail', {}, locale), {
        issues: localizeIssues(error.issues, locale),
      });
    }
    throw error;
  }
}

/**
 * The paths of the service, by path.
 *
 * @example
 * ```ts
 * Object.keys(ROUTES); // => ['/v1/evaluate', '/v1/evaluate-batch', '/v1/explain', '/v1/validate', …]
 * ```
 */
export const ROUTES: Readonly<Record<string, Route>> = Object.freeze<Record<string, Route>>({
  '/v1/evaluate': {
    methods: ['POST'],
    asOf: true,
    body: { types: [JSON_TYPE], limit: 'single' },
    async handle(ctx) {
      const account = await jsonBody(ctx, ctx.settings.bodyLimits.single);
      sendJson(ctx, decisionOf(ctx, account));
    },
  },
  '/v1/evaluate-batch': {
    methods: ['POST'],
    asOf: true,
    explain: true,
    body: { types: [NDJSON_TYPE, 'application/ndjson', 'application/jsonl'], limit: 'batch' },
    handle: evaluateBatch,
  },
  '/v1/explain': {
    methods: ['POST'],
    asOf: true,
    body: { types: [JSON_TYPE], limit: 'single' },
    async handle(ctx) {
      const account = await jsonBody(ctx, ctx.settings.bodyLimits.single);
      const text = `${narrate(decisionOf(ctx, account), ctx.locale).join('\n')}\n`;
      ctx.res.statusCode = 200;
      ctx.res.setHeader('Content-Type', 'text/plain; charset=utf-8');
      ctx.res.setHeader('Content-Language', ctx.locale);
      ctx.res.setHeader('Content-Length', Buffer.byteLength(text));
      ctx.res.end(text);
    },
  },
  '/v1/validate': {
    methods: ['POST'],
    asOf: false,
    body: { types: [JSON_TYPE], limit: 'single' },
    async handle(ctx) {
      const policy = await jsonBody(ctx, ctx.settings.bodyLimits.single);
      const result = validatePolicy(policy, { locale: ctx.locale });
      sendJson(
        ctx,
        result.ok
          ? {
              ok: true,
              issues: [],
              warnings: result.warnings,
              versions: new ServiceState(result.value).info.versions,
            }
          : { ok: false, issues: result.issues, warnings: result.warnings },
      );
    },
  },
  '/v1/compare': {
    methods: ['POST'],
    asOf: true,
    body: { types: [JSON_TYPE], limit: 'batch' },
    async handle(ctx) {
      const body = await jsonBody(ctx, ctx.settings.bodyLimits.batch);
      const { candidate, accounts } = envelope(ctx, body, { candidate: true }, '{"candidate":…,"accounts":[…]}');
      const checked = validatePolicy(candidate, { locale: 'en' });
      if (!checked.ok) throw invalidCandidate(ctx, checked.issues);
      try {
        // A candidate that covers no version on asOf cannot be compared either.
        prepareRun(checked.value, { asOf: ctx.run!.asOf });
      } catch (error) {
        if (error instanceof ValidationError) throw invalidCandidate(ctx, error.issues);
        throw error;
      }
      sendJson(ctx, await comparePolicies(accounts, ctx.state.loaded, checked.value, { asOf: ctx.run!.asOf }));
    },
  },
  '/v1/kpi': {
    methods: ['POST'],
    asOf: true,
    body: { types: [JSON_TYPE], limit: 'batch' },
    async handle(ctx) {
      const body = await jsonBody(ctx, ctx.settings.bodyLimits.batch);
      const { accounts } = envelope(ctx, body, {}, '{"accounts":[…]}');
      sendJson(ctx, await portfolioKpis(accounts, { asOf: ctx.run!.asOf, policy: ctx.state.loaded }));
    },
  },
  '/v1/health': {
    methods: ['GET'],
    asOf: false,
    async handle(ctx) {
      sendJson(ctx, {
        status: 'ok',
        library: LIBRARY_VERSION,
        lawTable: LAW_TABLE_VERSION,
        decisionSchemaVersion: DECISION_SCHEMA_VERSION,
        policy: ctx.state.info,
      });
    },
  },
  '/v1/openapi.json': {
    methods: ['GET'],
    asOf: false,
    async handle(ctx) {
      const body = ctx.settings.openApiText(ctx.locale);
      ctx.res.statusCode = 200;
      ctx.res.setHeader('Content-Type', JSON_TYPE);
      ctx.res.setHeader('Content-Language', ctx.locale);
      ctx.res.setHeader('Content-Length', Buffer.byteLength(body));
      ctx.res.end(body);
    },
  },
});
