import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';

/** One CSV row keyed by header; every value is a string (empty when the cell is empty). */
export type CsvRow = Record<string, string | undefined>;

/** Reads a headed CSV file; a ragged row is an error that names the file and line. */
export function readCsv(file: string): CsvRow[] {
  return parse(readFileSync(file, 'utf8'), {
    columns: true,
    skip_empty_lines: true,
    bom: true,
    info: false,
  }) as CsvRow[];
}

/** Writes a headed CSV file with LF line ends, the way seed files are reviewed in diffs. */
export function writeCsv(file: string, header: string[], rows: (string | undefined)[][]): void {
  writeFileSync(file, stringify([header, ...rows.map((r) => r.map((v) => v ?? ''))], { record_delimiter: '\n' }));
}
