import { and, asc, count, desc, eq, sql } from 'drizzle-orm';
import { claims, type elections, sources } from '../db/schema.js';
import { voteCitation } from '../domain/release.js';
import { SOURCE_KINDS } from '../domain/values.js';
import { preparedOnce } from './prepared.js';
import type { ReadContext } from './read-context.js';

/** The sources a vote's figures rest on most: the most accepted claims first, then the strongest kind. */
const PRIMARY_MAX = 3;

/** Orders source kinds by SOURCE_KINDS (strongest first), the one precedence list. */
const kindRank = sql`case ${sources.kind} ${sql.join(
  SOURCE_KINDS.map((k, i) => sql`when ${k} then ${i}`),
  sql` `,
)} end`;

const primaryStatement = (ctx: ReadContext) =>
  preparedOnce(ctx.db, 'cite-primary', () =>
    ctx.db
      .select({ id: sources.id, title: sources.title, publisher: sources.publisher, url: sources.url, claims: count() })
      .from(claims)
      .innerJoin(sources, eq(sources.id, claims.sourceId))
      .where(and(eq(claims.electionId, sql.placeholder('election')), eq(claims.disposition, 'accepted')))
      .groupBy(sources.id)
      .orderBy(desc(count()), kindRank, asc(sources.id))
      .limit(PRIMARY_MAX)
      .prepare(),
  );

/**
 * How to cite one vote's figures: the project and the release, then the vote's primary sources (those stating
 * most of its accepted figures, the strongest kind first among equals), generated from the store so it names what is served.
 */
export function citeVote(ctx: ReadContext, e: typeof elections.$inferSelect, release: { id: string; builtAt: string }) {
  const primary = primaryStatement(ctx).all({ election: e.id });
  return {
    text: voteCitation(release.id, release.builtAt, `${e.nameEn} (${e.date})`, primary),
    release: release.id,
    source_ids: primary.map((s) => s.id),
  };
}
