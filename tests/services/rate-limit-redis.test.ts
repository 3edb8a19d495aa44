import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { freePort, type RedisServer, startRedis } from '../helpers/redis-server.js';
import { testConfig } from '../helpers/test-app.js';

/** Builds an app with a rate limit of 2 requests per 10 s window (12 a minute), its log lines collected. */
async function limitedApp(redisUrl: string) {
  const lines: string[] = [];
  const config = testConfig({
    RATE_LIMIT_PER_MINUTE: 12,
    REDIS_URL: redisUrl,
    REDIS_TIMEOUT_MS: 300,
    LOG_LEVEL: 'info',
  });
  const app = await buildApp(config, { logStream: { write: (line) => void lines.push(line) } });
  await app.ready();
  return { app, warnings: () => lines.filter((l) => JSON.parse(l).level === 40) };
}

const get = (app: FastifyInstance, url = '/v1/regions') => app.inject({ url });

let redis: RedisServer;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis.stop();
});

describe('rate limits shared through Redis (REDIS_URL)', () => {
  it('counts one budget per client across replicas', async () => {
    const a = await limitedApp(redis.url);
    const b = await limitedApp(redis.url);
    expect((await get(a.app)).statusCode).toBe(200);
    const second = await get(b.app);
    expect(second.statusCode).toBe(200);
    expect(second.headers['x-ratelimit-remaining']).toBe('0');
    const third = await get(a.app);
    expect(third.statusCode).toBe(429);
    expect(JSON.parse(third.body).code).toBe('rate-limited');
    expect((await get(b.app)).statusCode).toBe(429);
    await Promise.all([a.app.close(), b.app.close()]);
  });

  it('with Redis unreachable at start-up: starts within the timeout, serves unlimited and logs one warning', async () => {
    const started = Date.now();
    const { app, warnings } = await limitedApp(`redis://127.0.0.1:${await freePort()}`);
    expect(Date.now() - started).toBeLessThan(3000);
    for (let i = 0; i < 5; i++) expect((await get(app)).statusCode).toBe(200);
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toMatch(/redis unreachable/);
    await app.close();
  });

  it('when Redis goes away under a running app, requests are still answered at once (fail open)', async () => {
    const own = await startRedis();
    const { app, warnings } = await limitedApp(own.url);
    expect((await get(app)).statusCode).toBe(200);
    await own.stop();
    await new Promise((r) => setTimeout(r, 100));
    for (let i = 0; i < 5; i++) {
      const started = Date.now();
      expect((await get(app, `/v1/regions?limit=${i + 1}`)).statusCode).toBe(200);
      expect(Date.now() - started).toBeLessThan(1000);
    }
    expect(warnings().length).toBeGreaterThanOrEqual(1);
    await app.close();
  });
});
