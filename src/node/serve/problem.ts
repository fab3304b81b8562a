/**
 * The errors of the HTTP service as RFC 9457 problem details (`application/problem+json`): a
 * stable `type` per kind of problem, a `title` and a `detail` from the message catalogue in the
 * request's locale, the request's path as `instance`, and the library's `issues` (each with its
 * JSON path, the value received and what was expected). Never a stack trace.
 *
 * @module
 */
import type { ServerResponse } from 'node:http';
import { formatPath, makeIssue, type Issue, type IssueCode, type PathSegment } from '../../errors';
import { formatCount, message, type Locale, type MessageCode, type ParamsOf } from '../../i18n';

/**
 * The kinds of problem the service answers with, and their HTTP status.
 *
 * @example
 * ```ts
 * PROBLEM_STATUS['body-too-large']; // => 413
 * ```
 */
export const PROBLEM_STATUS = Object.freeze({
  'bad-json': 400,
  'invalid-account': 400,
  'missing-as-of': 400,
  'invalid-query': 400,
  'invalid-body': 400,
  'not-found': 404,
  'method-not-allowed': 405,
  'request-timeout': 408,
  'body-too-large': 413,
  'unsupported-media-type': 415,
  'invalid-policy': 422,
  'internal-error': 500,
  unavailable: 503,
} as const);

/** A kind of problem. */
export type ProblemKind = keyof typeof PROBLEM_STATUS;

/** The catalogue code of each kind's title. */
const TITLES: Readonly<Record<ProblemKind, MessageCode>> = {
  'bad-json': 'serve.problem.badJson.title',
  'invalid-account': 'serve.problem.invalidAccount.title',
  'missing-as-of': 'serve.problem.missingAsOf.title',
  'invalid-query': 'serve.problem.badQuery.title',
  'invalid-body': 'serve.problem.badBody.title',
  'not-found': 'serve.problem.notFound.title',
  'method-not-allowed': 'serve.problem.methodNotAllowed.title',
  'request-timeout': 'serve.problem.timeout.title',
  'body-too-large': 'serve.problem.tooLarge.title',
  'unsupported-media-type': 'serve.problem.mediaType.title',
  'invalid-policy': 'serve.problem.invalidPolicy.title',
  'internal-error': 'serve.problem.internal.title',
  unavailable: 'serve.problem.unavailable.title',
};

/**
 * The `type` of a kind of problem: a URI that names it, stable across versions (a host may switch
 * on it), not meant to be fetched.
 *
 * @example
 * ```ts
 * problemType('bad-json'); // => 'urn:hlm-recovery:problem:bad-json'
 * ```
 */
export function problemType(kind: ProblemKind): string {
  return `urn:hlm-recovery:problem:${kind}`;
}

/** A problem document (RFC 9457), as the service writes it. */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  /** The path of the request that met the problem. */
  readonly instance: string;
  /** The library's issues, each with its JSON path, its value and what was expected. */
  readonly issues?: readonly Issue[];
  /** For `body-too-large`: the limit of the path, in bytes. */
  readonly limit?: number;
  /** For `method-not-allowed`: the methods the path takes. */
  readonly allow?: readonly string[];
}

/**
 * A problem met while answering a request, thrown to the server, which writes it. Its detail and
 * issues are already in the request's locale.
 *
 * @example
 * ```ts
 * throw new HttpProblem('missing-as-of', 'Add the evaluation date…', { issues });
 * ```
 */
export class HttpProblem extends Error {
  readonly kind: ProblemKind;
  readonly detail: string;
  readonly issues: readonly Issue[] | undefined;
  readonly limit: number | undefined;
  readonly allow: readonly string[] | undefined;
  /** Headers the answer carries (`Allow`). */
  readonly headers: Readonly<Record<string, string>>;

  constructor(
    kind: ProblemKind,
    detail: string,
    options: {
      readonly issues?: readonly Issue[];
      readonly limit?: number;
      readonly allow?: readonly string[];
      readonly headers?: Readonly<Record<string, string>>;
    } = {},
  ) {
    super(detail);
    this.name = 'HttpProblem';
    this.kind = kind;
    this.detail = detail;
    this.issues = options.issues;
    this.limit = options.limit;
    this.allow = options.allow;
    this.headers = options.headers ?? {};
  }

