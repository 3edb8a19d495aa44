import { eq } from 'drizzle-orm';
import { turnout } from '../db/schema.js';
import type { TurnoutList, TurnoutRow } from '../schemas/turnout.js';
import { FigureResolver, type SeriesStatus } from './figures.js';
import { regionNamesOn } from './names.js';
import type { ReadContext } from './read-context.js';
import { sortRows } from './sort-rows.js';

type Row = typeof turnout.$inferSelect;
const NATIONAL_NAME = 'Kazakhstan';

/** Builds turnout rows for one vote from the canonical table; the region names are those of the day. */
export function turnoutRows(ctx: ReadContext, electionId: string, day: string, rows: Row[], status?: SeriesStatus): TurnoutRow[] {
  const names = regionNamesOn(ctx, day, rows.flatMap((r) => (r.regionId ? [r.regionId] : [])));
  const resolver = FigureResolver.load(ctx.db, ctx.gaps, rows.flatMap((r) => [r.registeredVotersClaim, r.votersParticipatedClaim,
    r.turnoutPctClaim, r.validBallotsClaim, r.invalidBallotsClaim, r.pollingStationsClaim]), status);
  return rows.map((r) => {
    const key = (metric: string) => ({ electionId, metric, subjectType: r.regionId ? 'region' : 'election', subjectId: r.regionId ?? electionId });
    return {
      region_id: r.regionId,
      region_name: r.regionId ? names.get(r.regionId) ?? r.regionId : NATIONAL_NAME,
      registered_voters: resolver.number(r.registeredVotersClaim, r.registeredVoters, key('registered_voters')),
      voters_participated: resolver.number(r.votersParticipatedClaim, r.votersParticipated, key('voters_participated')),
      turnout_pct: resolver.number(r.turnoutPctClaim, r.turnoutPct, key('turnout_pct')),
      valid_ballots: resolver.number(r.validBallotsClaim, r.validBallots, key('valid_ballots')),
      invalid_ballots: resolver.number(r.invalidBallotsClaim, r.invalidBallots, key('invalid_ballots')),
      polling_stations: resolver.number(r.pollingStationsClaim, r.pollingStations, key('polling_stations')),
    };
  });
}

export function listTurnout(ctx: ReadContext, q: {
  electionId: string; day: string; region?: string; status?: SeriesStatus; sort: string; limit: number; offset: number;
}): TurnoutList {
  const all = turnoutRows(ctx, q.electionId, q.day, ctx.db.select().from(turnout).where(eq(turnout.electionId, q.electionId)).all(), q.status);
  const national = all.find((r) => r.region_id === null)!;
  const regional = all.filter((r) => r.region_id !== null && (!q.region || r.region_id === q.region));
  const sorted = sortRows(regional, q.sort, {
    region: (r) => r.region_name, turnout_pct: (r) => r.turnout_pct.value,
    registered_voters: (r) => r.registered_voters.value, voters_participated: (r) => r.voters_participated.value,
  });
  return {
    election_id: q.electionId, series: q.status ?? 'accepted', national,
    data: sorted.slice(q.offset, q.offset + q.limit), total: regional.length, limit: q.limit, offset: q.offset,
  };
}
