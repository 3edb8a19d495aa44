import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';

function filesUnder(dir: string): string[] {
  return readdirSync(dir).sort().flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** A fingerprint of everything a store is built from: the seed files and the migrations. */
export function seedHash(seedDir: string, migrationsDir: string): string {
  const hash = createHash('sha256');
  for (const [root, file] of [seedDir, migrationsDir].flatMap((root) => filesUnder(root).map((f) => [root, f] as const))) {
    hash.update(`${path.relative(root, file)}\0`).update(readFileSync(file)).update('\0');
  }
  return hash.digest('hex');
}

/** The fingerprint a built store records, or null when the file is missing or unreadable. */
export function storedSeedHash(databasePath: string): string | null {
  try {
    const db = new Database(databasePath, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('select seed_hash from build_info').get() as { seed_hash: string } | undefined)?.seed_hash ?? null;
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}
