import { apiError } from '../../errors/catalog.js';
import { findElection } from '../../queries/elections.js';
import type { ReadContext } from '../../queries/read-context.js';

/** The election a path names, or a 404 problem. */
export function requireElection(ctx: ReadContext, id: string) {
  const election = findElection(ctx, id);
  if (!election) throw apiError('election-not-found', `No election has the id ${id}.`);
  return election;
}
