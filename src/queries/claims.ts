import { and, asc, count, eq, sql } from 'drizzle-orm';
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
import { preparedOnce } from './prepared.js';
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

const claimStatement = (ctx: ReadContext) =>
  preparedOnce(ctx.db, 'claims-one', () =>
    ctx.db
      .select({ claim: claims, source: sources })
      .from(claims)
      .innerJoin(sources, eq(sources.id, claims.sourceId))
      .where(eq(claims.id, sql.placeholder('id')))
      .prepare(),
  );

/** The columns that name a figure, in the order of the claims key index. */
const FIGURE_KEY = ['electionId', 'subjectType', 'subjectId', 'metric'] as const;

/** Every claim about one figure: one indexed look-up (a page of discrepancies runs one per figure). */
const claimsOfFigure = (ctx: ReadContext, k: Pick<ClaimRecord, (typeof FIGURE_KEY)[number]>) =>
  preparedOnce(ctx.db, 'claims-of-figure', () =>
    ctx.db
      .select()
      .from(claims)
      .where(and(...FIGURE_KEY.map((c) => eq(claims[c], sql.placeholder(c)))))
      .prepare(),
  ).all({ electionId: k.electionId, subjectType: k.subjectType, subjectId: k.subjectId, metric: k.metric });

/** One claim with its source and the other claims about the same figure; undefined when no claim has the id. */
export function getClaim(ctx: ReadContext, id: string): ClaimDetail | undefined {
  const row = claimStatement(ctx).get({ id });
  if (!row) return undefined;
  const { claim: c, source: s } = row;
  const siblings = claimsOfFigure(ctx, c).filter((other) => other.id !== c.id);
  return {
    ...toClaimItem(c, s),
    corroborating_source_ids: c.corroboratingSourceIds ? c.corroboratingSourceIds.split(';') : [],
    siblings: siblings.sort(compareClaims).map(toClaimSummary),
  };
}

export type ClaimFilter = z.infer<typeof ClaimListQuery>;

const FILTER_COLUMNS = {
  election: claims.electionId,
  subject_type: claims.subjectType,
  subject: claims.subjectId,
  metric: claims.metric,
  disposition: claims.disposition,
} as const;
const FILTERS = Object.keys(FILTER_COLUMNS) as (keyof typeof FILTER_COLUMNS)[];
type Filter = (typeof FILTERS)[number];

/** One statement per set of filters given (at most 32), so each keeps the index its columns allow. */
const filtered = (present: Filter[]) => and(...present.map((f) => eq(FILTER_COLUMNS[f], sql.placeholder(f))));

const countStatement = (ctx: ReadContext, present: Filter[]) =>
  preparedOnce(ctx.db, `claims-count|${present.join(',')}`, () =>
    ctx.db.select({ n: count() }).from(claims).where(filtered(present)).prepare(),
  );

const pageStatement = (ctx: ReadContext, present: Filter[]) =>
  preparedOnce(ctx.db, `claims-page|${present.join(',')}`, () =>
    ctx.db
      .select({ claim: claims, source: sources })
      .from(claims)
      .innerJoin(sources, eq(sources.id, claims.sourceId))
      .where(filtered(present))
      .orderBy(...FIGURE_KEY.map((c) => asc(claims[c])), sql`${claims.disposition} != 'accepted'`, asc(claims.id))
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .prepare(),
  );

/**
 * Every claim matching the filters, in key order and, within a figure, accepted first: with `election`,
 * `subject_type`, `subject` and `metric` it lists all the claims behind one figure (accepted, corroborating,
 * superseded, alternative, erratum) with their sources.
 */
export function listClaims(ctx: ReadContext, q: ClaimFilter): ClaimList {
  const present = FILTERS.filter((f) => q[f]);
  const params = Object.fromEntries(present.map((f) => [f, q[f]]));
  const total = countStatement(ctx, present).get(params)?.n ?? 0;
  const rows = pageStatement(ctx, present).all({ ...params, limit: q.limit, offset: q.offset });
  const data = rows.map(({ claim, source }) => toClaimItem(claim, source));
  return envelope(data, total, q);
}
