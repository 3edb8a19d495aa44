import { existsSync } from 'node:fs';
import Database, { type SqliteDatabase } from './sqlite.js';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema.js';
import { STORE_APPLICATION_ID, StoreError, storeMismatches } from './store-identity.js';

export type Db = BetterSQLite3Database<typeof schema>;

export interface Store {
  db: Db;
  sqlite: SqliteDatabase;
  /** When the store was built, from its build_info row. */
  builtAt: string;
  seedHash: string;
  /** Counted once at open: the store does not change while it is open. */
  claimCount: number;
}

const REBUILD =
  'Rebuild it with `npm run db:build` (or `npm start`, which builds a missing or stale store), or point DATABASE_PATH at a store built by this version.';

/** Opens the file and proves it is this project's store, shaped as this version of the code reads it. */
function openChecked(databasePath: string): SqliteDatabase {
  if (!existsSync(databasePath)) throw new StoreError(databasePath, 'no store at this path', REBUILD);
  let sqlite: SqliteDatabase;
  try {
    sqlite = new Database(databasePath, { readonly: true, fileMustExist: true });
    if (sqlite.pragma('application_id', { simple: true }) !== STORE_APPLICATION_ID) {
      sqlite.close();
      throw new StoreError(databasePath, 'this file is not a store built by this project', REBUILD);
    }
  } catch (err) {
    if (err instanceof StoreError) throw err;
    throw new StoreError(databasePath, `cannot be opened as SQLite (${(err as Error).message})`, REBUILD);
  }
  const mismatches = storeMismatches(sqlite);
  if (mismatches.length > 0) {
    sqlite.close();
    throw new StoreError(
      databasePath,
      `built by another version of the code (${mismatches.slice(0, 3).join('; ')})`,
      REBUILD,
    );
  }
  return sqlite;
}

/**
 * Opens a built store read-only: the API never writes, and a missing, foreign or mismatched file is a clear
 * error at start-up rather than a 500 on the first request.
 */
export function openStore(databasePath: string): Store {
  const sqlite = openChecked(databasePath);
  try {
    sqlite.pragma('query_only = ON');
    // An 8 MiB page cache and no mmap: mapped pages of a large store would count against the RSS budget.
    sqlite.pragma('cache_size = -8000');
    const info = sqlite.prepare('select seed_hash, built_at from build_info').get() as
      { seed_hash: string; built_at: string } | undefined;
    if (!info) throw new StoreError(databasePath, 'the store has no build_info row (an interrupted build?)', REBUILD);
    const { n } = sqlite.prepare('select count(*) n from claims').get() as { n: number };
    return { db: drizzle(sqlite, { schema }), sqlite, builtAt: info.built_at, seedHash: info.seed_hash, claimCount: n };
  } catch (err) {
    sqlite.close();
    throw err;
  }
}
