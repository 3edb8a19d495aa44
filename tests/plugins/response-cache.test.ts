import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { goodUrl, operations } from '../helpers/operations.js';
import { buildTestApp } from '../helpers/test-app.js';

/** Headers that belong to one exchange, not to the representation. */
const PER_EXCHANGE = new Set(['date', 'x-request-id', 'x-ratelimit-remaining', 'x-ratelimit-reset']);

let cached: FastifyInstance;
let uncached: FastifyInstance;
beforeAll(async () => {
  cached = await buildTestApp({ RATE_LIMIT_PER_MINUTE: 100_000 });
  uncached = await buildTestApp({ RESPONSE_CACHE_MB: 0, RATE_LIMIT_PER_MINUTE: 100_000 });
});
afterAll(async () => {
  await Promise.all([cached.close(), uncached.close()]);
});

function comparable(res: LightMyRequestResponse) {
  const headers = Object.fromEntries(
    Object.entries(res.headers)
      .filter(([k]) => !PER_EXCHANGE.has(k))
      .map(([k, v]) => [k.toLowerCase(), String(v)]),
  );
  return { status: res.statusCode, headers, body: res.rawPayload.toString('base64') };
}

const VARIANTS: Record<string, Record<string, string>> = {
  identity: {},
  gzip: { 'accept-encoding': 'gzip' },
  br: { 'accept-encoding': 'br, gzip' },
  csv: { accept: 'text/csv', 'accept-encoding': 'gzip' },
  origin: { origin: 'https://dashboard.example' },
};

describe('a cache hit is exactly what a miss sends', () => {
  it('for every operation, encoding and format, and for the docs', async () => {
    const urls = [...operations(cached).map((op) => goodUrl(op)), '/docs', '/openapi.json', '/docs/json'];
    let compared = 0;
    for (const url of urls) {
      for (const [name, headers] of Object.entries(VARIANTS)) {
        const miss = await cached.inject({ url, headers });
        const hit = await cached.inject({ url, headers });
        const never = await uncached.inject({ url, headers });
        if (miss.statusCode !== 200) continue; // a JSON-only endpoint answers CSV with 406, not cached
        expect(comparable(hit), `${url} ${name}`).toEqual(comparable(miss));
        expect(comparable(never), `${url} ${name} uncached`).toEqual(comparable(miss));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(urls.length * 3);
  });

  it('answers HEAD and a conditional GET from a hit with the headers a miss sends', async () => {
    const url = '/v1/elections/2019-presidential/turnout';
    const first = await cached.inject({ url });
    for (const [method, headers] of [
      ['HEAD', {}],
      ['GET', { 'if-none-match': first.headers.etag as string }],
    ] as const) {
      const hit = await cached.inject({ method, url, headers });
      const miss = await uncached.inject({ method, url, headers });
      expect(comparable(hit), method).toEqual(comparable(miss));
    }
  });

  it('keeps the docs page its own Content-Security-Policy on a replay', async () => {
    const first = await cached.inject({ url: '/docs' });
    const again = await cached.inject({ url: '/docs' });
    expect(again.headers['content-security-policy']).toBe(first.headers['content-security-policy']);
    expect(again.headers['content-security-policy']).toMatch(/script-src 'self'/);
  });
});

describe('the cache key is the canonical request', () => {
  it('gives spellings of one request one entry, and distinct Accept headers none', async () => {
    const app = await buildTestApp();
    const before = app.responseCacheStats().entries;
    const spellings = [
      '/v1/regions?limit=5',
      '/v1/regions?offset=0&limit=5',
      '/v1/regions?limit=5&offset=0',
      '/v1/regions/?limit=5&sort=name',
    ];
    for (const url of spellings) expect((await app.inject({ url })).statusCode, url).toBe(200);
    for (let i = 0; i < 50; i++) {
      await app.inject({
        url: '/v1/regions?limit=5',
        headers: { accept: `application/json;q=0.${i + 1}, text/x-${i}` },
      });
    }
    expect(app.responseCacheStats().entries - before).toBe(1);
    await app.close();
  });

  it('refuses every other spelling of a number instead of caching it', async () => {
    const app = await buildTestApp();
    for (const bad of ['010', '00', '1e2', '0x10', '+5', '%205', '5%20', '-0', '1.0', '', '9999999999']) {
      const res = await app.inject({ url: `/v1/regions?offset=${bad}` });
      expect(res.statusCode, bad).toBe(400);
      expect(JSON.parse(res.body).code).toBe('invalid-parameter');
    }
    expect(app.responseCacheStats().entries).toBe(0);
    await app.close();
  });

  it('holds no more entries than its cap, whatever is asked', async () => {
    const app = await buildTestApp({ RESPONSE_CACHE_ENTRIES: 10 });
    for (let offset = 0; offset < 40; offset++) await app.inject({ url: `/v1/regions?offset=${offset}` });
    expect(app.responseCacheStats().entries).toBe(10);
    await app.close();
  });
});
