import { and, eq, inArray } from 'drizzle-orm';
import { claims, elections } from '../db/schema.js';
import { groupBy } from '../lib/group-by.js';
import type { Discrepancy } from '../schemas/discrepancy.js';
import { claimValue, compareClaims, toClaimSummary } from './claims.js';
import type { ReadContext } from './read-context.js';

type ClaimRecord = typeof claims.$inferSelect;

export interface DiscrepancyFilter {
  election?: string;
  metric?: string;
  subject_type?: string;
  disposition?: string;
  limit: number;
  offset: number;
}

const keyOf = (c: ClaimRecord) => `${c.electionId}|${c.subjectType}|${c.subjectId}|${c.metric}`;

/** Claims disagree when they give different values (2.6 and 2.60 are one value) or different statuses. */
function disagree(group: ClaimRecord[]): boolean {
  return new Set(group.map((c) => String(claimValue(c)))).size > 1 || new Set(group.map((c) => c.status)).size > 1;
}

function toDiscrepancy(group: ClaimRecord[]): Discrepancy {
  const sorted = [...group].sort(compareClaims);
  const first = sorted[0]!;
  // The loader guarantees exactly one accepted claim per figure, and compareClaims puts it first.
  const accepted = sorted.find((c) => c.disposition === 'accepted') ?? first;
  return {
    election_id: first.electionId as Discrepancy['election_id'], subject_type: first.subjectType as Discrepancy['subject_type'],
    subject_id: first.subjectId, metric: first.metric, unit: first.unit as Discrepancy['unit'],
    accepted: { claim_id: accepted.id, value: claimValue(accepted), status: accepted.status as Discrepancy['accepted']['status'], source_id: accepted.sourceId },
    claims: sorted.map(toClaimSummary),
  };
}

/**
 * Every figure whose claims disagree, in vote order. The claims table holds hundreds of rows, so the
 * filtered claims are read in one query and grouped here rather than with GROUP BY and a second query.
 */
export function listDiscrepancies(ctx: ReadContext, q: DiscrepancyFilter) {
  const rows = ctx.db.select().from(claims).where(and(
    q.election ? eq(claims.electionId, q.election) : undefined,
    q.metric ? eq(claims.metric, q.metric) : undefined,
    q.subject_type ? eq(claims.subjectType, q.subject_type) : undefined,
  )).all();
  const groups = [...groupBy(rows, keyOf).values()]
    .filter((g) => disagree(g) && (!q.disposition || g.some((c) => c.disposition === q.disposition)));

  const ids = [...new Set(groups.map((g) => g[0]!.electionId))];
  const dates = new Map(ids.length === 0 ? [] : ctx.db.select({ id: elections.id, date: elections.date }).from(elections)
    .where(inArray(elections.id, ids)).all().map((e) => [e.id, e.date]));
  const sortKey = (g: ClaimRecord[]) => [dates.get(g[0]!.electionId) ?? '', g[0]!.subjectType, g[0]!.subjectId, g[0]!.metric];
  groups.sort((a, b) => {
    const [x, y] = [sortKey(a), sortKey(b)];
    return x.reduce((acc, v, i) => acc || v.localeCompare(y[i]!), 0);
  });

  const page = groups.slice(q.offset, q.offset + q.limit);
  return { data: page.map(toDiscrepancy), total: groups.length, limit: q.limit, offset: q.offset };
}
