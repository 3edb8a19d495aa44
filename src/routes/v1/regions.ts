import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getRegion } from '../../queries/regions.js';
import { listRegions } from '../../queries/region-list.js';
import {
  RegionDetail,
  RegionList,
  RegionListQuery,
  RegionParams,
  RegionQuery,
  RegionTurnout,
} from '../../schemas/region.js';
import { dataProblems, tableOk } from '../../schemas/responses.js';
import { csvOfList, csvTable } from '../../plugins/csv.js';
import { notFound } from './lookups.js';

const regionRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/regions',
    {
      config: { csv: csvOfList(RegionList) },
      schema: {
        operationId: 'listRegions',
        summary: 'List the regions',
        tags: ['Regions'],
        description:
          'Regions, cities of republican significance and the pseudo-region abroad, with both ISO 3166-2 codes ' +
          'and validity dates. `?on=` keeps those that existed on a day (Abai, Jetisu and Ulytau from 2022-06-08).',
        querystring: RegionListQuery,
        response: { 200: tableOk(RegionList, 'The regions'), ...dataProblems(400, 406) },
      },
    },
    async (req) => listRegions(req.read, req.query),
  );

  app.get(
    '/regions/:region_id',
    {
      // As CSV, the region's history: one line per vote at which it existed.
      config: { csv: csvTable(RegionTurnout, (region: RegionDetail) => region.turnout) },
      schema: {
        operationId: 'getRegion',
        summary: 'Get one region',
        tags: ['Regions'],
        description:
          'Names, dated official names (Astana was Nur-Sultan 2019-2022), parent and child regions, spellings, ' +
          'and turnout at each vote the region existed for, each figure with its status and sources. As CSV ' +
          "(`?format=csv` or `Accept: text/csv`) the region's history across votes: one line per vote.",
        params: RegionParams,
        querystring: RegionQuery,
        response: {
          200: tableOk(RegionDetail, 'The region (as CSV: its turnout at each vote)'),
          ...dataProblems(400, 404, 406),
        },
      },
    },
    async (req) => {
      const region = getRegion(req.read, req.params.region_id);
      if (!region) throw notFound(req.read, 'region-not-found', 'region', req.params.region_id);
      return region;
    },
  );
};

export default regionRoutes;
