import { and, asc, count, eq, like } from 'drizzle-orm';
import { claims, discrepancyKeys } from '../db/schema.js';
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

/** A figure's claims, accepted first; one indexed look-up per figure on the page. */
function claimsOf(ctx: ReadContext, key: typeof discrepancyKeys.$inferSelect): ClaimRecord[] {
  return ctx.db.select().from(claims).where(and(eq(claims.electionId, key.electionId), eq(claims.subjectType, key.subjectType),
    eq(claims.subjectId, key.subjectId), eq(claims.metric, key.metric))).all();
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
 * Every figure whose claims disagree, in vote order. The disagreeing keys are found when the store
 * is built (discrepancy_keys), so a page costs one count, one keyed page query and a look-up per figure,
 * however many claims the store holds.
 */
export function listDiscrepancies(ctx: ReadContext, q: DiscrepancyFilter) {
  const where = and(
    q.election ? eq(discrepancyKeys.electionId, q.election) : undefined,
    q.metric ? eq(discrepancyKeys.metric, q.metric) : undefined,
    q.subject_type ? eq(discrepancyKeys.subjectType, q.subject_type) : undefined,
    q.disposition ? like(discrepancyKeys.dispositions, `%;${q.disposition};%`) : undefined,
  );
  const total = ctx.db.select({ n: count() }).from(discrepancyKeys).where(where).get()?.n ?? 0;
  const page = ctx.db.select().from(discrepancyKeys).where(where).orderBy(asc(discrepancyKeys.id)).limit(q.limit).offset(q.offset).all();
  return { data: page.map((key) => toDiscrepancy(claimsOf(ctx, key))), total, limit: q.limit, offset: q.offset };
}
