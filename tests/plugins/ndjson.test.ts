import { brotliDecompressSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, getJson } from '../helpers/test-app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp({ RESPONSE_CACHE_MB: 8 });
});
afterAll(async () => {
  await app.close();
});

const lines = (body: string) =>
  body
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string });

describe('NDJSON', () => {
  it('streams every row of a list past the 500-row page cap, the same rows as the JSON pages', async () => {
    const first = await getJson(app, '/v1/claims?limit=500');
    expect(first.body.total).toBeGreaterThan(500);
    const second = await getJson(app, '/v1/claims?limit=500&offset=500');
    const res = await app.inject({ method: 'GET', url: '/v1/claims?format=ndjson' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/x-ndjson; charset=utf-8');
    const rows = lines(res.body);
    expect(rows).toHaveLength(first.body.total);
    expect(rows).toEqual([...first.body.data, ...second.body.data]);
  });

  it('is chosen by Accept as by ?format=, keeps filters and offset, and is compressed when asked', async () => {
    const byAccept = await app.inject({
      method: 'GET',
      url: '/v1/sources?kind=official&offset=2',
      headers: { accept: 'application/x-ndjson' },
    });
    const json = await getJson(app, '/v1/sources?kind=official&offset=2&limit=500');
    expect(lines(byAccept.body).map((r) => r.id)).toEqual(json.body.data.map((r: { id: string }) => r.id));
    const br = await app.inject({
      method: 'GET',
      url: '/v1/claims?format=ndjson',
      headers: { 'accept-encoding': 'br' },
    });
    expect(br.headers['content-encoding']).toBe('br');
    const plain = await app.inject({ method: 'GET', url: '/v1/claims?format=ndjson' });
    expect(brotliDecompressSync(br.rawPayload).toString('utf8')).toBe(plain.body);
  });

  it('serves a region history as NDJSON, and a detail without a table stays JSON-only', async () => {
    const region = await app.inject({ method: 'GET', url: '/v1/regions/astana?format=ndjson' });
    expect(lines(region.body).length).toBeGreaterThanOrEqual(5);
    const detail = await app.inject({ method: 'GET', url: '/v1/elections/2022-presidential?format=ndjson' });
    expect(detail.statusCode).toBe(400);
    const refused = await app.inject({
      method: 'GET',
      url: '/v1/elections/2022-presidential',
      headers: { accept: 'application/x-ndjson' },
    });
    expect(refused.statusCode).toBe(406);
  });
});
