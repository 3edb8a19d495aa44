import { and, asc, count, eq, like, sql } from 'drizzle-orm';
import type { Db } from '../db/open-store.js';
import { claims, discrepancyKeys } from '../db/schema.js';
import type { Discrepancy } from '../schemas/discrepancy.js';
import { claimValue, compareClaims, toClaimSummary } from './claims.js';
import type { ReadContext } from './read-context.js';
import type { z } from 'zod';
import type { DiscrepancyListQuery } from '../schemas/discrepancy.js';
import { envelope } from './paging.js';

type ClaimRecord = typeof claims.$inferSelect;

export type DiscrepancyFilter = z.infer<typeof DiscrepancyListQuery>;

const prepareClaimsOfFigure = (db: Db) =>
  db
    .select()
    .from(claims)
    .where(
      and(
        eq(claims.electionId, sql.placeholder('electionId')),
        eq(claims.subjectType, sql.placeholder('subjectType')),
        eq(claims.subjectId, sql.placeholder('subjectId')),
        eq(claims.metric, sql.placeholder('metric')),
      ),
    )
    .prepare();
/** Prepared once per store: a page of 500 figures runs one compiled statement 500 times, building no SQL. */
const claimsOfFigure = new WeakMap<Db, ReturnType<typeof prepareClaimsOfFigure>>();

/** A figure's claims; one indexed look-up per figure on the page. */
function claimsOf(ctx: ReadContext, key: typeof discrepancyKeys.$inferSelect): ClaimRecord[] {
  let statement = claimsOfFigure.get(ctx.db);
  if (!statement) claimsOfFigure.set(ctx.db, (statement = prepareClaimsOfFigure(ctx.db)));
  return statement.all({
    electionId: key.electionId,
    subjectType: key.subjectType,
    subjectId: key.subjectId,
    metric: key.metric,
  });
}

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
  const page = ctx.db
    .select()
    .from(discrepancyKeys)
    .where(where)
    .orderBy(asc(discrepancyKeys.id))
    .limit(q.limit)
    .offset(q.offset)
    .all();
  return envelope(
    page.map((key) => toDiscrepancy(claimsOf(ctx, key))),
    total,
    q,
  );
}
