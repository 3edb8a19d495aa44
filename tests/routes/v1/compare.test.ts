import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Comparison, CompareRow } from '../../../src/schemas/compare.js';
import { buildTestApp, getJson } from '../../helpers/test-app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

const URL = '/v1/compare?from=2019-presidential&to=2022-presidential&metric=turnout_pct';

describe('GET /v1/compare', () => {
  it('compares the regions created in 2022 with the regions they were split from, and says so', async () => {
    const { body } = await getJson(app, URL);
    const rows = new Map((body as Comparison).data.map((r) => [r.region_id, r]));
    expect(body.data).toHaveLength(21);
    for (const [child, parent] of [
      ['abai', 'east-kazakhstan'],
      ['jetisu', 'almaty-region'],
      ['ulytau', 'karaganda'],
    ] as const) {
      expect(rows.get(child)).toMatchObject({ compared_region_id: parent, lineage: 'parent' });
      expect(rows.get(child)!.lineage_note).toContain('2022-06-08');
      expect(rows.get(parent)!.lineage).toBe('boundaries-changed');
    }
    expect(rows.get('kostanay')!.lineage).toBe('same');
  });

  it('computes each difference from the two claims it names, never as a sourced figure', async () => {
    const { body } = await getJson(app, URL);
    const [{ body: early }, { body: late }] = await Promise.all([
      getJson(app, '/v1/elections/2019-presidential/turnout?limit=500'),
      getJson(app, '/v1/elections/2022-presidential/turnout?limit=500'),
    ]);
    const abai = (body as Comparison).data.find((r) => r.region_id === 'abai')!;
    const parent = early.data.find((r: { region_id: string }) => r.region_id === 'east-kazakhstan').turnout_pct;
    const own = late.data.find((r: { region_id: string }) => r.region_id === 'abai').turnout_pct;
    expect(abai.from_value).toEqual(parent);
    expect(abai.to_value).toEqual(own);
    expect(abai.difference).toEqual({
      value: Number((own.value - parent.value).toFixed(2)),
      computed: true,
      unit: 'percentage-points',
      claim_ids: [parent.claim_id, own.claim_id],
      missing_reason: null,
    });
    for (const id of abai.difference.claim_ids) expect((await getJson(app, `/v1/claims/${id}`)).status).toBe(200);
  });

  it('gives a null difference with the reason when a figure is unknown', async () => {
    const { body } = await getJson(app, '/v1/compare?from=2019-presidential&to=2023-mazhilis&metric=polling_stations');
    const unknown = [body.national, ...body.data].filter((r: CompareRow) => r.difference.value === null);
    for (const r of unknown as CompareRow[])
      expect(r.difference.missing_reason, r.region_id ?? '').toMatch(/No figure/);
  });

  it('serves CSV with the national row first', async () => {
    const res = await app.inject(`${URL}&format=csv`);
    const lines = res.body.trim().split('\n');
    expect(lines[0]).toMatch(/^region_id,region_name,region_name_lang,compared_region_id,lineage,/);
    expect(lines[1]).toMatch(/^,Kazakhstan,en,,same,/);
    expect(lines).toHaveLength(23);
  });

  it('answers 404 with suggestions for an unknown vote and 400 for an unknown metric', async () => {
    const missing = await getJson(app, '/v1/compare?from=2019&to=2022-presidential');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('election-not-found');
    const bad = await getJson(app, '/v1/compare?from=2019-presidential&to=2022-presidential&metric=votes');
    expect(bad.body.code).toBe('invalid-parameter');
  });
});
