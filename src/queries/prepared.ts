import { type Column, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../db/open-store.js';

const byStore = new WeakMap<Db, Map<string, unknown>>();

/**
 * A drizzle prepared statement built once per store and query shape, then reused by every request: no SQL is
 * built or compiled per request. `shape` names the query and every choice that changes its SQL (a sort field,
 * a language, an optional filter), always from a closed set, so the statements per store stay few.
 */
export function preparedOnce<T>(db: Db, shape: string, build: () => T): T {
  let statements = byStore.get(db);
  if (!statements) byStore.set(db, (statements = new Map()));
  let statement = statements.get(shape) as T | undefined;
  if (statement === undefined) statements.set(shape, (statement = build()));
  return statement;
}

/**
 * `column IN (the ids of a list)` as one statement for any number of ids: the list is bound as one JSON array
 * parameter (`ids(...)`) and read with SQLite's json_each, so the SQL never depends on the list's length.
 */
export const inList = (column: Column | SQL, name: string): SQL =>
  sql`${column} in (select value from json_each(${sql.placeholder(name)}))`;

/** The value an `inList` placeholder is bound to. */
export const ids = (list: readonly (string | null | undefined)[]): string =>
  JSON.stringify([...new Set(list.filter((id): id is string => !!id))]);
