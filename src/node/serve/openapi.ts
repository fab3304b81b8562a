/**
 * The OpenAPI 3.1 document of the HTTP service, generated from the JSON Schemas the library ships
 * (`accountJsonSchema`, `policyJsonSchema`, `decisionJsonSchema`: schema/*.schema.json), so the
 * contract of the service cannot drift from the library's. Each schema goes into
 * `components.schemas` under its name; its own definitions (`$defs`) go beside it, prefixed with
 * that name (`Policy.Condition`), and its references are rewritten to them, so that every `$ref`
 * of the document resolves within the document. The texts follow the locale.
 *
 * @module
 */
import { accountJsonSchema } from '../../account';
import { deepFreeze } from '../../freeze';
import { message, type Locale, type MessageCode } from '../../i18n';
import { DECISION_SCHEMA_VERSION, decisionJsonSchema, policyJsonSchema } from '../../rules';
import { LIBRARY_VERSION } from '../../version';
import { PROBLEM_STATUS } from './problem';
import { sizeText } from './problem';

/** The limits of a request body, in bytes. */
export interface BodyLimits {
  /** One account or one policy: `/v1/evaluate`, `/v1/explain`, `/v1/validate`. Default 1 MiB. */
  readonly single: number;
  /** Many accounts: `/v1/evaluate-batch`, `/v1/compare`, `/v1/kpi`. Default 10 MiB. */
  readonly batch: number;
}

/**
 * The default limits of a request body.
 *
 * @example
 * ```ts
 * DEFAULT_BODY_LIMITS; // => { single: 1048576, batch: 10485760 }
 * ```
 */
export const DEFAULT_BODY_LIMITS: BodyLimits = Object.freeze({ single: 1 << 20, batch: 10 << 20 });

/** The media types the service reads. */
export const JSON_TYPE = 'application/json';
export const NDJSON_TYPE = 'application/x-ndjson';

type Json = unknown;
type Schema = Record<string, Json>;

const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });

/** A component name from a definition's name: the characters OpenAPI allows. */
function componentName(owner: string, def: string): string {
  return `${owner}.${def.replace(/[^A-Za-z0-9._-]/g, '_')}`;
}

/**
 * A schema of the library as a component: without `$schema` (the document's dialect is JSON
 * Schema 2020-12), its `$defs` as components of their own named after it, every `$ref` rewritten.
 */
function embed(owner: string, schema: Readonly<Record<string, unknown>>, into: Record<string, Schema>): void {
  const { $schema: _dialect, $defs, ...rest } = schema as Schema & { $defs?: Record<string, Schema> };
  const target = (reference: string): string => {
    if (reference === '#') return `#/components/schemas/${owner}`;
    const m = /^#\/\$defs\/([^/]+)$/.exec(reference);
    if (m === null) throw new Error(`a $ref the OpenAPI document cannot place: ${reference}`);
    const def = m[1]!.replace(/~1/g, '/').replace(/~0/g, '~');
    return `#/components/schemas/${componentName(owner, def)}`;
  };
  const rewrite = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (value === null || typeof value !== 'object') return value;
    const out: Schema = {};
    for (const [key, v] of Object.entries(value as Schema)) {
      if (key === '$defs') throw new Error(`nested $defs in the schema of ${owner}`);
      out[key] = key === '$ref' && typeof v === 'string' ? target(v) : rewrite(v);
    }
    return out;
  };
  into[owner] = rewrite(rest) as Schema;
  for (const [name, def] of Object.entries($defs ?? {})) into[componentName(owner, name)] = rewrite(def) as Schema;
}

const int = { type: 'integer', minimum: 0 } as const;
const str = { type: 'string' } as const;
const amount = { type: 'string', description: 'EUR amount as a decimal string, e.g. "1234.56"' } as const;
const nullableStr = { type: ['string', 'null'] } as const;
const counts = { type: 'object', additionalProperties: int } as const;

function object(properties: Record<string, Json>, extra: Schema = {}): Schema {
  return { type: 'object', properties, required: Object.keys(properties), ...extra };
}

