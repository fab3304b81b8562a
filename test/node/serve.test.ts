/**
 * The HTTP service (`startServer`, `hlm-recovery serve`): each path against the library call
 * behind it, each error as a problem document in the request's language, a batch streamed in
 * input order, reloads, a graceful close, and the OpenAPI document checked against the OpenAPI 3.1
 * schema with every reference resolved. The servers listen on port 0 in this process.
 */
import { EventEmitter } from 'node:events';
import { readFileSync, writeFileSync } from 'node:fs';
import { request, type IncomingMessage } from 'node:http';
import { connect } from 'node:net';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { commandServe } from '../../src/cli/serve';
import { narrate } from '../../src/cli/output';
import { openApiDocument, startServer, type RecoveryServer } from '../../src/node';
import { ServiceState } from '../../src/node/serve/routes';
import { comparePolicies, portfolioKpis } from '../../src/portfolio';
import { contentHash, defaultPolicy, evaluate } from '../../src/rules';
import { tempDir, writeTo } from '../cli/io';
import { account, asOf, line } from './inputs';

const NB = '\u00a0';

/** The default policy as plain JSON, to change. */
const plainPolicy = (): Record<string, unknown> =>
  JSON.parse(JSON.stringify(defaultPolicy.versions[0])) as Record<string, unknown>;

/** The answer to a request, its body read. */
interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly json: () => any;
}

