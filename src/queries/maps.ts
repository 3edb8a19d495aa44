import { and, asc, desc, eq, sql } from 'drizzle-orm';
import { boundaries, boundarySets, results, turnout } from '../db/schema.js';
import type { Resolution } from '../domain/values.js';
import { existedOn } from '../lib/existed-on.js';
import type { Geometry } from '../schemas/geojson.js';
import type { BoundarySet, ElectionMap, RegionGeometry } from '../schemas/map.js';
import { findContest } from './contests.js';
import { nameOf, regionNamesOn } from './names.js';
import type { ReadContext } from './read-context.js';
import { listResults } from './results.js';
import { ids as idList, inList, preparedOnce } from './prepared.js';
import { turnoutRows } from './turnout-rows.js';

/** The boundary set in force on a day (the seed build proves there is one for every vote's day). */
export function boundarySetOn(ctx: ReadContext, day: string): BoundarySet | undefined {
  const set = preparedOnce(ctx.db, 'maps-boundary-sets', () => ctx.db.select().from(boundarySets).prepare())
    .all()
    .find((s) => existedOn(s.validFrom, s.validTo, day));
  return (
    set && {
      id: set.id,
      valid_from: set.validFrom,
      valid_to: set.validTo,
      attribution: set.attribution,
      licence: set.licence,
      licence_url: set.licenceUrl,
      source_id: set.sourceId,
    }
  );
}

/** The licence and attribution of the latest boundary set, as the release states them. */
export function boundaryLicence(ctx: ReadContext) {
  const [latest] = preparedOnce(ctx.db, 'maps-latest-boundary-set', () =>
    ctx.db.select().from(boundarySets).orderBy(desc(boundarySets.validFrom)).limit(1).prepare(),
  ).all();
  return { spdx: latest?.licence ?? '', text: latest?.attribution ?? '', url: latest?.licenceUrl ?? '' };
}

/** The outlines of a boundary set at a resolution: every region's, or one region's (`one`). */
const outlinesOf = (ctx: ReadContext, one: boolean) =>
  preparedOnce(ctx.db, `maps-outlines|${one}`, () =>
    ctx.db
      .select({ regionId: boundaries.regionId, geometry: boundaries.geometry })
      .from(boundaries)
      .where(
        and(
          eq(boundaries.setId, sql.placeholder('set')),
          eq(boundaries.resolution, sql.placeholder('resolution')),
          one ? eq(boundaries.regionId, sql.placeholder('region')) : undefined,
        ),
      )
      .orderBy(asc(boundaries.regionId))
      .prepare(),
  );

const turnoutOfRegions = (ctx: ReadContext) =>
  preparedOnce(ctx.db, 'maps-turnout', () =>
    ctx.db
      .select()
      .from(turnout)
      .where(and(eq(turnout.electionId, sql.placeholder('election')), inList(turnout.regionId, 'ids')))
      .prepare(),
  );

/** Which of the regions have result lines at the vote. */
const regionsWithResults = (ctx: ReadContext) =>
  preparedOnce(ctx.db, 'maps-regions-with-results', () =>
    ctx.db
      .selectDistinct({ regionId: results.regionId })
      .from(results)
      .where(and(eq(results.electionId, sql.placeholder('election')), inList(results.regionId, 'ids')))
      .prepare(),
  );

/** A vote on the boundaries of its day: one feature per region with its name, turnout row and results. */
export function electionMap(
  ctx: ReadContext,
  election: { id: string; date: string },
  resolution: Resolution,
): ElectionMap {
  const set = boundarySetOn(ctx, election.date)!;
  const outlines = outlinesOf(ctx, false).all({ set: set.id, resolution });
  const ids = outlines.map((o) => o.regionId);
  const names = regionNamesOn(ctx, election.date, ids);
  const inVote = { election: election.id, ids: idList(ids) };
  const rows = turnoutOfRegions(ctx).all(inVote);
  const turnoutOf = new Map(turnoutRows(ctx, election.id, election.date, rows).map((r) => [r.region_id, r]));
  const contest = findContest(ctx, election.id);
  const withResults = new Set(
    regionsWithResults(ctx)
      .all(inVote)
      .map((r) => r.regionId),
  );
  const regionResults = (regionId: string) =>
    contest && withResults.has(regionId)
      ? listResults(ctx, {
          electionId: election.id,
          contestId: contest.id,
          contestSlug: contest.slug,
          region: regionId,
          sort: '-votes',
          limit: 500,
          offset: 0,
        }).data
      : [];
  return {
    type: 'FeatureCollection',
    election_id: election.id,
    date: election.date,
    resolution,
    boundary_set: set,
    attribution: set.attribution,
    features: outlines.map((o) => ({
      type: 'Feature',
      id: o.regionId,
      geometry: JSON.parse(o.geometry) as Geometry,
      properties: {
        region_id: o.regionId,
        ...nameOf(names, o.regionId),
        turnout: turnoutOf.get(o.regionId) ?? null,
        results: regionResults(o.regionId),
      },
    })),
  };
}

/** One region's outline on a day, or undefined when it had none (not yet created, or abroad). */
export function regionGeometry(
  ctx: ReadContext,
  regionId: string,
  day: string,
  resolution: Resolution,
): RegionGeometry | undefined {
  const set = boundarySetOn(ctx, day);
  if (!set) return undefined;
  const row = outlinesOf(ctx, true).get({ set: set.id, resolution, region: regionId });
  if (!row) return undefined;
  return {
    type: 'Feature',
    id: regionId,
    geometry: JSON.parse(row.geometry) as Geometry,
    properties: {
      region_id: regionId,
      ...nameOf(regionNamesOn(ctx, day, [regionId]), regionId),
      on: day,
      boundary_set: set,
    },
  };
}
