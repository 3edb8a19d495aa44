import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/test-app.js';

describe('draining for shutdown', () => {
  it('turns readiness 503 while draining, then asks every client to close its connection, while still answering', async () => {
    const app = await buildTestApp();
    expect((await app.inject({ url: '/readyz' })).statusCode).toBe(200);
    await app.inject({ url: '/v1/elections' }); // cached before the drain: replays must carry the header too
    app.lifecycle.draining = true;
    const ready = await app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(503);
    expect(JSON.parse(ready.body).code).toBe('not-ready');
    expect((await app.inject({ url: '/v1/elections' })).headers.connection).not.toBe('close');
    app.lifecycle.closing = true;
    for (const url of ['/v1/elections', '/v1/elections', '/healthz']) {
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers.connection, url).toBe('close');
    }
    await app.close();
  });
});
