import { and, eq, inArray } from 'drizzle-orm';
import { contests } from '../db/schema.js';
import { NATIONAL_CONTEST_KINDS } from '../domain/values.js';
import type { ReadContext } from './read-context.js';

/** A contest of a vote by its slug (district-11, apk), or the vote's national ballot when none is named. */
export function findContest(ctx: ReadContext, electionId: string, slug?: string) {
  return ctx.db
    .select()
    .from(contests)
    .where(
      and(
        eq(contests.electionId, electionId),
        slug ? eq(contests.slug, slug) : inArray(contests.kind, [...NATIONAL_CONTEST_KINDS]),
      ),
    )
    .get();
}
