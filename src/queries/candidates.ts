import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { aliases, candidates, contestants, contests, elections, results } from '../db/schema.js';
import type { CandidateDetail, ElectionRef } from '../schemas/candidate.js';
import { FigureResolver, type FigureKey } from './figures.js';
import type { ReadContext } from './read-context.js';
import type { AliasEntityType } from '../domain/values.js';
import type { SortSpec } from '../schemas/common.js';
import { parseSort } from './paging.js';
import { preparedOnce } from './prepared.js';
import { nameSpellings, withNames } from './names.js';
import { nominationClaims } from './other-figures.js';
import { RESULT_COLUMNS } from '../domain/metric-columns.js';

export const electionRef = (e: { id: string; nameEn: string; date: string }): ElectionRef => ({
  id: e.id,
  name: e.nameEn,
  date: e.date,
});

/** Every spelling of one entity in the order the seed lists them, without repeats. */
export function aliasesOf(ctx: ReadContext, entityType: AliasEntityType, entityId: string): string[] {
  const rows = preparedOnce(ctx.db, 'aliases-of', () =>
    ctx.db
      .select({ alias: aliases.alias })
      .from(aliases)
      .where(and(eq(aliases.entityType, sql.placeholder('type')), eq(aliases.entityId, sql.placeholder('id'))))
      .orderBy(asc(aliases.id))
      .prepare(),
  ).all({ type: entityType, id: entityId });
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

const personStatement = (ctx: ReadContext) =>
  preparedOnce(ctx.db, 'candidate-by-id', () =>
    ctx.db
      .select()
      .from(candidates)
      .where(eq(candidates.id, sql.placeholder('id')))
      .prepare(),
  );

/** A person's ballot lines with their vote, contest and contest-wide result, in date order. */
const candidacyStatement = (ctx: ReadContext) =>
  preparedOnce(ctx.db, 'candidate-candidacies', () =>
    ctx.db
      .select({ line: contestants, election: elections, contest: contests, result: results })
      .from(contestants)
      .innerJoin(elections, eq(elections.id, contestants.electionId))
      .innerJoin(contests, eq(contests.id, contestants.contestId))
      .leftJoin(
        results,
        // The vote (implied by the contest) leads the results_election_region index: probed, not skip-scanned.
        and(
          eq(results.electionId, contestants.electionId),
          eq(results.contestId, contestants.contestId),
          eq(results.contestantId, contestants.contestantId),
          isNull(results.regionId),
        ),
      )
      .where(and(eq(contestants.contestantId, sql.placeholder('id')), eq(contestants.kind, 'candidate')))
      .orderBy(asc(elections.date), asc(contests.id))
      .prepare(),
  );

/** The person with every candidacy and its contest-wide result; undefined when the id is unknown. */
export function getCandidate(ctx: ReadContext, id: string): CandidateDetail | undefined {
  const person = personStatement(ctx).get({ id });
  if (!person) return undefined;
  const rows = candidacyStatement(ctx).all({ id });
  const resolver = FigureResolver.load(
    ctx.db,
    ctx.gaps,
    rows.flatMap(({ result: r }) =>
      r ? [r.votesClaim, r.pctClaim, r.rankClaim, r.electedClaim, r.electedDerivedFrom] : [],
    ),
  );
  const nominations = nominationClaims(ctx, { contestantId: id, electionIds: rows.map((r) => r.election.id) });
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