  /** The HTTP status of the problem. */
  get status(): number {
    return PROBLEM_STATUS[this.kind];
  }

  /**
   * The problem document, its title in the locale.
   *
   * @param instance - The path of the request.
   * @param locale - The request's locale.
   */
  document(instance: string, locale: Locale): Problem {
    return {
      type: problemType(this.kind),
      title: message(TITLES[this.kind], {} as never, locale),
      status: this.status,
      detail: this.detail,
      instance,
      ...(this.issues === undefined ? {} : { issues: this.issues }),
      ...(this.limit === undefined ? {} : { limit: this.limit }),
      ...(this.allow === undefined ? {} : { allow: this.allow }),
    };
  }
}

/**
 * Writes a problem as the answer to a request: its status, `application/problem+json`, the
 * document, and the problem's headers.
 *
 * @param res - The answer, not started.
 * @param problem - The problem.
 * @param instance - The path of the request.
 * @param locale - The request's locale.
 */
export function sendProblem(res: ServerResponse, problem: HttpProblem, instance: string, locale: Locale): void {
  const body = `${JSON.stringify(problem.document(instance, locale))}\n`;
  res.statusCode = problem.status;
  for (const [name, value] of Object.entries(problem.headers)) res.setHeader(name, value);
  res.setHeader('Content-Type', 'application/problem+json');
  res.setHeader('Content-Language', locale);
  res.setHeader('Content-Length', Buffer.byteLength(body));
  res.end(body);
}

/** A value received, as the French frame of an issue says it. */
function receivedFr(value: unknown): string {
  if (value === undefined) return message('issue.received.absent', {}, 'fr');
  if (typeof value === 'number') return message('issue.received.number', { value: String(value) }, 'fr');
  return JSON.stringify(value) ?? String(value);
}

/**
 * An issue of the service itself (a query parameter, the shape of a body): built by `makeIssue`
 * with the English text of `expected`, its message in the locale from the catalogue.
 *
 * @param code - The issue code.
 * @param path - Where: a query parameter's name, or a JSON path in the body.
 * @param received - The value received (`undefined` when absent).
 * @param expected - The catalogue code of what was expected, and its values.
 * @param locale - The request's locale.
 * @returns The issue, its message in the locale.
 * @example
 * ```ts
 * serviceIssue('missing', ['asOf'], undefined, ['serve.expected.asOf', {}], 'en').message;
 * // => 'asOf: expected the evaluation date as the query parameter asOf=YYYY-MM-DD, e.g. ?asOf=2026-11-23; received nothing (the field is absent)'
 * ```
 */
export function serviceIssue<C extends MessageCode>(
  code: IssueCode,
  path: readonly PathSegment[],
  received: unknown,
  expected: readonly [C, ParamsOf<C>],
  locale: Locale,
): Issue {
  const issue = makeIssue(code, path, received, message(expected[0], expected[1], 'en'));
  if (locale === 'en') return issue;
  return Object.freeze({
    ...issue,
    message: message(
      'issue.frame',
      {
        path: issue.path.length === 0 ? message('issue.root', {}, locale) : formatPath(issue.path),
        expected: message(expected[0], expected[1], locale),
        received: receivedFr(issue.received),
        hint: null,
      },
      locale,
    ),
  });
}

const MIB = 1 << 20;
const KIB = 1 << 10;

/**
 * A size in bytes as a person reads it: in MiB or KiB when it is a whole number of them.
 *
 * @example
 * ```ts
 * sizeText(10 * 1024 * 1024, 'fr'); // => '10\u00a0Mio'
 * sizeText(1536, 'en');             // => '1,536 bytes'
 * ```
 */
export function sizeText(bytes: number, locale: Locale): string {
  if (bytes >= MIB && bytes % MIB === 0)
    return message('serve.size.mib', { n: formatCount(bytes / MIB, locale) }, locale);
  if (bytes >= KIB && bytes % KIB === 0)
    return message('serve.size.kib', { n: formatCount(bytes / KIB, locale) }, locale);
  return message('serve.size.bytes', { n: formatCount(bytes, locale) }, locale);
}
