import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listTurnout } from '../../queries/turnout.js';
import { ElectionParams } from '../../schemas/election.js';
import { dataProblems, tableOk } from '../../schemas/responses.js';
import { TurnoutList, TurnoutQuery } from '../../schemas/turnout.js';
import { requireElection, requireRegionAt } from './lookups.js';
import { csvTable } from '../../plugins/csv.js';

const turnoutRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/elections/:election_id/turnout',
    {
      // CSV: the national row first (region_id empty), then the regions of the page.
      config: { csv: csvTable(TurnoutList.shape.data.element, (body: TurnoutList) => [body.national, ...body.data]) },
      schema: {
        operationId: 'listElectionTurnout',
        summary: 'Turnout by region',
        tags: ['Results'],
        description:
          'National turnout and one row per region that existed on the day (registered, participated, ' +
          'turnout %, polling stations). Sort with e.g. `sort=-turnout_pct`.',
        params: ElectionParams,
        querystring: TurnoutQuery,
        response: { 200: tableOk(TurnoutList, 'Turnout'), ...dataProblems(400, 404, 406) },
      },
    },
    async (req) => {
      const election = requireElection(req.read, req.params.election_id);
      const region = req.query.region ? requireRegionAt(req.read, req.query.region, election) : undefined;
      return listTurnout(req.read, { ...req.query, electionId: election.id, day: election.date, region });
    },
  );
};

export default turnoutRoutes;
