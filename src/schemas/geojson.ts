import { z } from 'zod';
import { named } from './common.js';

/*
 * RFC 7946 geometry as the store holds it: region outlines are polygons or multi-polygons in WGS 84. The loader
 * validates the seed's files with these same schemas, so what the build accepts is what the API promises.
 */
const closed = (ring: number[][]) => {
  const [first, last] = [ring[0]!, ring[ring.length - 1]!];
  return first.length === last.length && first.every((v, i) => v === last[i]);
};

export const Position = named(
  z.array(z.number()).min(2).max(3),
  'GeoJsonPosition',
  'Longitude then latitude in decimal degrees (WGS 84), as RFC 7946 orders them.',
);

const LinearRing = z
  .array(Position)
  .min(4)
  .refine(closed, 'a ring must end where it starts')
  .describe('A closed ring: at least four positions, the last equal to the first.');

export const Polygon = named(
  z.object({ type: z.literal('Polygon'), coordinates: z.array(LinearRing).min(1) }),
  'GeoJsonPolygon',
  'An outline and its holes.',
);

export const MultiPolygon = named(
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(LinearRing).min(1)).min(1) }),
  'GeoJsonMultiPolygon',
  'Several outlines (a region with islands or an exclave).',
);

export const Geometry = named(
  z.discriminatedUnion('type', [Polygon, MultiPolygon]),
  'GeoJsonGeometry',
  'The outline of a region.',
);

export type Geometry = z.infer<typeof Geometry>;

/** Every position of a geometry, for bounds checks. */
export function positionsOf(geometry: Geometry): number[][] {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.flat(2);
}
