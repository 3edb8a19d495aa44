import type { districts, results, seats, turnout } from '../db/schema.js';
import { claimKey } from './check-claims.js';
import { regionExistedOn } from './check-references.js';
import { contestId, type ContestantInsert, type ContestInsert } from './derive-contests.js';
import type { Seed } from './read-seed.js';
import type { ClaimRow } from './seed-schemas.js';
import {
  ASSEMBLY_SEATS_METRIC,
  DISTRICT_COLUMNS,
  RESULT_COLUMNS,
  SEAT_COLUMNS,
  TURNOUT_COLUMNS,
} from '../domain/metric-columns.js';

type Accepted = Map<string, ClaimRow>;

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
    // Where no `elected` claim exists, a candidacy marked elected rests on the claims it names.
    const electedClaim = firstOf(get, RESULT_COLUMNS.elected);
    const electedEvidence =
      electedClaim ?? (candidacy?.elected ? seed.claims.find((c) => c.id === candidacy.claim_ids[0]) : undefined);
    rows.push({
      electionId: line.electionId,
      contestId: line.contestId,
      regionId: null,
      contestantId: line.contestantId,
      ...figure('votes', firstOf(get, RESULT_COLUMNS.votes)),
      ...figure('pct', firstOf(get, RESULT_COLUMNS.pct)),
      ...figure('pctOfValid', firstOf(get, RESULT_COLUMNS.pctOfValid)),
      ...figure('rank', firstOf(get, RESULT_COLUMNS.rank)),
      elected: electedEvidence ? (electedClaim ? electedClaim.value === 'true' : candidacy!.elected === 'true') : null,
      electedClaim: electedEvidence?.id ?? null,
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
    const units: [string | null, string, string][] = [
      [null, 'election', e.id],
      ...seed.regions
        .filter((r) => regionExistedOn(r, e.date))
        .map((r) => [r.id, 'region', r.id] as [string, string, string]),
    ];
    for (const [regionId, subjectType, subjectId] of units) {
      const row: Record<string, unknown> = { electionId: e.id, regionId };
      const get = (metric: string) =>
        accepted.get(claimKey({ election_id: e.id, subject_type: subjectType, subject_id: subjectId, metric }));
      for (const [field, metrics] of Object.entries(TURNOUT_COLUMNS))
        Object.assign(row, figure(field, firstOf(get, metrics)));
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
