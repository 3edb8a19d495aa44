import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { listDistricts } from '../../queries/districts.js';
import { listSeats } from '../../queries/seats.js';
import { DistrictList, DistrictQuery } from '../../schemas/district.js';
import { ElectionParams } from '../../schemas/election.js';
import { dataProblems, tableOk } from '../../schemas/responses.js';
import { SeatAllocation, SeatQuery } from '../../schemas/seat.js';
import { requireElection, requireRegionAt } from './lookups.js';
import { csvOfList } from '../../plugins/csv.js';

/** Seats and districts: the parliamentary side of a vote (empty lists for the others). */
const seatRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/elections/:election_id/seats',
    {
      config: { csv: csvOfList(SeatAllocation) },
      schema: {
        operationId: 'listElectionSeats',
        summary: 'Seat allocation',
        tags: ['Results'],
        description:
          'Seats per party and tier (party list, single-member district, Assembly of People in 2021), with ' +
          'the chamber size per tier and the threshold. Votes that fill no seats give an empty list.',
        params: ElectionParams,
        querystring: SeatQuery,
        response: { 200: tableOk(SeatAllocation, 'Seats'), ...dataProblems(400, 404, 406) },
      },
    },
    async (req) => listSeats(req.read, requireElection(req.read, req.params.election_id), req.query),
  );

  app.get(
    '/elections/:election_id/districts',
    {
      config: { csv: csvOfList(DistrictList) },
      schema: {
        operationId: 'listElectionDistricts',
        summary: 'Single-member districts',
        tags: ['Results'],
        description:
          'The 2023 single-member districts: number, area, region, winner and party where known. ' +
          'An empty list for votes without districts.',
        params: ElectionParams,
        querystring: DistrictQuery,
        response: { 200: tableOk(DistrictList, 'Districts'), ...dataProblems(400, 404, 406) },
      },
    },
    async (req) => {
      const election = requireElection(req.read, req.params.election_id);
      const region = req.query.region ? requireRegionAt(req.read, req.query.region, election) : undefined;
      return listDistricts(req.read, { ...req.query, electionId: election.id, region });
    },
  );
};

export default seatRoutes;
