import { mkdirSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import Database from '../db/sqlite.js';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import * as schema from '../db/schema.js';
import { STORE_APPLICATION_ID } from '../db/store-identity.js';
import { STORE_TABLES, type StoreRows, type StoreTableName } from '../db/store-tables.js';

/** SQLite caps bound parameters per statement; insert in chunks well below it. */
const CHUNK = 200;

/**
 * Writes a complete store into a temporary file beside the target and renames it into place,
 * so a reader never sees a half-built database and a failed build leaves the old one untouched.
 */
export function writeStore(targetPath: string, migrationsDir: string, rows: StoreRows): void {
  mkdirSync(path.dirname(path.resolve(targetPath)), { recursive: true });
  const tmpPath = `${targetPath}.tmp-${process.pid}`;
  rmSync(tmpPath, { force: true });
  const sqlite = new Database(tmpPath);
  try {
    sqlite.pragma('journal_mode = OFF');
    sqlite.pragma('synchronous = OFF');
    // Marks the file as this project's store: start-up and `npm start` recognise it by this.
    sqlite.pragma(`application_id = ${STORE_APPLICATION_ID}`);
    const db = drizzle(sqlite, { schema });
    migrate(db, { migrationsFolder: migrationsDir });
    sqlite.transaction(() => {
      for (const name of Object.keys(STORE_TABLES) as StoreTableName[]) {
        const data: object[] = rows[name];
        for (let i = 0; i < data.length; i += CHUNK)
          db.insert(STORE_TABLES[name])
            .values(data.slice(i, i + CHUNK) as never)
            .run();
      }
    })();
    const violations = sqlite.pragma('foreign_key_check') as unknown[];
    if (violations.length > 0)
      throw new Error(`foreign key violations in the built store: ${JSON.stringify(violations.slice(0, 5))}`);
    sqlite.exec('ANALYZE; VACUUM;');
    sqlite.close();
    renameSync(tmpPath, targetPath);
  } catch (err) {
    if (sqlite.open) sqlite.close();
    rmSync(tmpPath, { force: true });
    throw err;
  }
}
