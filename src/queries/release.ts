import { count } from 'drizzle-orm';
import { getTableName } from 'drizzle-orm';
import { STORE_TABLES } from '../db/store-tables.js';
import type { ReadContext } from './read-context.js';

/** Rows of every store table, by SQL name (from the one list of tables, so a new table is counted alone). */
export function tableRowCounts(ctx: ReadContext): Record<string, number> {
  return Object.fromEntries(
    Object.values(STORE_TABLES).map((table) => [
      getTableName(table),
      ctx.db.select({ n: count() }).from(table).get()?.n ?? 0,
    ]),
  );
}
