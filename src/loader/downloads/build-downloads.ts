import { createHash } from 'node:crypto';
import {
  copyFileSync,
  createReadStream,
  existsSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import Database from '../../db/sqlite.js';
import { RELEASE_ID_PATTERN, releaseId } from '../../domain/release.js';
import { DOWNLOAD_MEDIA_TYPES, type DownloadFormat } from '../../domain/values.js';
import { PACKAGE_VERSION } from '../../lib/package-version.js';
import { type DownloadFile, MANIFEST_NAME, type Manifest } from './manifest.js';
import { storeTableColumns } from './table-columns.js';
import { writeCsvZip, writeParquet } from './write-files.js';

async function sha256Of(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** The release a store belongs to, from its build_info row. */
export function storeRelease(databasePath: string): { release: string; seedHash: string; builtAt: string } {
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const info = db.prepare('select seed_hash, built_at from build_info').get() as {
      seed_hash: string;
      built_at: string;
    };
    return { release: releaseId(PACKAGE_VERSION, info.seed_hash), seedHash: info.seed_hash, builtAt: info.built_at };
  } finally {
    db.close();
  }
}

/** Where a release's files live: one folder per release under the downloads folder. */
export const releaseDir = (downloadsDir: string, release: string) => path.join(downloadsDir, release);

/** True when the store's release already has its files (its manifest is written last). */
export const downloadsExist = (downloadsDir: string, release: string) =>
  existsSync(path.join(releaseDir(downloadsDir, release), MANIFEST_NAME));

/**
 * Builds the release's whole-dataset files from a built store, next to it: the store itself, every table as CSV
 * in a zip, every table as Parquet, and manifest.json (name, format, size, sha256 of each). Written to a
 * temporary folder renamed into place, so a release folder is complete or absent; other releases are removed
 * (the API serves only the current one). The data is immutable, so this runs once per build, not per request.
 */
export async function buildDownloads(databasePath: string, downloadsDir: string): Promise<Manifest> {
  const { release, seedHash, builtAt } = storeRelease(databasePath);
  mkdirSync(downloadsDir, { recursive: true });
  const tmp = path.join(downloadsDir, `.${release}.tmp-${process.pid}`);
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp);
  const made: { name: string; format: DownloadFormat; table: string | null; rows: number | null }[] = [];
  copyFileSync(databasePath, path.join(tmp, 'kz-elections.sqlite'));
  made.push({ name: 'kz-elections.sqlite', format: 'sqlite', table: null, rows: null });
  const db = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    const tables = storeTableColumns();
    await writeCsvZip(db, tables, path.join(tmp, 'kz-elections-csv.zip'));
    made.push({ name: 'kz-elections-csv.zip', format: 'csv-zip', table: null, rows: null });
    for (const t of tables) {
      const name = `${t.sqlName.replace(/_/g, '-')}.parquet`;
      await writeParquet(db, t, path.join(tmp, name));
      const rows = (db.prepare(`select count(*) as n from "${t.sqlName}"`).get() as { n: number }).n;
      made.push({ name, format: 'parquet', table: t.sqlName, rows });
    }
  } finally {
    db.close();
  }
  const files: DownloadFile[] = [];
  for (const m of made) {
    const file = path.join(tmp, m.name);
    files.push({
      ...m,
      media_type: DOWNLOAD_MEDIA_TYPES[m.format],
      size: statSync(file).size,
      sha256: await sha256Of(file),
    });
  }
  const manifest: Manifest = { release, seed_hash: seedHash, built_at: builtAt, files };
  writeFileSync(path.join(tmp, MANIFEST_NAME), `${JSON.stringify(manifest, null, 2)}\n`);
  // Only folders shaped like a release are removed: a mistyped DOWNLOADS_DIR never loses other files.
  for (const old of readdirSync(downloadsDir).filter((n) => RELEASE_ID_PATTERN.test(n))) {
    rmSync(path.join(downloadsDir, old), { recursive: true, force: true });
  }
  renameSync(tmp, releaseDir(downloadsDir, release));
  return manifest;
}
