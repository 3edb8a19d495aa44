import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { corsOptions, helmetOptions } from '../../src/plugins/security.js';
import { buildTestApp, testConfig } from '../helpers/test-app.js';

/** Helmet's headers as the plugin itself sets them for the API's options, on a bare instance. */
async function fromHelmet(overrides = {}) {
  const bare = Fastify();
  await bare.register(helmet, helmetOptions(testConfig(overrides)));
  bare.get('/', async () => ({}));
  const res = await bare.inject({ url: '/' });
  await bare.close();
  const { 'content-type': _t, 'content-length': _l, date: _d, connection: _c, ...headers } = res.headers;
  return headers;
}

describe('security headers, precomputed from @fastify/helmet', () => {
  it('every header helmet sets is set with the same value, on data, problems and preflights alike', async () => {
    const expected = await fromHelmet();
    expect(Object.keys(expected).length).toBeGreaterThan(8);
    const app = await buildTestApp();
    for (const res of [
      await app.inject({ url: '/v1/elections' }),
      await app.inject({ url: '/v1/nowhere' }),
      await app.inject({
        method: 'OPTIONS',
        url: '/v1/elections',
        headers: { origin: 'https://x.example', 'access-control-request-method': 'GET' },
      }),
    ]) {
      expect(res.headers).toMatchObject(expected);
    }
    await app.close();
  });

  it('sends HSTS only when configured, as helmet would', async () => {
    const off = await buildTestApp();
    expect((await off.inject({ url: '/healthz' })).headers['strict-transport-security']).toBeUndefined();
    await off.close();
    const on = await buildTestApp({ HSTS_MAX_AGE: 31536000 });
    const expected = await fromHelmet({ HSTS_MAX_AGE: 31536000 });
    expect((await on.inject({ url: '/healthz' })).headers['strict-transport-security']).toBe(
      expected['strict-transport-security'],
    );
    await on.close();
  });

  it('keeps the docs their own Content-Security-Policy', async () => {
    const app = await buildTestApp();
    expect((await app.inject({ url: '/docs' })).headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect((await app.inject({ url: '/v1/elections' })).headers['content-security-policy']).toBe(
      "default-src 'none';frame-ancestors 'none'",
    );
    await app.close();
  });
});

/** The CORS headers (and Vary) @fastify/cors itself sets for the API's options, on a bare instance. */
async function fromCors(
  overrides: Record<string, unknown>,
  request: { method?: 'GET' | 'OPTIONS'; headers: Record<string, string> },
) {
  const bare = Fastify();
  await bare.register(cors, corsOptions(testConfig(overrides)));
  bare.get('/v1/elections', async () => ({}));
  const res = await bare.inject({ url: '/v1/elections', ...request });
  await bare.close();
  return res;
}
const corsPart = (headers: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(headers).filter(([name]) => name.startsWith('access-control-')));

describe('CORS headers, precomputed from @fastify/cors when they do not depend on the request', () => {
  const requests: { method?: 'GET' | 'OPTIONS'; headers: Record<string, string> }[] = [
    { headers: {} },
    { headers: { origin: 'https://app.example' } },
    { headers: { origin: 'https://elsewhere.example' } },
    { method: 'OPTIONS', headers: { origin: 'https://app.example', 'access-control-request-method': 'GET' } },
    { method: 'OPTIONS', headers: {} },
  ];
  for (const CORS_ORIGIN of ['*', 'https://app.example, https://other.example']) {
    it(`every header @fastify/cors sets is set with the same value and status (CORS_ORIGIN=${CORS_ORIGIN})`, async () => {
      const app = await buildTestApp({ CORS_ORIGIN });
      for (const request of requests) {
        const expected = await fromCors({ CORS_ORIGIN }, request);
        const res = await app.inject({ url: '/v1/elections', ...request });
        expect(res.statusCode).toBe(expected.statusCode);
        expect(corsPart(res.headers)).toEqual(corsPart(expected.headers));
        expect(Object.keys(corsPart(res.headers)).length).toBeGreaterThan(0);
        // An origin list is reflected per request, and caches are told so.
        const vary = String(expected.headers.vary ?? '');
        if (vary.includes('Origin')) expect(String(res.headers.vary)).toContain('Origin');
        else expect(String(res.headers.vary ?? '')).not.toContain('Origin');
      }
      await app.close();
    });
  }
});
