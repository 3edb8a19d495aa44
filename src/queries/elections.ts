import { asc, eq, sql } from 'drizzle-orm';
import { contestants, contests, elections, qualityFlags } from '../db/schema.js';
import type { ElectionDetail } from '../schemas/election.js';
import type { SeriesStatus } from './figures.js';
import type { ReadContext } from './read-context.js';
import type { z } from 'zod';
import type { ElectionListQuery } from '../schemas/election.js';
import { pageOf, parseSort } from './paging.js';
import { NAMED_METRICS, summaries } from './election-figures.js';
import { abroadTurnout } from './turnout.js';
import { toOtherFigure } from './other-figures.js';
import { citeVote } from './cite.js';
import { preparedOnce } from './prepared.js';

type ElectionRow = typeof elections.$inferSelect;

const placeholder = sql.placeholder;

/** Every vote's id in date order: the store decides which votes exist, not the code. */
export function electionIds(ctx: ReadContext): string[] {
  return preparedOnce(ctx.db, 'election-ids', () =>
    ctx.db.select({ id: elections.id }).from(elections).orderBy(asc(elections.date), asc(elections.id)).prepare(),
  )
    .all()
    .map((e) => e.id);
}

export function findElection(ctx: ReadContext, id: string): ElectionRow | undefined {
  return preparedOnce(ctx.db, 'election-by-id', () =>
    ctx.db
      .select()
      .from(elections)
      .where(eq(elections.id, placeholder('id')))
      .prepare(),
  ).get({ id });
}

/** The votes, or those of one kind. */
const votes = (ctx: ReadContext, ofKind: boolean) =>
  preparedOnce(ctx.db, `elections-list|${ofKind}`, () =>
    ctx.db
      .select()
      .from(elections)
      .where(ofKind ? eq(elections.kind, placeholder('kind')) : undefined)
      .prepare(),
  );

const contestsOf = (ctx: ReadContext) =>
  preparedOnce(ctx.db, 'election-contests', () =>
    ctx.db
      .select()
      .from(contests)
      .where(eq(contests.electionId, placeholder('election')))
      .orderBy(asc(contests.districtNumber))
      .prepare(),
  );

/** The contests of a vote that have ballot lines. */
const contestsWithLines = (ctx: ReadContext) =>
  preparedOnce(ctx.db, 'election-contests-with-lines', () =>
    ctx.db
      .select({ c: contestants.contestId })
      .from(contestants)
      .where(eq(contestants.electionId, placeholder('election')))
      .prepare(),
  );

const qualityFlagsOf = (ctx: ReadContext) =>
  preparedOnce(ctx.db, 'election-quality-flags', () =>
    ctx.db
      .select()
      .from(qualityFlags)
      .where(eq(qualityFlags.electionId, placeholder('election')))
      .prepare(),
  );

export function listElections(ctx: ReadContext, q: z.infer<typeof ElectionListQuery>) {
  const all = votes(ctx, q.kind !== undefined).all(q.kind ? { kind: q.kind } : {});
  const { field, descending } = parseSort(q.sort);
  const dir = descending ? -1 : 1;
  all.sort((a, b) => dir * (field === 'date' ? a.date.localeCompare(b.date) : a.nameEn.localeCompare(b.nameEn)));
  const page = pageOf(all, q);
  return { ...page, data: summaries(ctx, page.data).map((s) => s.summary) };
}

export function getElection(
  ctx: ReadContext,
  e: ElectionRow,
  release: { id: string; builtAt: string },
  status?: SeriesStatus,
): ElectionDetail {
  const [{ summary, fig, claims: accepted }] = summaries(ctx, [e], status) as [ReturnType<typeof summaries>[number]];
  const contestRows = contestsOf(ctx).all({ election: e.id });
  const lineCount = new Set(
    contestsWithLines(ctx)
      .all({ election: e.id })
      .map((r) => r.c),
  );
  const abroad = abroadTurnout(ctx, e.id, e.date, status);
  return {
    ...summary,
    national_turnout: {
      registered_voters: fig('registered_voters'),
      voters_participated: fig('voters_participated'),
      turnout_pct: fig('turnout_pct'),
      valid_ballots: fig('valid_ballots'),
      invalid_ballots: fig('invalid_ballots'),
      polling_stations: fig('polling_stations'),
    },
    // The abroad turnout row itself: one claim per figure, whichever endpoint shows it.
    abroad: abroad
      ? {
          registered_voters: abroad.registered_voters,
          voters_participated: abroad.voters_participated,
          turnout_pct: abroad.turnout_pct,
          polling_stations: abroad.polling_stations,
        }
      : {
          registered_voters: fig('registered_voters_abroad'),
          voters_participated: fig('voters_participated_abroad'),
          turnout_pct: fig('turnout_abroad_pct'),
          polling_stations: fig('polling_stations_abroad'),
        },
    chamber: {
      seats_total: fig('seats_total'),
      seats_party_list: fig('seats_pr'),
      seats_district: fig('seats_smd'),
      seats_assembly: fig('seats_other'),
      threshold_pct: fig('threshold_pct'),
    },
    contests: contestRows
      .filter((c) => c.kind === 'district' || lineCount.has(c.id))
      .map((c) => ({ id: c.slug, kind: c.kind, district_number: c.districtNumber })),
    other_figures: accepted
      .filter((c) => !NAMED_METRICS.has(c.metric))
      .sort((a, b) => a.metric.localeCompare(b.metric))
      .map(toOtherFigure),
    data_quality: qualityFlagsOf(ctx)
      .all({ election: e.id })
      .map((f) => ({ check: f.check, subject: f.subject, detail: f.detail })),
    cite: citeVote(ctx, e, release),
  };
}