/** The schemas of the service's own bodies, beside the library's. */
function ownSchemas(): Record<string, Schema> {
  const issue = object(
    {
      code: { type: 'string', description: 'Stable machine-readable code (invalid_amount, missing…).' },
      path: {
        type: 'array',
        items: { type: ['string', 'integer'] },
        description: 'JSON path of the value at fault; [] for the input itself; a query parameter by its name.',
      },
      expected: { type: 'string', description: 'What was expected, in English (stable).' },
      received: { description: 'The value received, bounded to about 200 characters.' },
      message: { type: 'string', description: 'The message, in the language of the request.' },
    },
    { required: ['code', 'path', 'expected', 'message'] },
  );
  const policyVersion = object({
    version: str,
    effectiveFrom: { type: 'string', format: 'date' },
    effectiveTo: { type: ['string', 'null'], format: 'date' },
    hash: {
      type: 'string',
      description: 'Content hash of the version, as decisions carry it in provenance.policyHash.',
    },
  });
  const segment = object({
    accounts: int,
    inArrears: int,
    billing: amount,
    receivables: amount,
    arrearsRate: nullableStr,
  });
  const workload = object({
    officerCalls: int,
    appointments: int,
    homeVisits: int,
    socialReviews: int,
    fslReferrals: int,
    legalActs: int,
    awaitingApproval: int,
  });
  const outcome = object({
    policy: object({ id: str, version: str }),
    decisions: int,
    errors: int,
    byLevel: counts,
    actions: int,
    byChannel: counts,
    contacts: int,
    workload,
    plans: object({ proposed: int, debt: amount, monthlyInstalments: amount }),
    obligations: object({ due: int, overdue: int }),
  });
  const transition = object({ from: str, to: str, count: int });
  const key = object({ level: str, nextStep: nullableStr, channel: nullableStr });
  return {
    Issue: issue,
    Problem: object(
      {
        type: { type: 'string', description: 'urn:hlm-recovery:problem:<kind>, stable.' },
        title: str,
        status: { type: 'integer', enum: [...new Set(Object.values(PROBLEM_STATUS))].sort((a, b) => a - b) },
        detail: str,
        instance: { type: 'string', description: 'The path of the request.' },
        issues: { type: 'array', items: ref('Issue') },
        limit: { type: 'integer', description: 'For 413: the limit of the path, in bytes.' },
        allow: { type: 'array', items: str, description: 'For 405: the methods of the path.' },
      },
      { required: ['type', 'title', 'status', 'detail', 'instance'] },
    ),
    ErrorRecord: object(
      {
        index: { ...int, description: 'Position of the record in the input, from 0.' },
        line: { ...int, description: 'Line of the input.' },
        accountId: str,
        issues: { type: 'array', items: ref('Issue') },
      },
      { required: ['index', 'issues'], additionalProperties: false },
    ),
    BatchLine: { oneOf: [ref('Decision'), ref('ErrorRecord')] },
    PolicyVersion: policyVersion,
    PolicyInfo: object({
      id: str,
      hash: { type: 'string', description: 'Content hash of the whole policy (every version).' },
      versions: { type: 'array', items: ref('PolicyVersion') },
    }),
    Health: object({
      status: { const: 'ok' },
      library: str,
      lawTable: { type: 'string', description: 'Version of the table of legal parameters.' },
      decisionSchemaVersion: { const: DECISION_SCHEMA_VERSION },
      policy: ref('PolicyInfo'),
    }),
    Validation: object(
      {
        ok: { type: 'boolean' },
        issues: { type: 'array', items: ref('Issue') },
        warnings: { type: 'array', items: ref('Issue') },
        versions: { type: 'array', items: ref('PolicyVersion'), description: 'When ok: the versions of the policy.' },
      },
      { required: ['ok', 'issues', 'warnings'] },
    ),
    CompareRequest: object(
      { candidate: ref('Policy'), accounts: { type: 'array', items: ref('Account') } },
      { additionalProperties: false },
    ),
    KpiRequest: object({ accounts: { type: 'array', items: ref('Account') } }, { additionalProperties: false }),
    PolicyOutcome: outcome,
    Comparison: object({
      asOf: { type: 'string', format: 'date' },
      accounts: int,
      unreadable: int,
      baseline: ref('PolicyOutcome'),
      candidate: ref('PolicyOutcome'),
      transitions: object({
        level: { type: 'array', items: transition },
        nextStep: { type: 'array', items: transition },
        channel: { type: 'array', items: transition },
      }),
      changed: object({ accounts: int, levelUp: int, levelDown: int, nextStep: int, channel: int }),
      changes: {
        type: 'array',
        items: object({
          index: int,
          accountId: str,
          baseline: key,
          candidate: key,
          changed: { type: 'array', items: { enum: ['level', 'nextStep', 'channel'] } },
          levelMove: { enum: ['up', 'down', 'same'] },
        }),
      },
      changesTruncated: { type: 'boolean' },
    }),
    KpiSegment: segment,
    Kpis: object({
      asOf: { type: 'string', format: 'date' },
      period: object({ from: { type: 'string', format: 'date' }, to: { type: 'string', format: 'date' } }),
      accounts: int,
      errors: int,
      billing: amount,
      receivablesAtStart: amount,
      receivables: amount,
      collections: amount,
      recoveryRate: nullableStr,
      arrearsRate: nullableStr,
      debtInMonthsOfBilling: nullableStr,
      averagePaymentDelayDays: nullableStr,
      ageing: object({ '0-1': amount, '1-3': amount, '3-6': amount, '6-12': amount, '12+': amount }),
      tenancies: object({ current: ref('KpiSegment'), departed: ref('KpiSegment') }),
      byDepartment: { type: 'object', additionalProperties: ref('KpiSegment') },
      byLevel: counts,
      procedure: object({ cafSignalled: int, ccapexReferred: int, commandement: int, assignation: int }),
      plans: object({ active: int, kept: int }),
    }),
  };
}

