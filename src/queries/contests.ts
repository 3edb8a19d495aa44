import { and, eq, inArray, sql } from 'drizzle-orm';
import { contests } from '../db/schema.js';
import { NATIONAL_CONTEST_KINDS } from '../domain/values.js';
import { preparedOnce } from './prepared.js';
import type { ReadContext } from './read-context.js';

const contestStatement = (ctx: ReadContext, bySlug: boolean) =>
  preparedOnce(ctx.db, `contests-find|${bySlug}`, () =>
    ctx.db
      .select()
      .from(contests)
      .where(
        and(
          eq(contests.electionId, sql.placeholder('election')),
          bySlug ? eq(contests.slug, sql.placeholder('slug')) : inArray(contests.kind, [...NATIONAL_CONTEST_KINDS]),
        ),
      )
      .prepare(),
  );

/** A contest of a vote by its slug (district-11, apk), or the vote's national ballot when none is named. */
export function findContest(ctx: ReadContext, electionId: string, slug?: string) {
  return contestStatement(ctx, !!slug).get({ election: electionId, slug });
}
