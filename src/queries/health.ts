import { claims } from '../db/schema.js';
import type { ReadContext } from './read-context.js';

/** A one-row probe: proves the store answers a query without counting millions of claims per poll. */
export function storeAnswers(ctx: ReadContext): boolean {
  return ctx.db.select({ id: claims.id }).from(claims).limit(1).get() !== undefined;
}
