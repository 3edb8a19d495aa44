import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import { claims, contestants, contests, elections, qualityFlags, results } from '../db/schema.js';
import { groupBy } from '../lib/group-by.js';
import type { ElectionDetail, ElectionSummary } from '../schemas/election.js';
import { FigureResolver, type SeriesStatus } from './figures.js';
import type { ReadContext } from './read-context.js';
import type { z } from 'zod';
import type { ElectionListQuery } from '../schemas/election.js';
import { NATIONAL_CONTEST_KINDS } from '../domain/values.js';
import { pageOf, parseSort } from './paging.js';

type ElectionRow = typeof elections.$inferSelect;

/** Election-level metrics that have a field of their own; every other accepted one is in other_figures. */
const NAMED_METRICS = new Set([
  'registered_voters',
  'voters_participated',
  'turnout_pct',
  'valid_ballots',
  'invalid_ballots',
  'polling_stations',
  'registered_voters_abroad',
  'voters_participated_abroad',
  'turnout_abroad_pct',
  'polling_stations_abroad',
  'seats_total',
  'seats_pr',
  'seats_smd',
  'seats_other',
  'threshold_pct',
  'date',
]);

export const electionLinks = (id: string) => ({
  self: `/v1/elections/${id}`,
  results: `/v1/elections/${id}/results`,
  turnout: `/v1/elections/${id}/turnout`,
  seats: `/v1/elections/${id}/seats`,
  districts: `/v1/elections/${id}/districts`,
  discrepancies: `/v1/discrepancies?election=${id}`,
});

/** Every vote's id in date order: the store decides which votes exist, not the code. */
export function electionIds(ctx: ReadContext): string[] {
  return ctx.db
    .select({ id: elections.id })
    .from(elections)
    .orderBy(asc(elections.date), asc(elections.id))
    .all()
    .map((e) => e.id);
}

export function findElection(ctx: ReadContext, id: string): ElectionRow | undefined {
  return ctx.db.select().from(elections).where(eq(elections.id, id)).get();
}

function electionClaims(ctx: ReadContext, ids: string[]) {
  return ids.length === 0
    ? []
    : ctx.db
        .select()
        .from(claims)
        .where(
          and(inArray(claims.electionId, ids), eq(claims.subjectType, 'election'), eq(claims.disposition, 'accepted')),
        )
        .all();
}

/** `final` only when every accepted national result figure is final. */
function resultStatuses(ctx: ReadContext, ids: string[]): Map<string, ElectionSummary['result_status']> {
  const rows = ctx.db
    .select({ electionId: results.electionId, status: claims.status })
    .from(results)
    .innerJoin(contests, eq(contests.id, results.contestId))
    .innerJoin(claims, eq(claims.id, results.votesClaim))
    .where(
      and(
        inArray(results.electionId, ids),
        isNull(results.regionId),
        inArray(contests.kind, [...NATIONAL_CONTEST_KINDS]),
      ),
    )
    .all();
  const out = new Map<string, ElectionSummary['result_status']>();
  for (const id of ids) {
    const statuses = new Set(rows.filter((r) => r.electionId === id).map((r) => r.status));
    out.set(
      id,
      statuses.size === 1 && statuses.has('final') ? 'final' : statuses.has('preliminary') ? 'preliminary' : 'unknown',
    );
  }
  return out;
}

/** Accepted election-level claims of each vote, and a figure builder per vote by metric name. */
function electionLevel(ctx: ReadContext, rows: ElectionRow[], status?: SeriesStatus) {
  const byElection = groupBy(
    electionClaims(
      ctx,
      rows.map((e) => e.id),
    ),
    (c) => c.electionId,
  );
  const resolver = FigureResolver.load(
    ctx.db,
    ctx.gaps,
    [...byElection.values()].flat().map((c) => c.id),
    status,
  );
  return rows.map((e) => {
    const metric = (m: string) => (byElection.get(e.id) ?? []).find((c) => c.metric === m);
    const fig = (m: string) =>
      resolver.number(metric(m)?.id, metric(m)?.valueNum, {
        electionId: e.id,
        subjectType: 'election',
        subjectId: e.id,
        metric: m,
      });
    return { fig, claims: byElection.get(e.id) ?? [] };
  });
}

function summaries(ctx: ReadContext, rows: ElectionRow[], status?: SeriesStatus) {
  const statuses = resultStatuses(
    ctx,
    rows.map((e) => e.id),
  );
  const level = electionLevel(ctx, rows, status);
  return rows.map((e, i) => {
    const { fig, claims } = level[i]!;
    const summary: ElectionSummary = {
      id: e.id,
      kind: e.kind,
      name: e.nameEn,
      date: e.date,
      system: e.system,
      result_status: statuses.get(e.id) ?? 'unknown',
      seats_total: fig('seats_total'),
      turnout_pct: fig('turnout_pct'),
      links: electionLinks(e.id),
    };
    return { summary, fig, claims };
  });
}

export function listElections(ctx: ReadContext, q: z.infer<typeof ElectionListQuery>) {
  const all = ctx.db
    .select()
    .from(elections)
    .where(q.kind ? eq(elections.kind, q.kind) : undefined)
    .all();
  const { field, descending } = parseSort(q.sort);
  const dir = descending ? -1 : 1;
  all.sort((a, b) => dir * (field === 'date' ? a.date.localeCompare(b.date) : a.nameEn.localeCompare(b.nameEn)));
  const page = pageOf(all, q);
  return { ...page, data: summaries(ctx, page.data).map((s) => s.summary) };
}

export function getElection(ctx: ReadContext, e: ElectionRow, status?: SeriesStatus): ElectionDetail {
  const [{ summary, fig, claims: accepted }] = summaries(ctx, [e], status) as [ReturnType<typeof summaries>[number]];
  const contestRows = ctx.db
    .select()
    .from(contests)
    .where(eq(contests.electionId, e.id))
    .orderBy(asc(contests.districtNumber))
    .all();
  const lineCount = new Set(
    ctx.db
      .select({ c: contestants.contestId })
      .from(contestants)
      .where(eq(contestants.electionId, e.id))
      .all()
      .map((r) => r.c),
  );
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
    abroad: {
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
      .map((c) => ({
        metric: c.metric,
        unit: c.unit,
        value: c.valueNum ?? c.value,
        status: c.status,
        source_ids: [c.sourceId, ...(c.corroboratingSourceIds ? c.corroboratingSourceIds.split(';') : [])],
        claim_id: c.id,
      })),
    data_quality: ctx.db
      .select()
      .from(qualityFlags)
      .where(eq(qualityFlags.electionId, e.id))
      .all()
      .map((f) => ({ check: f.check, subject: f.subject, detail: f.detail })),
  };
}

/** Election-level figures by metric name, for endpoints that show a few of them (seats, chamber). */
export function electionFigures(ctx: ReadContext, e: ElectionRow, status?: SeriesStatus) {
  return electionLevel(ctx, [e], status)[0]!.fig;
}
