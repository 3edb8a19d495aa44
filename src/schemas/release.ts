import { z } from 'zod';
import { DOWNLOAD_FORMATS } from '../domain/values.js';
import { DownloadFileSchema } from '../loader/downloads/manifest.js';
import { named } from './common.js';

const Licence = named(
  z.object({
    spdx: z.string().describe('SPDX licence identifier.'),
    text: z.string().describe('What the licence covers and the attribution it asks for.'),
    url: z.string(),
  }),
  'Licence',
);

export const Release = named(
  z.object({
    id: z.string().describe('The data release: package version and the first 12 hex digits of the seed hash.'),
    built_at: z.string().describe('When the store was built from seed/.'),
    seed_hash: z
      .string()
      .describe('Fingerprint of what the store was built from: seed files, migrations, loader code.'),
    row_counts: z.record(z.string(), z.number().int()).describe('Rows of each store table, by SQL table name.'),
    citation: z.string().describe('How to cite this release as a whole; cite each figure with its sources too.'),
    licences: z.object({ data: Licence, boundaries: Licence }),
    changelog: z.string().describe('Where the changes of data and API are listed, newest first.'),
    downloads_url: z.string(),
  }),
  'Release',
  'The build of the data every response comes from (its id is in the X-Data-Release header of every response).',
);

export const Download = named(
  DownloadFileSchema.extend({
    format: z.enum(DOWNLOAD_FORMATS),
    release: z.string(),
    url: z.string().describe('Where to download it; the URL names the release, so the file never changes.'),
    description: z.string(),
  }),
  'Download',
  'One whole-dataset file of the current release.',
);

export const DownloadList = named(
  z.object({ data: z.array(Download), total: z.number().int(), release: z.string() }),
  'DownloadList',
);

export const DownloadParams = z
  .object({
    release: z
      .string()
      .max(64)
      .describe('A release id, as in GET /v1/release.')
      .meta({ example: '0.1.0-0123456789ab' }),
    file: z
      .string()
      .max(128)
      .describe('A file name, as in GET /v1/downloads.')
      .meta({ example: 'kz-elections.sqlite' }),
  })
  .strict();
