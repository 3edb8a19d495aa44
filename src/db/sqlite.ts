import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * better-sqlite3 for the Node that runs: the 13.x line (Node-API 10, Node 22.14 and later, prebuilt in the
 * package) wherever it can load; the 12.x line (`better-sqlite3-node20`, compiled on install) only on a Node
 * without Node-API 10, i.e. Node 20, where 13.x crashes. 12.x must never run on Node 24: its addon aborts the
 * process when V8 collects a statement (`RemoveEnvironmentCleanupHook`, nodejs/node#65446), which drizzle makes
 * likely by preparing statements per query. Same API; @types/better-sqlite3 types both. When no machine runs
 * Node 20 any more, drop the 12.x dependency and import better-sqlite3 directly.
 */
const require = createRequire(import.meta.url);
const Database: typeof BetterSqlite3 = require(
  Number(process.versions.napi) >= 10 ? 'better-sqlite3' : 'better-sqlite3-node20',
);

export default Database;
export type SqliteDatabase = BetterSqlite3.Database;
export type SqliteStatement = BetterSqlite3.Statement;
