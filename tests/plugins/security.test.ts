import helmet from '@fastify/helmet';
import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { helmetOptions } from '../../src/plugins/security.js';
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
