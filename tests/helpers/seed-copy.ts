import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { SeedValidationError } from '../../src/loader/seed-error.js';

/** A copy of seed/ in a fresh temporary folder, to break one thing in: the folder and the copy's path. */
export function copySeed(): { dir: string; seedDir: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'kz-seed-'));
  const seedDir = path.join(dir, 'seed');
  cpSync('seed', seedDir, { recursive: true });
  return { dir, seedDir };
}

/** The message of the SeedValidationError `fn` throws; fails the test when the seed is accepted. */
export function problemsOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(SeedValidationError);
    return (err as Error).message;
  }
  throw new Error('expected the seed to be rejected');
}
