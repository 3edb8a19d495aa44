import { z } from 'zod';
import { RESOLUTIONS } from '../domain/values.js';
import { optionalDate, required } from './seed-schemas.js';

/* Rows of seed/boundary-sets.csv and seed/boundary-files.csv; geometry itself is checked in derive-boundaries. */
export const boundarySetRow = z.object({
  id: required,
  valid_from: optionalDate,
  valid_to: optionalDate,
  attribution: required,
  licence: required,
  licence_url: z.url(),
  source_id: required,
});

export const boundaryFileRow = z.object({
  set_id: required,
  resolution: z.enum(RESOLUTIONS),
  file: required.regex(/^geo\/[a-z0-9_.-]+\.geojson$/, 'must be a GeoJSON file under seed/geo/'),
});

export type BoundarySetRow = z.infer<typeof boundarySetRow>;
export type BoundaryFileRow = z.infer<typeof boundaryFileRow>;
