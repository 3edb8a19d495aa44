import type { FastifyInstance } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../../src/app.js';
import { configSchema, type Config } from '../../src/config.js';

/**
 * Config for tests: the store and release files built by global setup, quiet logs, no rate limit and no event-loop
 * shedding (tests that need them set them: a busy machine lags, and a walk over every operation must not meet 503s).
 */
export function testConfig(overrides: Partial<Record<keyof Config, string | number>> = {}): Config {
  return configSchema.parse({
    DATABASE_PATH: inject('databasePath'),
    DASHBOARD_DIR: inject('dashboardDir'),
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
