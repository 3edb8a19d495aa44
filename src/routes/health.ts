import { count } from 'drizzle-orm';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { claims } from '../db/schema.js';
import { apiError } from '../errors/catalog.js';
import { Health, Readiness } from '../schemas/health.js';
import { NoQuery } from '../schemas/common.js';
import { jsonOk, problems } from '../schemas/responses.js';

/** Liveness says the process answers; readiness says the store is open and answers a query. */
const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/healthz', {
    schema: { operationId: 'getHealth', summary: 'Liveness', description: 'Answers while the process runs.', tags: ['Service'],
      querystring: NoQuery, response: { 200: jsonOk(Health, 'Alive'), ...problems(400) } },
  }, async (_req, reply) => {
    reply.header('cache-control', 'no-store');
    return { status: 'ok' as const };
  });

  app.get('/readyz', {
    schema: { operationId: 'getReadiness', summary: 'Readiness', description: 'Ready once the store is open and checked.', tags: ['Service'],
      querystring: NoQuery, response: { 200: jsonOk(Readiness, 'Ready'), ...problems(400, 503) } },
  }, async (_req, reply) => {
    reply.header('cache-control', 'no-store');
    let claimCount: number;
    try {
      claimCount = app.store.db.select({ n: count() }).from(claims).get()?.n ?? 0;
    } catch {
      throw apiError('not-ready', 'The store cannot be queried.');
    }
    if (claimCount === 0) throw apiError('not-ready', 'The store holds no claims.');
    return { status: 'ready' as const, store_built_at: app.store.builtAt, seed_hash: app.store.seedHash, claims: claimCount };
  });
};

export default healthRoutes;