/** The error answers, by status: each a problem document. */
const ERROR_RESPONSES = ['400', '405', '408', '413', '415', '422', '500', '503'] as const;

/** Options of {@link openApiDocument}. */
export interface OpenApiOptions {
  /** The language of the texts: `fr` (the default) or `en`. */
  readonly locale?: Locale;
  /** The limits of a request body, which the document states. */
  readonly bodyLimits?: BodyLimits;
}

/**
 * The OpenAPI 3.1 document of the HTTP service (`GET /v1/openapi.json`): every path, its
 * parameters, bodies and answers, the schemas of the library's account, policy and decision
 * among its components.
 *
 * @param options - `{ locale, bodyLimits }`: the language of the texts, the limits stated.
 * @returns The document, plain JSON, deep-frozen.
 * @example
 * ```ts
 * const doc = openApiDocument({ locale: 'en' });
 * doc.openapi;                                  // => '3.1.0'
 * Object.keys(doc.paths);                       // => ['/v1/evaluate', '/v1/evaluate-batch', …, '/v1/openapi.json']
 * doc.components.schemas['Policy.Condition'];   // the policy's own definition, referenced as such
 * ```
 */
export function openApiDocument(options: OpenApiOptions = {}): OpenApiDocument {
  const locale = options.locale ?? 'fr';
  const limits = options.bodyLimits ?? DEFAULT_BODY_LIMITS;
  const say = (code: MessageCode, params: Record<string, string> = {}) => message(code, params as never, locale);
  const schemas: Record<string, Schema> = {};
  embed('Account', accountJsonSchema, schemas);
  embed('Decision', decisionJsonSchema, schemas);
  embed('Policy', policyJsonSchema, schemas);
  Object.assign(schemas, ownSchemas());

  const problem = (code: MessageCode, headers?: Schema): Schema => ({
    description: say(code),
    ...(headers === undefined ? {} : { headers }),
    content: { 'application/problem+json': { schema: ref('Problem') } },
  });
  const responses: Record<string, Schema> = {
    '400': problem('serve.openapi.response.400'),
    '405': problem('serve.openapi.response.405', {
      Allow: { description: 'GET, HEAD or POST', schema: { type: 'string' } },
    }),
    '408': problem('serve.openapi.response.408'),
    '413': problem('serve.openapi.response.413'),
    '415': problem('serve.openapi.response.415'),
    '422': problem('serve.openapi.response.422'),
    '500': problem('serve.openapi.response.500'),
    '503': problem('serve.openapi.response.503'),
  };
  const errors = (...statuses: (typeof ERROR_RESPONSES)[number][]): Record<string, Schema> =>
    Object.fromEntries(statuses.map((s) => [s, { $ref: `#/components/responses/${s}` }]));
  const params = (...names: ('asOf' | 'explain' | 'lang' | 'acceptLanguage')[]) =>
    names.map((n) => ({ $ref: `#/components/parameters/${n}` }));
  const language = { 'Content-Language': { description: 'fr or en', schema: { enum: ['fr', 'en'] } } };
  const ok = (code: MessageCode, type: string, schema: Schema, headers: Schema = language): Schema => ({
    '200': { description: say(code), headers, content: { [type]: { schema } } },
  });
  const body = (code: MessageCode, type: string, schema: Schema): Schema => ({
    required: true,
    description: say(code),
    content: { [type]: { schema } },
  });
  const post = (
    operationId: string,
    texts: 'evaluate' | 'batch' | 'explain' | 'validate' | 'compare' | 'kpi',
    limit: number,
    parameters: Json[],
    requestBody: Schema,
    answers: Schema,
    extra: (typeof ERROR_RESPONSES)[number][] = [],
  ): Schema => ({
    post: {
      operationId,
      summary: say(`serve.openapi.${texts}.summary` as MessageCode),
      description: say(`serve.openapi.${texts}.description` as MessageCode, { limit: sizeText(limit, locale) }),
      parameters,
      requestBody,
      responses: { ...answers, ...errors('400', '405', '408', '413', '415', ...extra, '500', '503') },
    },
  });
  const get = (operationId: string, texts: 'health' | 'document', answers: Schema): Schema => ({
    get: {
      operationId,
      summary: say(`serve.openapi.${texts}.summary` as MessageCode),
      description: say(`serve.openapi.${texts}.description` as MessageCode),
      parameters: params('lang', 'acceptLanguage'),
      responses: { ...answers, ...errors('400', '405', '500', '503') },
    },
  });

  return deepFreeze({
    openapi: '3.1.0',
    info: {
      title: 'hlm-recovery',
      version: LIBRARY_VERSION,
      description: say('serve.openapi.info'),
      license: { name: 'MIT', identifier: 'MIT' },
    },
    paths: {
      '/v1/evaluate': post(
        'evaluate',
        'evaluate',
        limits.single,
        params('asOf', 'lang', 'acceptLanguage'),
        body('serve.openapi.body.account', JSON_TYPE, ref('Account')),
        ok('serve.openapi.response.decision', JSON_TYPE, ref('Decision')),
      ),
      '/v1/evaluate-batch': post(
        'evaluateBatch',
        'batch',
        limits.batch,
        params('asOf', 'explain', 'lang', 'acceptLanguage'),
        body('serve.openapi.body.accounts', NDJSON_TYPE, ref('Account')),
        ok('serve.openapi.response.batch', NDJSON_TYPE, ref('BatchLine')),
      ),
      '/v1/explain': post(
        'explain',
        'explain',
        limits.single,
        params('asOf', 'lang', 'acceptLanguage'),
        body('serve.openapi.body.account', JSON_TYPE, ref('Account')),
        ok('serve.openapi.response.narrative', 'text/plain', { type: 'string' }),
      ),
      '/v1/validate': post(
        'validate',
        'validate',
        limits.single,
        params('lang', 'acceptLanguage'),
        body('serve.openapi.body.policy', JSON_TYPE, ref('Policy')),
        ok('serve.openapi.response.validation', JSON_TYPE, ref('Validation')),
      ),
      '/v1/compare': post(
        'compare',
        'compare',
        limits.batch,
        params('asOf', 'lang', 'acceptLanguage'),
        body('serve.openapi.body.compare', JSON_TYPE, ref('CompareRequest')),
        ok('serve.openapi.response.comparison', JSON_TYPE, ref('Comparison'), {}),
        ['422'],
      ),
      '/v1/kpi': post(
        'kpi',
        'kpi',
        limits.batch,
        params('asOf', 'lang', 'acceptLanguage'),
        body('serve.openapi.body.kpi', JSON_TYPE, ref('KpiRequest')),
        ok('serve.openapi.response.kpi', JSON_TYPE, ref('Kpis'), {}),
      ),
      '/v1/health': get('health', 'health', ok('serve.openapi.response.health', JSON_TYPE, ref('Health'), {})),
      '/v1/openapi.json': get(
        'openapi',
        'document',
        ok('serve.openapi.response.document', JSON_TYPE, { type: 'object' }),
      ),
    },
    components: {
      schemas,
      parameters: {
        asOf: {
          name: 'asOf',
          in: 'query',
          required: true,
          description: say('serve.openapi.param.asOf'),
          schema: { type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' },
          example: '2026-11-23',
        },
        explain: {
          name: 'explain',
          in: 'query',
          required: false,
          description: say('serve.openapi.param.explain'),
          schema: { enum: ['full', 'summary', 'none'], default: 'full' },
        },
        lang: {
          name: 'lang',
          in: 'query',
          required: false,
          description: say('serve.openapi.param.lang'),
          schema: { enum: ['fr', 'en'] },
        },
        acceptLanguage: {
          name: 'Accept-Language',
          in: 'header',
          required: false,
          description: say('serve.openapi.param.acceptLanguage'),
          schema: { type: 'string' },
          example: 'fr-FR, en;q=0.8',
        },
      },
      responses,
    },
  }) as OpenApiDocument;
}

/** The OpenAPI document, as {@link openApiDocument} builds it. */
export interface OpenApiDocument {
  readonly openapi: '3.1.0';
  readonly info: Readonly<Record<string, unknown>>;
  readonly paths: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly components: {
    readonly schemas: Readonly<Record<string, unknown>>;
    readonly parameters: Readonly<Record<string, unknown>>;
    readonly responses: Readonly<Record<string, unknown>>;
  };
}
