import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../../src/app.js';
import { configSchema, type Config } from '../../src/config.js';

/**
 * Config for tests: the store built by global setup, quiet logs, no rate limit and no shedding on event-loop lag
 * (tests that need them set them): a busy machine can stall a test process for a second, and a test's verdict
 * must not depend on how busy the machine is.
 */
export function testConfig(overrides: Partial<Record<keyof Config, string | number>> = {}): Config {
  return configSchema.parse({
    DATABASE_PATH: inject('databasePath'),
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: 0,
    SHED_EVENT_LOOP_DELAY_MS: 0,
    ...overrides,
  });
}

/** One app per test file; call `app.close()` in afterAll. */
export async function buildTestApp(
  overrides: Partial<Record<keyof Config, string | number>> = {},
): Promise<FastifyInstance> {
  const app = await buildApp(testConfig(overrides));
  await app.ready();
  return app;
}

/** GET as JSON and parse; asserts nothing, so tests state their own expectations. */
export async function getJson(app: FastifyInstance, url: string, headers: Record<string, string> = {}) {
  const res = await app.inject({ method: 'GET', url, headers });
  return {
    status: res.statusCode,
    headers: res.headers,
    body: res.body ? JSON.parse(res.body) : undefined,
    raw: res.body,
  };
}
