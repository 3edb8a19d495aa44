import { and, asc, eq } from 'drizzle-orm';
import { districts } from '../db/schema.js';
import type { DistrictList } from '../schemas/district.js';
import { FigureResolver } from './figures.js';
import type { ReadContext } from './read-context.js';

/** The single-member districts of a vote, in number order; an empty list for votes without them. */
export function listDistricts(ctx: ReadContext, q: { electionId: string; region?: string; limit: number; offset: number }): DistrictList {
  const rows = ctx.db.select().from(districts)
    .where(and(eq(districts.electionId, q.electionId), q.region ? eq(districts.regionId, q.region) : undefined))
    .orderBy(asc(districts.number)).all();
  const page = rows.slice(q.offset, q.offset + q.limit);
  const resolver = FigureResolver.load(ctx.db, ctx.gaps, page.flatMap((d) => [d.nameClaim, d.regionIdClaim, d.winnerNameClaim,
    d.partyIdClaim, d.registeredVotersClaim, d.candidatesNominatedClaim, d.candidatesCountClaim]));
  return {
    election_id: q.electionId,
    data: page.map((d) => {
      const key = (metric: string) => ({ electionId: q.electionId, subjectType: 'district', subjectId: `district-${d.number}`, metric });
      return {
        number: d.number, contest_id: `district-${d.number}`,
        name: resolver.text(d.nameClaim, d.name, key('district_name')),
        region_id: resolver.text(d.regionIdClaim, d.regionId, key('region')),
        winner: { name: resolver.text(d.winnerNameClaim, d.winnerName, key('winner')), candidate_id: d.winnerCandidateId },
        party_id: resolver.text(d.partyIdClaim, d.partyId, key('party')),
        registered_voters: resolver.number(d.registeredVotersClaim, d.registeredVoters, key('registered_voters')),
        candidates_nominated: resolver.number(d.candidatesNominatedClaim, d.candidatesNominated, key('candidates_nominated')),
        candidates_count: resolver.number(d.candidatesCountClaim, d.candidatesCount, key('candidates_count')),
      };
    }),
    total: rows.length, limit: q.limit, offset: q.offset,
  };
}
