import type { turnout } from '../db/schema.js';
import { TURNOUT_COLUMNS } from '../domain/metric-columns.js';
import type { TurnoutRow } from '../schemas/turnout.js';
import { FigureResolver, type FigureKey, type SeriesStatus } from './figures.js';
import { nameOf, regionNamesOn, type DisplayName } from './names.js';
import { regionOtherFigures } from './other-figures.js';
import type { ReadContext } from './read-context.js';

type Row = typeof turnout.$inferSelect;
/** The national row's name; no source in the store gives the country's name in Kazakh or Russian. */
const NATIONAL_NAME: DisplayName = { name: 'Kazakhstan', name_lang: 'en' };

/** Builds turnout rows for one vote from the canonical table; the region names are those of the day. */
export function turnoutRows(
  ctx: ReadContext,
  electionId: string,
  day: string,
  rows: Row[],
  status?: SeriesStatus,
): TurnoutRow[] {
  const names = regionNamesOn(
    ctx,
    day,
    rows.flatMap((r) => (r.regionId ? [r.regionId] : [])),
  );
  const resolver = FigureResolver.load(
    ctx.db,
    ctx.gaps,
    rows.flatMap((r) => [
      r.registeredVotersClaim,
      r.votersParticipatedClaim,
      r.turnoutPctClaim,
      r.validBallotsClaim,
      r.invalidBallotsClaim,
      r.pollingStationsClaim,
    ]),
    status,
  );
  // The national row's other figures are the election's own (GET /v1/elections/{election_id}).
  const others = regionOtherFigures(
    ctx,
    [electionId],
    rows.flatMap((r) => (r.regionId ? [r.regionId] : [])),
  );
  return rows.map((r) => {
    const key = (metric: FigureKey['metric']) => ({
      electionId,
      metric,
      subjectType: r.regionId ? 'region' : 'election',
      subjectId: r.regionId ?? electionId,
    });
    const shown = r.regionId ? nameOf(names, r.regionId) : NATIONAL_NAME;
    return {
      region_id: r.regionId,
      region_name: shown.name,
      region_name_lang: shown.name_lang,
      registered_voters: resolver.number(
        r.registeredVotersClaim,
        r.registeredVoters,
        key(TURNOUT_COLUMNS.registeredVoters),
      ),
      voters_participated: resolver.number(
        r.votersParticipatedClaim,
        r.votersParticipated,
        key(TURNOUT_COLUMNS.votersParticipated),
      ),
      turnout_pct: resolver.number(r.turnoutPctClaim, r.turnoutPct, key(TURNOUT_COLUMNS.turnoutPct)),
      valid_ballots: resolver.number(r.validBallotsClaim, r.validBallots, key(TURNOUT_COLUMNS.validBallots)),
      invalid_ballots: resolver.number(r.invalidBallotsClaim, r.invalidBallots, key(TURNOUT_COLUMNS.invalidBallots)),
      polling_stations: resolver.number(
        r.pollingStationsClaim,
        r.pollingStations,
        key(TURNOUT_COLUMNS.pollingStations),
      ),
      other_figures: r.regionId ? (others.get(`${electionId}|${r.regionId}`) ?? []) : [],
    };
  });
}
