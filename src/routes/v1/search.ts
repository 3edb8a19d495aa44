import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { searchEntities } from '../../queries/search.js';
import { dataProblems, tableOk } from '../../schemas/responses.js';
import { SearchQuery, SearchResults } from '../../schemas/search.js';
import { csvOfList } from '../../plugins/csv.js';

const searchRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/search',
    {
      config: { csv: csvOfList(SearchResults) },
      schema: {
        operationId: 'searchEntities',
        summary: 'Find by any spelling',
        tags: ['Search'],
        description:
          'Candidates, parties, regions, votes and special ballot lines (against all, yes, no, independent) ' +
          'by any spelling: Cyrillic or Latin, Kazakh or Russian, old or new names (Токаев, Toqaev, Nur-Sultan, Zhetysu). ' +
          'Best matches first: the whole name, then names starting with the query, then names containing every word.',
        querystring: SearchQuery,
        response: { 200: tableOk(SearchResults, 'The matching entities'), ...dataProblems(400, 406) },
      },
    },
    async (req) => searchEntities(req.read, req.query),
  );
};

export default searchRoutes;
