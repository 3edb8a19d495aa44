import { existedOn } from '../lib/existed-on.js';
import { RESOLUTIONS } from '../domain/values.js';
import type { Seed } from './read-seed.js';
import type { SeedProblem } from './seed-error.js';

/** `KZ63` → `KZ-63`: the boundary files' join key as the ISO 3166-2 code of regions.csv. */
export const isoOfPcode = (pcode: string) => `${pcode.slice(0, 2)}-${pcode.slice(2)}`;

/** Region ids by the ISO 3166-2 code in force since 2022-11-29, the code both boundary vintages are keyed on. */
export function regionsByIso(seed: Seed): Map<string, string> {
  return new Map(
    seed.regions.flatMap((r) => (r.iso_3166_2_from_2022_11_29 ? [[r.iso_3166_2_from_2022_11_29, r.id]] : [])),
  );
}

/**
 * The join a map depends on: each vote's day falls in exactly one boundary set, and every region that existed
 * that day (except the voters abroad) has exactly one outline in that set at each resolution, and no other.
 */
export function checkBoundaries(seed: Seed): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const sources = new Set(seed.sources.map((s) => s.id));
  const byIso = regionsByIso(seed);
  for (const set of seed.boundarySets) {
    if (!sources.has(set.source_id))
      problems.push({ file: 'boundary-sets.csv', record: set.id, field: 'source_id', message: 'unknown source' });
  }
  for (const f of seed.boundaryFiles) {
    if (!seed.boundarySets.some((s) => s.id === f.set_id))
      problems.push({ file: 'boundary-files.csv', record: f.file, field: 'set_id', message: 'unknown boundary set' });
  }
  for (const feature of seed.boundaryFeatures) {
    if (!byIso.has(isoOfPcode(feature.pcode)))
      problems.push({ file: 'boundary-files.csv', record: feature.pcode, message: 'joins no region of regions.csv' });
  }
  for (const election of seed.elections) {
    const sets = seed.boundarySets.filter((s) => existedOn(s.valid_from, s.valid_to, election.date));
    if (sets.length !== 1) {
      problems.push({
        file: 'boundary-sets.csv',
        record: election.id,
        message: `${sets.length} boundary sets are valid on ${election.date}; a map needs exactly one`,
      });
      continue;
    }
    const expected = seed.regions
      .filter((r) => r.kind !== 'abroad' && existedOn(r.valid_from, r.valid_to, election.date))
      .map((r) => r.id)
      .sort();
    for (const resolution of RESOLUTIONS) {
      const drawn = seed.boundaryFeatures
        .filter((f) => f.setId === sets[0]!.id && f.resolution === resolution)
        .map((f) => byIso.get(isoOfPcode(f.pcode)) ?? f.pcode)
        .sort();
      if (drawn.join() !== expected.join())
        problems.push({
          file: 'boundary-files.csv',
          record: `${sets[0]!.id} ${resolution}`,
          message:
            `outlines for ${election.id} (${election.date}) do not match its regions: ` +
            `missing ${expected.filter((id) => !drawn.includes(id)).join(', ') || 'none'}; ` +
            `extra ${drawn.filter((id) => !expected.includes(id)).join(', ') || 'none'}`,
        });
    }
  }
  return problems;
}
