import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema.js';

export type Db = BetterSQLite3Database<typeof schema>;

export interface Store {
  db: Db;
  sqlite: Database.Database;
  /** When the store was built, from its build_info row. */
  builtAt: string;
  seedHash: string;
  /** Counted once at open: the store does not change while it is open. */
  claimCount: number;
}

/**
 * Opens a built store read-only: the API never writes, and a missing or unbuilt file is an error
 * at start-up rather than a 500 on the first request.
 */
export function openStore(databasePath: string): Store {
  const sqlite = new Database(databasePath, { readonly: true, fileMustExist: true });
  try {
    sqlite.pragma('query_only = ON');
    // An 8 MiB page cache and no mmap: mapped pages of a large store would count against the RSS budget.
    sqlite.pragma('cache_size = -8000');
    const info = sqlite.prepare('select seed_hash, built_at from build_info').get() as { seed_hash: string; built_at: string } | undefined;
    if (!info) throw new Error(`${databasePath} has no build_info row: run npm run db:build`);
    const { n } = sqlite.prepare('select count(*) n from claims').get() as { n: number };
    return { db: drizzle(sqlite, { schema }), sqlite, builtAt: info.built_at, seedHash: info.seed_hash, claimCount: n };
  } catch (err) {
    sqlite.close();
    throw err;
  }
}
