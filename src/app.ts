import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import { clientErrorHandler } from './errors/socket-problem.js';
import { AccessLog } from './lib/access-log.js';
import clientFairness from './plugins/client-fairness.js';
import language from './plugins/language.js';
import csv from './plugins/csv.js';
import drain from './plugins/drain.js';
import httpCache from './plugins/http-cache.js';
import httpLimits, { serverLimits } from './plugins/http-limits.js';
import loadShedding from './plugins/load-shedding.js';
import openapi from './plugins/openapi.js';
import problemDetails, { frameworkErrorHandler } from './plugins/problem-details.js';
import rateLimit from './plugins/rate-limit.js';
import release from './plugins/release.js';
import responseCache from './plugins/response-cache.js';
import security from './plugins/security.js';
import store from './plugins/store.js';
import dashboardRoutes from './routes/dashboard.js';
import healthRoutes from './routes/health.js';
import problemRoutes from './routes/problems.js';
import v1Routes from './routes/v1/index.js';

const trustHops = (hops: number) => (_address: string, hop: number) => hop < hops;

/** A caller's request id is kept when it looks like one; otherwise a new one is made. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Builds the application without listening, so tests can inject requests and the server entry
 * can decide how to listen. Plugins are registered in a fixed order, which is also the order their hooks
 * run in (ARCHITECTURE.md walks a request through them): per-request headers first (so refusals carry them too), then refusals, the rate
 * limit, caching and formats, the store, and the routes last.
 */
export async function buildApp(
  config: Config,
  options: { logStream?: { write(line: string): void } } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    // logStream: where log lines go instead of stdout (tests read them).
    logger: { level: config.LOG_LEVEL, ...(options.logStream ? { stream: options.logStream } : {}) },
    logController: new AccessLog(),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // Long enough for any percent-encoded id the schemas accept (200 characters); longer is a 400 problem.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 1024 },
    frameworkErrors: frameworkErrorHandler,
    clientErrorHandler,
    // A hop count means: trust that many proxies nearest to us.
    trustProxy: typeof config.TRUST_PROXY === 'number' ? trustHops(config.TRUST_PROXY) : config.TRUST_PROXY,
    // Requests arriving while the listener closes are still served (with Connection: close), not refused.
    return503OnClosing: false,
    ...serverLimits(config),
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(problemDetails);
  // The store first: the release's header is set before any other hook can refuse a request.
  await app.register(store, { config });
  await app.register(release, { config });
  await app.register(drain);
  await app.register(security, { config });
  await app.register(httpLimits, { config });
  await app.register(rateLimit, { config });
  await app.register(httpCache);
  await app.register(csv);
  await app.register(language);
  await app.register(responseCache, {
    maxBytes: config.RESPONSE_CACHE_MB * 1024 * 1024,
    maxEntries: config.RESPONSE_CACHE_ENTRIES,
  });
  await app.register(clientFairness, { config });
  await app.register(openapi);
  await app.register(healthRoutes);
  await app.register(problemRoutes);
  // The reference dashboard, outside /v1 and in its own scope: its page policy never leaks onto the API.
  await app.register(dashboardRoutes, { config });
  // Data routes in their own scope, so load shedding never answers health, readiness or the docs.
  await app.register(async (api) => {
    await api.register(loadShedding, { config });
    await api.register(v1Routes, { prefix: '/v1' });
  });
  return app;
}
