import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { getParty } from '../../queries/parties.js';
import { listParties } from '../../queries/party-list.js';
import { PartyDetail, PartyList, PartyListQuery, PartyParams, PartyQuery } from '../../schemas/party.js';
import { jsonOk, dataProblems, tableOk } from '../../schemas/responses.js';
import { csvOfList } from '../../plugins/csv.js';
import { notFound, requireElection } from './lookups.js';

const partyRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/parties',
    {
      config: { csv: csvOfList(PartyList) },
      schema: {
        operationId: 'listParties',
        summary: 'List the parties and nominating organisations',
        tags: ['People and parties'],
        description:
          'Parties that ran lists, and the parties, public associations, trade unions and coalitions that nominated ' +
          'candidates, with names in English, Kazakh and Russian. `?kind=` keeps one kind.',
        querystring: PartyListQuery,
        response: { 200: tableOk(PartyList, 'The parties'), ...dataProblems(400, 404, 406) },
      },
    },
    async (req) => {
      if (req.query.election) requireElection(req.read, req.query.election);
      return listParties(req.read, req.query);
    },
  );

  app.get(
    '/parties/:party_id',
    {
      schema: {
        operationId: 'getParty',
        summary: 'Get one party',
        tags: ['People and parties'],
        description:
          'Names, spellings, renames and mergers, list results (national and regional), Mazhilis seats per tier, ' +
          'and the candidates the party nominated, each figure with its status and sources.',
        params: PartyParams,
        querystring: PartyQuery,
        response: { 200: jsonOk(PartyDetail, 'The party'), ...dataProblems(400, 404, 406) },
      },
    },
    async (req) => {
      const party = getParty(req.read, req.params.party_id);
      if (!party) throw notFound(req.read, 'party-not-found', 'party', req.params.party_id);
      return party;
    },
  );
};

export default partyRoutes;
