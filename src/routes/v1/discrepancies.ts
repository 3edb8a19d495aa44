import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listDiscrepancies } from '../../queries/discrepancies.js';
import {
  DiscrepancyCsvRow,
  DiscrepancyList,
  DiscrepancyListQuery,
  type Discrepancy,
} from '../../schemas/discrepancy.js';
import { dataProblems, tableOk } from '../../schemas/responses.js';
import { requireElection } from './lookups.js';
import { csvTable } from '../../plugins/csv.js';

/** CSV has one line per claim, the figure's key and accepted value repeated on each (header: DiscrepancyCsvRow). */
function csvRows(body: { data: Discrepancy[] }): DiscrepancyCsvRow[] {
  return body.data.flatMap((d) =>
    d.claims.map((c) => ({
      election_id: d.election_id,
      subject_type: d.subject_type,
      subject_id: d.subject_id,
      metric: d.metric,
      unit: d.unit,
      accepted_claim_id: d.accepted.claim_id,
      accepted_value: d.accepted.value,
      claim_id: c.claim_id,
      value: c.value,
      status: c.status,
      disposition: c.disposition,
      source_id: c.source_id,
      reason: c.reason,
    })),
  );
}

const discrepancyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/discrepancies',
    {
      config: { csv: csvTable(DiscrepancyCsvRow, csvRows) },
      schema: {
        operationId: 'listDiscrepancies',
        summary: 'List where the sources disagree',
        tags: ['Provenance'],
        description:
          'Every figure whose claims give more than one value or more than one status, with the accepted claim ' +
          'and every claim beside it. `?disposition=erratum` keeps the figures with a recorded typo. ' +
          'As CSV, one line per claim.',
        querystring: DiscrepancyListQuery,
        response: { 200: tableOk(DiscrepancyList, 'The disagreeing figures'), ...dataProblems(400, 404, 406) },
      },
    },
    async (req) => {
      // An unknown vote is a 404, as in a path: an empty list would read as "no results".
      if (req.query.election) requireElection(req.read, req.query.election);
      return listDiscrepancies(req.read, req.query);
    },
  );
};

export default discrepancyRoutes;
