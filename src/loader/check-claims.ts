import type { Seed } from './read-seed.js';
import type { SeedProblem } from './seed-error.js';
import type { ClaimRow } from './seed-schemas.js';

export const claimKey = (c: { election_id: string; subject_type: string; subject_id: string; metric: string }) =>
  `${c.election_id}|${c.subject_type}|${c.subject_id}|${c.metric}`;

/** The accepted claim of each key: the value the API serves. */
export function acceptedClaims(claims: ClaimRow[]): Map<string, ClaimRow> {
  return new Map(claims.filter((c) => c.disposition === 'accepted').map((c) => [claimKey(c), c]));
}

/** Exactly one accepted claim per figure, and seat counts that add up to the chamber. */
export function checkClaims(seed: Seed): SeedProblem[] {
  const problems: SeedProblem[] = [];
  const byKey = new Map<string, ClaimRow[]>();
  for (const c of seed.claims) byKey.set(claimKey(c), [...(byKey.get(claimKey(c)) ?? []), c]);

  for (const group of byKey.values()) {
    const accepted = group.filter((c) => c.disposition === 'accepted');
    const first = group[0]!;
    if (accepted.length !== 1) {
      const culprit = accepted[1] ?? first;
      problems.push({
        ...seed.claimOrigin.get(culprit.id)!,
        record: culprit.id,
        field: 'disposition',
        message:
          accepted.length === 0
            ? `no accepted claim for ${first.subject_type} ${first.subject_id} ${first.metric}`
            : `${accepted.length} accepted claims for ${first.subject_type} ${first.subject_id} ${first.metric} (${accepted.map((c) => c.id).join(', ')}); exactly one is allowed`,
      });
    }
  }
  problems.push(...checkSeats(seed, acceptedClaims(seed.claims)));
  return problems;
}

/** Seats by tier must sum to the chamber's tier size, and the tiers to the chamber size. */
function checkSeats(seed: Seed, accepted: Map<string, ClaimRow>): SeedProblem[] {
  const problems: SeedProblem[] = [];
  for (const election of seed.elections) {
    const chamber = (metric: string) =>
      accepted.get(claimKey({ election_id: election.id, subject_type: 'election', subject_id: election.id, metric }));
    const fail = (claim: ClaimRow, message: string) =>
      problems.push({ ...seed.claimOrigin.get(claim.id)!, record: claim.id, field: 'value', message });

    for (const tier of ['seats_pr', 'seats_smd']) {
      const size = chamber(tier);
      const parts = [...accepted.values()].filter(
        (c) => c.election_id === election.id && c.subject_type === 'contestant' && c.metric === tier,
      );
      if (!size || parts.length === 0) continue;
      const sum = parts.reduce((n, c) => n + Number(c.value), 0);
      if (sum !== Number(size.value))
        fail(size, `${tier} of the contestants sum to ${sum}, not the chamber's ${size.value}`);
    }
    const total = chamber('seats_total');
    const tiers = ['seats_pr', 'seats_smd', 'seats_other'].map(chamber).filter((c): c is ClaimRow => c !== undefined);
    if (total && tiers.length > 0) {
      const sum = tiers.reduce((n, c) => n + Number(c.value), 0);
      if (sum !== Number(total.value))
        fail(
          total,
          `the tiers (${tiers.map((c) => `${c.metric} ${c.value}`).join(' + ')}) sum to ${sum}, not seats_total ${total.value}`,
        );
    }
  }
  return problems;
}
