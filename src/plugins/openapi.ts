import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { createJsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { listElectionIds, pruneUnusedInputSchemas, refEnumParameters } from '../lib/tidy-openapi.js';
import { electionIds, findElection } from '../queries/elections.js';
import { electionMap, regionGeometry } from '../queries/maps.js';
import type { ReadContext } from '../queries/read-context.js';
import type { MapFeature } from '../schemas/map.js';
import { withResponseExamples } from '../lib/openapi-examples.js';
import { toTopology } from '../lib/to-topology.js';

export const API_VERSION = '1.0.0';

export const TAGS = [
  { name: 'Elections', description: 'The five votes and their national figures.' },
  { name: 'Results', description: 'Votes, shares, turnout, seats and districts of one vote.' },
  { name: 'People and parties', description: 'Candidates and parties across votes.' },
  { name: 'Regions', description: 'Regions with dated names, ISO codes and lineage.' },
  {
    name: 'Maps',
    description:
      'Each vote on the region boundaries of its day, as GeoJSON or TopoJSON, and comparisons across votes. ' +
      'The boundaries are licensed CC BY 4.0: every map response carries the attribution to show with it.',
  },
  { name: 'Provenance', description: 'Sources, claims and where they disagree.' },
  { name: 'Search', description: 'Find anything by any spelling.' },
  { name: 'Release', description: 'The data release, how to cite it, and the whole dataset as files.' },
  { name: 'Service', description: 'Health and readiness.' },
];

/**
 * The OpenAPI 3.1 document is generated from the routes' zod schemas; named schemas become
 * components. It is served at /openapi.json and rendered at /docs.
 */
/**
 * Real examples for the map operations, read from the store: the first vote's map cut down to its region with
 * the smallest outline (a city), and that region's outline on the day.
 */
function geoExamples(read: ReadContext): Record<string, Record<string, unknown>> {
  const [firstId] = electionIds(read);
  const first = firstId ? findElection(read, firstId) : undefined;
  if (!first) return {};
  const map = electionMap(read, first, 'simplified');
  const size = (f: MapFeature) => JSON.stringify(f.geometry).length;
  const smallest = [...map.features].sort((a, b) => size(a) - size(b))[0];
  if (!smallest) return {};
  const one = { ...map, features: [smallest] };
  return {
    getElectionMap: { 'application/geo+json': one, 'application/topo+json': toTopology(one) },
    getRegionGeometry: { 'application/geo+json': regionGeometry(read, smallest.id, first.date, 'simplified') },
  };
}

export default fp(
  async function openapi(app: FastifyInstance) {
    await app.register(swagger, {
      openapi: {
        openapi: '3.1.0',
        info: {
          title: 'Kazakhstan election results API',
          version: API_VERSION,
          description:
            "Results of Kazakhstan's national votes 2019-2023 (presidential elections 2019 and 2022, " +
            'Mazhilis elections 2021 and 2023, the 2022 constitutional referendum). Every figure carries its status ' +
            'and source ids; unknown figures are null with a reason. Errors are RFC 9457 problem+json.',
          license: { name: 'CC-BY-4.0', identifier: 'CC-BY-4.0' },
        },
        // Relative: the document is served by the API itself, so clients resolve it against where they fetched it.
        servers: [{ url: '/', description: 'The server that serves this document' }],
        // A public read-only API: no operation needs credentials.
        security: [],
        tags: TAGS,
      },
      transform: createJsonSchemaTransform({ skipList: ['/docs', '/docs/*', '/openapi.json'] }),
      transformObject: (doc) =>
        withResponseExamples(
          pruneUnusedInputSchemas(
            refEnumParameters(listElectionIds(jsonSchemaTransformObject(doc), electionIds(app.read))),
          ),
          geoExamples(app.read),
        ),
    });
    await app.register(swaggerUi, { routePrefix: '/docs', staticCSP: true });
    app.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  },
  { name: 'openapi' },
);
