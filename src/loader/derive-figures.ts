import type { districts, results, seats, turnout } from '../db/schema.js';
import { claimKey } from './check-claims.js';
import { regionExistedOn } from './check-references.js';
import { contestId, type ContestantInsert, type ContestInsert } from './derive-contests.js';
import type { Seed } from './read-seed.js';
import type { ClaimRow } from './seed-schemas.js';
import { CLAIM_STATUSES } from '../domain/values.js';
import {
  ABROAD_ELECTION_METRICS,
  ASSEMBLY_SEATS_METRIC,
  DISTRICT_COLUMNS,
  RESULT_COLUMNS,
  SEAT_COLUMNS,
  TURNOUT_COLUMNS,
} from '../domain/metric-columns.js';

type Accepted = Map<string, ClaimRow>;

/** Of two accepted claims stating one figure, the more final one (the first on a tie); either may be absent. */
function strongerClaim(first: ClaimRow | undefined, second: ClaimRow | undefined): ClaimRow | undefined {
  if (!first || !second) return first ?? second;
  return CLAIM_STATUSES.indexOf(second.status) < CLAIM_STATUSES.indexOf(first.status) ? second : first;
}

/** The accepted claim of the first of a column's metrics that has one (src/domain/metric-columns). */
const firstOf = (get: (metric: string) => ClaimRow | undefined, metrics: readonly string[]) =>
  metrics.map(get).find((c) => c !== undefined);

/** A typed value and the id of the claim it comes from, spread into a canonical row. */
function figure(name: string, claim: ClaimRow | undefined, as: 'number' | 'text' = 'number'): Record<string, unknown> {
  const value = claim === undefined ? null : as === 'text' ? claim.value : Number(claim.value);
  return { [name]: value, [`${name}Claim`]: claim?.id ?? null };
}

export function deriveResults(
  seed: Seed,
  accepted: Accepted,
  ballot: ContestantInsert[],
): (typeof results.$inferInsert)[] {
  const rows: (typeof results.$inferInsert)[] = [];
  for (const line of ballot) {
    const get = (metric: string) =>
      accepted.get(
        claimKey({ election_id: line.electionId, subject_type: 'contestant', subject_id: line.contestantId, metric }),
      );
    const candidacy = seed.candidacies.find(
      (c) => c.election_id === line.electionId && c.candidate_id === line.contestantId,
    );
    // `elected` is a claim of its own where a source states it; otherwise a candidacy marked elected rests on the
    // claim it names (a vote count, a district winner): served as derived from that claim, never as its claim.
    const electedClaim = firstOf(get, RESULT_COLUMNS.elected);
    const derivedFrom =
      !electedClaim && candidacy?.elected ? seed.claims.find((c) => c.id === candidacy.claim_ids[0]) : undefined;
    rows.push({
      electionId: line.electionId,
      contestId: line.contestId,
      regionId: null,
      contestantId: line.contestantId,
      ...figure('votes', firstOf(get, RESULT_COLUMNS.votes)),
      ...figure('pct', firstOf(get, RESULT_COLUMNS.pct)),
      ...figure('pctOfValid', firstOf(get, RESULT_COLUMNS.pctOfValid)),
      ...figure('rank', firstOf(get, RESULT_COLUMNS.rank)),
      elected: electedClaim ? electedClaim.value === 'true' : derivedFrom ? candidacy!.elected === 'true' : null,
      electedClaim: electedClaim?.id ?? null,
      electedDerivedFrom: derivedFrom?.id ?? null,
      ...figure('listCandidates', firstOf(get, RESULT_COLUMNS.listCandidates)),
    } as typeof results.$inferInsert);
  }
  for (const claim of accepted.values()) {
    if (claim.subject_type !== 'region_contestant') continue;
    const [regionId, contestantId] = claim.subject_id.split('/') as [string, string];
    const line = ballot.find((b) => b.electionId === claim.election_id && b.contestantId === contestantId)!;
    const existing = rows.find(
      (r) => r.electionId === claim.election_id && r.regionId === regionId && r.contestantId === contestantId,
    );
    const target = existing ?? { electionId: claim.election_id, contestId: line.contestId, regionId, contestantId };
    if ((RESULT_COLUMNS.pct as readonly string[]).includes(claim.metric))
      Object.assign(target, { pct: Number(claim.value), pctClaim: claim.id });
    if ((RESULT_COLUMNS.votes as readonly string[]).includes(claim.metric))
      Object.assign(target, { votes: Number(claim.value), votesClaim: claim.id });
    if (!existing) rows.push(target);
  }
  return rows;
}

