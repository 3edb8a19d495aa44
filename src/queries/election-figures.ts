import { and, eq, inArray, isNull } from 'drizzle-orm';
import { claims, contests, type elections, results } from '../db/schema.js';
import { NATIONAL_CONTEST_KINDS } from '../domain/values.js';
import { groupBy } from '../lib/group-by.js';
import type { ElectionSummary } from '../schemas/election.js';
import { FigureResolver, type SeriesStatus } from './figures.js';
import { ids, inList, preparedOnce } from './prepared.js';
import type { ReadContext } from './read-context.js';

/*
 * The figures of votes as wholes: election-level claims resolved into figures with provenance, the status
 * of each vote's results, and the summary rows of /v1/elections. Shared by the election, seats and list reads.
 */

type ElectionRow = typeof elections.$inferSelect;

export const electionLinks = (id: string) => ({
  self: `/v1/elections/${id}`,
  results: `/v1/elections/${id}/results`,
  turnout: `/v1/elections/${id}/turnout`,
  seats: `/v1/elections/${id}/seats`,
  districts: `/v1/elections/${id}/districts`,
  discrepancies: `/v1/discrepancies?election=${id}`,
});

/** Election-level metrics that have a field of their own; every other accepted one is in other_figures. */
export const NAMED_METRICS = new Set([
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

const electionClaimsStatement = (ctx: ReadContext) =>
  preparedOnce(ctx.db, 'election-claims', () =>
    ctx.db
      .select()
      .from(claims)
      .where(
        and(
          inList(claims.electionId, 'elections'),
          eq(claims.subjectType, 'election'),
          eq(claims.disposition, 'accepted'),
        ),
      )
      .prepare(),
  );

export function electionClaims(ctx: ReadContext, electionIds: string[]) {
  return electionIds.length === 0 ? [] : electionClaimsStatement(ctx).all({ elections: ids(electionIds) });
}

/** The statuses of every vote's accepted national result figures. */
const resultStatusRows = (ctx: ReadContext) =>
  preparedOnce(ctx.db, 'result-statuses', () =>
    ctx.db
      .select({ electionId: results.electionId, status: claims.status })
      .from(results)
      .innerJoin(contests, eq(contests.id, results.contestId))
      .innerJoin(claims, eq(claims.id, results.votesClaim))
      .where(
        and(
          inList(results.electionId, 'elections'),
          isNull(results.regionId),
          inArray(contests.kind, [...NATIONAL_CONTEST_KINDS]),
        ),
      )
      .prepare(),
  );

/** `final` only when every accepted national result figure is final. */
export function resultStatuses(ctx: ReadContext, electionIds: string[]): Map<string, ElectionSummary['result_status']> {
  const rows = resultStatusRows(ctx).all({ elections: ids(electionIds) });
  const out = new Map<string, ElectionSummary['result_status']>();
  for (const id of electionIds) {
    const statuses = new Set(rows.filter((r) => r.electionId === id).map((r) => r.status));
    out.set(
      id,
      statuses.size === 1 && statuses.has('final') ? 'final' : statuses.has('preliminary') ? 'preliminary' : 'unknown',
    );
  }
  return out;
}

/** Accepted election-level claims of each vote, and a figure builder per vote by metric name. */
export function electionLevel(ctx: ReadContext, rows: ElectionRow[], status?: SeriesStatus) {
  const levelClaims = electionClaims(
    ctx,
    rows.map((e) => e.id),
  );
  const byElection = groupBy(levelClaims, (c) => c.electionId);
  // The claims just read are the ones the figures rest on: the resolver does not read them again.
  const resolver = FigureResolver.of(ctx.db, ctx.gaps, levelClaims, status);
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

export function summaries(ctx: ReadContext, rows: ElectionRow[], status?: SeriesStatus) {
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
      date_claim_id: e.dateClaimId,
      system: e.system,
      result_status: statuses.get(e.id) ?? 'unknown',
      seats_total: fig('seats_total'),
      turnout_pct: fig('turnout_pct'),
      links: electionLinks(e.id),
    };
    return { summary, fig, claims };
  });
}

/** Election-level figures by metric name, for endpoints that show a few of them (seats, chamber). */
export function electionFigures(ctx: ReadContext, e: ElectionRow, status?: SeriesStatus) {
  return electionLevel(ctx, [e], status)[0]!.fig;
}
