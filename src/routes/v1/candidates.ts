import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listCandidates } from '../../queries/candidate-list.js';
import { getCandidate } from '../../queries/candidates.js';
import {
  CandidateDetail,
  CandidateList,
  CandidateListQuery,
  CandidateParams,
  CandidateQuery,
} from '../../schemas/candidate.js';
import { jsonOk, dataProblems, tableOk } from '../../schemas/responses.js';
import { notFound, requireElection } from './lookups.js';
import { csvOfList } from '../../plugins/csv.js';

const candidateRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/candidates',
    {
      config: { csv: csvOfList(CandidateList) },
      schema: {
        operationId: 'listCandidates',
        summary: 'List the candidates',
        tags: ['People and parties'],
        description:
          'People who stood in the votes (presidential candidates, 2021 Assembly nominees, 2023 district winners), ' +
          'with names in English, Kazakh and Russian and the votes they stood in. `?election=` keeps those of one vote.',
        querystring: CandidateListQuery,
        response: { 200: tableOk(CandidateList, 'The candidates'), ...dataProblems(400, 404, 406) },
      },
    },
    async (req) => {
      // An unknown vote is a 404, as in a path: an empty list would read as "no results".
      if (req.query.election) requireElection(req.read, req.query.election);
      return listCandidates(req.read, req.query);
    },
  );

  app.get(
    '/candidates/:candidate_id',
    {
      schema: {
        operationId: 'getCandidate',
        summary: 'Get one candidate',
        tags: ['People and parties'],
        description:
          'Names, every known spelling, and each candidacy with its nominator as published and its contest-wide ' +
          'votes, share, rank and election, each figure with its status and sources.',
        params: CandidateParams,
        querystring: CandidateQuery,
        response: { 200: jsonOk(CandidateDetail, 'The candidate'), ...dataProblems(400, 404, 406) },
      },
    },
    async (req) => {
      const candidate = getCandidate(req.read, req.params.candidate_id);
      if (!candidate) throw notFound(req.read, 'candidate-not-found', 'candidate', req.params.candidate_id);
      return candidate;
    },
  );
};

export default candidateRoutes;
