/**
 * Regenerates the project's seed files from the compiled reference (../shared/reference by default).
 *
 * The seed keeps figures, statuses, dispositions and source ids, never the quotes or the
 * researchers' prose: a claim keeps only the short disposition reason the compiler wrote.
 * Hand-kept seed files (gaps.csv, election-aliases.csv, election-systems.csv, project-sources.csv,
 * candidate-name-choices.csv, boundary-*.csv, geo/) are not touched.
 *
 *   npm run seed:import -- [path/to/reference]
 */
import { mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { readCsv, writeCsv } from '../src/lib/csv-files.js';
import { importCandidateNames } from './import-candidate-names.js';

const referenceDir = path.resolve(process.argv[2] ?? '../shared/reference');
const seedDir = path.resolve('seed');

const splitList = (value: string | undefined): string[] =>
  (value ?? '')
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean);

/** The compiler's reason sits in square brackets at the end of a note. */
function dispositionReason(notes: string): string {
  const match = /\[([^[\]]*)\]\s*$/.exec(notes);
  return match?.[1]?.trim() ?? '';
}

function importSources(): void {
  const rows = readCsv(path.join(referenceDir, 'sources.csv'));
  writeCsv(
    path.join(seedDir, 'sources.csv'),
    ['id', 'url', 'title', 'publisher', 'kind', 'language', 'published_on'],
    rows.map((r) => [r.source_id, r.url, r.title, r.publisher, r.kind, r.language, r.published_on]),
  );
}

function importRegions(aliases: string[][]): void {
  const rows = readCsv(path.join(referenceDir, 'regions.csv'));
  writeCsv(
    path.join(seedDir, 'regions.csv'),
    [
      'id',
      'name_en',
      'name_kk',
      'name_ru',
      'kind',
      'iso_3166_2_until_2022_11_28',
      'iso_3166_2_from_2022_11_29',
      'valid_from',
      'valid_to',
      'parent_id',
      'source_ids',
    ],
    rows.map((r) => [
      r.id,
      r.name_en,
      r.name_kk,
      r.name_ru,
      r.kind,
      r.iso_3166_2_until_2022_11_28,
      r.iso_3166_2_from_2022_11_29,
      r.valid_from,
      r.valid_to,
      r.parent_id,
      splitList(r.source_ids).join('; '),
    ]),
  );
  for (const r of rows) for (const a of splitList(r.aliases)) aliases.push(['region', r.id!, a]);

  const names = readCsv(path.join(referenceDir, 'region_names.csv'));
  writeCsv(
    path.join(seedDir, 'region-names.csv'),
    ['region_id', 'lang', 'name', 'valid_from', 'valid_to'],
    names.map((r) => [r.region_id, r.lang, r.name, r.valid_from, r.valid_to]),
  );
}

function importParties(aliases: string[][]): void {
  const rows = readCsv(path.join(referenceDir, 'parties.csv'));
  writeCsv(
    path.join(seedDir, 'parties.csv'),
    ['id', 'name_en', 'name_kk', 'name_ru', 'kind', 'founded', 'source_ids'],
    rows.map((r) => [r.id, r.name_en, r.name_kk, r.name_ru, r.kind, r.founded, splitList(r.source_ids).join('; ')]),
  );
  for (const r of rows) for (const a of splitList(r.aliases)) aliases.push(['party', r.id!, a]);

  const lineage = readCsv(path.join(referenceDir, 'party_lineage.csv'));
  writeCsv(
    path.join(seedDir, 'party-lineage.csv'),
    ['from_party_id', 'to_party_id', 'kind', 'date'],
    lineage.map((r) => [r.from_party_id, r.to_party_id, r.kind, r.date]),
  );
}

function importPeople(aliases: string[][]): void {
  const candidates = readCsv(path.join(referenceDir, 'candidates.csv'));
  writeCsv(
    path.join(seedDir, 'candidates.csv'),
    ['id', 'name_en', 'name_kk', 'name_ru'],
    candidates.map((r) => [r.id, r.name_en, r.name_kk, r.name_ru]),
  );
  for (const r of candidates) for (const a of splitList(r.aliases)) aliases.push(['candidate', r.id!, a]);

  // The reference notes name the fact ids a candidacy rests on; keep the ids, drop the prose.
  const candidacies = readCsv(path.join(referenceDir, 'candidacies.csv'));
  writeCsv(
    path.join(seedDir, 'candidacies.csv'),
    ['election_id', 'candidate_id', 'contest', 'nominated_by', 'nominated_by_text', 'elected', 'claim_ids'],
    candidacies.map((r) => [
      r.election_id,
      r.candidate_id,
      r.contest,
      r.nominated_by,
      r.nominated_by_text,
      r.elected,
      [...(r.notes ?? '').matchAll(/\b\d{4}-[a-z]+:[a-z_]+:[^\s;,]+/g)].map((m) => m[0]).join('; '),
    ]),
  );

  const specials = readCsv(path.join(referenceDir, 'special_contestants.csv'));
  writeCsv(
    path.join(seedDir, 'special-contestants.csv'),
    ['id', 'name_en'],
    specials.map((r) => [r.id, r.name_en]),
  );
  for (const r of specials) for (const a of splitList(r.aliases)) aliases.push(['special', r.id!, a]);
}

function importElectionsAndClaims(): void {
  const elections = readCsv(path.join(referenceDir, 'elections.csv'));
  writeCsv(
    path.join(seedDir, 'elections.csv'),
    ['id', 'kind', 'name_en', 'date', 'date_claim_id'],
    elections.map((r) => [r.id, r.kind, r.name_en, r.date, r.date_fact_id]),
  );

  mkdirSync(path.join(seedDir, 'claims'), { recursive: true });
  for (const file of readdirSync(path.join(referenceDir, 'facts')).filter((f) => f.endsWith('.csv'))) {
    const rows = readCsv(path.join(referenceDir, 'facts', file));
    writeCsv(
      path.join(seedDir, 'claims', file),
      ['id', 'subject_type', 'subject_id', 'metric', 'value', 'unit', 'status', 'disposition', 'source_id', 'reason'],
      rows.map((r) => [
        r.fact_id,
        r.subject_type,
        r.subject_id,
        r.metric,
        r.value,
        r.unit,
        r.status,
        r.disposition,
        r.source_id,
        dispositionReason(r.notes ?? ''),
      ]),
    );
  }
}

const aliases: string[][] = [];
importSources();
importRegions(aliases);
importParties(aliases);
importPeople(aliases);
importElectionsAndClaims();
importCandidateNames(referenceDir, seedDir);
writeCsv(path.join(seedDir, 'aliases.csv'), ['entity_type', 'entity_id', 'alias'], aliases);
console.log(`seed/ regenerated from ${referenceDir}`);
