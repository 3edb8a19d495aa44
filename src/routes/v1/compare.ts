import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { csvTable } from '../../plugins/csv.js';
import { compareVotes } from '../../queries/compare.js';
import { Comparison, CompareQuery } from '../../schemas/compare.js';
import { dataProblems, tableOk } from '../../schemas/responses.js';
import { requireElection } from './lookups.js';

const compareRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/compare',
    {
      // CSV: the national row first (region_id empty), then the regions of the page.
      config: {
        csv: csvTable(Comparison.shape.data.element, (body: Comparison) => [
          ...(body.national ? [body.national] : []),
          ...body.data,
        ]),
      },
      schema: {
        operationId: 'getComparison',
        summary: 'Compare two votes by region',
        tags: ['Maps'],
        description:
          'A turnout figure (`?metric=`, default turnout_pct) at two votes, per region of the `to` vote, following ' +
          'lineage: a region created between the votes (Abai, Jetisu, Ulytau) is compared with the region it was ' +
          'split from, and the row says so. The difference is computed by the API from the two claims it names; ' +
          'no source states it.',
        querystring: CompareQuery,
        response: { 200: tableOk(Comparison, 'The comparison'), ...dataProblems(400, 404, 406) },
      },
    },
    async (req) => {
      const from = requireElection(req.read, req.query.from);
      const to = requireElection(req.read, req.query.to);
      return compareVotes(req.read, { ...req.query, from, to });
    },
  );
};

export default compareRoutes;
