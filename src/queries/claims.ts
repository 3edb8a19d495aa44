import { and, asc, count, eq, ne, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { claims, sources } from '../db/schema.js';
import type {
  ClaimDetail,
  ClaimList,
  ClaimListItem,
  ClaimListQuery,
  ClaimSummary,
  ClaimValue,
} from '../schemas/claim.js';
import { envelope } from './paging.js';
import type { ReadContext } from './read-context.js';
import { CLAIM_STATUSES, NUMERIC_UNITS, type Disposition } from '../domain/values.js';

type ClaimRecord = typeof claims.$inferSelect;

/** Accepted first, then the claims kept beside it, errata last: the order a reader weighs them in. */
const DISPOSITION_ORDER = [
  'accepted',
  'alternative',
  'superseded',
  'erratum',
] as const satisfies readonly Disposition[];
const STATUS_ORDER = CLAIM_STATUSES;

/** A number for numeric units (the store keeps it typed in value_num), else the text as stated. */
export function claimValue(c: Pick<ClaimRecord, 'value' | 'valueNum' | 'unit'>): ClaimValue {
  if (!NUMERIC_UNITS.has(c.unit)) return c.value;
  return c.valueNum ?? Number(c.value);
}

export function compareClaims(a: ClaimRecord, b: ClaimRecord): number {
  return (
    (DISPOSITION_ORDER as readonly string[]).indexOf(a.disposition) -
      (DISPOSITION_ORDER as readonly string[]).indexOf(b.disposition) ||
    STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
    a.id.localeCompare(b.id)
  );
}

export function toClaimSummary(c: ClaimRecord): ClaimSummary {
  return {
    claim_id: c.id,
    value: claimValue(c),
    status: c.status,
    disposition: c.disposition,
    source_id: c.sourceId,
    reason: c.reason,
  };
}

/** A claim as stated, with its key and its source: one item of /v1/claims, the head of /v1/claims/{id}. */
function toClaimItem(c: ClaimRecord, s: typeof sources.$inferSelect): ClaimListItem {
  return {
    id: c.id,
    election_id: c.electionId,
    subject_type: c.subjectType,
    subject_id: c.subjectId,
    metric: c.metric,
    value: claimValue(c),
    unit: c.unit,
    status: c.status,
    disposition: c.disposition,
    reason: c.reason,
    source: { id: s.id, url: s.url, title: s.title, publisher: s.publisher, kind: s.kind },
  };
}

/** One claim with its source and the other claims about the same figure; undefined when no claim has the id. */
export function getClaim(ctx: ReadContext, id: string): ClaimDetail | undefined {
  const row = ctx.db
    .select({ claim: claims, source: sources })
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .where(eq(claims.id, id))
    .get();
  if (!row) return undefined;
  const { claim: c, source: s } = row;
  const siblings = ctx.db
    .select()
    .from(claims)
    .where(
      and(
        eq(claims.electionId, c.electionId),
        eq(claims.subjectType, c.subjectType),
        eq(claims.subjectId, c.subjectId),
        eq(claims.metric, c.metric),
        ne(claims.id, c.id),
      ),
    )
    .all();
  return {
    ...toClaimItem(c, s),
    corroborating_source_ids: c.corroboratingSourceIds ? c.corroboratingSourceIds.split(';') : [],
    siblings: siblings.sort(compareClaims).map(toClaimSummary),
  };
}

export type ClaimFilter = z.infer<typeof ClaimListQuery>;

/**
 * Every claim matching the filters, in key order and, within a figure, accepted first: with `election`,
 * `subject_type`, `subject` and `metric` it lists all the claims behind one figure (accepted, corroborating,
 * superseded, alternative, erratum) with their sources.
 */
export function listClaims(ctx: ReadContext, q: ClaimFilter): ClaimList {
  const where = and(
    q.election ? eq(claims.electionId, q.election) : undefined,
    q.subject_type ? eq(claims.subjectType, q.subject_type) : undefined,
    q.subject ? eq(claims.subjectId, q.subject) : undefined,
    q.metric ? eq(claims.metric, q.metric) : undefined,
    q.disposition ? eq(claims.disposition, q.disposition) : undefined,
  );
  const total = ctx.db.select({ n: count() }).from(claims).where(where).get()?.n ?? 0;
  const rows = ctx.db
    .select({ claim: claims, source: sources })
    .from(claims)
    .innerJoin(sources, eq(sources.id, claims.sourceId))
    .where(where)
    .orderBy(
      asc(claims.electionId),
      asc(claims.subjectType),
      asc(claims.subjectId),
      asc(claims.metric),
      sql`${claims.disposition} != 'accepted'`,
      asc(claims.id),
    )
    .limit(q.limit)
    .offset(q.offset)
    .all();
  const data = rows.map(({ claim, source }) => toClaimItem(claim, source));
  return envelope(data, total, q);
}
