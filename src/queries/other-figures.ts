import { and, eq, inArray } from 'drizzle-orm';
import { claims } from '../db/schema.js';
import { ABROAD_ELECTION_METRICS, TURNOUT_COLUMNS } from '../domain/metric-columns.js';
import type { OtherFigure } from '../schemas/claim.js';
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
  const rows = ctx.db
    .select()
    .from(claims)
    .where(
      and(
        inArray(claims.electionId, electionIds),
        eq(claims.subjectType, 'region'),
        inArray(claims.subjectId, regionIds),
        eq(claims.disposition, 'accepted'),
      ),
    )
    .all()
    .filter((c) => !TURNOUT_METRICS.has(c.metric))
    .sort((a, b) => a.metric.localeCompare(b.metric));
  for (const c of rows) {
    const key = `${c.electionId}|${c.subjectId}`;
    out.set(key, [...(out.get(key) ?? []), toOtherFigure(c)]);
  }
  return out;
}

/**
 * The accepted `nominated_by` claims of one vote's contestants, or of one contestant's votes, in one query,
 * keyed `election|contestant`.
 */
export function nominationClaims(
  ctx: ReadContext,
  filter: { electionId: string } | { contestantId: string },
): Map<string, string> {
  const rows = ctx.db
    .select({ id: claims.id, electionId: claims.electionId, subjectId: claims.subjectId })
    .from(claims)
    .where(
      and(
        'electionId' in filter ? eq(claims.electionId, filter.electionId) : eq(claims.subjectId, filter.contestantId),
        eq(claims.subjectType, 'contestant'),
        eq(claims.metric, 'nominated_by'),
        eq(claims.disposition, 'accepted'),
      ),
    )
    .all();
  return new Map(rows.map((r) => [`${r.electionId}|${r.subjectId}`, r.id]));
}
