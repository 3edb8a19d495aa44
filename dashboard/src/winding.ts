import { geoArea } from 'd3-geo';
import type { MapFeature } from './api.js';

/**
 * GeoJSON (RFC 7946) winds outer rings counter-clockwise; d3-geo, which draws on the sphere, reads a ring by the
 * side it encloses and takes such a ring for the whole globe minus the region. A feature whose spherical area is
 * over a hemisphere is wound the other way, so it is reversed. Either winding from the API then draws the same.
 */
export function forSphere(feature: MapFeature): MapFeature {
  if (geoArea(feature as never) <= 2 * Math.PI) return feature;
  const g = feature.geometry;
  const reverse = (rings: number[][][]) => rings.map((ring) => [...ring].reverse());
  const geometry: MapFeature['geometry'] =
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: reverse(g.coordinates) }
      : { type: 'MultiPolygon', coordinates: g.coordinates.map(reverse) };
  return { ...feature, geometry };
}
