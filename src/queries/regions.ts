import { asc, eq, sql } from 'drizzle-orm';
import { elections, regionNames, regions, turnout } from '../db/schema.js';
import type { RegionDetail, RegionSummary } from '../schemas/region.js';
import { aliasesOf } from './candidates.js';
import { withNames } from './names.js';
import type { DisplayLang } from '../domain/values.js';
import { FigureResolver, type FigureKey } from './figures.js';
import type { ReadContext } from './read-context.js';
import { regionOtherFigures } from './other-figures.js';
import { TURNOUT_COLUMNS } from '../domain/metric-columns.js';
import { preparedOnce } from './prepared.js';

type RegionRow = typeof regions.$inferSelect;

/** The region as the list shows it; the detail adds to it. */
export const regionSummary = (r: RegionRow, lang?: DisplayLang): RegionSummary => ({
  id: r.id,
  ...withNames(lang, r),
  kind: r.kind,
  iso_3166_2: { until_2022_11_28: r.isoCodeUntil20221128, from_2022_11_29: r.isoCodeFrom20221129 },
  valid_from: r.validFrom,
  valid_to: r.validTo,
  parent_id: r.parentId,
});

const ID = sql.placeholder('id');

const byId = (ctx: ReadContext) =>
  preparedOnce(ctx.db, 'regions-by-id', () => ctx.db.select().from(regions).where(eq(regions.id, ID)).prepare());

const childrenOf = (ctx: ReadContext) =>
  preparedOnce(ctx.db, 'regions-children', () =>
    ctx.db.select({ id: regions.id }).from(regions).where(eq(regions.parentId, ID)).orderBy(asc(regions.id)).prepare(),
  );

const datedNames = (ctx: ReadContext) =>
  preparedOnce(ctx.db, 'regions-dated-names', () =>
    ctx.db.select().from(regionNames).where(eq(regionNames.regionId, ID)).orderBy(asc(regionNames.id)).prepare(),
  );

// The loader writes a turnout row for every vote at which the region existed, figures or not.
const turnoutAtEachVote = (ctx: ReadContext) =>
  preparedOnce(ctx.db, 'regions-turnout', () =>
    ctx.db
      .select({ t: turnout, date: elections.date })
      .from(turnout)
      .innerJoin(elections, eq(elections.id, turnout.electionId))
      .where(eq(turnout.regionId, ID))
      .orderBy(asc(elections.date))
      .prepare(),
  );

/** The region with its lineage, dated names and turnout at each vote; undefined when the id is unknown. */
export function getRegion(ctx: ReadContext, id: string): RegionDetail | undefined {
  const region = byId(ctx).get({ id });
  if (!region) return undefined;
  const children = childrenOf(ctx).all({ id });
  const names = datedNames(ctx).all({ id });
  const rows = turnoutAtEachVote(ctx).all({ id });
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
    ...regionSummary(region, ctx.lang),
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
  return byId(ctx).get({ id });
}
