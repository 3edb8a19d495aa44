import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database, { type SqliteDatabase } from '../../src/db/sqlite.js';
import { describe, expect, inject, it } from 'vitest';
import { openStore } from '../../src/db/open-store.js';
import { StoreError } from '../../src/db/store-identity.js';

const dir = mkdtempSync(path.join(tmpdir(), 'kz-open-store-'));
const built = inject('databasePath');

function doctored(name: string, change: (db: SqliteDatabase) => void): string {
  const file = path.join(dir, name);
  copyFileSync(built, file);
  const db = new Database(file);
  change(db);
  db.close();
  return file;
}

function expectRefused(file: string, problem: RegExp) {
  let error: unknown;
  try {
    openStore(file).sqlite.close();
  } catch (err) {
    error = err;
  }
  expect(error).toBeInstanceOf(StoreError);
  expect((error as Error).message).toContain(file);
  expect((error as Error).message).toMatch(problem);
  expect((error as Error).message).toContain('npm run db:build');
}

describe('opening the store refuses what this code cannot serve', () => {
  it('opens the store the loader built', () => {
    const store = openStore(built);
    expect(store.claimCount).toBeGreaterThan(0);
    store.sqlite.close();
  });

  it('a missing file', () => expectRefused(path.join(dir, 'absent.sqlite'), /no store/));

  it('a file that is not SQLite', () => {
    const file = path.join(dir, 'notes.txt');
    writeFileSync(file, "not a database, but somebody's notes\n".repeat(200));
    expectRefused(file, /cannot be opened as SQLite|not a store/);
  });

  it("another application's SQLite file", () => {
    const file = path.join(dir, 'other.sqlite');
    const db = new Database(file);
    db.exec('create table t (x)');
    db.close();
    expectRefused(file, /not a store built by this project/);
  });

  it('a store whose tables do not match this version of the code', () => {
    expectRefused(
      doctored('old-shape.sqlite', (db) => db.exec('alter table claims drop column reason')),
      /another version.*claims\.reason/,
    );
    expectRefused(
      doctored('no-table.sqlite', (db) => db.exec('drop table discrepancy_keys')),
      /discrepancy_keys is missing/,
    );
    // A store from before the search's trigram index: it would answer everything but search.
    expectRefused(
      doctored('no-trigram.sqlite', (db) => db.exec('drop trigger aliases_trigram_insert; drop table aliases_trigram')),
      /aliases_trigram is missing/,
    );
  });

  it('a store with no build record', () => {
    expectRefused(
      doctored('unfinished.sqlite', (db) => db.exec('delete from build_info')),
      /no build_info row/,
    );
  });

  it('never changes the file it refuses', () => {
    const file = path.join(dir, 'notes.txt');
    const before = readFileSync(file);
    try {
      openStore(file);
    } catch {
      /* refused */
    }
    expect(readFileSync(file).equals(before)).toBe(true);
  });
});
