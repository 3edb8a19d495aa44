import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { claims, contests, elections } from './election-tables.js';
import type { SeatHolderKind } from '../../domain/values.js';

/*
 * Canonical tables hold the accepted value of each figure (typed, for filtering and sorting)
 * next to the id of the claim it comes from; status and sources are read from that claim.
 * A null value with a null claim id means no source states the figure.
 */
const claimRef = (name: string) => text(name).references(() => claims.id);

export const results = sqliteTable(
  'results',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    electionId: text('election_id')
      .notNull()
      .references(() => elections.id),
    contestId: text('contest_id')
      .notNull()
      .references(() => contests.id),
    /** null for the national (or whole-contest) result. */
    regionId: text('region_id'),
    contestantId: text('contestant_id').notNull(),
    votes: integer('votes'),
    votesClaim: claimRef('votes_claim'),
    pct: real('pct'),
    pctClaim: claimRef('pct_claim'),
    pctOfValid: real('pct_of_valid'),
    pctOfValidClaim: claimRef('pct_of_valid_claim'),
    rank: integer('rank'),
    rankClaim: claimRef('rank_claim'),
    elected: integer('elected', { mode: 'boolean' }),
    electedClaim: claimRef('elected_claim'),
    /** Where no `elected` claim exists: the claim a candidacy marked elected rests on (served as derived_from). */
    electedDerivedFrom: claimRef('elected_derived_from'),
    listCandidates: integer('list_candidates'),
    listCandidatesClaim: claimRef('list_candidates_claim'),
  },
  (t) => [
    index('results_election_region').on(t.electionId, t.regionId, t.contestId),
    index('results_contestant').on(t.contestantId),
  ],
);

export const turnout = sqliteTable(
  'turnout',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    electionId: text('election_id')
      .notNull()
      .references(() => elections.id),
    /** null for the national row. */
    regionId: text('region_id'),
    registeredVoters: integer('registered_voters'),
    registeredVotersClaim: claimRef('registered_voters_claim'),
    votersParticipated: integer('voters_participated'),
    votersParticipatedClaim: claimRef('voters_participated_claim'),
    turnoutPct: real('turnout_pct'),
    turnoutPctClaim: claimRef('turnout_pct_claim'),
    validBallots: integer('valid_ballots'),
    validBallotsClaim: claimRef('valid_ballots_claim'),
    invalidBallots: integer('invalid_ballots'),
    invalidBallotsClaim: claimRef('invalid_ballots_claim'),
    pollingStations: integer('polling_stations'),
    pollingStationsClaim: claimRef('polling_stations_claim'),
    /**
     * Sort keys, precomputed at build: the region's name on the vote's day in each display language, as
     * lib/display-name regionNameOn chooses it (null on the national row). `?sort=region` reads one page of an index
     * instead of choosing every area's name per request.
     */
    sortNameEn: text('sort_name_en'),
    sortNameKk: text('sort_name_kk'),
    sortNameRu: text('sort_name_ru'),
  },
  (t) => [
    index('turnout_election_region').on(t.electionId, t.regionId),
    index('turnout_region').on(t.regionId),
    index('turnout_sort_name_en').on(t.electionId, t.sortNameEn, t.regionId),
    index('turnout_sort_name_kk').on(t.electionId, t.sortNameKk, t.regionId),
    index('turnout_sort_name_ru').on(t.electionId, t.sortNameRu, t.regionId),
  ],
);

/** Seats per holder (a party, the self-nominated, or the Assembly of People) and tier. */
export const seats = sqliteTable(
  'seats',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    electionId: text('election_id')
      .notNull()
      .references(() => elections.id),
    holderId: text('holder_id').notNull(),
    holderKind: text('holder_kind').$type<SeatHolderKind>().notNull(),
    partyList: integer('party_list'),
    partyListClaim: claimRef('party_list_claim'),
    district: integer('district'),
    districtClaim: claimRef('district_claim'),
    assembly: integer('assembly'),
    assemblyClaim: claimRef('assembly_claim'),
    total: integer('total'),
    totalClaim: claimRef('total_claim'),
  },
  (t) => [index('seats_election').on(t.electionId), index('seats_holder').on(t.holderId)],
);

/** The 2023 single-member districts. */
export const districts = sqliteTable(
  'districts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    electionId: text('election_id')
      .notNull()
      .references(() => elections.id),
    contestId: text('contest_id')
      .notNull()
      .references(() => contests.id),
    number: integer('number').notNull(),
    name: text('name'),
    nameClaim: claimRef('name_claim'),
    regionId: text('region_id'),
    regionIdClaim: claimRef('region_id_claim'),
    winnerName: text('winner_name'),
    winnerNameClaim: claimRef('winner_name_claim'),
    winnerCandidateId: text('winner_candidate_id'),
    partyId: text('party_id'),
    partyIdClaim: claimRef('party_id_claim'),
    registeredVoters: integer('registered_voters'),
    registeredVotersClaim: claimRef('registered_voters_claim'),
    candidatesNominated: integer('candidates_nominated'),
    candidatesNominatedClaim: claimRef('candidates_nominated_claim'),
    candidatesCount: integer('candidates_count'),
    candidatesCountClaim: claimRef('candidates_count_claim'),
  },
  (t) => [index('districts_election').on(t.electionId, t.number)],
);
