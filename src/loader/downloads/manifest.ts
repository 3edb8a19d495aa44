import { z } from 'zod';
import { DOWNLOAD_FORMATS } from '../../domain/values.js';

/** One file of a release, as the loader records it in the release's manifest.json (and the API lists it). */
export const DownloadFileSchema = z.object({
  name: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/),
  format: z.enum(DOWNLOAD_FORMATS),
  media_type: z.string(),
  size: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The store table a Parquet file holds (null for the store and the zip). */
  table: z.string().nullable(),
  /** Rows in that table (null for the store and the zip, whose tables are counted in GET /v1/release). */
  rows: z.number().int().nonnegative().nullable(),
});
export type DownloadFile = z.infer<typeof DownloadFileSchema>;

export const ManifestSchema = z.object({
  release: z.string(),
  seed_hash: z.string(),
  built_at: z.string(),
  files: z.array(DownloadFileSchema),
});
export type Manifest = z.infer<typeof ManifestSchema>;

export const MANIFEST_NAME = 'manifest.json';
