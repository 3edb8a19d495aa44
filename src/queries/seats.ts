import { and, eq, sql } from 'drizzle-orm';
import { type elections, seats } from '../db/schema.js';
import type { SeatAllocation, SeatRow } from '../schemas/seat.js';
import { electionFigures } from './election-figures.js';
import { FigureResolver, type SeriesStatus, type FigureKey } from './figures.js';
import { contestantHref, contestantNames, nameOf } from './names.js';
import type { ReadContext } from './read-context.js';
import { sortRows } from './sort-rows.js';
import { pageOf } from './paging.js';
import { SEAT_COLUMNS } from '../domain/metric-columns.js';
import { preparedOnce } from './prepared.js';

const rowsStatement = (ctx: ReadContext, oneHolder: boolean) =>
  preparedOnce(ctx.db, `seats-rows|${oneHolder}`, () =>
    ctx.db
      .select()
      .from(seats)
      .where(
        and(
          eq(seats.electionId, sql.placeholder('election')),
          oneHolder ? eq(seats.holderId, sql.placeholder('holder')) : undefined,
        ),
      )
      .prepare(),
  );

/** Seat allocation per holder and tier, with the chamber size per tier; totals are never summed here. */
export function listSeats(
  ctx: ReadContext,
  e: typeof elections.$inferSelect,
  q: {
    status?: SeriesStatus;
    party?: string;
    sort: string;
    limit: number;
    offset: number;
  },
): SeatAllocation {
  const fig = electionFigures(ctx, e, q.status);
  const rows = rowsStatement(ctx, !!q.party).all({ election: e.id, holder: q.party });
  const names = contestantNames(
    ctx,
    rows.map((r) => r.holderId),
  );
  const resolver = FigureResolver.load(
    ctx.db,
    ctx.gaps,
    rows.flatMap((r) => [r.partyListClaim, r.districtClaim, r.assemblyClaim, r.totalClaim]),
    q.status,
  );
  const data: SeatRow[] = rows.map((r) => {
    const key = (metric: FigureKey['metric']) => ({
      electionId: e.id,
      subjectType: 'contestant',
      subjectId: r.holderId,
      metric,
    });
    return {
      holder_id: r.holderId,
      holder_kind: r.holderKind,
      ...nameOf(names, r.holderId),
      party_list: resolver.number(r.partyListClaim, r.partyList, key(SEAT_COLUMNS.partyList)),
      district: resolver.number(r.districtClaim, r.district, key(SEAT_COLUMNS.district)),
      assembly: resolver.number(r.assemblyClaim, r.assembly, key(SEAT_COLUMNS.assembly)),
      total: resolver.number(r.totalClaim, r.total, key(SEAT_COLUMNS.total)),
      href: contestantHref(r.holderId, names.get(r.holderId)?.type),
    };
  });
  const sorted = sortRows(data, q.sort, {
    party_list: (r) => r.party_list.value,
    total: (r) => r.total.value,
    name: (r) => r.name,
  });
  return {
    election_id: e.id,
    series: q.status ?? 'accepted',
    chamber: {
      seats_total: fig('seats_total'),
      seats_party_list: fig('seats_pr'),
      seats_district: fig('seats_smd'),
      seats_assembly: fig('seats_other'),
      threshold_pct: fig('threshold_pct'),
    },
    ...pageOf(sorted, q),
  };
}
