import { and, asc, count, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { regionNames, regions, turnout } from '../db/schema.js';
import type { TurnoutList, TurnoutRow } from '../schemas/turnout.js';
import { FigureResolver, type SeriesStatus, type FigureKey } from './figures.js';
import { nameOf, regionNamesOn, type DisplayName } from './names.js';
import type { ReadContext } from './read-context.js';
import type { z } from 'zod';
import type { TurnoutQuery } from '../schemas/turnout.js';
import { envelope, parseSort, type PageQuery } from './paging.js';
import { TURNOUT_COLUMNS } from '../domain/metric-columns.js';
import { FALLBACK_LANG, type DisplayLang } from '../domain/values.js';
import { regionOtherFigures } from './other-figures.js';

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

/** A dated name (Nur-Sultan) of the turnout row's region in one language on the day, or null. */
const datedName = (day: string, lang: string) =>
  sql`(select rn.name from ${regionNames} rn where rn.region_id = ${turnout.regionId}
  and rn.lang = ${lang} and (rn.valid_from is not null or rn.valid_to is not null)
  and (rn.valid_from is null or rn.valid_from <= ${day}) and (rn.valid_to is null or rn.valid_to >= ${day}))`;

/** The sort key `region`: the name shown on the day, chosen as names.ts regionNamesOn chooses it. */
const nameOfTheDay = (day: string, lang: DisplayLang) => {
  const plain = { en: regions.nameEn, kk: regions.nameKk, ru: regions.nameRu }[lang];
  return sql<string>`coalesce(${datedName(day, lang)}, ${datedName(day, 'en')},
  (select coalesce(${plain}, ${regions.nameEn}) from ${regions} where ${regions.id} = ${turnout.regionId}))`;
};

const SORT_COLUMNS = {
  turnout_pct: turnout.turnoutPct,
  registered_voters: turnout.registeredVoters,
  voters_participated: turnout.votersParticipated,
} as const;

/**
 * The national row and one page of regional rows. Filter, sort (nulls last either way) and paging run
 * in SQL, so a vote with thousands of areas costs one page, not every row and its claims.
 */
export function listTurnout(
  ctx: ReadContext,
  q: { electionId: string; day: string; region?: string; status?: SeriesStatus } & Pick<
    z.output<typeof TurnoutQuery>,
    'sort'
  > &
    PageQuery,
): TurnoutList {
  const regional = and(
    eq(turnout.electionId, q.electionId),
    q.region ? eq(turnout.regionId, q.region) : isNotNull(turnout.regionId),
  );
  const { field, descending } = parseSort(q.sort);
  const key = field === 'region' ? nameOfTheDay(q.day, ctx.lang ?? FALLBACK_LANG) : SORT_COLUMNS[field];
  const direction = descending ? desc : asc;
  const total = ctx.db.select({ n: count() }).from(turnout).where(regional).get()?.n ?? 0;
  const page = ctx.db
    .select()
    .from(turnout)
    .where(regional)
    .orderBy(sql`${key} is null`, direction(key), asc(turnout.regionId))
    .limit(q.limit)
    .offset(q.offset)
    .all();
  const nationalRow = ctx.db
    .select()
    .from(turnout)
    .where(and(eq(turnout.electionId, q.electionId), isNull(turnout.regionId)))
    .all();
  const [national, ...data] = turnoutRows(ctx, q.electionId, q.day, [...nationalRow, ...page], q.status);
  return {
    election_id: q.electionId,
    series: q.status ?? 'accepted',
    national: national!,
    ...envelope(data, total, q),
  };
}

/**
 * The abroad pseudo-region's row on the vote's day, figures resolved: what the election detail shows as its
 * abroad figures, so both places serve the same claim (see ABROAD_ELECTION_METRICS).
 */
export function abroadTurnout(ctx: ReadContext, electionId: string, day: string, status?: SeriesStatus) {
  const row = ctx.db
    .select({ t: turnout })
    .from(turnout)
    .innerJoin(regions, eq(regions.id, turnout.regionId))
    .where(and(eq(turnout.electionId, electionId), eq(regions.kind, 'abroad')))
    .get();
  return row ? turnoutRows(ctx, electionId, day, [row.t], status)[0] : undefined;
}
