import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Problem } from '../../src/schemas/problem.js';
import { fill, GOOD_IDS, goodUrl, operations as operationsOf } from '../helpers/operations.js';
import { buildTestApp } from '../helpers/test-app.js';

const operations = () => operationsOf(app);

/**
 * Walks every operation of the OpenAPI document with bad input and checks that each answer is a
 * well-formed problem with the documented status: never a 500, never a stack trace.
 */
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

const UNKNOWN_IDS: Record<string, string> = {
  election_id: '2020-presidential',
  candidate_id: 'nobody-at-all',
  party_id: 'no-such-party',
  region_id: 'atlantis',
  source_id: 'nowhere-000000',
  claim_id: '2022-presidential:contestant:nobody:votes:final:x',
  code: 'no-such-problem',
};

async function expectProblem(url: string, status: number, code?: string, headers: Record<string, string> = {}) {
  const res = await app.inject({ method: 'GET', url, headers });
  expect(res.statusCode, url).toBe(status);
  expect(res.headers['content-type'], url).toMatch(/^application\/problem\+json/);
  const body = Problem.parse(JSON.parse(res.body));
  expect(body.status).toBe(status);
  if (code) expect(body.code, url).toBe(code);
  expect(res.body).not.toMatch(/at .+\.(ts|js):\d+/);
  return body;
}

describe('every operation rejects bad input with a problem', () => {
  it('walks at least the documented operations', () => {
    expect(operations().length).toBeGreaterThanOrEqual(20);
  });

  it('rejects an unknown query parameter with 400 naming it', async () => {
    for (const op of operations()) {
      const url = goodUrl(op, ['bogus_param=1']);
      const body = await expectProblem(url, 400, 'invalid-parameter');
      expect(
        body.errors?.some((e) => e.name.includes('bogus_param')),
        url,
      ).toBe(true);
    }
  });

  it('answers an unknown id with its documented 404', async () => {
    for (const op of operations().filter((o) => o.params.some((p) => p.in === 'path'))) {
      expect(op.responses, op.path).toContain('404');
      const body = await expectProblem(fill(op.path, { ...GOOD_IDS, ...UNKNOWN_IDS }), 404);
      expect(body.code).toMatch(/-not-found$/);
    }
  });

  it('rejects a malformed id, or answers 404 where any string is a valid id', async () => {
    for (const op of operations().filter((o) => o.params.some((p) => p.in === 'path'))) {
      const url = fill(op.path, Object.fromEntries(Object.keys(GOOD_IDS).map((k) => [k, 'BAD ID!'])));
      const res = await app.inject({ method: 'GET', url });
      expect([400, 404], url).toContain(res.statusCode);
      Problem.parse(JSON.parse(res.body));
    }
  });

  it('rejects a bad value for every query parameter with a fixed type', async () => {
    for (const op of operations()) {
      for (const p of op.params.filter((x) => x.in === 'query')) {
        // Election ids are data: an unknown one is a 404 (tested below), not a 400.
        if (p.schema?.$ref?.endsWith('/ElectionId')) continue;
        const bad =
          p.schema?.enum || p.schema?.$ref
            ? 'not-a-choice'
            : p.schema?.type === 'integer' || p.schema?.type === 'number'
              ? '-5.5x'
              : null;
        if (bad === null) continue;
        const others = { ...op, params: op.params.filter((x) => x.name !== p.name) };
        const body = await expectProblem(goodUrl(others, [`${p.name}=${bad}`]), 400, 'invalid-parameter');
        expect(
          body.errors?.map((e) => e.name),
          `${op.path} ${p.name}`,
        ).toContain(p.name);
      }
    }
  });

  it('answers an unknown vote in an election filter with election-not-found, as in a path', async () => {
    const filtered = operations().filter((o) => o.params.some((p) => p.in === 'query' && p.name === 'election'));
    expect(filtered.length).toBeGreaterThanOrEqual(3);
    for (const op of filtered)
      await expectProblem(`${fill(op.path, GOOD_IDS)}?election=2031-mazhilis`, 404, 'election-not-found');
  });

  it('answers 406 to an Accept header it cannot serve on every /v1 operation', async () => {
    for (const op of operations().filter((o) => o.path.startsWith('/v1/'))) {
      const url = goodUrl(op);
      expect(op.responses, op.path).toContain('406');
      await expectProblem(url, 406, 'not-acceptable', { accept: 'image/png' });
    }
  });
});

describe('methods', () => {
  it('answers other methods on a known path with 405 and an Allow header', async () => {
    for (const method of ['POST', 'PUT', 'DELETE', 'PATCH'] as const) {
      const res = await app.inject({ method, url: '/v1/elections/2022-presidential/results' });
      expect(res.statusCode).toBe(405);
      expect(res.headers.allow).toBe('GET, HEAD, OPTIONS');
      expect(JSON.parse(res.body).code).toBe('method-not-allowed');
    }
  });

  it('answers other methods on an unknown path with 404', async () => {
    const res = await app.inject({ method: 'POST', url: '/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(JSON.parse(res.body).code).toBe('route-not-found');
  });

  it('answers HEAD like GET without a body', async () => {
    const res = await app.inject({ method: 'HEAD', url: '/v1/elections' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toBe('');
  });

  it('answers an overlong path parameter with a 400 problem', async () => {
    const res = await app.inject({ url: `/v1/claims/${'0'.repeat(3000)}` });
    expect(res.statusCode).toBe(400);
    expect(JSON.parse(res.body).code).toBe('invalid-parameter');
  });
});