async function send(
  server: RecoveryServer,
  path: string,
  init: { method?: string; type?: string | null; body?: string; headers?: Record<string, string> } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  if (init.type !== null && init.body !== undefined) headers['content-type'] = init.type ?? 'application/json';
  const res = await fetch(`${server.url}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    ...(init.body === undefined ? {} : { body: init.body }),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
}

/** A request whose body the test writes piece by piece, with the answer as it comes. */
function openRequest(
  server: RecoveryServer,
  path: string,
  type: string,
  length?: number,
  headers: Record<string, string> = {},
) {
  const req = request(`${server.url}${path}`, {
    method: 'POST',
    agent: false,
    headers: {
      'content-type': type,
      ...(length === undefined ? {} : { 'content-length': String(length) }),
      ...headers,
    },
  });
  const chunks: Buffer[] = [];
  let first: () => void = () => undefined;
  const firstData = new Promise<void>((resolve) => {
    first = resolve;
  });
  const answer = new Promise<{ res: IncomingMessage; text: string }>((resolve, reject) => {
    req.on('response', (res) => {
      res.on('data', (c: Buffer) => {
        chunks.push(c);
        first();
      });
      res.on('end', () => resolve({ res, text: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
  });
  return { req, answer, firstData };
}

/** Sends raw bytes on a new connection and gives back everything the server writes until it closes. */
function raw(server: RecoveryServer, bytes: string): { done: Promise<string>; socket: ReturnType<typeof connect> } {
  const socket = connect(server.port, '127.0.0.1');
  const chunks: Buffer[] = [];
  const done = new Promise<string>((resolve, reject) => {
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    socket.on('error', reject);
  });
  socket.write(bytes);
  return { done, socket };
}

/** The status and the problem document of a raw HTTP answer. */
function parseRaw(text: string): { status: number; body: any } {
  const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1]);
  const body = text.slice(text.indexOf('\r\n\r\n') + 4);
  return { status, body: body.trim().startsWith('{') ? JSON.parse(body) : body };
}

let server: RecoveryServer;
const logged: { method: string; path: string; status: number; ms: number }[] = [];

beforeAll(async () => {
  server = await startServer({ port: 0, log: (e) => logged.push(e) });
});

afterAll(async () => {
  await server.close();
});

/** The problem of an answer, checked for the fields every problem has. */
function problemOf(a: Answer, status: number): any {
  expect(a.status).toBe(status);
  expect(a.headers.get('content-type')).toBe('application/problem+json');
  const p = a.json();
  expect(p).toMatchObject({ status, type: expect.stringMatching(/^urn:hlm-recovery:problem:[a-z-]+$/) });
  expect(typeof p.title).toBe('string');
  expect(typeof p.detail).toBe('string');
  expect(typeof p.instance).toBe('string');
  expect(a.text).not.toMatch(/\n\s+at |node:internal|\.ts:\d+/);
  return p;
}

describe('POST /v1/evaluate', () => {
  it('gives the decision the library gives, in English with ?lang=en', async () => {
    const a = await send(server, `/v1/evaluate?asOf=${asOf}&lang=en`, { body: line('A-1') });
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toBe('application/json');
    expect(a.headers.get('content-language')).toBe('en');
    expect(a.json()).toEqual(
      JSON.parse(JSON.stringify(evaluate(account('A-1'), defaultPolicy, { asOf, locale: 'en' }))),
    );
  });

  it('speaks French by default, and the first language of Accept-Language it writes', async () => {
    const fr = await send(server, `/v1/evaluate?asOf=${asOf}`, { body: line('A-1') });
    expect(fr.headers.get('content-language')).toBe('fr');
    expect(fr.json()).toEqual(JSON.parse(JSON.stringify(evaluate(account('A-1'), defaultPolicy, { asOf }))));
    const en = await send(server, `/v1/evaluate?asOf=${asOf}`, {
      body: line('A-1'),
      headers: { 'accept-language': 'de-DE, en-GB;q=0.9, fr;q=0.5' },
    });
    expect(en.headers.get('content-language')).toBe('en');
    const param = await send(server, `/v1/evaluate?asOf=${asOf}&lang=fr`, {
      body: line('A-1'),
      headers: { 'accept-language': 'en' },
    });
    expect(param.headers.get('content-language')).toBe('fr');
  });

  it('refuses an invalid account with a 400 problem naming each field, in the language asked', async () => {
    const bad = { ...account('A-2'), lease: { ...(account('A-2').lease as object), rent: 512.3 } };
    const p = problemOf(await send(server, `/v1/evaluate?asOf=${asOf}`, { body: JSON.stringify(bad) }), 400);
    expect(p.type).toBe('urn:hlm-recovery:problem:invalid-account');
    expect(p.title).toBe('Compte invalide');
    expect(p.instance).toBe('/v1/evaluate');
    expect(p.issues[0]).toMatchObject({ path: ['lease', 'rent'], received: 512.3 });
    expect(p.issues[0].message).toContain(`lease.rent${NB}: attendu`);
    const en = problemOf(await send(server, `/v1/evaluate?asOf=${asOf}&lang=en`, { body: JSON.stringify(bad) }), 400);
    expect(en.title).toBe('Invalid account');
    expect(en.issues[0].message).toMatch(/^lease\.rent: expected /);
  });

  it('refuses a body that is not JSON with the line and column of the fault', async () => {
    const p = problemOf(await send(server, `/v1/evaluate?asOf=${asOf}&lang=en`, { body: '{\n  "id": "A-3",\n}' }), 400);
    expect(p.type).toBe('urn:hlm-recovery:problem:bad-json');
    expect(p.detail).toContain('line 3, column 1');
    expect(p.issues[0]).toMatchObject({ code: 'invalid_type', path: [] });
    const latin = await fetch(`${server.url}/v1/evaluate?asOf=${asOf}&lang=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: Buffer.from('{"id":"caf\xe9"}', 'latin1'),
    });
    expect(latin.status).toBe(400);
    expect(((await latin.json()) as any).detail).toBe('The request body is not UTF-8 text: send it as UTF-8.');
  });

  it('requires asOf, and names what is wrong in the query', async () => {
    const missing = problemOf(await send(server, '/v1/evaluate', { body: line('A-1') }), 400);
    expect(missing.type).toBe('urn:hlm-recovery:problem:missing-as-of');
    expect(missing.title).toBe('Date d’évaluation manquante');
    expect(missing.issues).toEqual([
      expect.objectContaining({
        code: 'missing',
        path: ['asOf'],
        message: expect.stringContaining(`asOf${NB}: attendu`),
      }),
    ]);
    const bad = problemOf(await send(server, '/v1/evaluate?asOf=2026-02-30&lang=en', { body: line('A-1') }), 400);
    expect(bad.type).toBe('urn:hlm-recovery:problem:invalid-query');
    expect(bad.issues[0]).toMatchObject({ code: 'invalid_date', path: ['asOf'], received: '2026-02-30' });
    const before = problemOf(await send(server, '/v1/evaluate?asOf=2020-01-01&lang=en', { body: line('A-1') }), 400);
    expect(before.issues[0]).toMatchObject({ code: 'out_of_range', path: ['asOf'] });
    const typo = problemOf(
      await send(server, `/v1/evaluate?asOf=${asOf}&asof=x&lang=en&lang=fr`, { body: line('A-1') }),
      400,
    );
    expect(typo.issues.map((i: any) => [i.code, i.path])).toEqual([
      ['unrecognized_key', ['asof']],
      ['invalid_value', ['lang']],
    ]);
    const lang = problemOf(await send(server, `/v1/evaluate?asOf=${asOf}&lang=de`, { body: line('A-1') }), 400);
    expect(lang.issues[0]).toMatchObject({ path: ['lang'], received: 'de' });
  });

  it('refuses another media type with 415', async () => {
    const p = problemOf(
      await send(server, `/v1/evaluate?asOf=${asOf}&lang=en`, { body: line('A-1'), type: 'text/plain' }),
      415,
    );
    expect(p.type).toBe('urn:hlm-recovery:problem:unsupported-media-type');
    expect(p.detail).toBe(
      '/v1/evaluate reads application/json, not text/plain: send the Content-Type application/json.',
    );
    const latin1 = await send(server, `/v1/evaluate?asOf=${asOf}`, {
      body: line('A-1'),
      type: 'application/json; charset=iso-8859-1',
    });
    expect(latin1.status).toBe(415);
    const charset = await send(server, `/v1/evaluate?asOf=${asOf}`, {
      body: line('A-1'),
      type: 'application/json; charset=UTF-8',
    });
    expect(charset.status).toBe(200);
  });
});

