import type { NumberFigure } from '../../src/schemas/common.js';
import type { ElectionMap, MapFeature } from './api.js';

/** The figure a feature is coloured by: its turnout, or one contestant's share where a source gives it. */
export function metricFigure(f: MapFeature, metric: string): NumberFigure | null {
  if (metric === 'turnout') return f.properties.turnout?.turnout_pct ?? null;
  return f.properties.results.find((r) => r.contestant_id === metric)?.pct ?? null;
}

/** Contestants with a share in at least one region: the metrics the map can show besides turnout. */
export function shareMetrics(map: ElectionMap): { id: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const f of map.features)
    for (const r of f.properties.results) if (r.pct.value !== null) seen.set(r.contestant_id, r.name);
  return [...seen].map(([id, name]) => ({ id, name }));
}
