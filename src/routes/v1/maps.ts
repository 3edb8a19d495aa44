import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { apiError } from '../../errors/catalog.js';
import { toTopology } from '../../lib/to-topology.js';
import { electionMap, regionGeometry } from '../../queries/maps.js';
import { ElectionParams } from '../../schemas/election.js';
import { ElectionMap, ElectionTopology, MapQuery, RegionGeometry, RegionGeometryQuery } from '../../schemas/map.js';
import { RegionParams } from '../../schemas/region.js';
import { dataProblems } from '../../schemas/responses.js';
import { notFound, requireElection } from './lookups.js';
import { findRegion } from '../../queries/regions.js';

const GEOJSON = 'application/geo+json';
const TOPOJSON = 'application/topo+json';
/** The map's media types and the `?format=` value naming each (GeoJSON first: the default). */
const MAP_TYPES = { [GEOJSON]: 'geojson', [TOPOJSON]: 'topojson' } as const;

/**
 * Map bodies skip the zod serializer's output check: their geometry (most of the bytes) was validated by the same
 * zod schemas when the store was built, and re-checking a megabyte of coordinates per response would hold the
 * event loop for hundreds of milliseconds. The tests and Schemathesis check these responses against the schemas.
 */
const plainJson = (payload: unknown) => JSON.stringify(payload);

const mapRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/elections/:election_id/map',
    {
      config: { mediaTypes: MAP_TYPES },
      schema: {
        operationId: 'getElectionMap',
        summary: 'Map of a vote',
        tags: ['Maps'],
        description:
          'Every region that existed on the day of the vote, on the boundaries of that day (17 units before ' +
          'June 2022, 20 after), with its name on the day and its figures: the turnout row and, where a source ' +
          'gives regional results, the results. GeoJSON by default; TopoJSON with `Accept: application/topo+json` ' +
          'or `?format=topojson`. Show `attribution` with any map drawn from it.',
        params: ElectionParams,
        querystring: MapQuery,
        response: {
          200: {
            description: 'The map',
            content: { [GEOJSON]: { schema: ElectionMap }, [TOPOJSON]: { schema: ElectionTopology } },
          },
          ...dataProblems(400, 404, 406),
        },
      },
    },
    async (req, reply) => {
      const election = requireElection(req.read, req.params.election_id);
      const map = electionMap(req.read, election, req.query.resolution);
      if (req.format === 'topojson') {
        reply.type(TOPOJSON).serializer(plainJson);
        return toTopology(map) as never;
      }
      reply.type(GEOJSON).serializer(plainJson);
      return map;
    },
  );

  app.get(
    '/regions/:region_id/geometry',
    {
      config: { mediaTypes: { [GEOJSON]: 'geojson' } },
      schema: {
        operationId: 'getRegionGeometry',
        summary: 'Outline of a region',
        tags: ['Maps'],
        description:
          "The region's outline on a day (`?on=`, default: today) as a GeoJSON Feature, with the boundary set it " +
          'comes from and its attribution. A region that did not exist that day, and `abroad`, have none (404).',
        params: RegionParams,
        querystring: RegionGeometryQuery,
        response: {
          200: { description: 'The outline', content: { [GEOJSON]: { schema: RegionGeometry } } },
          ...dataProblems(400, 404, 406),
        },
      },
    },
    async (req, reply) => {
      const region = findRegion(req.read, req.params.region_id);
      if (!region) throw notFound(req.read, 'region-not-found', 'region', req.params.region_id);
      const day = req.query.on ?? new Date().toISOString().slice(0, 10);
      const feature = regionGeometry(req.read, region.id, day, req.query.resolution);
      if (!feature) {
        throw apiError(
          'geometry-not-found',
          region.kind === 'abroad'
            ? 'Voters abroad are counted as a region but have no outline.'
            : `Region ${region.id} has no outline on ${day}: it existed ${region.validFrom ?? 'before 2019'} to ${region.validTo ?? 'today'}.`,
        );
      }
      reply.type(GEOJSON).serializer(plainJson);
      return feature;
    },
  );
};

export default mapRoutes;
