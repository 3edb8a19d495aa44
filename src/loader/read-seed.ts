import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { z } from 'zod';
import { readCsv } from '../lib/csv-files.js';
import type { SeedProblem } from './seed-error.js';
import * as s from './seed-schemas.js';
import * as g from './seed-geo-schemas.js';
import * as n from './seed-name-schemas.js';
import { readBoundaries, type BoundaryFeature } from './read-boundaries.js';

/** The whole seed, every row validated. */
export interface Seed {
  sources: s.SourceRow[];
  regions: s.RegionRow[];
  regionNames: s.RegionNameRow[];
  aliases: s.AliasRow[];
  parties: s.PartyRow[];
  partyLineage: s.PartyLineageRow[];
  candidates: s.CandidateRow[];
  candidacies: s.CandidacyRow[];
  specialContestants: s.SpecialContestantRow[];
  elections: s.ElectionRow[];
  electionSystems: s.ElectionSystemRow[];
  electionAliases: s.ElectionAliasRow[];
  gaps: s.GapRow[];
  sourceDescriptions: s.SourceDescriptionRow[];
  claims: s.ClaimRow[];
  candidateNames: n.CandidateNameRow[];
  candidateNameChoices: n.CandidateNameChoiceRow[];
  boundarySets: g.BoundarySetRow[];
  boundaryFiles: g.BoundaryFileRow[];
  /** The outlines in the files boundary-files.csv lists. */
  boundaryFeatures: BoundaryFeature[];
  /** Where each claim came from, for messages. */
  claimOrigin: Map<string, { file: string; line: number }>;
}

/** Validates every row of one file, collecting problems; the header is line 1, data starts at line 2. */
function readFile<T extends z.ZodType>(
  seedDir: string,
  file: string,
  schema: T,
  problems: SeedProblem[],
): { data: z.infer<T>; line: number }[] {
  const full = path.join(seedDir, file);
  if (!existsSync(full)) {
    problems.push({ file, message: 'file is missing' });
    return [];
  }
  let raw;
  try {
    raw = readCsv(full);
  } catch (err) {
    problems.push({ file, message: `is not valid CSV: ${(err as Error).message}` });
    return [];
  }
  const rows: { data: z.infer<T>; line: number }[] = [];
  raw.forEach((row, i) => {
    const parsed = schema.safeParse(row);
    if (parsed.success) {
      rows.push({ data: parsed.data, line: i + 2 });
      return;
    }
    const record = row.id ?? row.election_id ?? row.region_id ?? undefined;
    for (const issue of parsed.error.issues) {
      const field = issue.path.join('.');
      const message = row[field] === undefined && issue.code === 'invalid_type' ? 'is required' : issue.message;
      problems.push({ file, line: i + 2, record, field, message });
    }
  });
  return rows;
}

export function readSeed(seedDir: string): { seed: Seed; problems: SeedProblem[] } {
  const problems: SeedProblem[] = [];
  const read = <T extends z.ZodType>(file: string, schema: T) =>
    readFile(seedDir, file, schema, problems).map((r) => r.data);

  const claims: s.ClaimRow[] = [];
  const claimOrigin = new Map<string, { file: string; line: number }>();
  const claimDir = path.join(seedDir, 'claims');
  const claimFiles = existsSync(claimDir)
    ? readdirSync(claimDir)
        .filter((f) => f.endsWith('.csv'))
        .sort()
    : [];
  if (claimFiles.length === 0) problems.push({ file: 'claims/', message: 'no claim files found' });
  for (const name of claimFiles) {
    const file = `claims/${name}`;
    const electionId = s.electionId.safeParse(name.replace(/\.csv$/, ''));
    if (!electionId.success) {
      problems.push({ file, message: 'claim files must be named after an election id' });
      continue;
    }
    readFile(seedDir, file, s.claimRow, problems).forEach(({ data: row, line }) => {
      claims.push({ ...row, election_id: electionId.data });
      claimOrigin.set(row.id, { file, line });
    });
  }

  const seed: Seed = {
    // Sources: the reference's, the pages candidate names come from, and those the project adds (boundaries).
    sources: ['sources.csv', 'name-sources.csv', 'project-sources.csv'].flatMap((f) => read(f, s.sourceRow)),
    regions: read('regions.csv', s.regionRow),
    regionNames: read('region-names.csv', s.regionNameRow),
    aliases: read('aliases.csv', s.aliasRow),
    parties: read('parties.csv', s.partyRow),
    partyLineage: read('party-lineage.csv', s.partyLineageRow),
    candidates: read('candidates.csv', s.candidateRow),
    candidacies: read('candidacies.csv', s.candidacyRow),
    specialContestants: read('special-contestants.csv', s.specialContestantRow),
    elections: read('elections.csv', s.electionRow),
    electionSystems: read('election-systems.csv', s.electionSystemRow),
    electionAliases: read('election-aliases.csv', s.electionAliasRow),
    gaps: read('gaps.csv', s.gapRow),
    sourceDescriptions: read('source-descriptions.csv', s.sourceDescriptionRow),
    claims,
    claimOrigin,
    candidateNames: read('candidate-names.csv', n.candidateNameRow),
    candidateNameChoices: read('candidate-name-choices.csv', n.candidateNameChoiceRow),
    boundarySets: read('boundary-sets.csv', g.boundarySetRow),
    boundaryFiles: read('boundary-files.csv', g.boundaryFileRow),
    boundaryFeatures: [],
  };
  seed.boundaryFeatures = readBoundaries(seedDir, seed.boundaryFiles, problems);
  return { seed, problems };
}
