/**
 * `POST /v1/evaluate-batch?explain=full|summary|none`: the service's batch of decisions with as
 * much of each explanation as asked (`full` by default), a value not among the three an
 * `invalid-query` problem naming `explain`, the parameter only where a batch of decisions is
 * written, and the OpenAPI document saying so. In this process, in the service's thread.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApiDocument, startServer, type RecoveryServer } from '../../src/node';
import { ServiceState } from '../../src/node/serve/routes';
import { defaultPolicy, loadPolicy } from '../../src/rules';
import { asOf, line } from './inputs';

let server: RecoveryServer;
beforeAll(async () => {
  server = await startServer({ port: 0 });
});
afterAll(async () => {
  await server.close();
});

const body = `${line('X-1')}\n{"id": "X-2", "lease": \n${line('X-3')}\n`;

async function post(path: string, text = body) {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': path.includes('batch') ? 'application/x-ndjson' : 'application/json' },
    body: text,
  });
  return { status: res.status, text: await res.text() };
}

type Line = Record<string, unknown> & { explanation?: (Record<string, unknown> & { trace?: unknown })[] };

describe('/v1/evaluate-batch?explain=', () => {
  it('gives the full explanation by default, the entries without traces for summary, none for none', async () => {
    const full = await post(`/v1/evaluate-batch?asOf=${asOf}&lang=en`);
    expect(full.status).toBe(200);
    const lines = full.text.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    const parsed = lines.map((l) => JSON.parse(l) as Line);
    expect(parsed[0]!.explanation!.some((e) => e.trace !== undefined)).toBe(true);
    expect((await post(`/v1/evaluate-batch?asOf=${asOf}&lang=en&explain=full`)).text).toBe(full.text);
    const summary = await post(`/v1/evaluate-batch?explain=summary&asOf=${asOf}&lang=en`);
    expect(summary.text.trimEnd().split('\n')).toEqual(
      parsed.map((l) =>
        JSON.stringify(
          l.explanation === undefined ? l : { ...l, explanation: l.explanation.map(({ trace: _t, ...e }) => e) },
        ),
      ),
    );
    const none = await post(`/v1/evaluate-batch?asOf=${asOf}&lang=en&explain=none`);
    expect(none.text.trimEnd().split('\n')).toEqual(
      parsed.map((l) => JSON.stringify(l.explanation === undefined ? l : { ...l, explanation: [] })),
    );
  });

  it('refuses a value not among full, summary and none, in the language asked', async () => {
    const en = await post(`/v1/evaluate-batch?asOf=${asOf}&lang=en&explain=short`);
    expect(en.status).toBe(400);
    const problem = JSON.parse(en.text);
    expect(problem.type).toBe('urn:hlm-recovery:problem:invalid-query');
    expect(problem.issues).toEqual([
      expect.objectContaining({ code: 'invalid_value', path: ['explain'], received: 'short' }),
    ]);
    expect(problem.issues[0].message).toMatch(/full, summary or none/);
    const fr = JSON.parse((await post(`/v1/evaluate-batch?asOf=${asOf}&explain=short`)).text);
    expect(fr.issues[0].message).toMatch(/full, summary ou none/);
    const twice = JSON.parse((await post(`/v1/evaluate-batch?asOf=${asOf}&lang=en&explain=none&explain=full`)).text);
    expect(twice.issues.map((i: { code: string; path: string[] }) => [i.code, i.path])).toEqual([
      ['invalid_value', ['explain']],
    ]);
    expect(twice.issues[0].message).toMatch(/once/);
  });

  it('is a parameter of evaluate-batch only: the path of one decision does not know it', async () => {
    const one = await post(`/v1/evaluate?asOf=${asOf}&lang=en&explain=none`, line('X-1'));
    expect(one.status).toBe(400);
    expect(JSON.parse(one.text).issues).toEqual([
      expect.objectContaining({ code: 'unrecognized_key', path: ['explain'] }),
    ]);
    expect(JSON.parse(one.text).issues[0].message).toMatch(/asOf, lang/);
  });

  it('is in the OpenAPI document, for evaluate-batch only', () => {
    for (const locale of ['fr', 'en'] as const) {
      const doc = openApiDocument({ locale }) as unknown as {
        paths: Record<string, { post?: { parameters: { $ref: string }[] } }>;
        components: { parameters: Record<string, { name: string; in: string; schema: unknown; description: string }> };
      };
      expect(doc.paths['/v1/evaluate-batch']!.post!.parameters.map((p) => p.$ref)).toContain(
        '#/components/parameters/explain',
      );
      for (const path of ['/v1/evaluate', '/v1/explain', '/v1/compare', '/v1/kpi'])
        expect(doc.paths[path]!.post!.parameters.map((p) => p.$ref)).not.toContain('#/components/parameters/explain');
      expect(doc.components.parameters.explain).toMatchObject({
        name: 'explain',
        in: 'query',
        schema: { enum: ['full', 'summary', 'none'], default: 'full' },
      });
      expect(doc.components.parameters.explain!.description).toMatch(locale === 'fr' ? /explication/ : /explanation/);
    }
  });

  it('prepares one run per level, kept with the others of the policy', () => {
    const state = new ServiceState(loadPolicy(defaultPolicy));
    const full = state.run(asOf, 'en');
    expect(state.run(asOf, 'en', 'full')).toBe(full);
    expect(state.run(asOf, 'en', 'none')).not.toBe(full);
    expect(state.run(asOf, 'en', 'none')).toBe(state.run(asOf, 'en', 'none'));
  });
});
