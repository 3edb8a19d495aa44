import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from '../db/sqlite.js';

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = path.join(dir, name);
      return statSync(full).isDirectory() ? filesUnder(full) : [full];
    });
}

/**
 * The code that shapes a store: the loader, the store schema, the value lists and the helpers the loader
 * uses. Its TypeScript sources are hashed (from src/, beside this module's own src/ or dist/ folder), so a
 * change to a derivation rebuilds the store even when no seed file changed.
 */
const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const STORE_CODE_DIRS = ['src/loader', 'src/db', 'src/domain', 'src/lib'].map((d) => path.join(PROJECT_ROOT, d));

/** A fingerprint of everything a store is built from: the seed files, the migrations and the loader's code. */
export function seedHash(seedDir: string, migrationsDir: string): string {
  const hash = createHash('sha256');
  const roots = [seedDir, migrationsDir, ...STORE_CODE_DIRS.filter((d) => existsSync(d))];
  for (const [root, file] of roots.flatMap((root) => filesUnder(root).map((f) => [root, f] as const))) {
    hash
      .update(`${path.relative(root, file)}\0`)
      .update(readFileSync(file))
      .update('\0');
  }
  return hash.digest('hex');
}

/** The fingerprint a built store records, or null when the file is missing or unreadable. */
export function storedSeedHash(databasePath: string): string | null {
  try {
    const db = new Database(databasePath, { readonly: true, fileMustExist: true });
    try {
      return (
        (db.prepare('select seed_hash from build_info').get() as { seed_hash: string } | undefined)?.seed_hash ?? null
      );
    } finally {
      db.close();
    }
  } catch {
    return null;
  }
}
