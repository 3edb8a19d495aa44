import { geoArea } from 'd3-geo';
import type { MapFeature } from './api.js';

type Ring = [number, number][];

/**
 * GeoJSON (RFC 7946) winds outer rings counter-clockwise; d3-geo, which draws on the sphere, reads a ring by the
 * side it encloses and takes such a ring for the whole globe minus the region. A feature whose spherical area is
 * over a hemisphere is wound the other way, so it is reversed. Either winding from the API then draws the same.
 */
export function forSphere(feature: MapFeature): MapFeature {
  if (geoArea(feature as never) <= 2 * Math.PI) return feature;
  const g = feature.geometry;
  const polygons = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates) as Ring[][];
  const reversed = polygons.map((rings) => rings.map((ring) => [...ring].reverse()));
  const geometry =
    g.type === 'Polygon' ? { type: g.type, coordinates: reversed[0] } : { type: g.type, coordinates: reversed };
  return { ...feature, geometry };
}
