import { type ApiError, apiError, type ErrorCode } from '../../errors/catalog.js';
import { existedOn } from '../../lib/existed-on.js';
import { findElection } from '../../queries/elections.js';
import type { ReadContext } from '../../queries/read-context.js';
import { findContest } from '../../queries/contests.js';
import { findRegion } from '../../queries/regions.js';
import type { SearchEntityType } from '../../domain/values.js';
import { suggestIds } from '../../queries/suggest.js';

type Election = NonNullable<ReturnType<typeof findElection>>;

/** A 404 for an unknown id that lists the close matches of its kind, so a guessed URL guides instead of refusing. */
export function notFound(ctx: ReadContext, code: ErrorCode, type: SearchEntityType, id: string): ApiError {
  const close = suggestIds(ctx, type, id);
  const hint = close.length > 0 ? ` Did you mean ${close.join(', ')}?` : '';
  return apiError(code, `No ${type} has the id ${id}.${hint}`, undefined, close);
}

/** The election a path names, or a 404 problem. */
export function requireElection(ctx: ReadContext, id: string): Election {
  const election = findElection(ctx, id);
  if (!election) throw notFound(ctx, 'election-not-found', 'election', id);
  return election;
}

/** A region that existed on the day of the vote, or a 404 problem saying which part failed. */
export function requireRegionAt(ctx: ReadContext, regionId: string, election: Election): string {
  const region = findRegion(ctx, regionId);
  if (!region) throw notFound(ctx, 'region-not-found', 'region', regionId);
  if (!existedOn(region.validFrom, region.validTo, election.date)) {
    throw apiError(
      'region-not-in-election',
      `Region ${regionId} did not exist on ${election.date}, the day of ${election.id}.`,
    );
  }
  return region.id;
}

/** A contest of the election (the national ballot when none is named), or a 404 problem. */
export function requireContest(ctx: ReadContext, election: Election, slug?: string) {
  const contest = findContest(ctx, election.id, slug);
  if (!contest) throw apiError('contest-not-found', `${election.id} has no contest ${slug ?? ''}.`.replace(' .', '.'));
  return contest;
}
