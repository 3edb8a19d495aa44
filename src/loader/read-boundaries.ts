import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { Geometry, positionsOf } from '../schemas/geojson.js';
import type { Resolution } from '../domain/values.js';
import type { SeedProblem } from './seed-error.js';
import type { BoundaryFileRow } from './seed-geo-schemas.js';

/** One feature of a seed boundary file: the unit's code and its outline. */
export interface BoundaryFeature {
  setId: string;
  resolution: Resolution;
  /** The join key, ADM1_PCODE (`KZ63`): with a hyphen it is the ISO 3166-2 code in force since 2022-11-29. */
  pcode: string;
  geometry: Geometry;
}

/** A generous box around Kazakhstan: a position outside it is a swapped or projected coordinate. */
const BOUNDS = { minLon: 46, maxLon: 88, minLat: 40, maxLat: 56 };

const featureCollection = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: z.object({ ADM1_PCODE: z.string().regex(/^KZ\d{2}$/, 'must be KZ and two digits') }),
      geometry: Geometry,
    }),
  ),
});

/** Reads and validates every boundary file the seed lists; problems name the file and feature. */
export function readBoundaries(seedDir: string, files: BoundaryFileRow[], problems: SeedProblem[]): BoundaryFeature[] {
  const out: BoundaryFeature[] = [];
  for (const f of files) {
    let parsed;
    try {
      parsed = featureCollection.safeParse(JSON.parse(readFileSync(path.join(seedDir, f.file), 'utf8')));
    } catch (err) {
      problems.push({ file: f.file, message: `cannot be read as JSON: ${(err as Error).message}` });
      continue;
    }
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 5))
        problems.push({ file: f.file, field: issue.path.join('.'), message: issue.message });
      continue;
    }
    const seen = new Set<string>();
    for (const feature of parsed.data.features) {
      const pcode = feature.properties.ADM1_PCODE;
      if (seen.has(pcode)) problems.push({ file: f.file, record: pcode, message: 'appears twice' });
      seen.add(pcode);
      const outside = positionsOf(feature.geometry).find(
        ([lon, lat]) =>
          !(lon! >= BOUNDS.minLon && lon! <= BOUNDS.maxLon && lat! >= BOUNDS.minLat && lat! <= BOUNDS.maxLat),
      );
      if (outside) problems.push({ file: f.file, record: pcode, message: `position ${outside} is outside Kazakhstan` });
      out.push({ setId: f.set_id, resolution: f.resolution, pcode, geometry: feature.geometry });
    }
  }
  return out;
}
