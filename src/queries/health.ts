import { claims } from '../db/schema.js';
import { preparedOnce } from './prepared.js';
import type { ReadContext } from './read-context.js';

/** A one-row probe: proves the store answers a query without counting millions of claims per poll. */
export function storeAnswers(ctx: ReadContext): boolean {
  const probe = preparedOnce(ctx.db, 'health-probe', () =>
    ctx.db.select({ id: claims.id }).from(claims).limit(1).prepare(),
  );
  return probe.get() !== undefined;
}
