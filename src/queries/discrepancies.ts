import { and, asc, count, eq, like, sql } from 'drizzle-orm';
import { claims, discrepancyKeys } from '../db/schema.js';
import { groupBy } from '../lib/group-by.js';
import type { Discrepancy } from '../schemas/discrepancy.js';
import { claimValue, compareClaims, toClaimSummary } from './claims.js';
import type { ReadContext } from './read-context.js';
import type { z } from 'zod';
import type { DiscrepancyListQuery } from '../schemas/discrepancy.js';
import { envelope } from './paging.js';
import { preparedOnce } from './prepared.js';

type ClaimRecord = typeof claims.$inferSelect;

export type DiscrepancyFilter = z.infer<typeof DiscrepancyListQuery>;

function toDiscrepancy(group: ClaimRecord[]): Discrepancy {
  const sorted = [...group].sort(compareClaims);
  const first = sorted[0]!;
  // The loader guarantees exactly one accepted claim per figure, and compareClaims puts it first.
  const accepted = sorted.find((c) => c.disposition === 'accepted') ?? first;
  return {
    election_id: first.electionId,
    subject_type: first.subjectType,
    subject_id: first.subjectId,
    metric: first.metric,
    unit: first.unit,
    accepted: {
      claim_id: accepted.id,
      value: claimValue(accepted),
      status: accepted.status,
      source_id: accepted.sourceId,
    },
    claims: sorted.map(toClaimSummary),
  };
}

const FILTER_COLUMNS = {
  election: discrepancyKeys.electionId,
  metric: discrepancyKeys.metric,
  subject_type: discrepancyKeys.subjectType,
  disposition: discrepancyKeys.dispositions,
} as const;
type Filter = keyof typeof FILTER_COLUMNS;
const FILTERS = Object.keys(FILTER_COLUMNS) as Filter[];

/**
 * One statement per set of filters given (at most 16), so each keeps the index its columns allow. A disposition
 * is one of the figure's `;a;b;` list.
 */
const filtered = (present: Filter[]) =>
  and(
    ...present.map((f) =>
      f === 'disposition'
        ? like(FILTER_COLUMNS[f], sql`'%;' || ${sql.placeholder(f)} || ';%'`)
        : eq(FILTER_COLUMNS[f], sql.placeholder(f)),
    ),
  );

const countStatement = (ctx: ReadContext, present: Filter[]) =>
  preparedOnce(ctx.db, `discrepancies-count|${present.join(',')}`, () =>
    ctx.db.select({ n: count() }).from(discrepancyKeys).where(filtered(present)).prepare(),
  );

/** One page of disagreeing figures with all of their claims: one statement, however many figures a page holds. */
const pageStatement = (ctx: ReadContext, present: Filter[]) =>
  preparedOnce(ctx.db, `discrepancies-page|${present.join(',')}`, () => {
    const page = ctx.db
      .select()
      .from(discrepancyKeys)
      .where(filtered(present))
      .orderBy(asc(discrepancyKeys.id))
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .as('page');
    return ctx.db
      .select({ keyId: page.id, claim: claims })
      .from(page)
      .innerJoin(
        claims,
        and(
          eq(claims.electionId, page.electionId),
          eq(claims.subjectType, page.subjectType),
          eq(claims.subjectId, page.subjectId),
          eq(claims.metric, page.metric),
        ),
      )
      .orderBy(asc(page.id))
      .prepare();
  });

/**
 * Every figure whose claims disagree, in vote order. The disagreeing keys are found when the store
 * is built (discrepancy_keys), so a page costs one count and one query (the page's keys joined with their
 * claims through the claims_key index), however many claims the store holds.
 */
export function listDiscrepancies(ctx: ReadContext, q: DiscrepancyFilter) {
  const present = FILTERS.filter((f) => q[f]);
  const params = Object.fromEntries(present.map((f) => [f, q[f]]));
  const total = countStatement(ctx, present).get(params)?.n ?? 0;
  const rows = pageStatement(ctx, present).all({ ...params, limit: q.limit, offset: q.offset });
  // Grouped in page order (a Map keeps the order its keys were first seen in).
  const figures = groupBy(rows, (r) => r.keyId);
  return envelope(
    [...figures.values()].map((group) => toDiscrepancy(group.map((r) => r.claim))),
    total,
    q,
  );
}
