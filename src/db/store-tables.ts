import * as schema from './schema.js';

/**
 * Every table of the store, once, in the order the loader fills them (referenced tables first). The loader's
 * row set, its insert loop and the start-up shape check all derive from this object; a new table is added
 * here (and in src/db/schema/) and nowhere else.
 */
export const STORE_TABLES = {
  sources: schema.sources,
  regions: schema.regions,
  regionNames: schema.regionNames,
  parties: schema.parties,
  specialContestants: schema.specialContestants,
  partyLinks: schema.partyLinks,
  candidates: schema.candidates,
  candidateNames: schema.candidateNames,
  aliases: schema.aliases,
  elections: schema.elections,
  claims: schema.claims,
  contests: schema.contests,
  contestants: schema.contestants,
  results: schema.results,
  turnout: schema.turnout,
  seats: schema.seats,
  districts: schema.districts,
  boundarySets: schema.boundarySets,
  boundaries: schema.boundaries,
  gaps: schema.gaps,
  discrepancyKeys: schema.discrepancyKeys,
  qualityFlags: schema.qualityFlags,
  buildInfo: schema.buildInfo,
} as const;

export type StoreTableName = keyof typeof STORE_TABLES;
/** The rows of a whole store, table by table, as the loader derives them. */
export type StoreRows = { [K in StoreTableName]: (typeof STORE_TABLES)[K]['$inferInsert'][] };
