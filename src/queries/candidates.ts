import { and, asc, count, desc, eq, isNull, sql } from 'drizzle-orm';
import { aliases, candidates, contestants, contests, elections, results } from '../db/schema.js';
import { groupBy } from '../lib/group-by.js';
import type { CandidateDetail, CandidateList, ElectionRef } from '../schemas/candidate.js';
import { FigureResolver, type FigureKey } from './figures.js';
import type { ReadContext } from './read-context.js';
import type { z } from 'zod';
import type { AliasEntityType } from '../domain/values.js';
import type { CandidateListQuery } from '../schemas/candidate.js';
import type { SortSpec } from '../schemas/common.js';
import { envelope, parseSort } from './paging.js';
import { ids, inList, preparedOnce } from './prepared.js';
import { nameSpellings, withNames } from './names.js';
import { nominationClaims } from './other-figures.js';
import { RESULT_COLUMNS } from '../domain/metric-columns.js';

export type CandidateListFilter = z.infer<typeof CandidateListQuery>;

export const electionRef = (e: { id: string; nameEn: string; date: string }): ElectionRef => ({
  id: e.id,
  name: e.nameEn,
  date: e.date,
});

/** Every spelling of one entity in the order the seed lists them, without repeats. */
export function aliasesOf(ctx: ReadContext, entityType: AliasEntityType, entityId: string): string[] {
  const rows = ctx.db
    .select({ alias: aliases.alias })
    .from(aliases)
    .where(and(eq(aliases.entityType, entityType), eq(aliases.entityId, entityId)))
    .orderBy(asc(aliases.id))
    .all();
  return [...new Set(rows.map((r) => r.alias))];
}

/** Sorts by English name (locale-aware, as /v1/elections does), then id so pages are stable. */
export function byName<T extends { id: string; nameEn: string }>(rows: T[], sort: SortSpec<'name' | 'id'>): T[] {
  const { field, descending } = parseSort(sort);
  const dir = descending ? -1 : 1;
  return rows.sort(
    (a, b) => dir * ((field === 'id' ? 0 : a.nameEn.localeCompare(b.nameEn)) || a.id.localeCompare(b.id)),
  );
}

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

/** The person with every candidacy and its contest-wide result; undefined when the id is unknown. */
export function getCandidate(ctx: ReadContext, id: string): CandidateDetail | undefined {
  const person = ctx.db.select().from(candidates).where(eq(candidates.id, id)).get();
  if (!person) return undefined;
  const rows = ctx.db
    .select({ line: contestants, election: elections, contest: contests, result: results })
    .from(contestants)
    .innerJoin(elections, eq(elections.id, contestants.electionId))
    .innerJoin(contests, eq(contests.id, contestants.contestId))
    .leftJoin(
      results,
      and(
        eq(results.contestId, contestants.contestId),
        eq(results.contestantId, contestants.contestantId),
        isNull(results.regionId),
      ),
    )
    .where(and(eq(contestants.contestantId, id), eq(contestants.kind, 'candidate')))
    .orderBy(asc(elections.date), asc(contests.id))
    .all();
  const resolver = FigureResolver.load(
    ctx.db,
    ctx.gaps,
    rows.flatMap(({ result: r }) =>
      r ? [r.votesClaim, r.pctClaim, r.rankClaim, r.electedClaim, r.electedDerivedFrom] : [],
    ),
  );
  const nominations = nominationClaims(ctx, { contestantId: id });
  return {
    id: person.id,
    ...withNames(ctx.lang, person),
    name_spellings: nameSpellings(ctx, id),
    aliases: aliasesOf(ctx, 'candidate', id),
    candidacies: rows.map(({ line, election, contest, result: r }) => {
      const key = (metric: FigureKey['metric']) => ({
        electionId: election.id,
        subjectType: 'contestant',
        subjectId: id,
        metric,
      });
      return {
        election: electionRef(election),
        contest: contest.slug,
        nominated_by: {
          id: line.nominatedById,
          name_as_published: line.nominatedByText,
          claim_id: nominations.get(`${election.id}|${id}`) ?? null,
        },
        votes: resolver.number(r?.votesClaim, r?.votes, key(RESULT_COLUMNS.votes)),
        pct: resolver.number(r?.pctClaim, r?.pct, key(RESULT_COLUMNS.pct)),
        rank: resolver.number(r?.rankClaim, r?.rank, key(RESULT_COLUMNS.rank)),
        elected: resolver.bool(r?.electedClaim, r?.elected, key(RESULT_COLUMNS.elected), r?.electedDerivedFrom),
      };
    }),
  };
}
