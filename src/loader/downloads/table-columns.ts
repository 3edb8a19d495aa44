import { getTableConfig } from 'drizzle-orm/sqlite-core';
import { STORE_TABLES } from '../../db/store-tables.js';

export type ColumnKind = 'text' | 'integer' | 'real' | 'boolean' | 'blob';

export interface TableColumns {
  /** The table's name in SQL (and in file names). */
  sqlName: string;
  columns: { name: string; kind: ColumnKind }[];
}

const KIND_BY_DRIZZLE: Record<string, ColumnKind> = {
  SQLiteText: 'text',
  SQLiteTextJson: 'text',
  SQLiteNumeric: 'text',
  SQLiteInteger: 'integer',
  SQLiteTimestamp: 'integer',
  SQLiteNumericBigInt: 'integer',
  SQLiteReal: 'real',
  SQLiteNumericNumber: 'real',
  SQLiteBoolean: 'boolean',
  // Bytes (a geometry as WKB, say): Parquet BYTE_ARRAY, base64 in CSV.
  SQLiteBlobBuffer: 'blob',
  SQLiteBlobJson: 'blob',
  SQLiteBigInt: 'blob',
};

/**
 * Every store table with its SQL columns and their types, read from the drizzle schema (the one list of
 * tables in db/store-tables), so a table added to the store reaches the CSV zip and the Parquet files alone.
 */
export function storeTableColumns(): TableColumns[] {
  return Object.values(STORE_TABLES).map((table) => {
    const config = getTableConfig(table);
    return {
      sqlName: config.name,
      columns: config.columns.map((c) => {
        const kind = KIND_BY_DRIZZLE[c.columnType];
        if (!kind) throw new Error(`${config.name}.${c.name}: no download type for ${c.columnType}`);
        return { name: c.name, kind };
      }),
    };
  });
}
