import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../errors/catalog.js';
import { storeAnswers } from '../queries/health.js';
import { Health, Readiness } from '../schemas/health.js';
import { NoQuery } from '../schemas/common.js';
import { jsonOk, problems } from '../schemas/responses.js';

/** Liveness says the process answers; readiness says the store is open and answers a query. */
const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/healthz',
    {
      schema: {
        operationId: 'getHealth',
        summary: 'Liveness',
        description: 'Answers while the process runs.',
        tags: ['Service'],
        querystring: NoQuery,
        response: { 200: jsonOk(Health, 'Alive'), ...problems(400) },
      },
    },
    async (_req, reply) => {
      reply.header('cache-control', 'no-store');
      return { status: 'ok' as const };
    },
  );

  app.get(
    '/readyz',
    {
      schema: {
        operationId: 'getReadiness',
        summary: 'Readiness',
        description: 'Ready once the store is open and checked; 503 while the server shuts down.',
        tags: ['Service'],
        querystring: NoQuery,
        response: { 200: jsonOk(Readiness, 'Ready'), ...problems(400, 503) },
      },
    },
    async (_req, reply) => {
      reply.header('cache-control', 'no-store');
      if (app.lifecycle.draining) throw apiError('not-ready', 'The server is shutting down.');
      let answers: boolean;
      try {
        answers = storeAnswers(app.read);
      } catch {
        throw apiError('not-ready', 'The store cannot be queried.');
      }
      if (!answers) throw apiError('not-ready', 'The store holds no claims.');
      return {
        status: 'ready' as const,
        store_built_at: app.store.builtAt,
        seed_hash: app.store.seedHash,
        claims: app.store.claimCount,
      };
    },
  );
};

export default healthRoutes;
