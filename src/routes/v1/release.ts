import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { CHANGELOG_TEXT, DATA_LICENCE, releaseCitation } from '../../domain/release.js';
import { boundaryLicence } from '../../queries/maps.js';
import { NoQuery } from '../../schemas/common.js';
import { Release } from '../../schemas/release.js';
import { dataProblems, jsonOk } from '../../schemas/responses.js';

const releaseRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/release',
    {
      schema: {
        operationId: 'getRelease',
        summary: 'The data release this server serves',
        tags: ['Release'],
        description:
          'Id (also in the X-Data-Release header of every response), build time, seed hash, rows per table, ' +
          'how to cite it, the licences of the data and of region boundaries, and where the changelog is.',
        querystring: NoQuery,
        response: { 200: jsonOk(Release, 'The release'), ...dataProblems(400, 406) },
      },
    },
    async (req) => ({
      id: app.release.id,
      built_at: app.release.builtAt,
      seed_hash: app.release.seedHash,
      row_counts: app.release.rowCounts,
      citation: releaseCitation(app.release.id, app.release.builtAt),
      licences: { data: DATA_LICENCE, boundaries: boundaryLicence(req.read) },
      changelog: CHANGELOG_TEXT,
      downloads_url: '/v1/downloads',
    }),
  );
};

export default releaseRoutes;
