import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { SqliteDatabase } from '../../db/sqlite.js';
import { stringify } from 'csv-stringify';
import { fileWriter, parquetWriteRows } from 'hyparquet-writer';
import yazl from 'yazl';
import type { ColumnKind, TableColumns } from './table-columns.js';

/** A table's rows one at a time, straight from SQLite: no table is held in memory whole. */
const rowsOf = (db: SqliteDatabase, t: TableColumns) =>
  db
    .prepare(`select ${t.columns.map((c) => `"${c.name}"`).join(', ')} from "${t.sqlName}"`)
    .raw()
    .iterate() as IterableIterator<unknown[]>;

/** Every table as `<table>.csv` (RFC 4180, header line, values as stored) in one zip. */
export async function writeCsvZip(db: SqliteDatabase, tables: TableColumns[], file: string): Promise<void> {
  const zip = new yazl.ZipFile();
  const done = pipeline(zip.outputStream, createWriteStream(file));
  for (const t of tables) {
    const csv = stringify({ header: true, columns: t.columns.map((c) => c.name) });
    const blobs = t.columns.map((c) => c.kind === 'blob');
    const lines = function* () {
      for (const values of rowsOf(db, t)) {
        yield values.map((v, i) => (blobs[i] && Buffer.isBuffer(v) ? v.toString('base64') : v));
      }
    };
    Readable.from(lines()).pipe(csv);
    zip.addReadStream(csv, `${t.sqlName}.csv`);
  }
  zip.end();
  await done;
}

const PARQUET_TYPE: Record<ColumnKind, 'STRING' | 'INT64' | 'DOUBLE' | 'BOOLEAN' | 'BYTE_ARRAY'> = {
  text: 'STRING',
  integer: 'INT64',
  real: 'DOUBLE',
  boolean: 'BOOLEAN',
  blob: 'BYTE_ARRAY',
};

/** One table as a Parquet file: typed, nullable columns named as in SQL, written one row group at a time. */
export async function writeParquet(db: SqliteDatabase, t: TableColumns, file: string): Promise<void> {
  // SQLite hands back numbers; Parquet's INT64 takes bigint and BOOLEAN takes booleans (stored as 0/1).
  const convert = (kind: ColumnKind, v: unknown) =>
    v === null ? null : kind === 'integer' ? BigInt(v as number) : kind === 'boolean' ? v === 1 : v;
  function* rows() {
    for (const values of rowsOf(db, t)) {
      yield Object.fromEntries(t.columns.map((c, i) => [c.name, convert(c.kind, values[i])]));
    }
  }
  // Without an explicit schema the writer infers one from the first row group, which fails for an empty table.
  const schema = [
    { name: 'root', num_children: t.columns.length },
    ...t.columns.map((c) => ({
      name: c.name,
      repetition_type: 'OPTIONAL' as const,
      ...(c.kind === 'text'
        ? { type: 'BYTE_ARRAY' as const, converted_type: 'UTF8' as const }
        : { type: PARQUET_TYPE[c.kind] as 'INT64' | 'DOUBLE' | 'BOOLEAN' | 'BYTE_ARRAY' }),
    })),
  ];
  await parquetWriteRows({
    writer: fileWriter(file),
    rows: rows(),
    columns: t.columns.map((c) => ({ name: c.name, type: PARQUET_TYPE[c.kind], nullable: true })),
    schema,
    createdBy: 'kz-elections-api',
  });
}
