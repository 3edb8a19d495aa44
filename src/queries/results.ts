import { and, eq, isNull, sql } from 'drizzle-orm';
import { contestants, results } from '../db/schema.js';
import type { ResultList, ResultRow } from '../schemas/result.js';
import { FigureResolver, type SeriesStatus, type FigureKey } from './figures.js';
import { contestantHref, contestantNames, nameOf } from './names.js';
import type { ReadContext } from './read-context.js';
import { sortRows } from './sort-rows.js';
import { pageOf } from './paging.js';
import { nominationClaims } from './other-figures.js';
import { RESULT_COLUMNS } from '../domain/metric-columns.js';
import { preparedOnce } from './prepared.js';

const linesStatement = (ctx: ReadContext) =>
  preparedOnce(ctx.db, 'results-lines', () =>
    ctx.db
      .select()
      .from(contestants)
      .where(eq(contestants.contestId, sql.placeholder('contest')))
      .prepare(),
  );

/** One region's rows or the national ones (region_id null): a statement each, both keyed on the same index. */
const rowsStatement = (ctx: ReadContext, regional: boolean) =>
  preparedOnce(ctx.db, `results-rows|${regional}`, () =>
    ctx.db
      .select()
      .from(results)
      // All three columns, in the order of the results_election_region index.
      .where(
        and(
          eq(results.electionId, sql.placeholder('election')),
          regional ? eq(results.regionId, sql.placeholder('region')) : isNull(results.regionId),
          eq(results.contestId, sql.placeholder('contest')),
        ),
      )
      .prepare(),
  );

/**
 * Every line of one contest with its national (or one region's) figures. For a region, lines no
 * source covers are still listed, with null figures and the reason, so the shape never changes.
 */
export function listResults(
  ctx: ReadContext,
  q: {
    electionId: string;
    contestId: string;
    contestSlug: string;
    region?: string;
    status?: SeriesStatus;
    sort: string;
    limit: number;
    offset: number;
  },
): ResultList {
  const lines = linesStatement(ctx).all({ contest: q.contestId });
  const rows = rowsStatement(ctx, !!q.region).all({ election: q.electionId, region: q.region, contest: q.contestId });
  const byContestant = new Map(rows.map((r) => [r.contestantId, r]));
  const nominations = nominationClaims(ctx, { electionId: q.electionId });
  const names = contestantNames(ctx, lines.flatMap((l) => [l.contestantId, l.nominatedById ?? '']).filter(Boolean));
  const resolver = FigureResolver.load(
    ctx.db,
    ctx.gaps,
    rows.flatMap((r) => [
      r.votesClaim,
      r.pctClaim,
      r.pctOfValidClaim,
      r.rankClaim,
      r.electedClaim,
      r.electedDerivedFrom,
      r.listCandidatesClaim,
    ]),
    q.status,
  );

  const data: ResultRow[] = lines.map((line) => {
    const r = byContestant.get(line.contestantId);
    const key = (metric: FigureKey['metric']) => ({
      electionId: q.electionId,
      metric,
      subjectType: q.region ? 'region_contestant' : 'contestant',
      subjectId: q.region ? `${q.region}/${line.contestantId}` : line.contestantId,
    });
    const info = names.get(line.contestantId);
    return {
      contestant_id: line.contestantId,
      contestant_kind: line.kind,
      ...nameOf(names, line.contestantId),
      nominated_by:
        line.kind === 'candidate'
          ? {
              id: line.nominatedById,
              name_as_published: line.nominatedByText,
              claim_id: nominations.get(`${q.electionId}|${line.contestantId}`) ?? null,
            }
          : null,
      region_id: q.region ?? null,
      votes: resolver.number(r?.votesClaim, r?.votes, key(RESULT_COLUMNS.votes)),
      pct: resolver.number(r?.pctClaim, r?.pct, key(RESULT_COLUMNS.pct)),
      pct_of_valid_ballots: resolver.number(r?.pctOfValidClaim, r?.pctOfValid, key(RESULT_COLUMNS.pctOfValid)),
      rank: resolver.number(r?.rankClaim, r?.rank, key(RESULT_COLUMNS.rank)),
      elected: resolver.bool(r?.electedClaim, r?.elected, key(RESULT_COLUMNS.elected), r?.electedDerivedFrom),
      list_candidates: resolver.number(r?.listCandidatesClaim, r?.listCandidates, key(RESULT_COLUMNS.listCandidates)),
      href: contestantHref(line.contestantId, info?.type),
    };
  });
  const sorted = sortRows(data, q.sort, { votes: (r) => r.votes.value, pct: (r) => r.pct.value, name: (r) => r.name });
  return {
    election_id: q.electionId,
    contest: q.contestSlug,
    region_id: q.region ?? null,
    series: q.status ?? 'accepted',
    ...pageOf(sorted, q),
  };
}
