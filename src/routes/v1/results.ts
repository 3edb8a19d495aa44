import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listResults } from '../../queries/results.js';
import { ElectionParams } from '../../schemas/election.js';
import { dataProblems, tableOk } from '../../schemas/responses.js';
import { ResultList, ResultQuery } from '../../schemas/result.js';
import { requireContest, requireElection, requireRegionAt } from './lookups.js';
import { csvOfList } from '../../plugins/csv.js';

const resultRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/elections/:election_id/results',
    {
      config: { csv: csvOfList(ResultList) },
      schema: {
        operationId: 'listElectionResults',
        summary: 'Results of a vote',
        tags: ['Results'],
        description:
          'Votes, share, rank and elected for every line of the national ballot (or `?contest=`), ' +
          'nationally or for one `?region=` where a source has regional results. Default sort: most votes first.',
        params: ElectionParams,
        querystring: ResultQuery,
        response: { 200: tableOk(ResultList, 'The results'), ...dataProblems(400, 404, 406) },
      },
    },
    async (req) => {
      const election = requireElection(req.read, req.params.election_id);
      const contest = requireContest(req.read, election, req.query.contest);
      const region = req.query.region ? requireRegionAt(req.read, req.query.region, election) : undefined;
      return listResults(req.read, {
        ...req.query,
        electionId: election.id,
        contestId: contest.id,
        contestSlug: contest.slug,
        region,
      });
    },
  );
};

export default resultRoutes;
