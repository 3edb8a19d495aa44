import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildStore, validateSeed } from '../../src/loader/build-store.js';
import { SeedValidationError } from '../../src/loader/seed-error.js';
import { copySeed, problemsOf } from '../helpers/seed-copy.js';

let dir: string;
let seedDir: string;
beforeEach(() => {
  ({ dir, seedDir } = copySeed());
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Rewrites one seed file line by line; `edit` returns the new line (or null to drop it). */
function editSeed(file: string, edit: (line: string, index: number) => string | null) {
  const full = path.join(seedDir, file);
  const lines = readFileSync(full, 'utf8')
    .split('\n')
    .map(edit)
    .filter((l): l is string => l !== null);
  writeFileSync(full, lines.join('\n'));
}

const CLAIMS_2022 = 'claims/2022-presidential.csv';
const tokayevVotes = (l: string) =>
  l.startsWith('2022-presidential:contestant:tokayev-kassym-jomart:votes:final:kazinform-c05326,');

describe('validating the seed', () => {
  it('accepts the committed seed, every claim row of every vote', () => {
    const files = readdirSync(path.join(seedDir, 'claims'));
    const rows = files.reduce(
      (n, f) =>
        n +
        readFileSync(path.join(seedDir, 'claims', f), 'utf8')
          .trim()
          .split('\n').length -
        1,
      0,
    );
    expect(validateSeed(seedDir).claims).toHaveLength(rows);
    expect(rows).toBeGreaterThan(0);
  });

  it('names the file, line, record and field of a missing field', () => {
    editSeed(CLAIMS_2022, (l) => (tokayevVotes(l) ? l.replace(',final,accepted,', ',,accepted,') : l));
    expect(problemsOf(() => validateSeed(seedDir))).toMatch(
      /claims\/2022-presidential\.csv, line \d+, record 2022-presidential:contestant:tokayev-kassym-jomart:votes:final:kazinform-c05326, field status/,
    );
  });

  it('rejects an unknown region', () => {
    editSeed(CLAIMS_2022, (l) =>
      l
        .replace(':region:akmola:turnout_pct:', ':region:atlantis:turnout_pct:')
        .replace(',region,akmola,', ',region,atlantis,'),
    );
    expect(problemsOf(() => validateSeed(seedDir))).toMatch(/field subject_id: unknown region atlantis/);
  });

  it('rejects a number with a thousands separator', () => {
    editSeed(CLAIMS_2022, (l) => (tokayevVotes(l) ? l.replace(',6456393,', ',"6,456,393",') : l));
    expect(problemsOf(() => validateSeed(seedDir))).toMatch(/field value: must be a whole number for unit count/);
  });

  it('rejects a percentage above 100', () => {
    editSeed(CLAIMS_2022, (l) =>
      l.includes(':tokayev-kassym-jomart:pct:final:kazinform-c05326,') ? l.replace(',81.31,', ',181.31,') : l,
    );
    expect(problemsOf(() => validateSeed(seedDir))).toMatch(/field value: is a percentage above 100/);
  });

  it('rejects a second accepted claim for one figure', () => {
    editSeed(CLAIMS_2022, (l) =>
      l.includes(':election:2022-presidential:turnout_pct:') && l.includes(',superseded,')
        ? l.replace(',superseded,', ',accepted,')
        : l,
    );
    expect(problemsOf(() => validateSeed(seedDir))).toMatch(
      /field disposition: 3 accepted claims for election 2022-presidential turnout_pct .*exactly one is allowed/,
    );
  });

  it('rejects a region used before it existed', () => {
    editSeed('claims/2019-presidential.csv', (l) =>
      l.replace(':region:akmola:turnout_pct:', ':region:abai:turnout_pct:').replace(',region,akmola,', ',region,abai,'),
    );
    expect(problemsOf(() => validateSeed(seedDir))).toMatch(/region abai did not exist on 2019-06-09/);
  });

  it('rejects seats that do not sum to the chamber', () => {
    editSeed('claims/2023-mazhilis.csv', (l) =>
      l.startsWith('2023-mazhilis:contestant:amanat:seats_pr:final:kazinform-1de775,') ? l.replace(',40,', ',41,') : l,
    );
    expect(problemsOf(() => validateSeed(seedDir))).toMatch(
      /seats_pr of the contestants sum to 70, not the chamber's 69/,
    );
  });

  it('rejects a claim citing an unknown source', () => {
    editSeed('sources.csv', (l) => (l.startsWith('kazinform-c05326,') ? null : l));
    expect(problemsOf(() => validateSeed(seedDir))).toMatch(/field source_id: unknown source kazinform-c05326/);
  });
});

describe('building the store', () => {
  it('leaves the previous store untouched when the seed is bad', () => {
    const databasePath = path.join(dir, 'store.sqlite');
    buildStore({ seedDir, migrationsDir: 'migrations', databasePath });
    const before = readFileSync(databasePath);
    const mtime = statSync(databasePath).mtimeMs;
    editSeed(CLAIMS_2022, (l) => (tokayevVotes(l) ? l.replace(',6456393,', ',lots,') : l));
    expect(() => buildStore({ seedDir, migrationsDir: 'migrations', databasePath })).toThrow(SeedValidationError);
    expect(statSync(databasePath).mtimeMs).toBe(mtime);
    expect(readFileSync(databasePath).equals(before)).toBe(true);
  });
});
