import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { aliases, candidates, contestants, contests, elections, results } from '../db/schema.js';
import { groupBy } from '../lib/group-by.js';
import type { CandidateDetail, CandidateList, ElectionRef } from '../schemas/candidate.js';
import { FigureResolver, type FigureKey } from './figures.js';
import type { ReadContext } from './read-context.js';
import type { z } from 'zod';
import type { AliasEntityType } from '../domain/values.js';
import type { CandidateListQuery } from '../schemas/candidate.js';
import type { SortSpec } from '../schemas/common.js';
import { pageOf, parseSort } from './paging.js';
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

/** Ballot lines that are people (not party lists, options or 'against all'). */
const candidacyRows = (ctx: ReadContext, candidateIds?: string[]) =>
  ctx.db
    .select({ candidateId: contestants.contestantId, electionId: contestants.electionId, date: elections.date })
    .from(contestants)
    .innerJoin(elections, eq(elections.id, contestants.electionId))
    .where(
      and(
        eq(contestants.kind, 'candidate'),
        candidateIds ? inArray(contestants.contestantId, candidateIds) : undefined,
      ),
    )
    .orderBy(asc(elections.date))
    .all();

export function listCandidates(ctx: ReadContext, q: CandidateListFilter): CandidateList {
  const stood = groupBy(candidacyRows(ctx), (r) => r.candidateId);
  const all = ctx.db
    .select()
    .from(candidates)
    .all()
    .filter((c) => !q.election || (stood.get(c.id) ?? []).some((r) => r.electionId === q.election));
  const page = pageOf(byName(all, q.sort), q);
  return {
    ...page,
    data: page.data.map((c) => ({
      id: c.id,
      ...withNames(ctx.lang, c),
      election_ids: [...new Set((stood.get(c.id) ?? []).map((r) => r.electionId))],
    })),
  };
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