/** One national row and one row per region that existed on the day, figures or not. */
export function deriveTurnout(seed: Seed, accepted: Accepted): (typeof turnout.$inferInsert)[] {
  const rows: (typeof turnout.$inferInsert)[] = [];
  for (const e of seed.elections) {
    const existing = seed.regions.filter((r) => regionExistedOn(r, e.date));
    const abroad = new Set(existing.filter((r) => r.kind === 'abroad').map((r) => r.id));
    const units: [string | null, string, string][] = [
      [null, 'election', e.id],
      ...existing.map((r) => [r.id, 'region', r.id] as [string, string, string]),
    ];
    const national = (metric: string) =>
      accepted.get(claimKey({ election_id: e.id, subject_type: 'election', subject_id: e.id, metric }));
    for (const [regionId, subjectType, subjectId] of units) {
      const row: Record<string, unknown> = { electionId: e.id, regionId };
      const get = (metric: string) =>
        accepted.get(claimKey({ election_id: e.id, subject_type: subjectType, subject_id: subjectId, metric }));
      for (const [field, metrics] of Object.entries(TURNOUT_COLUMNS)) {
        const own = firstOf(get, metrics);
        const statement =
          field in ABROAD_ELECTION_METRICS && regionId !== null && abroad.has(regionId)
            ? national(ABROAD_ELECTION_METRICS[field as keyof typeof ABROAD_ELECTION_METRICS])
            : undefined;
        Object.assign(row, figure(field, strongerClaim(own, statement)));
      }
      rows.push(row as typeof turnout.$inferInsert);
    }
  }
  return rows;
}

/** Seats per holder: every party list of a Mazhilis vote, the self-nominated and the Assembly tier. */
export function deriveSeats(seed: Seed, accepted: Accepted, ballot: ContestantInsert[]): (typeof seats.$inferInsert)[] {
  const rows: (typeof seats.$inferInsert)[] = [];
  for (const e of seed.elections.filter((x) => x.kind === 'mazhilis')) {
    const holders = new Set(
      ballot.filter((b) => b.electionId === e.id && b.kind === 'party-list').map((b) => b.contestantId),
    );
    for (const c of accepted.values())
      if (c.election_id === e.id && c.subject_type === 'contestant' && c.metric.startsWith('seats_'))
        holders.add(c.subject_id);
    for (const holder of [...holders].sort()) {
      const get = (metric: string) =>
        accepted.get(claimKey({ election_id: e.id, subject_type: 'contestant', subject_id: holder, metric }));
      rows.push({
        electionId: e.id,
        holderId: holder,
        holderKind: holder === 'independent' ? 'self-nominated' : 'party',
        ...figure('partyList', firstOf(get, SEAT_COLUMNS.partyList)),
        ...figure('district', firstOf(get, SEAT_COLUMNS.district)),
        ...figure('assembly', undefined),
        ...figure('total', firstOf(get, SEAT_COLUMNS.total)),
      } as typeof seats.$inferInsert);
    }
    const assembly = accepted.get(
      claimKey({ election_id: e.id, subject_type: 'election', subject_id: e.id, metric: ASSEMBLY_SEATS_METRIC }),
    );
    if (assembly)
      rows.push({
        electionId: e.id,
        holderId: 'assembly-of-people',
        holderKind: 'assembly',
        assembly: Number(assembly.value),
        assemblyClaim: assembly.id,
      });
  }
  return rows;
}

export function deriveDistricts(
  seed: Seed,
  accepted: Accepted,
  contestRows: ContestInsert[],
): (typeof districts.$inferInsert)[] {
  return contestRows
    .filter((c) => c.kind === 'district')
    .map((c) => {
      const get = (metric: string) =>
        accepted.get(claimKey({ election_id: c.electionId, subject_type: 'district', subject_id: c.slug, metric }));
      const winner = seed.candidacies.find(
        (x) => x.election_id === c.electionId && x.contest === c.slug && x.elected === 'true',
      );
      return {
        electionId: c.electionId,
        contestId: contestId(c.electionId, c.slug),
        number: c.districtNumber!,
        ...figure('name', firstOf(get, DISTRICT_COLUMNS.name), 'text'),
        ...figure('regionId', firstOf(get, DISTRICT_COLUMNS.regionId), 'text'),
        ...figure('winnerName', firstOf(get, DISTRICT_COLUMNS.winnerName), 'text'),
        winnerCandidateId: winner?.candidate_id ?? null,
        ...figure('partyId', firstOf(get, DISTRICT_COLUMNS.partyId), 'text'),
        ...figure('registeredVoters', firstOf(get, DISTRICT_COLUMNS.registeredVoters)),
        ...figure('candidatesNominated', firstOf(get, DISTRICT_COLUMNS.candidatesNominated)),
        ...figure('candidatesCount', firstOf(get, DISTRICT_COLUMNS.candidatesCount)),
      } as typeof districts.$inferInsert;
    });
}
