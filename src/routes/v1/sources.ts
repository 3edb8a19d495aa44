import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../errors/catalog.js';
import { getSource, listSources } from '../../queries/sources.js';
import { jsonOk, dataProblems, tableOk } from '../../schemas/responses.js';
import { SourceDetail, SourceList, SourceListQuery, SourceParams, SourceQuery } from '../../schemas/source.js';
import { requireElection } from './lookups.js';
import { csvOfList } from '../../plugins/csv.js';

const sourceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/sources',
    {
      config: { csv: csvOfList(SourceList) },
      schema: {
        operationId: 'listSources',
        summary: 'List the sources',
        tags: ['Provenance'],
        description:
          'Every document a figure is taken from, with publisher, kind, language and publication date. ' +
          '`?election=` keeps the sources cited by at least one claim about that vote.',
        querystring: SourceListQuery,
        response: { 200: tableOk(SourceList, 'The sources'), ...dataProblems(400, 404, 406) },
      },
    },
    async (req) => {
      // An unknown vote is a 404, as in a path: an empty list would read as "no results".
      if (req.query.election) requireElection(req.read, req.query.election);
      return listSources(req.read, req.query);
    },
  );

  app.get(
    '/sources/:source_id',
    {
      schema: {
        operationId: 'getSource',
        summary: 'Get one source',
        tags: ['Provenance'],
        description:
          'One source with every claim that cites it: the value as stated, its status and what the project made of it.',
        params: SourceParams,
        querystring: SourceQuery,
        response: { 200: jsonOk(SourceDetail, 'The source'), ...dataProblems(400, 404, 406) },
      },
    },
    async (req) => {
      const source = getSource(req.read, req.params.source_id);
      if (!source) throw apiError('source-not-found', `No source has the id ${req.params.source_id}.`);
      return source;
    },
  );
};

export default sourceRoutes;
