import type { SqliteDatabase } from './sqlite.js';
import { getTableConfig, type SQLiteTable } from 'drizzle-orm/sqlite-core';
import { STORE_TABLES } from './store-tables.js';

/**
 * Written into the SQLite header (PRAGMA application_id) by the loader: 'KZEL'. A file without it was not
 * built by this project, so nothing here will serve it or overwrite it.
 */
export const STORE_APPLICATION_ID = 0x4b5a454c;

/** A store that cannot be served, with the path and what to do about it. */
export class StoreError extends Error {
  constructor(
    readonly databasePath: string,
    problem: string,
    readonly fix: string,
  ) {
    super(`${databasePath}: ${problem}. ${fix}`);
    this.name = 'StoreError';
  }
}

const tables = (Object.values(STORE_TABLES) as SQLiteTable[]).map((t) => getTableConfig(t));

/** Tables drizzle does not model, made by hand-written migrations: the search's trigram index (0009). */
export const INDEX_TABLES = ['aliases_trigram'] as const;

/** The tables and columns the code reads that the store lacks or shapes differently (empty when they match). */
export function storeMismatches(sqlite: SqliteDatabase): string[] {
  const problems: string[] = [];
  for (const table of tables) {
    const columns = sqlite.pragma(`table_info(${JSON.stringify(table.name)})`) as { name: string }[];
    if (columns.length === 0) {
      problems.push(`table ${table.name} is missing`);
      continue;
    }
    const have = new Set(columns.map((c) => c.name));
    const want = new Set(table.columns.map((c) => c.name));
    for (const name of want) if (!have.has(name)) problems.push(`column ${table.name}.${name} is missing`);
    for (const name of have)
      if (!want.has(name)) problems.push(`column ${table.name}.${name} is not in this version's schema`);
  }
  const find = sqlite.prepare('select 1 from sqlite_master where name = ?');
  for (const name of INDEX_TABLES) if (!find.get(name)) problems.push(`table ${name} is missing`);
  return problems;
}

/** What a file at a store path is, without changing it: absent, this project's store, or something else. */
export function identifyFile(open: () => SqliteDatabase): 'ours' | 'foreign' {
  try {
    const db = open();
    try {
      const id = db.pragma('application_id', { simple: true });
      if (id === STORE_APPLICATION_ID) return 'ours';
      // Stores built before the id was written: no id, but this project's build_info table with a seed hash.
      const legacy =
        id === 0 && (db.pragma('table_info(build_info)') as { name: string }[]).some((c) => c.name === 'seed_hash');
      return legacy ? 'ours' : 'foreign';
    } finally {
      db.close();
    }
  } catch {
    return 'foreign';
  }
}
