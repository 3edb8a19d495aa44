import { appendFileSync, cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStore } from '../../src/loader/build-store.js';
import { getJson, buildTestApp } from '../helpers/test-app.js';
import { fill, GOOD_IDS, operations } from '../helpers/operations.js';

/**
 * "A new vote is a data change": a copy of seed/ plus a synthetic sixth vote (tests/fixtures/new-vote) is
 * built into a store and served through every endpoint, with no change to the code.
 */
const FIXTURE = 'tests/fixtures/new-vote';
const VOTE = '2024-referendum';
let app: FastifyInstance;

beforeAll(async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kz-new-vote-'));
  const seedDir = path.join(dir, 'seed');
  cpSync('seed', seedDir, { recursive: true });
  for (const file of ['elections.csv', 'election-systems.csv', 'sources.csv']) {
    appendFileSync(path.join(seedDir, file), readFileSync(path.join(FIXTURE, file)));
  }
  cpSync(path.join(FIXTURE, 'claims', `${VOTE}.csv`), path.join(seedDir, 'claims', `${VOTE}.csv`));
  const databasePath = path.join(dir, 'store.sqlite');
  buildStore({ seedDir, migrationsDir: 'migrations', databasePath });
  app = await buildTestApp({ DATABASE_PATH: databasePath });
});
afterAll(async () => {
  await app.close();
});

describe('a sixth vote added as data only', () => {
  it('is listed with the others, in date order, and in the OpenAPI document', async () => {
    const { body } = await getJson(app, '/v1/elections');
    expect(body.data.map((e: { id: string }) => e.id).at(-1)).toBe(VOTE);
    const doc = app.swagger() as unknown as { components: { schemas: { ElectionId: { enum: string[] } } } };
    expect(doc.components.schemas.ElectionId.enum).toContain(VOTE);
  });

  it('answers every operation that takes an election id with 200', async () => {
    const ops = operations(app).filter((o) => o.path.includes('{election_id}'));
    expect(ops.length).toBeGreaterThanOrEqual(5);
    for (const op of ops) {
      const res = await app.inject({ url: fill(op.path, { ...GOOD_IDS, election_id: VOTE }) });
      expect(res.statusCode, op.path).toBe(200);
    }
    for (const url of ['/v1/candidates', '/v1/sources', '/v1/discrepancies']) {
      expect((await app.inject({ url: `${url}?election=${VOTE}` })).statusCode, url).toBe(200);
    }
  });

  it('serves its figures with their provenance', async () => {
    const election = (await getJson(app, `/v1/elections/${VOTE}`)).body;
    expect(election.turnout_pct).toMatchObject({ value: 62.5, status: 'final', source_ids: ['fixture-2024'] });
    const preliminary = (await getJson(app, `/v1/elections/${VOTE}?status=preliminary`)).body;
    expect(preliminary.turnout_pct).toMatchObject({ value: 61.9, status: 'preliminary' });
    const results = (await getJson(app, `/v1/elections/${VOTE}/results`)).body;
    expect(
      results.data.map((r: { contestant_id: string; votes: { value: number } }) => [r.contestant_id, r.votes.value]),
    ).toEqual([
      ['yes', 5_000_000],
      ['no', 2_400_000],
    ]);
  });

  it('has a turnout row for every region that existed that day, on the boundaries of the day', async () => {
    const turnout = (await getJson(app, `/v1/elections/${VOTE}/turnout?limit=500`)).body;
    const regions = (await getJson(app, '/v1/regions?on=2024-10-06&limit=500')).body;
    expect(turnout.total).toBe(regions.total);
    const abai = turnout.data.find((r: { region_id: string }) => r.region_id === 'abai');
    expect(abai.turnout_pct.value).toBe(70.2);
  });

  it('shows up in discrepancies, sources, claims, regions and search', async () => {
    const disagreements = (await getJson(app, `/v1/discrepancies?election=${VOTE}`)).body;
    expect(disagreements.data.map((d: { metric: string }) => d.metric)).toEqual(['turnout_pct']);
    const sources = (await getJson(app, `/v1/sources?election=${VOTE}`)).body;
    expect(sources.data.map((s: { id: string }) => s.id)).toEqual(['fixture-2024']);
    const claim = await getJson(
      app,
      `/v1/claims/${encodeURIComponent(`${VOTE}:contestant:yes:votes:final:fixture-2024`)}`,
    );
    expect(claim.body.value).toBe(5_000_000);
    const astana = (await getJson(app, '/v1/regions/astana')).body;
    expect(astana.turnout.map((t: { election_id: string }) => t.election_id)).toContain(VOTE);
    const search = (await getJson(app, `/v1/search?q=${VOTE}`)).body;
    expect(search.data[0]).toMatchObject({ type: 'election', id: VOTE });
  });

  it('stacks with the other votes as CSV: one header for every vote', async () => {
    const headers = new Set<string>();
    for (const id of [
      '2019-presidential',
      '2021-mazhilis',
      '2022-referendum',
      '2022-presidential',
      '2023-mazhilis',
      VOTE,
    ]) {
      const res = await app.inject({ url: `/v1/elections/${id}/results?format=csv` });
      headers.add(res.body.split('\n')[0]!);
    }
    expect(headers.size).toBe(1);
  });
});
