import { z } from 'zod';
import { RESOLUTIONS } from '../domain/values.js';
import { ElectionId, named } from './common.js';
import { Geometry } from './geojson.js';
import { ResultRow } from './result.js';
import { TurnoutRow } from './turnout.js';
import { displayName } from './language.js';

export const Resolution = named(
  z.enum(RESOLUTIONS),
  'Resolution',
  '`simplified` (about 1 km, ~100 KB for the country: dashboards) or `full` (the source resolution, ~1 MB).',
);

export const BoundarySet = named(
  z.object({
    id: z.string().describe('The vintage of boundaries, e.g. kz-adm1-2018 (17 units) or kz-adm1-2024 (20 units).'),
    valid_from: z.string().nullable().describe('First day the set describes, ISO 8601.'),
    valid_to: z.string().nullable().describe('Last day the set describes; null while current.'),
    attribution: z.string().describe('The credit the licence requires wherever the geometry is shown.'),
    licence: z.string().describe('SPDX identifier of the geometry licence.'),
    licence_url: z.url(),
    source_id: z.string().describe('Where the geometry comes from (see /v1/sources/{source_id}).'),
  }),
  'BoundarySet',
  'Region boundaries valid over a span of days, with their licence and the attribution it requires.',
);

export const MapRegionProperties = named(
  z.object({
    region_id: z.string(),
    ...displayName,
    turnout: TurnoutRow.nullable().describe('The turnout row of /turnout for this region; null when it has none.'),
    results: z
      .array(ResultRow)
      .describe("The national ballot's lines in this region, where a source gives regional results; else empty."),
  }),
  'MapRegionProperties',
  "A region's name on the day and its figures at the vote, each with status, sources and missing reason.",
);

export const MapFeature = named(
  z.object({
    type: z.literal('Feature'),
    id: z.string().describe('The region id.'),
    geometry: Geometry,
    properties: MapRegionProperties,
  }),
  'MapFeature',
  'One region on the boundaries of the day of the vote.',
);

const mapHeader = {
  election_id: ElectionId,
  date: z.string().describe('Polling day, ISO 8601; the boundaries are those valid on it.'),
  resolution: Resolution,
  boundary_set: BoundarySet,
  attribution: z.string().describe('Show this under any map drawn from the response (licence condition).'),
};

export const ElectionMap = named(
  z.object({ type: z.literal('FeatureCollection'), ...mapHeader, features: z.array(MapFeature) }),
  'ElectionMap',
  'GeoJSON (RFC 7946) FeatureCollection: every region that existed on the day, abroad excluded.',
);

const arcIndexes = z.array(z.array(z.int()));
export const ElectionTopology = named(
  z.object({
    type: z.literal('Topology'),
    ...mapHeader,
    bbox: z.array(z.number()).optional(),
    transform: z.object({ scale: z.array(z.number()), translate: z.array(z.number()) }).optional(),
    objects: z.object({
      regions: z.object({
        type: z.literal('GeometryCollection'),
        geometries: z.array(
          z.object({
            type: z.enum(['Polygon', 'MultiPolygon']),
            id: z.string(),
            arcs: z.union([arcIndexes, z.array(arcIndexes)]),
            properties: MapRegionProperties,
          }),
        ),
      }),
    }),
    arcs: z.array(z.array(z.array(z.number()))).describe('Quantized and delta-encoded (quantization 1e5).'),
  }),
  'ElectionTopology',
  'The same map as TopoJSON: object `regions`, shared borders stored once (about half the size of GeoJSON).',
);

export const MapFormat = named(
  z.enum(['geojson', 'topojson']),
  'MapFormat',
  '`topojson` is the same as `Accept: application/topo+json`.',
);

// Unregistered copies of the enums: a $ref'd enum would lose the parameter's description in OpenAPI.
const resolution = z
  .enum(RESOLUTIONS)
  .default('simplified')
  .describe('`simplified` (about 1 km; default) or `full` (the source resolution, about ten times the bytes).');

export const MapQuery = z
  .object({
    resolution,
    format: z
      .enum(MapFormat.options)
      .optional()
      .describe('`topojson` is the same as `Accept: application/topo+json`; default GeoJSON.'),
  })
  .strict();

export const RegionGeometryQuery = z
  .object({
    on: z.iso
      .date()
      .optional()
      .describe('The day whose boundaries to serve, YYYY-MM-DD; default: the current boundaries.')
      .meta({ example: '2019-06-09' }),
    resolution,
  })
  .strict();

export const RegionGeometry = named(
  z.object({
    type: z.literal('Feature'),
    id: z.string(),
    geometry: Geometry,
    properties: z.object({ region_id: z.string(), ...displayName, on: z.string(), boundary_set: BoundarySet }),
  }),
  'RegionGeometry',
  "A region's outline on a day, as a GeoJSON Feature.",
);

export type ElectionMap = z.infer<typeof ElectionMap>;
export type MapFeature = z.infer<typeof MapFeature>;
export type RegionGeometry = z.infer<typeof RegionGeometry>;
export type BoundarySet = z.infer<typeof BoundarySet>;
