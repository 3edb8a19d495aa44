/**
 * `npm run db:build` builds the store from seed/; with --if-stale (used by `npm start`) it does so only when
 * the file is missing, or is this project's store built from other seed files or migrations. A file at that
 * path that is not this project's store is never replaced: the command stops and says so.
 */
import { existsSync, statSync } from 'node:fs';
import Database from '../db/sqlite.js';
import { loadConfig } from '../config.js';
import { identifyFile } from '../db/store-identity.js';
import { buildStore } from './build-store.js';
import { buildDownloads, downloadsExist, storeRelease } from './downloads/build-downloads.js';
import { SeedValidationError } from './seed-error.js';
import { seedHash, storedSeedHash } from './seed-hash.js';

const config = loadConfig(process.env);
const ifStale = process.argv.includes('--if-stale');
const opts = { seedDir: config.SEED_DIR, migrationsDir: config.MIGRATIONS_DIR, databasePath: config.DATABASE_PATH };

/** The release's whole-dataset files, next to the store (the data is immutable: built once per release). */
async function downloads(): Promise<void> {
  const started = performance.now();
  const manifest = await buildDownloads(opts.databasePath, config.DOWNLOADS_DIR);
  const kib = Math.round(manifest.files.reduce((n, f) => n + f.size, 0) / 1024);
  console.log(
    `built ${manifest.files.length} downloads of release ${manifest.release} in ${config.DOWNLOADS_DIR} ` +
      `in ${Math.round(performance.now() - started)} ms (${kib} KiB)`,
  );
}

async function build(): Promise<void> {
  const started = performance.now();
  try {
    const rows = buildStore(opts);
    const ms = Math.round(performance.now() - started);
    const kib = Math.round(statSync(opts.databasePath).size / 1024);
    console.log(
      `built ${opts.databasePath} in ${ms} ms (${kib} KiB): ${rows.claims.length} claims, ` +
        `${rows.results.length} results, ${rows.turnout.length} turnout rows, ${rows.qualityFlags.length} data-quality flags`,
    );
  } catch (err) {
    console.error(err instanceof SeedValidationError ? err.message : err);
    console.error(`the store was not changed: ${opts.databasePath}`);
    process.exitCode = 1;
    return;
  }
  await downloads();
}

const exists = existsSync(opts.databasePath);
if (
  exists &&
  identifyFile(() => new Database(opts.databasePath, { readonly: true, fileMustExist: true })) === 'foreign'
) {
  console.error(
    `${opts.databasePath} exists but is not a store built by this project (or cannot be read); it was left untouched.` +
      ' Move it away, or set DATABASE_PATH to another path.',
  );
  process.exitCode = 1;
} else if (ifStale && exists && storedSeedHash(opts.databasePath) === seedHash(opts.seedDir, opts.migrationsDir)) {
  console.log(`store ${opts.databasePath} is up to date`);
  if (!downloadsExist(config.DOWNLOADS_DIR, storeRelease(opts.databasePath).release)) await downloads();
} else {
  await build();
}
