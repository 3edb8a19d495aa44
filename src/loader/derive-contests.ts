import type { contestants, contests } from '../db/schema.js';
import { claimKey } from './check-claims.js';
import type { Seed } from './read-seed.js';
import type { ClaimRow, ElectionRow } from './seed-schemas.js';

export type ContestInsert = typeof contests.$inferInsert;
export type ContestantInsert = typeof contestants.$inferInsert;

/** The ballot every contestant-level claim of a vote belongs to, unless a candidacy says otherwise. */
export const mainContest = (e: Pick<ElectionRow, 'kind'>) =>
  e.kind === 'presidential' ? 'president' : e.kind === 'referendum' ? 'question' : 'party-list';

export const contestId = (electionId: string, slug: string) => `${electionId}/${slug}`;

/** Aggregates that hold seats but are not a line on any ballot. */
export const NOT_ON_BALLOT = new Set(['independent']);

/**
 * Contests come from the shape of each vote: one national ballot, the 2021 Assembly vote, and
 * as many 2023 districts as the accepted seats_smd figure says there were.
 */
export function deriveContests(seed: Seed, accepted: Map<string, ClaimRow>): ContestInsert[] {
  const rows: ContestInsert[] = [];
  for (const e of seed.elections) {
    const main = mainContest(e);
    rows.push({ id: contestId(e.id, main), electionId: e.id, slug: main, kind: main });
    if (seed.candidacies.some((c) => c.election_id === e.id && c.contest === 'apk')) {
      rows.push({ id: contestId(e.id, 'apk'), electionId: e.id, slug: 'apk', kind: 'assembly-vote' });
    }
    const smd = accepted.get(
      claimKey({ election_id: e.id, subject_type: 'election', subject_id: e.id, metric: 'seats_smd' }),
    );
    for (let n = 1; n <= Number(smd?.value ?? 0); n++) {
      rows.push({
        id: contestId(e.id, `district-${n}`),
        electionId: e.id,
        slug: `district-${n}`,
        kind: 'district',
        districtNumber: n,
      });
    }
  }
  return rows;
}

/** Ballot lines: candidacies, plus every party, option or 'against all' a contestant claim names. */
export function deriveContestants(seed: Seed, accepted: Map<string, ClaimRow>): ContestantInsert[] {
  const parties = new Set(seed.parties.map((p) => p.id));
  const rows = new Map<string, ContestantInsert>();
  for (const c of seed.candidacies) {
    const nominated = accepted.get(
      claimKey({
        election_id: c.election_id,
        subject_type: 'contestant',
        subject_id: c.candidate_id,
        metric: 'nominated_by',
      }),
    );
    const id = contestId(c.election_id, c.contest);
    rows.set(`${id}|${c.candidate_id}`, {
      contestId: id,
      electionId: c.election_id,
      contestantId: c.candidate_id,
      kind: 'candidate',
      nominatedById: c.nominated_by,
      nominatedByText: nominated?.value ?? c.nominated_by_text,
    });
  }
  const elections = new Map(seed.elections.map((e) => [e.id, e]));
  for (const claim of seed.claims) {
    if (claim.subject_type !== 'contestant' && claim.subject_type !== 'region_contestant') continue;
    const contestant = claim.subject_type === 'contestant' ? claim.subject_id : claim.subject_id.split('/')[1]!;
    if (
      NOT_ON_BALLOT.has(contestant) ||
      seed.candidacies.some((c) => c.election_id === claim.election_id && c.candidate_id === contestant)
    )
      continue;
    const id = contestId(claim.election_id, mainContest(elections.get(claim.election_id)!));
    const kind = parties.has(contestant) ? 'party-list' : contestant === 'against-all' ? 'against-all' : 'option';
    if (!rows.has(`${id}|${contestant}`)) {
      rows.set(`${id}|${contestant}`, {
        contestId: id,
        electionId: claim.election_id,
        contestantId: contestant,
        kind,
        nominatedById: kind === 'party-list' ? contestant : null,
      });
    }
  }
  return [...rows.values()];
}
