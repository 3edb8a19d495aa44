/**
 * Every closed list of values in the domain, declared once. The seed schemas (loader), the store's columns
 * (drizzle `$type`) and the API's zod schemas all derive from these tuples, so a value added here reaches
 * validation, storage, responses and the OpenAPI document together.
 *
 * Election ids are not here: they are data (seed/elections.csv). A new vote is a row, not a code change;
 * the OpenAPI document lists the ids of the store it was generated from (see plugins/openapi).
 */

/** How final a figure is as its source states it. */
export const CLAIM_STATUSES = ['final', 'preliminary', 'unknown'] as const;
/** The statuses a series can be asked for (`?status=`). */
export const SERIES_STATUSES = ['final', 'preliminary'] as const;
/** What the project made of a claim; only `accepted` is served as the headline. */
export const DISPOSITIONS = ['accepted', 'superseded', 'erratum', 'alternative'] as const;
/** What a claim is about. */
export const SUBJECT_TYPES = ['election', 'region', 'contestant', 'region_contestant', 'district'] as const;
/** The unit of a claim's value. */
export const CLAIM_UNITS = ['count', 'percent', 'seats', 'text', 'date'] as const;
/** Kinds of source, strongest first (the reference's precedence rule reads this order). */
export const SOURCE_KINDS = [
  'official',
  'observer',
  'state-media',
  'reference',
  'media',
  'encyclopedia',
  'seed',
] as const;

export const ELECTION_KINDS = ['presidential', 'mazhilis', 'referendum'] as const;
export const ELECTION_SYSTEMS = ['majoritarian', 'party-list-pr', 'mixed', 'referendum'] as const;
/** One ballot within a vote. */
export const CONTEST_KINDS = ['president', 'party-list', 'question', 'assembly-vote', 'district'] as const;
/** The contests whose results are a vote's national result. */
export const NATIONAL_CONTEST_KINDS = ['president', 'party-list', 'question'] as const satisfies readonly ContestKind[];
/** A line on a ballot. */
export const CONTESTANT_KINDS = ['candidate', 'party-list', 'option', 'against-all'] as const;
/** Who holds seats: a party, the self-nominated as one group, or the Assembly of People. */
export const SEAT_HOLDER_KINDS = ['party', 'self-nominated', 'assembly'] as const;

export const REGION_KINDS = ['region', 'city', 'abroad'] as const;
export const PARTY_KINDS = ['party', 'public-association', 'trade-union', 'coalition'] as const;
export const PARTY_LINK_KINDS = ['rename', 'merger'] as const;
/** Languages of dated region names. */
export const NAME_LANGS = ['en', 'kk', 'kk-Latn', 'ru'] as const;
/** Languages a client can ask display names in (`?lang=`, `Accept-Language`); English is the fallback. */
export const DISPLAY_LANGS = ['en', 'kk', 'ru'] as const;
export const FALLBACK_LANG = 'en' satisfies DisplayLang;
/** Detail levels of the region boundaries (seed/boundary-files.csv gives a file per set and resolution). */
export const RESOLUTIONS = ['simplified', 'full'] as const;
/** Entities with spellings in the alias table (`special`: ballot lines that are neither people nor parties). */
export const ALIAS_ENTITY_TYPES = ['region', 'party', 'candidate', 'special', 'election'] as const;
/** What search finds, as the API names it (`contestant` is the alias table's `special`). */
export const SEARCH_ENTITY_TYPES = ['candidate', 'party', 'region', 'election', 'contestant'] as const;

export type ClaimStatus = (typeof CLAIM_STATUSES)[number];
export type SeriesStatus = (typeof SERIES_STATUSES)[number];
export type Disposition = (typeof DISPOSITIONS)[number];
export type SubjectType = (typeof SUBJECT_TYPES)[number];
export type ClaimUnit = (typeof CLAIM_UNITS)[number];
export type SourceKind = (typeof SOURCE_KINDS)[number];
export type ElectionKind = (typeof ELECTION_KINDS)[number];
export type ElectionSystem = (typeof ELECTION_SYSTEMS)[number];
export type ContestKind = (typeof CONTEST_KINDS)[number];
export type ContestantKind = (typeof CONTESTANT_KINDS)[number];
export type SeatHolderKind = (typeof SEAT_HOLDER_KINDS)[number];
export type RegionKind = (typeof REGION_KINDS)[number];
export type PartyKind = (typeof PARTY_KINDS)[number];
export type PartyLinkKind = (typeof PARTY_LINK_KINDS)[number];
export type NameLang = (typeof NAME_LANGS)[number];
export type DisplayLang = (typeof DISPLAY_LANGS)[number];
export type Resolution = (typeof RESOLUTIONS)[number];
export type AliasEntityType = (typeof ALIAS_ENTITY_TYPES)[number];
export type SearchEntityType = (typeof SEARCH_ENTITY_TYPES)[number];

/**
 * Why a figure is null, as a stable code (the text in `missing_reason` says it for this figure):
 * - `not-applicable`: the figure cannot exist (a presidential election fills no seats);
 * - `not-published`: the authority published it only in another form (a combined total);
 * - `not-found-in-sources`: no source in the store states it;
 * - `not-in-series`: `?status=` asked for a series no source gives for this figure.
 */
export const MISSING_KINDS = ['not-applicable', 'not-published', 'not-found-in-sources', 'not-in-series'] as const;
export type MissingKind = (typeof MISSING_KINDS)[number];
/** The kinds a recorded gap (seed/gaps.csv) can have; `not-in-series` is decided per request. */
export const GAP_KINDS = [
  'not-applicable',
  'not-published',
  'not-found-in-sources',
] as const satisfies readonly MissingKind[];
export type GapKind = (typeof GAP_KINDS)[number];

/** The units whose values are numbers. */
export const NUMERIC_UNITS: ReadonlySet<ClaimUnit> = new Set(['count', 'percent', 'seats']);

/**
 * The whole-dataset files each release offers (built by the loader into the downloads folder): the store itself,
 * every table as CSV in one zip, and every table as Parquet. Media types and file names derive from here.
 */
export const DOWNLOAD_FORMATS = ['sqlite', 'csv-zip', 'parquet'] as const;
export type DownloadFormat = (typeof DOWNLOAD_FORMATS)[number];
export const DOWNLOAD_MEDIA_TYPES = {
  sqlite: 'application/vnd.sqlite3',
  'csv-zip': 'application/zip',
  parquet: 'application/vnd.apache.parquet',
} as const satisfies Record<DownloadFormat, string>;

/**
 * The formats a table (any list) is served in, with their media types: JSON (paged), CSV (paged, flattened) and
 * NDJSON (every row, one JSON object per line, with no page cap). `?format=` and `Accept` both choose.
 */
export const TABLE_FORMATS = ['json', 'csv', 'ndjson'] as const;
export type TableFormat = (typeof TABLE_FORMATS)[number];
export const TABLE_MEDIA_TYPES = {
  json: 'application/json',
  csv: 'text/csv',
  ndjson: 'application/x-ndjson',
} as const satisfies Record<TableFormat, string>;

/** How precise a date is: a day (YYYY-MM-DD), a month (YYYY-MM) or a year (YYYY). */
export const DATE_PRECISIONS = ['day', 'month', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
