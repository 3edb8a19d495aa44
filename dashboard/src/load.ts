import {
  apiUrl,
  getJson,
  type Discrepancies,
  type Election,
  type ElectionMap,
  type ElectionSummaries,
  type Region,
  type Results,
  type Seats,
  type Sources,
  type Comparison,
} from './api.js';
import type { Lang } from './i18n.js';

/** What the page draws first for a vote: the map, the results, the seats. */
export interface VoteData {
  elections: ElectionSummaries;
  election: Election;
  results: Results;
  seats: Seats | null;
  map: ElectionMap;
}

/** What it reads once those are drawn: the sources' titles and the disputed figures. */
export interface VoteExtras {
  sources: Sources;
  discrepancies: Discrepancies;
}

const memo = new Map<string, Promise<unknown>>();

/** Each API answer is read once per page (the browser's HTTP cache and ETags do the rest); failures are retried. */
function read<T>(path: string, lang: Lang, params: Record<string, string> = {}): Promise<T> {
  const key = apiUrl(path, lang, params);
  let p = memo.get(key) as Promise<T> | undefined;
  if (!p) {
    p = getJson<T>(path, lang, params);
    memo.set(key, p);
    p.catch(() => memo.delete(key));
  }
  return p;
}

export async function loadVote(id: string, lang: Lang): Promise<VoteData> {
  const e = `/v1/elections/${encodeURIComponent(id)}`;
  const [elections, election, results, map] = await Promise.all([
    read<{ data: ElectionSummaries }>('/v1/elections', lang),
    read<Election>(e, lang),
    read<Results>(`${e}/results`, lang, { limit: '500' }),
    read<ElectionMap>(`${e}/map`, lang),
  ]);
  // Seats only where the vote fills any (a Mazhilis election).
  const seats = election.seats_total.value !== null ? await read<Seats>(`${e}/seats`, lang) : null;
  return { elections: elections.data, election, results, seats, map };
}

/**
 * Read after the first drawing, not beside it: the API serves one client's requests one at a time, so these
 * would otherwise queue ahead of the map.
 */
export async function loadExtras(id: string, lang: Lang): Promise<VoteExtras> {
  const [sources, discrepancies] = await Promise.all([
    read<{ data: Sources }>('/v1/sources', lang, { election: id, limit: '500' }),
    read<{ data: Discrepancies }>('/v1/discrepancies', lang, { election: id, limit: '500' }),
  ]);
  return { sources: sources.data, discrepancies: discrepancies.data };
}

/** A region and the regions it was split from or into (their names and figures explain the 2022 splits). */
export async function loadRegion(id: string, lang: Lang): Promise<{ region: Region; related: Map<string, Region> }> {
  const region = await read<Region>(`/v1/regions/${encodeURIComponent(id)}`, lang);
  const ids = [...(region.parent_id ? [region.parent_id] : []), ...region.children];
  const related = await Promise.all(ids.map((r) => read<Region>(`/v1/regions/${encodeURIComponent(r)}`, lang)));
  return { region, related: new Map(related.map((r) => [r.id, r])) };
}

/** Turnout per region between two votes, as the API compares it (following the 2022 splits). */
export const loadComparison = (from: string, to: string, lang: Lang) =>
  read<Comparison>('/v1/compare', lang, { from, to, metric: 'turnout_pct' });
