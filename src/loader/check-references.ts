import { existedOn } from '../lib/existed-on.js';
import type { Seed } from './read-seed.js';
import type { SeedProblem } from './seed-error.js';
import type { ClaimRow, RegionRow } from './seed-schemas.js';

export function regionExistedOn(region: RegionRow, day: string): boolean {
  return existedOn(region.valid_from, region.valid_to, day);
}

function duplicates(ids: string[]): string[] {
  const seen = new Set<string>();
  return ids.filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
}

/** Checks that every id a seed row points at exists, and that regions existed when they are used. */
export function checkReferences(seed: Seed): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const regions = new Map(seed.regions.map((r) => [r.id, r]));
  const parties = new Set(seed.parties.map((p) => p.id));
  const candidates = new Set(seed.candidates.map((c) => c.id));
  const specials = new Set(seed.specialContestants.map((c) => c.id));
  const sources = new Set(seed.sources.map((s) => s.id));
  const elections = new Map(seed.elections.map((e) => [e.id, e]));
  const claimIds = new Set(seed.claims.map((c) => c.id));
  const isContestant = (id: string) => candidates.has(id) || parties.has(id) || specials.has(id);

  for (const [file, ids] of [
    ['sources.csv', seed.sources.map((s) => s.id)],
    ['regions.csv', seed.regions.map((r) => r.id)],
    ['parties.csv', [...seed.parties.map((p) => p.id)]],
    ['candidates.csv', seed.candidates.map((c) => c.id)],
    ['claims/', seed.claims.map((c) => c.id)],
  ] as const) {
    for (const id of duplicates([...ids])) problems.push({ file, record: id, field: 'id', message: 'duplicate id' });
  }
  for (const r of seed.regions) {
    if (r.parent_id && !regions.has(r.parent_id))
      problems.push({
        file: 'regions.csv',
        record: r.id,
        field: 'parent_id',
        message: `unknown region ${r.parent_id}`,
      });
  }
  for (const n of seed.regionNames) {
    if (!regions.has(n.region_id))
      problems.push({
        file: 'region-names.csv',
        record: n.region_id,
        field: 'region_id',
        message: `unknown region ${n.region_id}`,
      });
  }
  const aliasTargets = {
    region: (id: string) => regions.has(id),
    party: (id: string) => parties.has(id),
    candidate: (id: string) => candidates.has(id),
    special: (id: string) => specials.has(id),
  };
  for (const a of seed.aliases) {
    if (!aliasTargets[a.entity_type](a.entity_id))
      problems.push({
        file: 'aliases.csv',
        record: a.entity_id,
        field: 'entity_id',
        message: `unknown ${a.entity_type} ${a.entity_id}`,
      });
  }
  for (const l of seed.partyLineage) {
    for (const field of ['from_party_id', 'to_party_id'] as const) {
      if (!parties.has(l[field]))
        problems.push({ file: 'party-lineage.csv', record: l[field], field, message: `unknown party ${l[field]}` });
    }
  }
  for (const c of seed.candidacies) {
    const record = `${c.election_id}/${c.candidate_id}`;
    if (!candidates.has(c.candidate_id))
      problems.push({
        file: 'candidacies.csv',
        record,
        field: 'candidate_id',
        message: `unknown candidate ${c.candidate_id}`,
      });
    if (c.nominated_by && !parties.has(c.nominated_by))
      problems.push({
        file: 'candidacies.csv',
        record,
        field: 'nominated_by',
        message: `unknown party ${c.nominated_by}`,
      });
    for (const id of c.claim_ids)
      if (!claimIds.has(id))
        problems.push({ file: 'candidacies.csv', record, field: 'claim_ids', message: `unknown claim ${id}` });
  }
  // Election ids are data: every row that names a vote must name one of elections.csv.
  for (const [file, rows] of [
    ['candidacies.csv', seed.candidacies],
    ['gaps.csv', seed.gaps],
    ['election-systems.csv', seed.electionSystems],
    ['election-aliases.csv', seed.electionAliases],
  ] as const) {
    for (const row of rows as readonly { election_id: string }[]) {
      if (!elections.has(row.election_id))
        problems.push({
          file,
          record: row.election_id,
          field: 'election_id',
          message: `unknown election ${row.election_id}`,
        });
    }
  }
  const systems = new Set(seed.electionSystems.map((s) => s.election_id));
  for (const e of seed.elections) {
    if (!systems.has(e.id))
      problems.push({
        file: 'election-systems.csv',
        record: e.id,
        field: 'election_id',
        message: `no system for election ${e.id}`,
      });
    if (e.date_claim_id && !claimIds.has(e.date_claim_id))
      problems.push({
        file: 'elections.csv',
        record: e.id,
        field: 'date_claim_id',
        message: `unknown claim ${e.date_claim_id}`,
      });
  }
  for (const g of seed.gaps) {
    if (g.subject_type === 'region' && g.subject_id !== '*' && !regions.has(g.subject_id))
      problems.push({
        file: 'gaps.csv',
        record: g.subject_id,
        field: 'subject_id',
        message: `unknown region ${g.subject_id}`,
      });
  }

  for (const claim of seed.claims) {
    const where = { ...seed.claimOrigin.get(claim.id)!, record: claim.id };
    const election = elections.get(claim.election_id);
    if (!sources.has(claim.source_id))
      problems.push({ ...where, field: 'source_id', message: `unknown source ${claim.source_id}` });
    if (!election) {
      problems.push({ ...where, message: `unknown election ${claim.election_id}` });
      continue;
    }
    const checkRegion = (id: string, field: string) => {
      const region = regions.get(id);
      if (!region) problems.push({ ...where, field, message: `unknown region ${id}` });
      else if (!regionExistedOn(region, election.date))
        problems.push({ ...where, field, message: `region ${id} did not exist on ${election.date}` });
    };
    checkSubject(claim, {
      checkRegion,
      isContestant,
      push: (field, message) => problems.push({ ...where, field, message }),
    });
  }
  return problems;
}

interface SubjectChecks {
  checkRegion(id: string, field: string): void;
  isContestant(id: string): boolean;
  push(field: string, message: string): void;
}

function checkSubject(claim: ClaimRow, c: SubjectChecks): void {
  switch (claim.subject_type) {
    case 'election':
      if (claim.subject_id !== claim.election_id) c.push('subject_id', `must be the election id ${claim.election_id}`);
      break;
    case 'region':
      c.checkRegion(claim.subject_id, 'subject_id');
      break;
    case 'contestant':
      if (!c.isContestant(claim.subject_id)) c.push('subject_id', `unknown contestant ${claim.subject_id}`);
      break;
    case 'region_contestant': {
      const [region, contestant, extra] = claim.subject_id.split('/');
      if (!region || !contestant || extra !== undefined) c.push('subject_id', 'must be <region>/<contestant>');
      else {
        c.checkRegion(region, 'subject_id');
        if (!c.isContestant(contestant)) c.push('subject_id', `unknown contestant ${contestant}`);
      }
      break;
    }
    case 'district':
      if (!/^district-\d+$/.test(claim.subject_id)) c.push('subject_id', 'must be district-<n>');
      if (claim.metric === 'region') c.checkRegion(claim.value, 'value');
      if (claim.metric === 'party' && !c.isContestant(claim.value)) c.push('value', `unknown party ${claim.value}`);
      break;
  }
}
