import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { claims, sources } from '../db/schema.js';
import type { Source, SourceDetail } from '../schemas/source.js';
import type { ReadContext } from './read-context.js';
import type { z } from 'zod';
import type { SourceListQuery } from '../schemas/source.js';
import { envelope, parseSort } from './paging.js';
import { preparedOnce } from './prepared.js';

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

function orderBy(field: 'id' | 'published_on', descending: boolean): SQL[] {
  const dir = descending ? desc : asc;
  if (field === 'id') return [dir(sources.id)];
  // Undated sources go last either way; they are many, and a date sort is for finding dated ones.
  return [sql`${sources.publishedOn} is null`, dir(sources.publishedOn), asc(sources.id)];
}

/** Which of the optional filters are given: each set is a statement of its own. */
const filtered = (ctx: ReadContext, byKind: boolean, byElection: boolean) =>
  and(
    byKind ? eq(sources.kind, sql.placeholder('kind')) : undefined,
    byElection
      ? inArray(
          sources.id,
          ctx.db
            .select({ id: claims.sourceId })
            .from(claims)
            .where(eq(claims.electionId, sql.placeholder('election'))),
        )
      : undefined,
  );

const countStatement = (ctx: ReadContext, byKind: boolean, byElection: boolean) =>
  preparedOnce(ctx.db, `sources-count|${byKind}|${byElection}`, () =>
    ctx.db
      .select({ n: count() })
      .from(sources)
      .where(filtered(ctx, byKind, byElection))
      .prepare(),
  );

const pageStatement = (ctx: ReadContext, q: SourceFilter, byKind: boolean, byElection: boolean) => {
  const { field: asked, descending } = parseSort(q.sort);
  // Named from the closed set, whatever the caller passed: the shape never holds a request's value.
  const field = asked === 'id' ? 'id' : 'published_on';
  return preparedOnce(ctx.db, `sources-page|${field}|${descending}|${byKind}|${byElection}`, () =>
    ctx.db
      .select()
      .from(sources)
      .where(filtered(ctx, byKind, byElection))
      .orderBy(...orderBy(field, descending))
      .limit(sql.placeholder('limit'))
      .offset(sql.placeholder('offset'))
      .prepare(),
  );
};

export function listSources(ctx: ReadContext, q: SourceFilter) {
  const [byKind, byElection] = [!!q.kind, !!q.election];
  const params = { kind: q.kind, election: q.election };
  const total = countStatement(ctx, byKind, byElection).get(params)?.n ?? 0;
  const rows = pageStatement(ctx, q, byKind, byElection).all({ ...params, limit: q.limit, offset: q.offset });
  return envelope(rows.map(toSource), total, q);
}

const sourceStatement = (ctx: ReadContext) =>
  preparedOnce(ctx.db, 'sources-one', () =>
    ctx.db
      .select()
      .from(sources)
      .where(eq(sources.id, sql.placeholder('id')))
      .prepare(),
  );

const citedStatement = (ctx: ReadContext) =>
  preparedOnce(ctx.db, 'sources-cited', () =>
    ctx.db
      .select()
      .from(claims)
      .where(eq(claims.sourceId, sql.placeholder('id')))
      .orderBy(
        asc(claims.electionId),
        asc(claims.subjectType),
        asc(claims.subjectId),
        asc(claims.metric),
        asc(claims.id),
      )
      .prepare(),
  );

/** A source with every claim that cites it; undefined when no source has the id. */
export function getSource(ctx: ReadContext, id: string): SourceDetail | undefined {
  const s = sourceStatement(ctx).get({ id });
  if (!s) return undefined;
  const cited = citedStatement(ctx).all({ id });
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
