import { existsSync } from 'node:fs';
import path from 'node:path';
import Database, { type SqliteDatabase } from '../../src/db/sqlite.js';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readCsv } from '../../src/lib/csv-files.js';

/** The votes are data: every one in seed/elections.csv, each with its claims file. */
const VOTES = readCsv('seed/elections.csv').map((r) => r.id!);
const seedRows = (vote: string) => readCsv(path.join('seed', 'claims', `${vote}.csv`)).length;
const REFERENCE_DIR = path.resolve('../shared/reference');
/**
 * CI always has ../shared beside the clone, so there its absence is a failure; a developer without it gets
 * the comparison skipped, with a line saying so.
 */
const HAVE_REFERENCE = existsSync(REFERENCE_DIR);
if (!HAVE_REFERENCE && process.env.CI) throw new Error(`${REFERENCE_DIR} is missing: CI compares the store with it`);
if (!HAVE_REFERENCE) console.warn(`skipping the comparison with ${REFERENCE_DIR}: not present on this machine`);

let db: SqliteDatabase;
beforeAll(() => {
  db = new Database(inject('databasePath'), { readonly: true });
});
afterAll(() => db.close());

const claim = (id: string) =>
  db.prepare('select * from claims where id = ?').get(id) as Record<string, unknown> | undefined;
const accepted = (election: string, subjectType: string, subject: string, metric: string) =>
  db
    .prepare(
      `select value, status, source_id from claims where election_id = ? and subject_type = ? and subject_id = ?
    and metric = ? and disposition = 'accepted'`,
    )
    .get(election, subjectType, subject, metric) as { value: string; status: string; source_id: string };

describe('the built store', () => {
  it.each(VOTES)('holds every seed claim of %s, no more and no fewer', (election) => {
    const n = db.prepare('select count(*) n from claims where election_id = ?').get(election) as { n: number };
    expect(n.n).toBe(seedRows(election));
    expect(n.n).toBeGreaterThan(0);
  });

  it('holds exactly one accepted claim per figure', () => {
    const dupes = db
      .prepare(
        `select election_id, subject_type, subject_id, metric, sum(disposition = 'accepted') a
      from claims group by 1, 2, 3, 4 having a != 1`,
      )
      .all();
    expect(dupes).toEqual([]);
  });

  it.each([
    ['2019-presidential', 'contestant', 'tokayev-kassym-jomart', 'votes', '6539715'],
    ['2019-presidential', 'election', '2019-presidential', 'registered_voters', '11960364'],
    ['2021-mazhilis', 'contestant', 'nur-otan', 'seats_pr', '76'],
    ['2021-mazhilis', 'region_contestant', 'kyzylorda/nur-otan', 'pct', '74.46'],
    ['2022-referendum', 'contestant', 'yes', 'votes', '6163516'],
    ['2022-referendum', 'election', '2022-referendum', 'invalid_ballots', '205924'],
    ['2022-presidential', 'contestant', 'tokayev-kassym-jomart', 'pct', '81.31'],
    ['2022-presidential', 'region', 'almaty-city', 'turnout_pct', undefined],
    ['2023-mazhilis', 'contestant', 'amanat', 'seats_total', '62'],
    ['2023-mazhilis', 'election', '2023-mazhilis', 'turnout_pct', '54.19'],
  ])('serves the accepted %s %s %s %s', (election, type, subject, metric, value) => {
    const row = accepted(election, type, subject, metric);
    expect(row).toBeDefined();
    if (value !== undefined) expect(row.value).toBe(value);
  });

  it('keeps the errata and superseded figures beside the accepted one', () => {
    expect(claim('2019-presidential:contestant:yespayeva-daniya:votes:final:wikipedia-it-84da14')).toMatchObject({
      value: '464714',
      disposition: 'erratum',
    });
    const statuses = db
      .prepare(
        `select distinct disposition from claims where election_id = '2019-presidential'
      and subject_type = 'election' and metric = 'turnout_pct'`,
      )
      .all()
      .map((r) => (r as { disposition: string }).disposition)
      .sort();
    expect(statuses).toEqual(['accepted', 'alternative', 'superseded']);
  });
});

describe.runIf(HAVE_REFERENCE)('the store against ../shared/reference', () => {
  it('has every reference fact with the same value, unit, status, disposition and source, and only those', () => {
    for (const election of VOTES) {
      const rows = readCsv(path.join(REFERENCE_DIR, 'facts', `${election}.csv`));
      expect(rows.length, election).toBe(seedRows(election));
      for (const r of rows) {
        expect(claim(r.fact_id!), r.fact_id).toMatchObject({
          election_id: r.election_id,
          subject_type: r.subject_type,
          subject_id: r.subject_id,
          metric: r.metric,
          value: r.value,
          unit: r.unit,
          status: r.status,
          disposition: r.disposition,
          source_id: r.source_id,
        });
      }
    }
  });

  it('has every reference source, region, party and candidate', () => {
    for (const [file, table, key] of [
      ['sources.csv', 'sources', 'source_id'],
      ['regions.csv', 'regions', 'id'],
      ['parties.csv', 'parties', 'id'],
      ['candidates.csv', 'candidates', 'id'],
    ] as const) {
      const ids = readCsv(path.join(REFERENCE_DIR, file)).map((r) => r[key]);
      const stored = new Set(
        db
          .prepare(`select id from ${table}`)
          .all()
          .map((r) => (r as { id: string }).id),
      );
      expect(
        ids.filter((id) => !stored.has(id!)),
        file,
      ).toEqual([]);
    }
  });
});
