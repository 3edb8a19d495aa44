import { and, asc, count, desc, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { regions, turnout } from '../db/schema.js';
import type { TurnoutList } from '../schemas/turnout.js';
import type { SeriesStatus } from './figures.js';
import { turnoutRows } from './turnout-rows.js';
import type { ReadContext } from './read-context.js';
import type { z } from 'zod';
import type { TurnoutQuery } from '../schemas/turnout.js';
import { envelope, parseSort, type PageQuery } from './paging.js';
import { TURNOUT_SORT_NAME } from '../domain/metric-columns.js';
import { FALLBACK_LANG, type DisplayLang } from '../domain/values.js';
import { preparedOnce } from './prepared.js';

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
  const row = preparedOnce(ctx.db, 'turnout-abroad', () =>
    ctx.db
      .select({ t: turnout })
      .from(turnout)
      .innerJoin(regions, eq(regions.id, turnout.regionId))
      .where(and(eq(turnout.electionId, sql.placeholder('election')), eq(regions.kind, 'abroad')))
      .prepare(),
  ).get({ election: electionId });
  return row ? turnoutRows(ctx, electionId, day, [row.t], status)[0] : undefined;
}
