import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../errors/catalog.js';
import { csvOfList } from '../../plugins/csv.js';
import { getClaim, listClaims } from '../../queries/claims.js';
import { ClaimDetail, ClaimList, ClaimListQuery, ClaimParams, ClaimQuery } from '../../schemas/claim.js';
import { dataProblems, jsonOk, tableOk } from '../../schemas/responses.js';
import { requireElection } from './lookups.js';

const claimRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/claims',
    {
      config: { csv: csvOfList(ClaimList) },
      schema: {
        operationId: 'listClaims',
        summary: 'List claims',
        tags: ['Provenance'],
        description:
          'Claims as the sources state them, filtered by vote, subject, metric or disposition. Filtered to one ' +
          'figure (`?election=2019-presidential&subject_type=election&subject=2019-presidential&metric=registered_voters`) ' +
          'it lists every claim behind it, accepted first: corroborating, superseded, alternative and errata too.',
        querystring: ClaimListQuery,
        response: { 200: tableOk(ClaimList, 'The claims'), ...dataProblems(400, 404, 406) },
      },
    },
    async (req) => {
      if (req.query.election) requireElection(req.read, req.query.election);
      return listClaims(req.read, req.query);
    },
  );

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
      const claim = getClaim(req.read, req.params.claim_id);
      if (!claim) throw apiError('claim-not-found', `No claim has the id ${req.params.claim_id}.`);
      return claim;
    },
  );
};

export default claimRoutes;
