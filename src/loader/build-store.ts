import type { StoreRows } from '../db/store-tables.js';
import { foldName } from '../lib/fold-name.js';
import { acceptedClaims, checkClaims, claimKey } from './check-claims.js';
import { checkReferences } from './check-references.js';
import { candidateNameRows, chooseCandidateNames } from './derive-candidate-names.js';
import { checkBoundaries, isoOfPcode, regionsByIso } from './check-boundaries.js';
import { foundedDate } from './derive-founded.js';
import { checkSources, servedSources } from './derive-sources.js';
import { deriveContestants, deriveContests } from './derive-contests.js';
import { deriveDiscrepancyKeys } from './derive-discrepancies.js';
import { deriveDistricts, deriveResults, deriveSeats, deriveTurnout } from './derive-figures.js';
import { qualityFlags } from './quality-flags.js';
import { readSeed, type Seed } from './read-seed.js';
import { seedHash } from './seed-hash.js';
import { SeedValidationError } from './seed-error.js';
import { withSortKeys } from './derive-sort-keys.js';
import { writeStore } from './write-store.js';
import type { AliasEntityType } from '../domain/values.js';
import { NUMERIC_UNITS } from '../domain/values.js';

export type { StoreRows } from '../db/store-tables.js';

/** Validates the seed completely; throws SeedValidationError listing every problem. */
export function validateSeed(seedDir: string): Seed {
  const { seed, problems } = readSeed(seedDir);
  if (problems.length === 0)
    problems.push(
      ...checkReferences(seed),
      ...checkClaims(seed),
      ...checkSources(seed),
      ...checkBoundaries(seed),
      ...chooseCandidateNames(seed).problems,
    );
  if (problems.length > 0) throw new SeedValidationError(problems);
  return seed;
}

/** Sources of the other claims that state the accepted value (not errata, not earlier figures). */
function corroborating(seed: Seed): Map<string, string[]> {
  const accepted = acceptedClaims(seed.claims);
  const out = new Map<string, string[]>();
  for (const c of seed.claims) {
    if (c.disposition !== 'alternative') continue;
    const a = accepted.get(claimKey(c));
    if (a && a.value === c.value && a.source_id !== c.source_id) out.set(a.id, [...(out.get(a.id) ?? []), c.source_id]);
  }
  return out;
}

/** Outlines keyed by region id (the join was proven by checkBoundaries). */
function boundaryRows(seed: Seed): StoreRows['boundaries'] {
  const byIso = regionsByIso(seed);
  return seed.boundaryFeatures.map((f) => ({
    setId: f.setId,
    regionId: byIso.get(isoOfPcode(f.pcode))!,
    resolution: f.resolution,
    geometry: JSON.stringify(f.geometry),
  }));
}

