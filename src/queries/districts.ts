import { and, asc, eq, sql } from 'drizzle-orm';
import { districts } from '../db/schema.js';
import type { DistrictList } from '../schemas/district.js';
import { FigureResolver, type FigureKey } from './figures.js';
import type { ReadContext } from './read-context.js';
import { pageOf, type PageQuery } from './paging.js';
import { DISTRICT_COLUMNS } from '../domain/metric-columns.js';
import { preparedOnce } from './prepared.js';

const rowsStatement = (ctx: ReadContext, oneRegion: boolean) =>
  preparedOnce(ctx.db, `districts-rows|${oneRegion}`, () =>
    ctx.db
      .select()
      .from(districts)
      .where(
        and(
          eq(districts.electionId, sql.placeholder('election')),
          oneRegion ? eq(districts.regionId, sql.placeholder('region')) : undefined,
        ),
      )
      .orderBy(asc(districts.number))
      .prepare(),
  );

/** The single-member districts of a vote, in number order; an empty list for votes without them. */
export function listDistricts(ctx: ReadContext, q: { electionId: string; region?: string } & PageQuery): DistrictList {
  const rows = rowsStatement(ctx, !!q.region).all({ election: q.electionId, region: q.region });
  const { data: page, ...paging } = pageOf(rows, q);
  const resolver = FigureResolver.load(
    ctx.db,
    ctx.gaps,
    page.flatMap((d) => [
      d.nameClaim,
      d.regionIdClaim,
      d.winnerNameClaim,
      d.partyIdClaim,
      d.registeredVotersClaim,
      d.candidatesNominatedClaim,
      d.candidatesCountClaim,
    ]),
  );
  return {
    election_id: q.electionId,
    data: page.map((d) => {
      const key = (metric: FigureKey['metric']) => ({
        electionId: q.electionId,
        subjectType: 'district',
        subjectId: `district-${d.number}`,
        metric,
      });
      return {
        number: d.number,
        contest_id: `district-${d.number}`,
        name: resolver.text(d.nameClaim, d.name, key(DISTRICT_COLUMNS.name)),
        region_id: resolver.text(d.regionIdClaim, d.regionId, key(DISTRICT_COLUMNS.regionId)),
        winner: {
          name: resolver.text(d.winnerNameClaim, d.winnerName, key(DISTRICT_COLUMNS.winnerName)),
          candidate_id: d.winnerCandidateId,
        },
        party_id: resolver.text(d.partyIdClaim, d.partyId, key(DISTRICT_COLUMNS.partyId)),
        registered_voters: resolver.number(
          d.registeredVotersClaim,
          d.registeredVoters,
          key(DISTRICT_COLUMNS.registeredVoters),
        ),
        candidates_nominated: resolver.number(
          d.candidatesNominatedClaim,
          d.candidatesNominated,
          key(DISTRICT_COLUMNS.candidatesNominated),
        ),
        candidates_count: resolver.number(
          d.candidatesCountClaim,
          d.candidatesCount,
          key(DISTRICT_COLUMNS.candidatesCount),
        ),
      };
    }),
    ...paging,
  };
}
