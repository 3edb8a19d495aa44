import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/test-app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('HTTP caching, compression and headers', () => {
  it('sends a strong ETag and answers 304 to If-None-Match with no body', async () => {
    const first = await app.inject({ url: '/v1/elections/2023-mazhilis/seats' });
    expect(first.headers.etag).toMatch(/^"[^"]+"$/);
    expect(first.headers['cache-control']).toBe(
      'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400, stale-if-error=604800',
    );
    const again = await app.inject({
      url: '/v1/elections/2023-mazhilis/seats',
      headers: { 'if-none-match': first.headers.etag as string },
    });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
  });

  it('gives JSON and CSV of the same resource different ETags', async () => {
    const json = await app.inject({ url: '/v1/elections' });
    const csv = await app.inject({ url: '/v1/elections', headers: { accept: 'text/csv' } });
    expect(csv.headers.etag).not.toBe(json.headers.etag);
    expect(csv.headers.vary).toMatch(/Accept/);
  });

  it('compresses large responses with gzip when asked', async () => {
    const res = await app.inject({ url: '/v1/discrepancies?limit=200', headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(res.rawPayload).toString()).total).toBeGreaterThan(10);
  });

  it('allows any origin, echoes a caller request id and sets security headers', async () => {
    const res = await request(app.server)
      .get('/v1/elections')
      .set('Origin', 'https://dashboard.example')
      .set('X-Request-Id', 'trace-123');
    expect(res.headers['access-control-allow-origin']).toBe('*');
    expect(res.headers['x-request-id']).toBe('trace-123');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });

  it('never caches problems', async () => {
    const res = await app.inject({ url: '/v1/elections/nope' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['cache-control']).toBe('no-store');
  });

  it('answers a CORS preflight', async () => {
    const res = await app.inject({
      method: 'OPTIONS',
      url: '/v1/elections',
      headers: { origin: 'https://x.example', 'access-control-request-method': 'GET' },
    });
    expect(res.statusCode).toBe(204);
    expect(res.headers['access-control-allow-methods']).toContain('GET');
  });
});

describe('the response cache', () => {
  it('replays the same bytes and headers for a repeated request', async () => {
    const url = '/v1/elections/2021-mazhilis/results?sort=name';
    const first = await app.inject({ url });
    const second = await app.inject({ url });
    expect(second.statusCode).toBe(200);
    expect(second.body).toBe(first.body);
    for (const h of ['etag', 'content-type', 'cache-control', 'vary'])
      expect(second.headers[h], h).toBe(first.headers[h]);
    expect(second.headers['x-request-id']).not.toBe(first.headers['x-request-id']);
  });

  it('keeps JSON and CSV apart and answers 304 and HEAD from a cached entry', async () => {
    const url = '/v1/elections/2023-mazhilis/turnout';
    const json = await app.inject({ url });
    await app.inject({ url, headers: { accept: 'text/csv' } });
    const csv = await app.inject({ url, headers: { accept: 'text/csv' } });
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const revalidated = await app.inject({ url, headers: { 'if-none-match': json.headers.etag as string } });
    expect(revalidated.statusCode).toBe(304);
    const head = await app.inject({ method: 'HEAD', url });
    expect(head.statusCode).toBe(200);
    expect(head.body).toBe('');
  });

  it('does not cache problems: a bad request stays a 400 and a good one stays a 200', async () => {
    const bad = await app.inject({ url: '/v1/elections?limit=0' });
    const badAgain = await app.inject({ url: '/v1/elections?limit=0' });
    expect([bad.statusCode, badAgain.statusCode]).toEqual([400, 400]);
  });
});

describe('replaying from the cache', () => {
  it('serves gzip from a cached entry to a client that accepts it, and identity to one that does not', async () => {
    const url = '/v1/discrepancies?election=2019-presidential';
    const plain = await app.inject({ url });
    const zipped = await app.inject({ url, headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(plain.body);
    const again = await app.inject({ url });
    expect(again.headers['content-encoding']).toBeUndefined();
    expect(again.body).toBe(plain.body);
    expect(again.headers['access-control-allow-origin']).toBe('*');
    expect(again.headers['x-content-type-options']).toBe('nosniff');
    expect(Number(again.headers['content-length'])).toBe(Buffer.byteLength(plain.body));
  });
});