export function deriveRows(seed: Seed, hash: string): StoreRows {
  const accepted = acceptedClaims(seed.claims);
  const contests = deriveContests(seed, accepted);
  const contestants = deriveContestants(seed, accepted);
  const systems = new Map(seed.electionSystems.map((s) => [s.election_id, s.system]));
  const support = corroborating(seed);
  const shownNames = chooseCandidateNames(seed).shown;
  const alias = (entityType: AliasEntityType, entityId: string, name: string) => ({
    entityType,
    entityId,
    alias: name,
    folded: foldName(name),
  });
  const names = (
    entityType: AliasEntityType,
    r: { id: string; name_en: string; name_kk?: string | null; name_ru?: string | null },
  ) => [r.name_en, r.name_kk, r.name_ru].filter((n): n is string => !!n).map((n) => alias(entityType, r.id, n));
  return {
    sources: servedSources(seed).map((s) => ({
      id: s.id,
      url: s.url,
      title: s.title,
      description: s.description,
      publisher: s.publisher,
      kind: s.kind,
      language: s.language,
      publishedOn: s.published_on,
    })),
    regions: seed.regions.map((r) => ({
      id: r.id,
      nameEn: r.name_en,
      nameKk: r.name_kk,
      nameRu: r.name_ru,
      kind: r.kind,
      isoCodeUntil20221128: r.iso_3166_2_until_2022_11_28,
      isoCodeFrom20221129: r.iso_3166_2_from_2022_11_29,
      validFrom: r.valid_from,
      validTo: r.valid_to,
      parentId: r.parent_id,
      sourceIds: r.source_ids.join(';'),
    })),
    regionNames: seed.regionNames.map((n) => ({
      regionId: n.region_id,
      lang: n.lang,
      name: n.name,
      validFrom: n.valid_from,
      validTo: n.valid_to,
    })),
    parties: seed.parties.map((p) => ({
      id: p.id,
      nameEn: p.name_en,
      nameKk: p.name_kk,
      nameRu: p.name_ru,
      kind: p.kind,
      founded: p.founded,
      foundedOn: foundedDate(p.founded)?.on ?? null,
      foundedPrecision: foundedDate(p.founded)?.precision ?? null,
      sourceIds: p.source_ids.join(';'),
    })),
    specialContestants: seed.specialContestants.map((s) => ({ id: s.id, nameEn: s.name_en })),
    partyLinks: seed.partyLineage.map((l) => ({
      fromPartyId: l.from_party_id,
      toPartyId: l.to_party_id,
      kind: l.kind,
      date: l.date,
    })),
    candidates: seed.candidates.map((c) => ({
      id: c.id,
      nameEn: c.name_en,
      nameKk: shownNames.get(`${c.id}|kk`)?.name ?? c.name_kk,
      nameRu: shownNames.get(`${c.id}|ru`)?.name ?? c.name_ru,
    })),
    candidateNames: candidateNameRows(seed, shownNames),
    aliases: [
      ...seed.aliases.map((a) => alias(a.entity_type, a.entity_id, a.alias)),
      ...seed.regions.flatMap((r) => names('region', r)),
      ...seed.regionNames.map((n) => alias('region', n.region_id, n.name)),
      ...seed.parties.flatMap((p) => names('party', p)),
      ...seed.candidates.flatMap((c) => names('candidate', c)),
      ...seed.candidateNames.map((n) => alias('candidate', n.candidate_id, n.name)),
      ...seed.specialContestants.map((s) => alias('special', s.id, s.name_en)),
      ...seed.elections.flatMap((e) => [alias('election', e.id, e.name_en), alias('election', e.id, e.id)]),
      ...seed.electionAliases.map((a) => alias('election', a.election_id, a.alias)),
    ],
    elections: seed.elections.map((e) => ({
      id: e.id,
      kind: e.kind,
      nameEn: e.name_en,
      date: e.date,
      system: systems.get(e.id)!,
      dateClaimId: e.date_claim_id,
    })),
    claims: seed.claims.map((c) => ({
      id: c.id,
      electionId: c.election_id,
      subjectType: c.subject_type,
      subjectId: c.subject_id,
      metric: c.metric,
      value: c.value,
      valueNum: NUMERIC_UNITS.has(c.unit) ? Number(c.value) : null,
      unit: c.unit,
      status: c.status,
      disposition: c.disposition,
      sourceId: c.source_id,
      reason: c.reason,
      corroboratingSourceIds: (support.get(c.id) ?? []).join(';'),
    })),
    contests,
    contestants,
    results: deriveResults(seed, accepted, contestants),
    turnout: deriveTurnout(seed, accepted),
    seats: deriveSeats(seed, accepted, contestants),
    districts: deriveDistricts(seed, accepted, contests),
    boundarySets: seed.boundarySets.map((b) => ({
      id: b.id,
      validFrom: b.valid_from,
      validTo: b.valid_to,
      attribution: b.attribution,
      licence: b.licence,
      licenceUrl: b.licence_url,
      sourceId: b.source_id,
    })),
    boundaries: boundaryRows(seed),
    gaps: seed.gaps.map((g) => ({
      electionId: g.election_id,
      subjectType: g.subject_type,
      subjectId: g.subject_id,
      metric: g.metric,
      kind: g.kind,
      reason: g.reason,
    })),
    qualityFlags: qualityFlags(
      seed.elections.map((e) => e.id),
      accepted,
    ),
    discrepancyKeys: deriveDiscrepancyKeys(seed),
    buildInfo: [{ seedHash: hash, builtAt: new Date().toISOString() }],
  };
}

/** Validates seed/, derives every table and writes the store atomically. */
export function buildStore(opts: { seedDir: string; migrationsDir: string; databasePath: string }): StoreRows {
  const seed = validateSeed(opts.seedDir);
  const rows = withSortKeys(deriveRows(seed, seedHash(opts.seedDir, opts.migrationsDir)));
  writeStore(opts.databasePath, opts.migrationsDir, rows);
  return rows;
}
