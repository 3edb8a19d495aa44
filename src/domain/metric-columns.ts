import type { districts, results, seats, turnout } from '../db/schema.js';
import type { DisplayLang } from './values.js';

/**
 * Which column of each canonical table holds which figure, and the claim metrics it is read from (the first
 * metric with an accepted claim wins). The loader fills the columns by these lists; the queries look up a
 * missing figure's reason under the same metrics. A new metric is one entry here.
 */
type Columns<T> = Partial<Record<keyof T & string, readonly [string, ...string[]]>>;

export const RESULT_COLUMNS = {
  votes: ['votes', 'apk_votes'],
  pct: ['pct'],
  pctOfValid: ['pct_of_valid_ballots'],
  rank: ['rank'],
  elected: ['elected'],
  listCandidates: ['candidates_count', 'list_candidates_registered'],
} as const satisfies Columns<typeof results.$inferSelect>;

export const TURNOUT_COLUMNS = {
  registeredVoters: ['registered_voters'],
  votersParticipated: ['voters_participated'],
  turnoutPct: ['turnout_pct'],
  validBallots: ['valid_ballots'],
  invalidBallots: ['invalid_ballots'],
  pollingStations: ['polling_stations'],
} as const satisfies Columns<typeof turnout.$inferSelect>;

/**
 * Abroad is both a region (its turnout row) and a line of the election's statement (`registered_voters_abroad`…).
 * Its turnout row is read from either, and the election detail serves that same row, so one figure has one
 * answer (and one claim id) wherever it is shown.
 */
export const ABROAD_ELECTION_METRICS = {
  registeredVoters: 'registered_voters_abroad',
  votersParticipated: 'voters_participated_abroad',
  turnoutPct: 'turnout_abroad_pct',
  pollingStations: 'polling_stations_abroad',
} as const satisfies Partial<Record<keyof typeof TURNOUT_COLUMNS, string>>;

/** Per holder; the Assembly's seats are the election-level figure ASSEMBLY_SEATS_METRIC. */
export const SEAT_COLUMNS = {
  partyList: ['seats_pr'],
  district: ['seats_smd'],
  assembly: ['seats_other'],
  total: ['seats_total'],
} as const satisfies Columns<typeof seats.$inferSelect>;
export const ASSEMBLY_SEATS_METRIC = SEAT_COLUMNS.assembly[0];

export const DISTRICT_COLUMNS = {
  name: ['district_name'],
  regionId: ['region'],
  winnerName: ['winner'],
  partyId: ['party'],
  registeredVoters: ['registered_voters'],
  candidatesNominated: ['candidates_nominated'],
  candidatesCount: ['candidates_count'],
} as const satisfies Columns<typeof districts.$inferSelect>;

/** Which turnout column holds the sort key `region` (the name of the day) in each display language. */
export const TURNOUT_SORT_NAME = {
  en: 'sortNameEn',
  kk: 'sortNameKk',
  ru: 'sortNameRu',
} as const satisfies Record<DisplayLang, keyof typeof turnout.$inferSelect>;
