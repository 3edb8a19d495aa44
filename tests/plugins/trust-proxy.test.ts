import { describe, expect, it } from 'vitest';
import { buildTestApp } from '../helpers/test-app.js';

/** Two requests from one peer that claim two different clients in X-Forwarded-For. */
async function secondRequestStatus(trustProxy: string) {
  const app = await buildTestApp({ RATE_LIMIT_PER_MINUTE: 6, TRUST_PROXY: trustProxy });
  const first = await app.inject({ url: '/v1/regions', headers: { 'x-forwarded-for': '203.0.113.1' } });
  const second = await app.inject({ url: '/v1/regions', headers: { 'x-forwarded-for': '203.0.113.2' } });
  await app.close();
  return [first.statusCode, second.statusCode];
}

describe('whose requests the rate limit counts', () => {
  it('counts by peer address, ignoring X-Forwarded-For, unless TRUST_PROXY says otherwise', async () => {
    expect(await secondRequestStatus('false')).toEqual([200, 429]);
  });

  it('counts each forwarded client apart behind a trusted proxy', async () => {
    expect(await secondRequestStatus('true')).toEqual([200, 200]);
  });
});
