import { and, asc, count, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { regions, turnout } from '../db/schema.js';
import type { TurnoutList, TurnoutRow } from '../schemas/turnout.js';
import { FigureResolver, type SeriesStatus, type FigureKey } from './figures.js';
import { nameOf, regionNamesOn, type DisplayName } from './names.js';
import type { ReadContext } from './read-context.js';
import type { z } from 'zod';
import type { TurnoutQuery } from '../schemas/turnout.js';
import { envelope, parseSort, type PageQuery } from './paging.js';
import { TURNOUT_COLUMNS, TURNOUT_SORT_NAME } from '../domain/metric-columns.js';
import { FALLBACK_LANG, type DisplayLang } from '../domain/values.js';
import { regionOtherFigures } from './other-figures.js';
import { preparedOnce } from './prepared.js';

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

const SORT_COLUMNS = {
  turnout_pct: turnout.turnoutPct,
  registered_voters: turnout.registeredVoters,
  voters_participated: turnout.votersParticipated,
} as const;
type SortField = keyof typeof SORT_COLUMNS | 'region';

/**
 * One page of a vote's regional rows, as a statement prepared once per sort, language and filter. `region` sorts
 * by the name of the day precomputed at build (loader/derive-sort-keys), so the page is read off an index; the
 * figures sort with nulls last either way. Ties go by region id.
 */
const pageStatement = (ctx: ReadContext, field: SortField, descending: boolean, lang: DisplayLang, one: boolean) =>
  preparedOnce(ctx.db, `turnout-page|${field}|${descending}|${field === 'region' ? lang : ''}|${one}`, () => {
    const direction = descending ? desc : asc;
    const order =
      field === 'region'
        ? [direction(turnout[TURNOUT_SORT_NAME[lang]]), asc(turnout.regionId)]
        : [sql`${SORT_COLUMNS[field]} is null`, direction(SORT_COLUMNS[field]), asc(turnout.regionId)];
    return ctx.db
      .select()
      .from(turnout)
      .where(regional(one))
      .orderBy(...order)
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .prepare();
  });

const regional = (one: boolean) =>
  and(
    eq(turnout.electionId, sql.placeholder('election')),
    one ? eq(turnout.regionId, sql.placeholder('region')) : isNotNull(turnout.regionId),
  );

const countStatement = (ctx: ReadContext, one: boolean) =>
  preparedOnce(ctx.db, `turnout-count|${one}`, () =>
    ctx.db.select({ n: count() }).from(turnout).where(regional(one)).prepare(),
  );

const nationalStatement = (ctx: ReadContext) =>
  preparedOnce(ctx.db, 'turnout-national', () =>
    ctx.db
      .select()
      .from(turnout)
      .where(and(eq(turnout.electionId, sql.placeholder('election')), isNull(turnout.regionId)))
      .prepare(),
  );

/**
 * The national row and one page of regional rows. Filter, sort and paging run in SQL, so a vote with thousands
 * of areas costs one page, not every row and its claims.
 */
export function listTurnout(
  ctx: ReadContext,
  q: { electionId: string; day: string; region?: string; status?: SeriesStatus } & Pick<
    z.output<typeof TurnoutQuery>,
    'sort'
  > &
    PageQuery,
): TurnoutList {
  const { field, descending } = parseSort(q.sort);
  const one = q.region !== undefined;
  const params = { election: q.electionId, ...(one ? { region: q.region } : {}) };
  const total = countStatement(ctx, one).get(params)?.n ?? 0;
  const page = pageStatement(ctx, field, descending, ctx.lang ?? FALLBACK_LANG, one).all({
    ...params,
    limit: q.limit,
    offset: q.offset,
  });
  const nationalRow = nationalStatement(ctx).all({ election: q.electionId });
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
