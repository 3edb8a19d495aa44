import { and, eq, sql } from 'drizzle-orm';
import { claims } from '../db/schema.js';
import { ABROAD_ELECTION_METRICS, TURNOUT_COLUMNS } from '../domain/metric-columns.js';
import type { OtherFigure } from '../schemas/claim.js';
import { ids, inList, preparedOnce } from './prepared.js';
import type { ReadContext } from './read-context.js';

type ClaimRecord = typeof claims.$inferSelect;

/** An accepted claim served as a figure of a resource without a field for its metric. */
export function toOtherFigure(c: ClaimRecord): OtherFigure {
  return {
    metric: c.metric,
    unit: c.unit,
    value: c.valueNum ?? c.value,
    status: c.status,
    source_ids: [c.sourceId, ...(c.corroboratingSourceIds ? c.corroboratingSourceIds.split(';') : [])],
    claim_id: c.id,
  };
}

/** The metrics a turnout row has fields for: anything else about a region goes in its other_figures. */
const TURNOUT_METRICS = new Set<string>([
  ...Object.values(TURNOUT_COLUMNS).flat(),
  ...Object.values(ABROAD_ELECTION_METRICS),
]);

const regionClaimsStatement = (ctx: ReadContext) =>
  preparedOnce(ctx.db, 'other-figures-regions', () =>
    ctx.db
      .select()
      .from(claims)
      .where(
        and(
          inList(claims.electionId, 'elections'),
          eq(claims.subjectType, 'region'),
          inList(claims.subjectId, 'regions'),
          eq(claims.disposition, 'accepted'),
        ),
      )
      .prepare(),
  );

/**
 * Every accepted region-level claim of the given votes and regions whose metric has no field on a turnout row
 * (a local-council turnout where the national one is not published, a register of another date, closed
 * stations...), keyed `election|region` and sorted by metric, so no accepted figure is reachable only by its id.
 */
export function regionOtherFigures(
  ctx: ReadContext,
  electionIds: string[],
  regionIds: string[],
): Map<string, OtherFigure[]> {
  const out = new Map<string, OtherFigure[]>();
  if (electionIds.length === 0 || regionIds.length === 0) return out;
  const rows = regionClaimsStatement(ctx)
    .all({ elections: ids(electionIds), regions: ids(regionIds) })
    .filter((c) => !TURNOUT_METRICS.has(c.metric))
    .sort((a, b) => a.metric.localeCompare(b.metric));
  for (const c of rows) {
    const key = `${c.electionId}|${c.subjectId}`;
    out.set(key, [...(out.get(key) ?? []), toOtherFigure(c)]);
  }
  return out;
}

/**
 * By vote, or by contestant in the votes it stood in: a shape each, both led by the vote so that the claims_key
 * index (election first) is probed once per vote instead of skip-scanned over every vote in the store.
 */
const nominationStatement = (ctx: ReadContext, byElection: boolean) =>
  preparedOnce(ctx.db, `other-figures-nominations|${byElection ? 'election' : 'contestant'}`, () =>
    ctx.db
      .select({ id: claims.id, electionId: claims.electionId, subjectId: claims.subjectId })
      .from(claims)
      .where(
        and(
          byElection
            ? eq(claims.electionId, sql.placeholder('id'))
            : and(inList(claims.electionId, 'elections'), eq(claims.subjectId, sql.placeholder('id'))),
          eq(claims.subjectType, 'contestant'),
          eq(claims.metric, 'nominated_by'),
          eq(claims.disposition, 'accepted'),
        ),
      )
      .prepare(),
  );

/**
 * The accepted `nominated_by` claims of one vote's contestants, or of one contestant's votes, in one query,
 * keyed `election|contestant`.
 */
export function nominationClaims(
  ctx: ReadContext,
  filter: { electionId: string } | { contestantId: string; electionIds: string[] },
): Map<string, string> {
  const rows =
    'electionId' in filter
      ? nominationStatement(ctx, true).all({ id: filter.electionId })
      : nominationStatement(ctx, false).all({ id: filter.contestantId, elections: ids(filter.electionIds) });
  return new Map(rows.map((r) => [`${r.electionId}|${r.subjectId}`, r.id]));
}
