import type { z } from 'zod';
import type { DiscrepancyList } from '../../src/schemas/discrepancy.js';
import type { ElectionDetail, ElectionList } from '../../src/schemas/election.js';
import type { RegionDetail, RegionList } from '../../src/schemas/region.js';
import type { ResultList } from '../../src/schemas/result.js';
import type { SeatAllocation } from '../../src/schemas/seat.js';
import type { SourceList } from '../../src/schemas/source.js';
import type { TurnoutList } from '../../src/schemas/turnout.js';
import type { Lang } from './i18n.js';

/**
 * The dashboard reads the public API exactly as any other client would: same paths, same parameters, JSON over
 * fetch. The response types are the API's own zod contracts (type-only imports, erased from the bundle), so a
 * contract change that breaks the page breaks its type check.
 */
export type Election = ElectionDetail;
export type ElectionSummaries = z.infer<typeof ElectionList>['data'];
export type Results = ResultList;
export type Turnout = TurnoutList;
export type Seats = SeatAllocation;
export type Region = RegionDetail;
export type Regions = RegionList['data'];
export type Sources = z.infer<typeof SourceList>['data'];
export type Discrepancies = z.infer<typeof DiscrepancyList>['data'];
export type { ElectionMap, MapFeature } from '../../src/schemas/map.js';
export type { Comparison } from '../../src/schemas/compare.js';

export class ApiError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`${url}: HTTP ${status}`);
  }
}

/** A path of the API with `lang` added, so names come in the reader's language. */
export function apiUrl(path: string, lang: Lang, params: Record<string, string> = {}): string {
  const url = new URL(path, window.location.origin);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  url.searchParams.set('lang', lang);
  return `${url.pathname}${url.search}`;
}

/** A 429 or 503 says when to come back (Retry-After); a wait that short is worth it once. */
const MAX_RETRY_AFTER_S = 5;

export async function getJson<T>(path: string, lang: Lang, params: Record<string, string> = {}): Promise<T> {
  const url = apiUrl(path, lang, params);
  const get = () => fetch(url, { headers: { accept: 'application/json, application/geo+json' } });
  let res = await get();
  const after = Number(res.headers.get('retry-after'));
  if ((res.status === 429 || res.status === 503) && after >= 0 && after <= MAX_RETRY_AFTER_S) {
    await new Promise((resolve) => setTimeout(resolve, after * 1000));
    res = await get();
  }
  if (!res.ok) throw new ApiError(url, res.status);
  return (await res.json()) as T;
}
