/**
 * Kazakh and Russian candidate names from the reference's candidate-names.csv: one seed row per distinct
 * spelling (candidate, language, form, name) with the ids of every source that prints it, and one source row per
 * page (title, publisher, date; never the quote). Which spelling is displayed is decided by the loader.
 */
import { createHash } from 'node:crypto';
import path from 'node:path';
import { readCsv, writeCsv } from '../src/lib/csv-files.js';

export function importCandidateNames(referenceDir: string, seedDir: string): void {
  const rows = readCsv(path.join(referenceDir, 'candidate-names.csv'));
  const sources = new Map<string, string[]>();
  // A page the reference already lists as a source keeps that source's id.
  const known = new Map(readCsv(path.join(seedDir, 'sources.csv')).map((r) => [r.url!, r.id!]));
  const sourceId = (url: string) => {
    if (known.has(url)) return known.get(url)!;
    const host = new URL(url).hostname.replace(/^www\./, '').split('.')[0]!;
    return `${host}-${createHash('sha256').update(url).digest('hex').slice(0, 6)}`;
  };
  const spellings = new Map<string, { row: string[]; sourceIds: string[] }>();
  for (const r of rows) {
    const id = sourceId(r.source_url!);
    const date = /^\d{4}-\d{2}-\d{2}$/.test(r.source_date ?? '') ? r.source_date! : '';
    const publisher = new URL(r.source_url!).hostname.replace(/^www\./, '');
    if (!known.has(r.source_url!))
      sources.set(id, [id, r.source_url!, r.source_title!, publisher, 'media', r.lang!, date]);
    const key = [r.candidate_id, r.lang, r.name_form, r.name].join('|');
    const entry = spellings.get(key) ?? { row: [r.candidate_id!, r.lang!, r.name_form!, r.name!], sourceIds: [] };
    if (!entry.sourceIds.includes(id)) entry.sourceIds.push(id);
    spellings.set(key, entry);
  }
  writeCsv(
    path.join(seedDir, 'candidate-names.csv'),
    ['candidate_id', 'lang', 'name_form', 'name', 'source_ids'],
    [...spellings.values()].map((s) => [...s.row, s.sourceIds.join('; ')]),
  );
  writeCsv(
    path.join(seedDir, 'name-sources.csv'),
    ['id', 'url', 'title', 'publisher', 'kind', 'language', 'published_on'],
    [...sources.values()],
  );
}
