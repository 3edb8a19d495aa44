import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import type {
  DatePrecision,
  AliasEntityType,
  NameLang,
  PartyKind,
  PartyLinkKind,
  RegionKind,
  SourceKind,
} from '../../domain/values.js';

/** Every document a figure or a reference row cites. */
export const sources = sqliteTable('sources', {
  id: text('id').primaryKey(),
  /** Null when the document names no address of its own (never a local file path). */
  url: text('url'),
  title: text('title'),
  /** What the document is, for a reader (hand-kept in seed/source-descriptions.csv); null when none is kept. */
  description: text('description'),
  publisher: text('publisher').notNull(),
  kind: text('kind').$type<SourceKind>().notNull(),
  language: text('language'),
  publishedOn: text('published_on'),
});

/** First-level units (regions, cities of republican significance, the pseudo-region abroad). */
export const regions = sqliteTable(
  'regions',
  {
    id: text('id').primaryKey(),
    nameEn: text('name_en').notNull(),
    nameKk: text('name_kk'),
    nameRu: text('name_ru'),
    kind: text('kind').$type<RegionKind>().notNull(),
    isoCodeUntil20221128: text('iso_3166_2_until_2022_11_28'),
    isoCodeFrom20221129: text('iso_3166_2_from_2022_11_29'),
    validFrom: text('valid_from'),
    validTo: text('valid_to'),
    parentId: text('parent_id'),
    sourceIds: text('source_ids').notNull(),
  },
  (t) => [
    index('regions_parent').on(t.parentId),
    index('regions_kind').on(t.kind),
    // The region list's sort key, so a page is an index walk rather than a sort of every region.
    index('regions_name').on(sql`${t.nameEn} collate nocase`, t.id),
  ],
);

/** Names per language with validity periods (Nur-Sultan vs Astana). */
export const regionNames = sqliteTable(
  'region_names',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    regionId: text('region_id')
      .notNull()
      .references(() => regions.id),
    lang: text('lang').$type<NameLang>().notNull(),
    name: text('name').notNull(),
    validFrom: text('valid_from'),
    validTo: text('valid_to'),
  },
  (t) => [index('region_names_region').on(t.regionId)],
);

/** Every spelling of every searchable entity; `folded` is the search key (see lib/fold-name). */
export const aliases = sqliteTable(
  'aliases',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entityType: text('entity_type').$type<AliasEntityType>().notNull(),
    entityId: text('entity_id').notNull(),
    alias: text('alias').notNull(),
    folded: text('folded').notNull(),
  },
  (t) => [index('aliases_folded').on(t.folded), index('aliases_entity').on(t.entityType, t.entityId)],
);

export const parties = sqliteTable('parties', {
  id: text('id').primaryKey(),
  nameEn: text('name_en').notNull(),
  nameKk: text('name_kk'),
  nameRu: text('name_ru'),
  kind: text('kind').$type<PartyKind>().notNull(),
  /** The founding as the sources word it (the reference's text): kept as the date's note. */
  founded: text('founded'),
  /** The founding date the wording begins with, as precise as it states (YYYY-MM-DD, YYYY-MM or YYYY). */
  foundedOn: text('founded_on'),
  foundedPrecision: text('founded_precision').$type<DatePrecision>(),
  sourceIds: text('source_ids').notNull(),
});

/** Dated rename and merger links between parties. */
export const partyLinks = sqliteTable(
  'party_links',
  {
    fromPartyId: text('from_party_id')
      .notNull()
      .references(() => parties.id),
    toPartyId: text('to_party_id')
      .notNull()
      .references(() => parties.id),
    kind: text('kind').$type<PartyLinkKind>().notNull(),
    date: text('date').notNull(),
  },
  (t) => [primaryKey({ columns: [t.fromPartyId, t.toPartyId] })],
);

export const candidates = sqliteTable(
  'candidates',
  {
    id: text('id').primaryKey(),
    nameEn: text('name_en').notNull(),
    nameKk: text('name_kk'),
    nameRu: text('name_ru'),
    /**
     * Sort key, precomputed at build: the row's place in the list by English name then id, compared as the API
     * compares text (locale-aware, String#localeCompare), so pages are read in SQL. The loader numbers every row
     * 0..n-1 (SQLite cannot add a NOT NULL column without a default).
     */
    nameOrder: integer('name_order').notNull().default(0),
  },
  (t) => [index('candidates_name_order').on(t.nameOrder)],
);

/** Ballot lines that are neither people nor parties: against-all, yes, no, and the self-nominated aggregate. */
export const specialContestants = sqliteTable('special_contestants', {
  id: text('id').primaryKey(),
  nameEn: text('name_en').notNull(),
});
