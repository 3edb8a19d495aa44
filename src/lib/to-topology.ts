import { topology } from 'topojson-server';
import type { ElectionMap } from '../schemas/map.js';

/** TopoJSON keeps 1e5 steps per axis, as the boundary files' own TopoJSON does: under 1 m across Kazakhstan. */
const QUANTIZATION = 1e5;

/**
 * The same map as TopoJSON (object `regions`): shared borders stored once. Features keep their id and
 * properties; the header fields (vote, boundary set, attribution) stay at the top level.
 */
export function toTopology(map: ElectionMap) {
  const { features, type: _type, ...header } = map;
  const topo = topology({ regions: { type: 'FeatureCollection', features } as never }, QUANTIZATION);
  return { ...topo, ...header } as unknown as Record<string, unknown>;
}
