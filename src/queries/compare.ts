import { eq, sql } from 'drizzle-orm';
import { regions, turnout } from '../db/schema.js';
import { existedOn } from '../lib/existed-on.js';
import type { CompareRow, Comparison } from '../schemas/compare.js';
import type { NumberFigure } from '../schemas/common.js';
import type { TurnoutRow } from '../schemas/turnout.js';
import { electionRef } from './candidates.js';
import { pageOf, type PageQuery } from './paging.js';
import { preparedOnce } from './prepared.js';
import type { ReadContext } from './read-context.js';
import { sortRows } from './sort-rows.js';
import { turnoutRows } from './turnout-rows.js';

type Vote = { id: string; nameEn: string; date: string };
type Region = typeof regions.$inferSelect;

/** Decimal places of a number as written, so 77.4 - 69.4 is 8 and not 8.000000000000007. */
const places = (n: number) => (String(n).split('.')[1] ?? '').length;

function difference(metric: string, from: NumberFigure, to: NumberFigure): CompareRow['difference'] {
  const claims = [from.claim_id, to.claim_id].filter((c): c is string => c !== null);
  const base = {
    computed: true as const,
    unit: metric.endsWith('_pct') ? 'percentage-points' : 'count',
    claim_ids: claims,
  };
  if (from.value === null || to.value === null) {
    const which = from.value === null ? 'the earlier vote' : 'the later vote';
    return {
      ...base,
      unit: base.unit as 'count',
      value: null,
      missing_reason: `No figure at ${which}: ${(from.value === null ? from : to).missing_reason ?? 'unknown'}`,
    };
  }
  const digits = Math.max(places(from.value), places(to.value));
  return {
    ...base,
    unit: base.unit as 'count',
    value: Number((to.value - from.value).toFixed(digits)),
    missing_reason: null,
  };
}

/** The region itself when it existed at `from`, else its nearest ancestor that did, with what changed. */
function lineageOf(region: Region, all: Map<string, Region>, from: Vote, to: Vote) {
  const [early, late] = from.date < to.date ? [from.date, to.date] : [to.date, from.date];
  if (existedOn(region.validFrom, region.validTo, from.date)) {
    const split = [...all.values()].filter(
      (r) => r.parentId === region.id && r.validFrom && r.validFrom > early && r.validFrom <= late,
    );
    return split.length === 0
      ? { compared: region.id, lineage: 'same' as const, note: null }
      : {
          compared: region.id,
          lineage: 'boundaries-changed' as const,
          note: `${split.map((r) => r.nameEn).join(', ')} split from it on ${split[0]!.validFrom}: the territory differs between the votes.`,
        };
  }
  for (
    let up = region.parentId ? all.get(region.parentId) : undefined;
    up;
    up = up.parentId ? all.get(up.parentId) : undefined
  ) {
    if (existedOn(up.validFrom, up.validTo, from.date))
      return {
        compared: up.id,
        lineage: 'parent' as const,
        note: `${region.nameEn} was part of ${up.nameEn} until ${region.validFrom}; compared with ${up.nameEn} at ${from.id}.`,
      };
  }
  return { compared: null, lineage: 'none' as const, note: `${region.nameEn} did not exist at ${from.id}.` };
}

/** A turnout figure of two votes side by side per region of the `to` vote, and their computed difference. */
export function compareVotes(
  ctx: ReadContext,
  q: { from: Vote; to: Vote; metric: string; sort: string } & PageQuery,
): Comparison {
  const all = new Map(
    preparedOnce(ctx.db, 'compare-regions', () => ctx.db.select().from(regions).prepare())
      .all()
      .map((r) => [r.id, r]),
  );
  const turnoutAt = preparedOnce(ctx.db, 'compare-turnout', () =>
    ctx.db
      .select()
      .from(turnout)
      .where(eq(turnout.electionId, sql.placeholder('election')))
      .prepare(),
  );
  const rowsOf = (v: Vote) => turnoutRows(ctx, v.id, v.date, turnoutAt.all({ election: v.id }));
  const fromRows = new Map(rowsOf(q.from).map((r) => [r.region_id, r]));
  const figure = (r: TurnoutRow | undefined) => (r?.[q.metric as keyof TurnoutRow] as NumberFigure | undefined) ?? null;
  const absent: NumberFigure = {
    value: null,
    status: null,
    source_ids: [],
    claim_id: null,
    missing_reason: `No turnout row at ${q.from.id}.`,
    missing_kind: 'not-found-in-sources',
  };
  const row = (to: TurnoutRow): CompareRow => {
    const region = to.region_id ? all.get(to.region_id) : undefined;
    const line = region
      ? lineageOf(region, all, q.from, q.to)
      : { compared: null, lineage: 'same' as const, note: null };
    const fromValue = figure(fromRows.get(region ? line.compared : null)) ?? absent;
    const toValue = figure(to)!;
    return {
      region_id: to.region_id,
      region_name: to.region_name,
      region_name_lang: to.region_name_lang,
      compared_region_id: line.compared,
      lineage: line.lineage,
      lineage_note: line.note,
      from_value: fromValue,
      to_value: toValue,
      difference: difference(q.metric, fromValue, toValue),
    };
  };
  const toRows = rowsOf(q.to).map(row);
  const national = toRows.find((r) => r.region_id === null) ?? null;
  const regional = sortRows(
    toRows.filter((r) => r.region_id !== null).sort((a, b) => a.region_name.localeCompare(b.region_name)),
    q.sort,
    { region: (r) => r.region_name, difference: (r) => r.difference.value },
  );
  return { from: electionRef(q.from), to: electionRef(q.to), metric: q.metric, national, ...pageOf(regional, q) };
}
