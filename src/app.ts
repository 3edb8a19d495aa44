import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from './config.js';
import { AccessLog } from './lib/access-log.js';
import csv from './plugins/csv.js';
import httpCache from './plugins/http-cache.js';
import openapi from './plugins/openapi.js';
import problemDetails, { frameworkErrorHandler } from './plugins/problem-details.js';
import security from './plugins/security.js';
import store from './plugins/store.js';
import healthRoutes from './routes/health.js';
import problemRoutes from './routes/problems.js';
import v1Routes from './routes/v1/index.js';

/** A caller's request id is kept when it looks like one; otherwise a new one is made. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * Builds the application without listening, so tests can inject requests and the server entry
 * can decide how to listen. Plugins are registered in a fixed order: cross-cutting first, routes last.
 */
export async function buildApp(config: Config): Promise<FastifyInstance> {
  const app = Fastify({
    logger: { level: config.LOG_LEVEL },
    logController: new AccessLog(),
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
    },
    // Long enough for any percent-encoded id the schemas accept (200 characters); longer is a 400 problem.
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 2048 },
    frameworkErrors: frameworkErrorHandler,
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  await app.register(problemDetails);
  await app.register(security, { config });
  await app.register(httpCache, { config });
  await app.register(csv);
  await app.register(store, { config });
  await app.register(openapi);
  await app.register(healthRoutes);
  await app.register(problemRoutes);
  await app.register(v1Routes, { prefix: '/v1' });
  return app;
}