describe('POST /v1/evaluate-batch', () => {
  it('answers one line per line in input order, an error record for a bad line in the middle', async () => {
    const body = [line('B-1'), '{"id": "B-2", oops', '', line('B-3'), JSON.stringify({ id: 'B-4' })].join('\n');
    const a = await send(server, `/v1/evaluate-batch?asOf=${asOf}&lang=en`, { body, type: 'application/x-ndjson' });
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toBe('application/x-ndjson');
    const lines = a.text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0]).toEqual(
      JSON.parse(JSON.stringify(evaluate(account('B-1'), defaultPolicy, { asOf, locale: 'en' }))),
    );
    expect(lines[1]).toMatchObject({
      index: 1,
      line: 2,
      accountId: 'B-2',
      issues: [expect.objectContaining({ code: 'invalid_type' })],
    });
    expect(lines[2].accountId).toBe('B-3');
    expect(lines[3]).toMatchObject({ index: 3, line: 5, accountId: 'B-4' });
    expect(lines[3].issues.length).toBeGreaterThan(0);
  });

  it('streams: the first lines come back while the body is still being sent', async () => {
    // More than one chunk of input (64 KiB), so that the first is evaluated before the rest is sent.
    // Lines padded with blanks (which JSON allows): fewer accounts for as many bytes.
    const ids = Array.from({ length: 90 }, (_, i) => `S-${i}`);
    const text = ids.map((id) => `${line(id)}${' '.repeat(1000)}\n`);
    const head = text.slice(0, 70).join('');
    expect(Buffer.byteLength(head)).toBeGreaterThan(64 << 10);
    const open = openRequest(server, `/v1/evaluate-batch?asOf=${asOf}&lang=en`, 'application/x-ndjson');
    open.req.write(head);
    await open.firstData;
    open.req.end(`${text.slice(70).join('')}not json\n`);
    const { res, text: out } = await open.answer;
    expect(res.statusCode).toBe(200);
    const got = out
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(got.map((d) => d.accountId)).toEqual([...ids, undefined]);
    expect(got.at(-1)).toMatchObject({ index: 90, line: 91 });
  });

  it('gives the same bytes with workers > 1 (the evaluateFile path; in this thread under the sources)', async () => {
    const pooled = await startServer({ port: 0, workers: 2 });
    try {
      const body = `${[line('W-1'), 'null', line('W-3')].join('\r\n')}\r\n`;
      const path = `/v1/evaluate-batch?asOf=${asOf}`;
      const a = await send(pooled, path, { body, type: 'application/x-ndjson' });
      const b = await send(server, path, { body, type: 'application/x-ndjson' });
      expect(a.status).toBe(200);
      expect(a.text).toBe(b.text);
      expect(a.text.split('\n')).toHaveLength(4);
    } finally {
      await pooled.close();
    }
  });

  it('answers an empty body with an empty answer, and reads application/ndjson too', async () => {
    const empty = await send(server, `/v1/evaluate-batch?asOf=${asOf}`, { body: '', type: 'application/x-ndjson' });
    expect([empty.status, empty.text]).toEqual([200, '']);
    const ndjson = await send(server, `/v1/evaluate-batch?asOf=${asOf}`, {
      body: line('N-1'),
      type: 'application/ndjson',
    });
    expect(JSON.parse(ndjson.text).accountId).toBe('N-1');
    const json = await send(server, `/v1/evaluate-batch?asOf=${asOf}`, { body: line('N-1') });
    expect(problemOf(json, 415).detail).toContain('application/x-ndjson');
  });
});

