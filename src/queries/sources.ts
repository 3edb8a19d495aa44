import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { claims, sources } from '../db/schema.js';
import type { Source, SourceDetail } from '../schemas/source.js';
import type { ReadContext } from './read-context.js';
import type { z } from 'zod';
import type { SourceListQuery } from '../schemas/source.js';
import { envelope, parseSort } from './paging.js';

type SourceRecord = typeof sources.$inferSelect;

export type SourceFilter = z.infer<typeof SourceListQuery>;

function toSource(s: SourceRecord): Source {
  return {
    id: s.id,
    url: s.url,
    title: s.title,
    publisher: s.publisher,
    kind: s.kind,
    description: s.description,
    language: s.language,
    published_on: s.publishedOn,
  };
}

function orderBy(sort: SourceFilter['sort']): SQL[] {
  const { field, descending } = parseSort(sort);
  const dir = descending ? desc : asc;
  if (field === 'id') return [dir(sources.id)];
  // Undated sources go last either way; they are many, and a date sort is for finding dated ones.
  return [sql`${sources.publishedOn} is null`, dir(sources.publishedOn), asc(sources.id)];
}

export function listSources(ctx: ReadContext, q: SourceFilter) {
  const where = and(
    q.kind ? eq(sources.kind, q.kind) : undefined,
    q.election
      ? inArray(
          sources.id,
          ctx.db.select({ id: claims.sourceId }).from(claims).where(eq(claims.electionId, q.election)),
        )
      : undefined,
  );
  const total = ctx.db.select({ n: count() }).from(sources).where(where).get()?.n ?? 0;
  const rows = ctx.db
    .select()
    .from(sources)
    .where(where)
    .orderBy(...orderBy(q.sort))
    .limit(q.limit)
    .offset(q.offset)
    .all();
  return envelope(rows.map(toSource), total, q);
}

/** A source with every claim that cites it; undefined when no source has the id. */
export function getSource(ctx: ReadContext, id: string): SourceDetail | undefined {
  const s = ctx.db.select().from(sources).where(eq(sources.id, id)).get();
  if (!s) return undefined;
  const cited = ctx.db
    .select()
    .from(claims)
    .where(eq(claims.sourceId, id))
    .orderBy(asc(claims.electionId), asc(claims.subjectType), asc(claims.subjectId), asc(claims.metric), asc(claims.id))
    .all();
  return {
    ...toSource(s),
    claims: cited.map((c) => ({
      claim_id: c.id,
      election_id: c.electionId,
      subject_type: c.subjectType,
      subject_id: c.subjectId,
      metric: c.metric,
      value: c.value,
      unit: c.unit,
      status: c.status,
      disposition: c.disposition,
    })),
  };
}
