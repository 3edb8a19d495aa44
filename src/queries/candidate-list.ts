import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { candidates, contestants, elections } from '../db/schema.js';
import { groupBy } from '../lib/group-by.js';
import type { CandidateList, CandidateListQuery } from '../schemas/candidate.js';
import { withNames } from './names.js';
import { envelope, parseSort } from './paging.js';
import { ids, inList, preparedOnce } from './prepared.js';
import type { ReadContext } from './read-context.js';

export type CandidateListFilter = z.infer<typeof CandidateListQuery>;

/** The elections each of some candidates stood in (ballot lines that are people), in date order. */
const candidacies = (ctx: ReadContext, candidateIds: string[]) =>
  preparedOnce(ctx.db, 'candidacies-of', () =>
    ctx.db
      .select({ candidateId: contestants.contestantId, electionId: contestants.electionId })
      .from(contestants)
      .innerJoin(elections, eq(elections.id, contestants.electionId))
      .where(and(eq(contestants.kind, 'candidate'), inList(contestants.contestantId, 'ids')))
      .orderBy(asc(elections.date))
      .prepare(),
  ).all({ ids: ids(candidateIds) });

/** Candidates who stood in the vote given as the `election` parameter (any, without the filter). */
const stoodIn = (filtered: boolean) =>
  filtered
    ? sql`exists (select 1 from ${contestants} where ${contestants.contestantId} = ${candidates.id}
        and ${contestants.electionId} = ${sql.placeholder('election')} and ${contestants.kind} = 'candidate')`
    : undefined;

/** One page in the asked order, read by the sort keys the loader precomputed (loader/derive-sort-keys). */
const pageStatement = (ctx: ReadContext, descending: boolean, filtered: boolean) =>
  preparedOnce(ctx.db, `candidates-page|${descending}|${filtered}`, () =>
    ctx.db
      .select()
      .from(candidates)
      .where(stoodIn(filtered))
      .orderBy((descending ? desc : asc)(candidates.nameOrder))
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .prepare(),
  );

const countStatement = (ctx: ReadContext, filtered: boolean) =>
  preparedOnce(ctx.db, `candidates-count|${filtered}`, () =>
    ctx.db.select({ n: count() }).from(candidates).where(stoodIn(filtered)).prepare(),
  );

export function listCandidates(ctx: ReadContext, q: CandidateListFilter): CandidateList {
  const { descending } = parseSort(q.sort);
  const filtered = q.election !== undefined;
  const params = filtered ? { election: q.election } : {};
  const page = pageStatement(ctx, descending, filtered).all({ ...params, limit: q.limit, offset: q.offset });
  const stood = groupBy(
    candidacies(
      ctx,
      page.map((c) => c.id),
    ),
    (r) => r.candidateId,
  );
  return envelope(
    page.map((c) => ({
      id: c.id,
      ...withNames(ctx.lang, c),
      election_ids: [...new Set((stood.get(c.id) ?? []).map((r) => r.electionId))],
    })),
    countStatement(ctx, filtered).get(params)?.n ?? 0,
    q,
  );
}