describe('POST /v1/explain, /v1/validate, /v1/compare, /v1/kpi', () => {
  it('explain gives the narrative of the decision as text, in the language asked', async () => {
    const a = await send(server, `/v1/explain?asOf=${asOf}&lang=en`, { body: line('E-1') });
    expect(a.status).toBe(200);
    expect(a.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    const decision = evaluate(account('E-1'), defaultPolicy, { asOf, locale: 'en' });
    expect(a.text).toBe(`${narrate(decision, 'en').join('\n')}\n`);
    const fr = await send(server, `/v1/explain?asOf=${asOf}`, { body: line('E-1') });
    expect(fr.text).toBe(`${narrate(evaluate(account('E-1'), defaultPolicy, { asOf }), 'fr').join('\n')}\n`);
  });

  it('validate gives 200 with the result: ok with the versions, or the issues in the language asked', async () => {
    const good = await send(server, '/v1/validate', { body: JSON.stringify(plainPolicy()) });
    expect(good.status).toBe(200);
    expect(good.json()).toMatchObject({
      ok: true,
      issues: [],
      versions: [
        {
          version: '2024.1',
          effectiveFrom: '2024-01-01',
          effectiveTo: null,
          hash: contentHash(defaultPolicy.versions[0]),
        },
      ],
    });
    const bad = await send(server, '/v1/validate', { body: JSON.stringify({ ...plainPolicy(), levels: 'none' }) });
    expect(bad.status).toBe(200);
    const result = bad.json();
    expect(result.ok).toBe(false);
    expect(result.issues[0]).toMatchObject({ path: ['levels'] });
    expect(result.issues[0].message).toContain(`levels${NB}: attendu`);
    const en = await send(server, '/v1/validate?lang=en', {
      body: JSON.stringify({ ...plainPolicy(), levels: 'none' }),
    });
    expect(en.json().issues[0].message).toMatch(/^levels: expected/);
  });

  it('compare gives the comparison of the library, and 422 for an invalid candidate', async () => {
    const accounts = [account('C-1'), account('C-2'), { id: 'C-3' }];
    const candidate = { ...plainPolicy(), version: '2027.1' };
    const a = await send(server, `/v1/compare?asOf=${asOf}`, { body: JSON.stringify({ candidate, accounts }) });
    expect(a.status).toBe(200);
    expect(a.json()).toEqual(
      JSON.parse(JSON.stringify(await comparePolicies(accounts, defaultPolicy, candidate as never, { asOf }))),
    );
    const invalid = problemOf(
      await send(server, `/v1/compare?asOf=${asOf}&lang=en`, {
        body: JSON.stringify({ candidate: { ...candidate, levels: 'none' }, accounts }),
      }),
      422,
    );
    expect(invalid.type).toBe('urn:hlm-recovery:problem:invalid-policy');
    expect(invalid.issues[0]).toMatchObject({ path: ['candidate', 'levels'] });
    expect(invalid.issues[0].message).toMatch(/^candidate\.levels: expected/);
    const late = problemOf(
      await send(server, `/v1/compare?asOf=${asOf}&lang=en`, {
        body: JSON.stringify({ candidate: { ...candidate, effectiveFrom: '2030-01-01' }, accounts }),
      }),
      422,
    );
    expect(late.issues[0]).toMatchObject({ code: 'out_of_range', path: ['candidate', 'asOf'] });
    const shape = problemOf(
      await send(server, `/v1/compare?asOf=${asOf}&lang=en`, { body: JSON.stringify({ accounts: {}, extra: 1 }) }),
      400,
    );
    expect(shape.type).toBe('urn:hlm-recovery:problem:invalid-body');
    expect(shape.issues.map((i: any) => [i.code, i.path])).toEqual([
      ['unrecognized_key', ['extra']],
      ['missing', ['candidate']],
      ['invalid_type', ['accounts']],
    ]);
  });

  it('kpi gives the indicators of the library over the accounts', async () => {
    const accounts = [account('K-1'), account('K-2'), { id: 'K-3' }];
    const a = await send(server, `/v1/kpi?asOf=${asOf}`, { body: JSON.stringify({ accounts }) });
    expect(a.status).toBe(200);
    expect(a.json()).toEqual(JSON.parse(JSON.stringify(await portfolioKpis(accounts, { asOf }))));
    expect(a.json().errors).toBe(1);
    const notArray = problemOf(await send(server, `/v1/kpi?asOf=${asOf}`, { body: '[]' }), 400);
    expect(notArray.issues[0]).toMatchObject({ code: 'invalid_type', path: [] });
  });
});

describe('GET /v1/health, errors of the paths', () => {
  it('health names the library, the law table and the policy in service with its hashes', async () => {
    const a = await send(server, '/v1/health');
    expect(a.status).toBe(200);
    const decision = evaluate(account('H-1'), defaultPolicy, { asOf });
    expect(a.json()).toEqual({
      status: 'ok',
      library: decision.provenance.library,
      lawTable: decision.provenance.lawTable,
      decisionSchemaVersion: decision.schemaVersion,
      policy: {
        id: 'default',
        hash: contentHash(defaultPolicy),
        versions: [
          { version: '2024.1', effectiveFrom: '2024-01-01', effectiveTo: null, hash: decision.provenance.policyHash },
        ],
      },
    });
    const head = await fetch(`${server.url}/v1/health`, { method: 'HEAD' });
    expect([head.status, await head.text()]).toEqual([200, '']);
  });

  it('404 for an unknown path, with the nearest one', async () => {
    const near = problemOf(await send(server, '/v1/evaluat?lang=en', { body: '{}' }), 404);
    expect(near).toMatchObject({
      type: 'urn:hlm-recovery:problem:not-found',
      title: 'Unknown path',
      detail: 'Nothing at /v1/evaluat (did you mean /v1/evaluate?)',
      instance: '/v1/evaluat',
    });
    const far = problemOf(await send(server, '/'), 404);
    expect(far.detail).toContain('/v1/evaluate-batch');
  });

  it('405 with Allow for a method the path does not take', async () => {
    const a = await send(server, '/v1/evaluate?lang=en');
    const p = problemOf(a, 405);
    expect(a.headers.get('allow')).toBe('POST');
    expect(p.allow).toEqual(['POST']);
    expect(p.detail).toBe('/v1/evaluate does not take GET: use POST.');
    const post = await send(server, '/v1/health', { body: '{}' });
    expect(problemOf(post, 405).allow).toEqual(['GET', 'HEAD']);
    const options = await fetch(`${server.url}/v1/kpi`, { method: 'OPTIONS' });
    expect([options.status, options.headers.get('allow')]).toEqual([204, 'POST, OPTIONS']);
  });

  it('500 for an unexpected error: a problem that says it is a defect, never a stack trace', async () => {
    const spy = vi.spyOn(ServiceState.prototype, 'run').mockImplementation(() => {
      throw new TypeError('boom');
    });
    try {
      const p = problemOf(await send(server, `/v1/evaluate?asOf=${asOf}&lang=en`, { body: line('X-1') }), 500);
      expect(p.type).toBe('urn:hlm-recovery:problem:internal-error');
      expect(p.detail).toBe(
        'Unexpected error: boom. This is a defect of the software: please report it with the request sent.',
      );
    } finally {
      spy.mockRestore();
    }
  });

  it('logs one entry per request: method, path, status and milliseconds', async () => {
    logged.length = 0;
    await send(server, '/v1/health?lang=en');
    await send(server, '/v1/nowhere');
    await vi.waitFor(() => expect(logged).toHaveLength(2));
    expect(logged).toEqual([
      { method: 'GET', path: '/v1/health', status: 200, ms: expect.any(Number) },
      { method: 'GET', path: '/v1/nowhere', status: 404, ms: expect.any(Number) },
    ]);
  });
});

describe('limits of a body', () => {
  let small: RecoveryServer;
  beforeAll(async () => {
    small = await startServer({ port: 0, bodyLimit: { single: 2048, batch: 4096 } });
  });
  afterAll(() => small.close());

  it('413 for a body over the limit, declared or sent without a length', async () => {
    const big = JSON.stringify({ ...account('L-1'), note: 'x'.repeat(3000) });
    const p = problemOf(await send(small, `/v1/evaluate?asOf=${asOf}&lang=en`, { body: big }), 413);
    expect(p).toMatchObject({
      type: 'urn:hlm-recovery:problem:body-too-large',
      limit: 2048,
      detail: 'A request body to /v1/evaluate is limited to 2 KiB: split it into several requests.',
    });
    const open = openRequest(small, `/v1/evaluate?asOf=${asOf}`, 'application/json');
    open.req.end(big);
    const { res, text } = await open.answer;
    expect(res.statusCode).toBe(413);
    expect(JSON.parse(text)).toMatchObject({ limit: 2048, detail: expect.stringContaining(`2${NB}Kio`) });
  });

  it('408 when the body does not arrive in time', async () => {
    const slow = await startServer({ port: 0, requestTimeoutMs: 200 });
    const { done } = raw(
      slow,
      `POST /v1/evaluate?asOf=${asOf}&lang=en HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n` +
        'Content-Length: 100\r\n\r\n{"id":',
    );
    const { status, body } = parseRaw(await done);
    await slow.close();
    expect(status).toBe(408);
    expect(body).toMatchObject({
      type: 'urn:hlm-recovery:problem:request-timeout',
      detail: 'The request body did not arrive in full within 1 s: send the request again.',
    });
  });

  it('refuses invalid options with the path of each', async () => {
    await expect(startServer({ port: 70000 })).rejects.toThrow(/port: expected a port from 0 to 65535/);
    await expect(startServer({ port: 0, bodyLimit: { batch: 0 } })).rejects.toThrow(/bodyLimit\.batch/);
    await expect(startServer({ port: 0, policy: { id: 'x' } as never })).rejects.toThrow(/levels/);
  });
});

describe('reload and close', () => {
  it('reload puts a valid policy in service at once, and refuses an invalid one keeping the old', async () => {
    const own = await startServer({ port: 0 });
    try {
      const before = await send(own, `/v1/evaluate?asOf=${asOf}`, { body: line('R-1') });
      expect(before.json().policy.version).toBe('2024.1');
      const next = { ...plainPolicy(), version: '2026.2' };
      const ok = own.reload(next);
      expect(ok).toMatchObject({ ok: true, policy: { id: 'default', versions: [{ version: '2026.2' }] } });
      // The run prepared for this asOf before the reload is not used again.
      const after = await send(own, `/v1/evaluate?asOf=${asOf}`, { body: line('R-1') });
      expect(after.json().policy.version).toBe('2026.2');
      expect(after.json().provenance.policyHash).toBe(own.policy().versions[0]!.hash);
      const refused = own.reload(JSON.stringify({ ...next, levels: 'none' }), { locale: 'en' });
      expect(refused.ok).toBe(false);
      if (!refused.ok) expect(refused.issues[0]!.message).toMatch(/^levels: expected/);
      const text = own.reload('{ "id": ', { locale: 'en' });
      expect(text.ok).toBe(false);
      const health = await send(own, '/v1/health');
      expect(health.json().policy.versions[0].version).toBe('2026.2');
      expect((await send(own, `/v1/evaluate?asOf=${asOf}`, { body: line('R-1') })).json().policy.version).toBe(
        '2026.2',
      );
    } finally {
      await own.close();
    }
  });

  it('close() lets a request in flight finish, then resolves; new connections are refused', async () => {
    const own = await startServer({ port: 0 });
    const body = line('F-1');
    const open = openRequest(own, `/v1/evaluate?asOf=${asOf}&lang=en`, 'application/json', Buffer.byteLength(body), {
      expect: '100-continue',
    });
    // "100 Continue": the service has the request.
    await new Promise<void>((resolve) => open.req.once('continue', () => resolve()));
    open.req.write(body.slice(0, 10));
    let closed = false;
    const closing = own.close().then(() => {
      closed = true;
    });
    // Not before the request in flight is answered, however long it waits.
    for (let i = 0; i < 5; i++) await new Promise((r) => setImmediate(r));
    expect(closed).toBe(false);
    open.req.end(body.slice(10));
    const { res, text } = await open.answer;
    expect(res.statusCode).toBe(200);
    expect(res.headers.connection).toBe('close');
    expect(JSON.parse(text).accountId).toBe('F-1');
    await closing;
    expect(closed).toBe(true);
    await expect(fetch(`${own.url}/v1/health`)).rejects.toThrow();
  });

  it('503 for a request that comes on a kept-alive connection once the service is stopping', async () => {
    const own = await startServer({ port: 0 });
    const ids = Array.from({ length: 90 }, (_, i) => `P-${i}`);
    const batch = ids.map((id) => `${line(id)}${' '.repeat(1000)}\n`).join('');
    const socket = connect(own.port, '127.0.0.1');
    const chunks: Buffer[] = [];
    let seen: () => void = () => undefined;
    const first = new Promise<void>((resolve) => {
      seen = resolve;
    });
    const done = new Promise<string>((resolve) => {
      socket.on('data', (c: Buffer) => {
        chunks.push(c);
        seen();
      });
      socket.on('close', () => resolve(Buffer.concat(chunks).toString('utf8')));
    });
    const head = batch.slice(0, 70_000);
    socket.write(
      `POST /v1/evaluate-batch?asOf=${asOf}&lang=en HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-ndjson\r\n` +
        `Content-Length: ${Buffer.byteLength(batch)}\r\n\r\n${head}`,
    );
    await first; // the answer has started, kept alive
    const closing = own.close();
    socket.write(`${batch.slice(70_000)}GET /v1/health?lang=en HTTP/1.1\r\nHost: x\r\n\r\n`);
    const text = await done;
    await closing;
    const second = text.slice(text.lastIndexOf('HTTP/1.1 '));
    const { status, body } = parseRaw(second);
    expect(status).toBe(503);
    expect(body).toMatchObject({ type: 'urn:hlm-recovery:problem:unavailable', title: 'Service shutting down' });
    expect(text.startsWith('HTTP/1.1 200')).toBe(true);
    expect(text.match(/"accountId":"P-\d+"/g)).toHaveLength(90);
  });
});

describe('the OpenAPI document', () => {
  const ID = 'https://hlm-recovery.test/openapi.json';

  /** The value at a JSON pointer of the document. */
  function at(doc: unknown, pointer: string): unknown {
    return pointer
      .replace(/^#\/?/, '')
      .split('/')
      .filter((s) => s !== '')
      .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
      .reduce<unknown>((v, key) => (v === undefined || v === null ? undefined : (v as any)[key]), doc);
  }

  function refsOf(value: unknown, out: string[] = []): string[] {
    if (Array.isArray(value)) for (const v of value) refsOf(v, out);
    else if (value !== null && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) {
        if (k === '$ref' && typeof v === 'string') out.push(v);
        else refsOf(v, out);
      }
    return out;
  }

  it('is served in the language asked, and is a valid OpenAPI 3.1 document', async () => {
    const a = await send(server, '/v1/openapi.json?lang=en');
    expect(a.status).toBe(200);
    const doc = a.json();
    expect(doc).toEqual(JSON.parse(JSON.stringify(openApiDocument({ locale: 'en' }))));
    expect(doc.paths['/v1/evaluate'].post.summary).toBe('The decision for one account');
    const fr = (await send(server, '/v1/openapi.json')).json();
    expect(fr.paths['/v1/evaluate'].post.summary).toBe('La décision pour un compte');
    expect(Object.keys(doc.paths)).toEqual([
      '/v1/evaluate',
      '/v1/evaluate-batch',
      '/v1/explain',
      '/v1/validate',
      '/v1/compare',
      '/v1/kpi',
      '/v1/health',
      '/v1/openapi.json',
    ]);
    // The OpenAPI 3.1 schema (test/fixtures, from the OpenAPI Initiative), its Schema Objects
    // reached by `$dynamicRef: "#meta"`, which Ajv resolves wrongly: here the `$ref` it stands for.
    const oas = JSON.parse(
      readFileSync(join(__dirname, '..', 'fixtures', 'openapi-3.1.schema.json'), 'utf8').replaceAll(
        '"$dynamicRef": "#meta"',
        '"$ref": "#/$defs/schema"',
      ),
    );
    const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
    const validate = ajv.compile(oas);
    expect(validate(doc), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The check is not vacuous: a parameter in a place OpenAPI does not have fails it.
    const broken = JSON.parse(a.text);
    broken.components.parameters.asOf.in = 'body';
    expect(validate(broken)).toBe(false);
  });

  it('has every reference resolve, and the schemas of every path check real answers', async () => {
    const doc = JSON.parse(JSON.stringify(openApiDocument({ locale: 'en' })));
    const refs = [...new Set(refsOf(doc))];
    expect(refs).toContain('#/components/schemas/Policy.Condition');
    for (const r of refs) {
      expect(r.startsWith('#/'), r).toBe(true);
      expect(at(doc, r), r).toBeDefined();
    }
    const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
    ajv.addSchema({ ...doc, $id: ID });
    const schemaAt = (pointer: string) => ajv.compile({ $ref: `${ID}#${pointer}` });
    const esc = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');
    const validators = new Map<string, ReturnType<typeof schemaAt>>();
    for (const [path, item] of Object.entries<any>(doc.paths)) {
      for (const [method, op] of Object.entries<any>(item)) {
        const base = `/paths/${esc(path)}/${method}`;
        for (const type of Object.keys(op.requestBody?.content ?? {}))
          schemaAt(`${base}/requestBody/content/${esc(type)}/schema`);
        for (const [status, response] of Object.entries<any>(op.responses)) {
          const resolved = response.$ref === undefined ? response : at(doc, response.$ref);
          const where = response.$ref === undefined ? `${base}/responses/${status}` : response.$ref.slice(1);
          for (const type of Object.keys((resolved as any).content ?? {}))
            validators.set(`${method} ${path} ${status}`, schemaAt(`${where}/content/${esc(type)}/schema`));
        }
      }
    }
    const check = (key: string, value: unknown) => {
      const v = validators.get(key)!;
      expect(v, key).toBeDefined();
      expect(v(value), `${key}: ${JSON.stringify(v.errors)}`).toBe(true);
    };
    const accounts = [account('O-1'), { id: 'O-2' }];
    check('post /v1/evaluate 200', (await send(server, `/v1/evaluate?asOf=${asOf}`, { body: line('O-1') })).json());
    check('post /v1/evaluate 400', (await send(server, `/v1/evaluate?asOf=${asOf}`, { body: '{}' })).json());
    const batch = await send(server, `/v1/evaluate-batch?asOf=${asOf}`, {
      body: `${line('O-1')}\n{}\n`,
      type: 'application/x-ndjson',
    });
    for (const l of batch.text.trimEnd().split('\n')) check('post /v1/evaluate-batch 200', JSON.parse(l));
    check(
      'post /v1/validate 200',
      (await send(server, '/v1/validate', { body: JSON.stringify(plainPolicy()) })).json(),
    );
    check('post /v1/validate 200', (await send(server, '/v1/validate', { body: '{}' })).json());
    const compared = await send(server, `/v1/compare?asOf=${asOf}`, {
      body: JSON.stringify({ candidate: plainPolicy(), accounts }),
    });
    check('post /v1/compare 200', compared.json());
    check(
      'post /v1/kpi 200',
      (await send(server, `/v1/kpi?asOf=${asOf}`, { body: JSON.stringify({ accounts }) })).json(),
    );
    check('get /v1/health 200', (await send(server, '/v1/health')).json());
    check('post /v1/kpi 415', (await send(server, `/v1/kpi?asOf=${asOf}`, { body: '{}', type: 'text/csv' })).json());
    // The request schemas accept what the service accepts.
    const account1 = ajv.compile({ $ref: `${ID}#/components/schemas/Account` });
    expect(account1(account('O-1'))).toBe(true);
    const policy = ajv.compile({ $ref: `${ID}#/components/schemas/Policy` });
    expect(policy(plainPolicy()), JSON.stringify(policy.errors)).toBe(true);
  });
});

describe('hlm-recovery serve (in this process, signals from an emitter)', () => {
  const dir = tempDir('hlm-serve-');

  function sink() {
    let text = '';
    const stream = new Writable({
      write(chunk, _encoding, done) {
        text += String(chunk);
        done();
      },
    });
    return { stream, text: () => text };
  }

  it('prints its address, logs requests, reloads on SIGHUP, refuses an invalid policy, stops on SIGTERM with 0', async () => {
    const file = writeTo(dir, 'policy.json', JSON.stringify(plainPolicy()));
    const out = sink();
    const err = sink();
    const signals = new EventEmitter();
    const running = commandServe(
      ['--port', '0', '--policy', file, '--log'],
      { stdout: out.stream, stderr: err.stream },
      'en',
      signals,
    );
    await vi.waitFor(() => expect(out.text()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\n$/));
    const url = out.text().trim();
    expect(err.text()).toBe(`hlm-recovery: serving policy default 2024.1 on ${url} (Ctrl-C to stop)\n`);
    expect((await fetch(`${url}/v1/health`)).status).toBe(200);
    await vi.waitFor(() => expect(err.text()).toMatch(/\nGET \/v1\/health 200 \d+ ms\n$/));

    writeFileSync(file, JSON.stringify({ ...plainPolicy(), version: '2026.9' }));
    signals.emit('SIGHUP', 'SIGHUP');
    expect(err.text()).toContain(`hlm-recovery: policy reloaded from ${file}: default 2026.9 is in service\n`);
    const health = (await (await fetch(`${url}/v1/health`)).json()) as any;
    expect(health.policy.versions[0].version).toBe('2026.9');

    writeFileSync(file, JSON.stringify({ ...plainPolicy(), levels: 'none' }));
    signals.emit('SIGHUP', 'SIGHUP');
    expect(err.text()).toContain(
      `hlm-recovery: new policy in ${file} refused, 1 problem(s); default 2026.9 stays in service:\n  levels: expected`,
    );

    signals.emit('SIGTERM', 'SIGTERM');
    expect(await running).toBe(0);
    expect(err.text()).toMatch(/stopping \(SIGTERM\); finishing the requests in progress…\nhlm-recovery: stopped\n$/);
    expect(signals.listenerCount('SIGHUP') + signals.listenerCount('SIGTERM') + signals.listenerCount('SIGINT')).toBe(
      0,
    );
  });

  it('says why it cannot listen, and refuses a bad --port', async () => {
    const err = sink();
    const signals = new EventEmitter();
    await expect(
      commandServe(['--port', String(server.port)], { stdout: sink().stream, stderr: err.stream }, 'en', signals),
    ).rejects.toThrow(/cannot listen on 127\.0\.0\.1:\d+: the address is already in use/);
    await expect(
      commandServe(['--port', 'x'], { stdout: sink().stream, stderr: err.stream }, 'fr', signals),
    ).rejects.toThrow(/--port must be a whole number from 0 to 65535/);
  });
});
