import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateSeed } from '../../src/loader/build-store.js';
import { copySeed, problemsOf } from '../helpers/seed-copy.js';

const seedCopy = () => copySeed().seedDir;
const problemsIn = (seedDir: string) => problemsOf(() => validateSeed(seedDir));

describe('the boundary join, checked at build', () => {
  it('accepts the seed as it is', () => {
    expect(() => validateSeed('seed')).not.toThrow();
  });

  it('fails when a region of a vote has no outline', () => {
    const dir = seedCopy();
    const file = path.join(dir, 'geo/kz_adm1_2024_simplified_1km.geojson');
    const fc = JSON.parse(readFileSync(file, 'utf8'));
    fc.features = fc.features.filter((f: { properties: { ADM1_PCODE: string } }) => f.properties.ADM1_PCODE !== 'KZ62');
    writeFileSync(file, JSON.stringify(fc));
    expect(problemsIn(dir)).toMatch(/kz-adm1-2024 simplified.*2022-presidential.*missing ulytau/);
  });

  it('fails when two boundary sets cover a vote', () => {
    const dir = seedCopy();
    appendFileSync(
      path.join(dir, 'boundary-sets.csv'),
      'overlap,2019-01-01,2019-12-31,Test attribution,CC-BY-4.0,https://creativecommons.org/licenses/by/4.0/,geokz-41c1a00\n',
    );
    expect(problemsIn(dir)).toMatch(/2 boundary sets are valid on 2019-06-09/);
  });

  it('fails on a ring that does not close', () => {
    const dir = seedCopy();
    const file = path.join(dir, 'geo/kz_adm1_2018_simplified_1km.geojson');
    const fc = JSON.parse(readFileSync(file, 'utf8'));
    const ring = fc.features[1].geometry.coordinates[0];
    ring[ring.length - 1] = [ring[0][0] + 1, ring[0][1]];
    writeFileSync(file, JSON.stringify(fc));
    expect(problemsIn(dir)).toMatch(/a ring must end where it starts/);
  });
});

describe('candidate names in Kazakh and Russian', () => {
  it('fails on a tie between spellings that no choice decides', () => {
    const dir = seedCopy();
    const choices = path.join(dir, 'candidate-name-choices.csv');
    writeFileSync(choices, readFileSync(choices, 'utf8').split('\n')[0] + '\n');
    expect(problemsIn(dir)).toMatch(/dementyeva-natalya\|kk.*sources tie/);
  });

  it('fails on a name whose source is not in the store', () => {
    const dir = seedCopy();
    appendFileSync(path.join(dir, 'candidate-names.csv'), 'li-yuri,kk,full,Юрий Ли,nowhere-000000\n');
    expect(problemsIn(dir)).toMatch(/unknown source nowhere-000000/);
  });
});
