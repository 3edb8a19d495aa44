import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { parties, sources } from './reference-tables.js';
import type {
  ClaimStatus,
  ClaimUnit,
  ContestantKind,
  ContestKind,
  Disposition,
  ElectionKind,
  ElectionSystem,
  GapKind,
  SubjectType,
} from '../../domain/values.js';

export const elections = sqliteTable('elections', {
  id: text('id').primaryKey(),
  kind: text('kind').$type<ElectionKind>().notNull(),
  nameEn: text('name_en').notNull(),
  date: text('date').notNull(),
  system: text('system').$type<ElectionSystem>().notNull(),
  dateClaimId: text('date_claim_id'),
});

/** One ballot within a vote: the presidential ballot, a party list, a 2023 district, the question. */
export const contests = sqliteTable(
  'contests',
  {
    id: text('id').primaryKey(),
    electionId: text('election_id')
      .notNull()
      .references(() => elections.id),
    slug: text('slug').notNull(),
    kind: text('kind').$type<ContestKind>().notNull(),
    districtNumber: integer('district_number'),
  },
  (t) => [uniqueIndex('contests_election_slug').on(t.electionId, t.slug)],
);

/** A line on a ballot: a candidate, a party list, a referendum option or 'against all'. */
export const contestants = sqliteTable(
  'contestants',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    contestId: text('contest_id')
      .notNull()
      .references(() => contests.id),
    electionId: text('election_id')
      .notNull()
      .references(() => elections.id),
    contestantId: text('contestant_id').notNull(),
    kind: text('kind').$type<ContestantKind>().notNull(),
    nominatedById: text('nominated_by_id').references(() => parties.id),
    nominatedByText: text('nominated_by_text'),
  },
  (t) => [
    uniqueIndex('contestants_contest_contestant').on(t.contestId, t.contestantId),
    index('contestants_contestant').on(t.contestantId),
    index('contestants_nominated_by').on(t.nominatedById),
  ],
);

/** Every figure exactly as one source states it. The accepted one per key is what the API serves. */
export const claims = sqliteTable(
  'claims',
  {
    id: text('id').primaryKey(),
    electionId: text('election_id')
      .notNull()
      .references(() => elections.id),
    subjectType: text('subject_type').$type<SubjectType>().notNull(),
    subjectId: text('subject_id').notNull(),
    metric: text('metric').notNull(),
    value: text('value').notNull(),
    valueNum: real('value_num'),
    unit: text('unit').$type<ClaimUnit>().notNull(),
    status: text('status').$type<ClaimStatus>().notNull(),
    disposition: text('disposition').$type<Disposition>().notNull(),
    sourceId: text('source_id')
      .notNull()
      .references(() => sources.id),
    reason: text('reason').notNull(),
    /** For accepted claims: sources of other claims that state the same value with the same status. */
    corroboratingSourceIds: text('corroborating_source_ids').notNull().default(''),
  },
  (t) => [
    index('claims_key').on(t.electionId, t.subjectType, t.subjectId, t.metric),
    index('claims_disposition').on(t.disposition, t.electionId),
    // A source's page lists its claims in key order.
    index('claims_source').on(t.sourceId, t.electionId, t.subjectType, t.subjectId, t.metric, t.id),
  ],
);

/**
 * Figures whose claims disagree (in value or status), found at build time so the discrepancies
 * endpoint pages through keys instead of reading every claim. `id` order is the listing order:
 * vote date, subject type, subject, metric. `dispositions` is `;accepted;erratum;` style, for filtering.
 */
export const discrepancyKeys = sqliteTable(
  'discrepancy_keys',
  {
    id: integer('id').primaryKey(),
    electionId: text('election_id')
      .notNull()
      .references(() => elections.id),
    subjectType: text('subject_type').$type<SubjectType>().notNull(),
    subjectId: text('subject_id').notNull(),
    metric: text('metric').notNull(),
    dispositions: text('dispositions').notNull(),
  },
  (t) => [index('discrepancy_keys_election').on(t.electionId, t.id)],
);

/** Why a figure is unknown, in the project's words; `*` matches any subject or metric. */
export const gaps = sqliteTable(
  'gaps',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    electionId: text('election_id')
      .notNull()
      .references(() => elections.id),
    subjectType: text('subject_type').$type<SubjectType>().notNull(),
    subjectId: text('subject_id').notNull(),
    metric: text('metric').notNull(),
    kind: text('kind').$type<GapKind>().notNull(),
    reason: text('reason').notNull(),
  },
  (t) => [index('gaps_election').on(t.electionId)],
);

/** Arithmetic in the sources that does not add up: recorded, never "fixed". */
export const qualityFlags = sqliteTable(
  'quality_flags',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    electionId: text('election_id')
      .notNull()
      .references(() => elections.id),
    check: text('check').notNull(),
    subject: text('subject').notNull(),
    detail: text('detail').notNull(),
  },
  (t) => [index('quality_flags_election').on(t.electionId)],
);

/** Fingerprint of the seed the file was built from, so `npm start` rebuilds only when stale. */
export const buildInfo = sqliteTable('build_info', {
  seedHash: text('seed_hash').primaryKey(),
  builtAt: text('built_at').notNull(),
});
