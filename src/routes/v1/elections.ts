import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getElection, listElections } from '../../queries/elections.js';
import {
  ElectionDetail,
  ElectionList,
  ElectionListQuery,
  ElectionParams,
  ElectionQuery,
} from '../../schemas/election.js';
import { jsonOk, dataProblems, tableOk } from '../../schemas/responses.js';
import { requireElection } from './lookups.js';
import { csvOfList } from '../../plugins/csv.js';

const electionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/elections',
    {
      config: { csv: csvOfList(ElectionList) },
      schema: {
        operationId: 'listElections',
        summary: 'List the votes',
        tags: ['Elections'],
        description: 'The five national votes with kind, date, system, seats, result status and headline turnout.',
        querystring: ElectionListQuery,
        response: { 200: tableOk(ElectionList, 'The votes'), ...dataProblems(400, 406) },
      },
    },
    async (req) => listElections(req.read, req.query),
  );

  app.get(
    '/elections/:election_id',
    {
      schema: {
        operationId: 'getElection',
        summary: 'Get one vote',
        tags: ['Elections'],
        description:
          'National turnout figures, abroad figures, chamber seats and threshold, contests, other ' +
          'election-level figures and data-quality findings. `?status=` serves the final or preliminary series.',
        params: ElectionParams,
        querystring: ElectionQuery,
        response: { 200: jsonOk(ElectionDetail, 'The vote'), ...dataProblems(400, 404, 406) },
      },
    },
    async (req) =>
      getElection(req.read, requireElection(req.read, req.params.election_id), app.release, req.query.status),
  );
};

export default electionRoutes;
