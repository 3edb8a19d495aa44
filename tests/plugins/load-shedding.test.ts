import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/test-app.js';

describe('load shedding', () => {
  it('answers data requests 503 overloaded with Retry-After once memory is over its cap; health and readiness still answer', async () => {
    // 0.01% of the heap limit (a few hundred KB) is always exceeded: the app is over its cap from the first sample.
    const app = await buildTestApp({ SHED_HEAP_USED_PERCENT: 0.01 });
    await new Promise((r) => setTimeout(r, 600));
    const res = await app.inject({ url: '/v1/elections' });
    expect(res.statusCode).toBe(503);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(JSON.parse(res.body).code).toBe('overloaded');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
    await app.close();
  });

  it('serves normally under the default caps', async () => {
    const app = await buildTestApp({ SHED_EVENT_LOOP_DELAY_MS: 1000, SHED_HEAP_USED_PERCENT: 90 });
    await new Promise((r) => setTimeout(r, 600));
    expect((await app.inject({ url: '/v1/elections' })).statusCode).toBe(200);
    await app.close();
  });
});
