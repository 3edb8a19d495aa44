import type { DownloadFormat } from '../domain/values.js';
import type { DownloadFile } from '../loader/downloads/manifest.js';
import type { ReleaseInfo } from '../plugins/release.js';

const DESCRIBE: Record<DownloadFormat, (f: DownloadFile) => string> = {
  sqlite: () =>
    'The whole store (SQLite 3) exactly as the API reads it; open it read-only with any SQLite client. ' +
    'Its tables are those of GET /v1/release (row_counts).',
  'csv-zip': () => 'Every store table as CSV (RFC 4180, header line, values as stored), one <table>.csv per table.',
  parquet: (f) =>
    `The ${f.table ?? ''} table as Parquet: typed, nullable columns named as in SQL, ${f.rows ?? 0} rows.`,
};

/** The URL of a file of a release: it names the release, so what it serves never changes. */
export const downloadUrl = (release: string, name: string) => `/v1/downloads/${release}/${name}`;

/** The current release's files as the API lists them (empty when the loader has not built them). */
export function listDownloads(release: ReleaseInfo) {
  const files = (release.manifest?.files ?? []).map((f) => ({
    ...f,
    release: release.id,
    url: downloadUrl(release.id, f.name),
    description: DESCRIBE[f.format](f),
  }));
  return { data: files, total: files.length, release: release.id };
}

/** One file of the current release by name, or undefined. */
export const findDownload = (release: ReleaseInfo, name: string) =>
  release.manifest?.files.find((f) => f.name === name);
