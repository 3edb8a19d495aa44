import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../errors/catalog.js';
import { getClaim } from '../../queries/claims.js';
import { ClaimDetail, ClaimParams, ClaimQuery } from '../../schemas/claim.js';
import { jsonOk, dataProblems } from '../../schemas/responses.js';

const claimRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/claims/:claim_id',
    {
      schema: {
        operationId: 'getClaim',
        summary: 'Get one claim',
        tags: ['Provenance'],
        description:
          'A figure exactly as one source states it: value, unit, status, disposition and the reason for it, ' +
          'the source, corroborating sources, and the other claims about the same figure. Every `claim_id` in a ' +
          'response leads here.',
        params: ClaimParams,
        querystring: ClaimQuery,
        response: { 200: jsonOk(ClaimDetail, 'The claim'), ...dataProblems(400, 404, 406) },
      },
    },
    async (req) => {
      const claim = getClaim(app.read, req.params.claim_id);
      if (!claim) throw apiError('claim-not-found', `No claim has the id ${req.params.claim_id}.`);
      return claim;
    },
  );
};

export default claimRoutes;
