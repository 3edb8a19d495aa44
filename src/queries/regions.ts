import { and, asc, count, desc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import { elections, regionNames, regions, turnout } from '../db/schema.js';
import type { RegionDetail, RegionList, RegionSummary } from '../schemas/region.js';
import { aliasesOf } from './candidates.js';
import { withNames } from './names.js';
import type { DisplayLang } from '../domain/values.js';
import { FigureResolver, type FigureKey } from './figures.js';
import type { ReadContext } from './read-context.js';
import type { z } from 'zod';
import type { RegionListQuery } from '../schemas/region.js';
import { envelope, parseSort } from './paging.js';
import { regionOtherFigures } from './other-figures.js';
import { TURNOUT_COLUMNS } from '../domain/metric-columns.js';

type RegionRow = typeof regions.$inferSelect;
export type RegionListFilter = z.infer<typeof RegionListQuery>;

const summary = (r: RegionRow, lang?: DisplayLang): RegionSummary => ({
  id: r.id,
  ...withNames(lang, r),
  kind: r.kind,
  iso_3166_2: { until_2022_11_28: r.isoCodeUntil20221128, from_2022_11_29: r.isoCodeFrom20221129 },
  valid_from: r.validFrom,
  valid_to: r.validTo,
  parent_id: r.parentId,
});

/** Empty bounds are open: a region with no valid_from existed before the period the store covers. */
const existedOn = (day: string) =>
  and(
    or(isNull(regions.validFrom), lte(regions.validFrom, day)),
    or(isNull(regions.validTo), gte(regions.validTo, day)),
  );

/** Filter, sort and page in SQL: a store with thousands of areas costs one page, not every region. */
export function listRegions(ctx: ReadContext, q: RegionListFilter): RegionList {
  const where = and(q.on ? existedOn(q.on) : undefined, q.kind ? eq(regions.kind, q.kind) : undefined);
  const { field, descending } = parseSort(q.sort);
  const dir = descending ? desc : asc;
  const order = field === 'id' ? [dir(regions.id)] : [dir(sql`${regions.nameEn} collate nocase`), dir(regions.id)];
  const total = ctx.db.select({ n: count() }).from(regions).where(where).get()?.n ?? 0;
  const page = ctx.db
    .select()
    .from(regions)
    .where(where)
    .orderBy(...order)
    .limit(q.limit)
    .offset(q.offset)
    .all();
  return envelope(
    page.map((r) => summary(r, ctx.lang)),
    total,
    q,
  );
}

/** The region with its lineage, dated names and turnout at each vote; undefined when the id is unknown. */
export function getRegion(ctx: ReadContext, id: string): RegionDetail | undefined {
  const region = ctx.db.select().from(regions).where(eq(regions.id, id)).get();
  if (!region) return undefined;
  const children = ctx.db
    .select({ id: regions.id })
    .from(regions)
    .where(eq(regions.parentId, id))
    .orderBy(asc(regions.id))
    .all();
  const names = ctx.db
    .select()
    .from(regionNames)
    .where(eq(regionNames.regionId, id))
    .orderBy(asc(regionNames.id))
    .all();
  // The loader writes a turnout row for every vote at which the region existed, figures or not.
  const rows = ctx.db
    .select({ t: turnout, date: elections.date })
    .from(turnout)
    .innerJoin(elections, eq(elections.id, turnout.electionId))
    .where(eq(turnout.regionId, id))
    .orderBy(asc(elections.date))
    .all();
  const resolver = FigureResolver.load(
    ctx.db,
    ctx.gaps,
    rows.flatMap(({ t }) => [
      t.registeredVotersClaim,
      t.votersParticipatedClaim,
      t.turnoutPctClaim,
      t.pollingStationsClaim,
    ]),
  );
  const others = regionOtherFigures(
    ctx,
    rows.map(({ t }) => t.electionId),
    [id],
  );
  return {
    ...summary(region, ctx.lang),
    children: children.map((c) => c.id),
    dated_names: names.map((n) => ({ lang: n.lang, name: n.name, valid_from: n.validFrom, valid_to: n.validTo })),
    aliases: aliasesOf(ctx, 'region', id),
    turnout: rows.map(({ t }) => {
      const key = (metric: FigureKey['metric']) => ({
        electionId: t.electionId,
        subjectType: 'region',
        subjectId: id,
        metric,
      });
      return {
        election_id: t.electionId,
        registered_voters: resolver.number(
          t.registeredVotersClaim,
          t.registeredVoters,
          key(TURNOUT_COLUMNS.registeredVoters),
        ),
        voters_participated: resolver.number(
          t.votersParticipatedClaim,
          t.votersParticipated,
          key(TURNOUT_COLUMNS.votersParticipated),
        ),
        turnout_pct: resolver.number(t.turnoutPctClaim, t.turnoutPct, key(TURNOUT_COLUMNS.turnoutPct)),
        polling_stations: resolver.number(
          t.pollingStationsClaim,
          t.pollingStations,
          key(TURNOUT_COLUMNS.pollingStations),
        ),
        other_figures: others.get(`${t.electionId}|${id}`) ?? [],
      };
    }),
    source_ids: region.sourceIds ? region.sourceIds.split(';') : [],
  };
}

/** One region by id, whatever its dates (callers check it existed on the day they need). */
export function findRegion(ctx: ReadContext, id: string): RegionRow | undefined {
  return ctx.db.select().from(regions).where(eq(regions.id, id)).get();
}
