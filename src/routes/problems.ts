import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError, errorCatalog, type ErrorCode } from '../errors/catalog.js';
import { ProblemType, ProblemTypeParams } from '../schemas/health.js';
import { NoQuery } from '../schemas/common.js';
import { jsonOk, problems } from '../schemas/responses.js';

/** Problem `type` URIs resolve here, so a client can look up what a code means. */
const problemRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/problems/:code',
    {
      schema: {
        operationId: 'getProblemType',
        summary: 'Describe a problem type',
        tags: ['Service'],
        description: 'The catalog entry behind a problem `type` URI.',
        params: ProblemTypeParams,
        querystring: NoQuery,
        response: { 200: jsonOk(ProblemType, 'The problem type'), ...problems(400, 404, 429) },
      },
    },
    async (req) => {
      const entry = Object.hasOwn(errorCatalog, req.params.code)
        ? errorCatalog[req.params.code as ErrorCode]
        : undefined;
      if (!entry) throw apiError('problem-type-not-found', `No problem type has the code ${req.params.code}.`);
      return { code: req.params.code, status: entry.status, title: entry.title, description: entry.description };
    },
  );
};

export default problemRoutes;
