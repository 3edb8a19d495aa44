import { and, eq, inArray, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { contestants, parties } from '../db/schema.js';
import type { PartyList, PartyListQuery } from '../schemas/party.js';
import { byName } from './candidates.js';
import { pageOf } from './paging.js';
import { partySummary } from './parties.js';
import { preparedOnce } from './prepared.js';
import type { ReadContext } from './read-context.js';

export type PartyListFilter = z.infer<typeof PartyListQuery>;

/** One statement per filter combination; the placeholders are named after the query's fields. */
const listStatement = (ctx: ReadContext, kind: boolean, election: boolean) =>
  preparedOnce(ctx.db, `parties-list|${kind}|${election}`, () => {
    // Ran a list (a ballot line) or nominated a candidate in the vote.
    const inVote = election
      ? inArray(
          parties.id,
          ctx.db
            .select({ id: sql<string>`coalesce(${contestants.nominatedById}, ${contestants.contestantId})` })
            .from(contestants)
            .where(eq(contestants.electionId, sql.placeholder('election'))),
        )
      : undefined;
    const ofKind = kind ? eq(parties.kind, sql.placeholder('kind')) : undefined;
    return ctx.db.select().from(parties).where(and(ofKind, inVote)).prepare();
  });

export function listParties(ctx: ReadContext, q: PartyListFilter): PartyList {
  const all = listStatement(ctx, !!q.kind, !!q.election).all(q);
  const page = pageOf(byName(all, q.sort), q);
  return { ...page, data: page.data.map((p) => partySummary(p, ctx.lang)) };
}
