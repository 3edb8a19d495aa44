import { and, asc, count, desc, eq, gte, isNull, lte, or, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { regions } from '../db/schema.js';
import type { RegionList, RegionListQuery } from '../schemas/region.js';
import { envelope, parseSort } from './paging.js';
import { preparedOnce } from './prepared.js';
import type { ReadContext } from './read-context.js';
import { regionSummary } from './regions.js';

export type RegionListFilter = z.infer<typeof RegionListQuery>;

const [ON, KIND] = [sql.placeholder('on'), sql.placeholder('kind')];

/**
 * The list's filters, one statement per combination so each keeps its plan (regions_kind). The placeholders are
 * named after the query's fields, so the parsed query binds them. Empty bounds are open: a region with no
 * valid_from existed before the period the store covers.
 */
const filtered = (on: boolean, kind: boolean) =>
  and(
    on
      ? and(
          or(isNull(regions.validFrom), lte(regions.validFrom, ON)),
          or(isNull(regions.validTo), gte(regions.validTo, ON)),
        )
      : undefined,
    kind ? eq(regions.kind, KIND) : undefined,
  );

const pageStatement = (ctx: ReadContext, field: 'name' | 'id', descending: boolean, on: boolean, kind: boolean) =>
  preparedOnce(ctx.db, `regions-page|${field}|${descending}|${on}|${kind}`, () => {
    const dir = descending ? desc : asc;
    const order = field === 'id' ? [dir(regions.id)] : [dir(sql`${regions.nameEn} collate nocase`), dir(regions.id)];
    return ctx.db
      .select()
      .from(regions)
      .where(filtered(on, kind))
      .orderBy(...order)
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .prepare();
  });

const countStatement = (ctx: ReadContext, on: boolean, kind: boolean) =>
  preparedOnce(ctx.db, `regions-count|${on}|${kind}`, () =>
    ctx.db.select({ n: count() }).from(regions).where(filtered(on, kind)).prepare(),
  );

/** Filter, sort and page in SQL: a store with thousands of areas costs one page, not every region. */
export function listRegions(ctx: ReadContext, q: RegionListFilter): RegionList {
  const { field, descending } = parseSort(q.sort);
  const [on, kind] = [!!q.on, !!q.kind];
  const total = countStatement(ctx, on, kind).get(q)?.n ?? 0;
  const page = pageStatement(ctx, field, descending, on, kind).all(q);
  return envelope(
    page.map((r) => regionSummary(r, ctx.lang)),
    total,
    q,
  );
}
