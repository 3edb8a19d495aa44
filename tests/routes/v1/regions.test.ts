import type { FastifyInstance } from 'fastify';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, getJson } from '../../helpers/test-app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

type Summary = { id: string };
const ids = (body: { data: Summary[] }) => body.data.map((r) => r.id);

describe('GET /v1/regions', () => {
  it('lists every unit with both ISO codes and validity', async () => {
    const { status, body } = await getJson(app, '/v1/regions');
    expect(status).toBe(200);
    expect(body.total).toBe(21);
    expect(body.data.find((r: Summary) => r.id === 'jetisu')).toEqual({
      id: 'jetisu',
      name: 'Jetisu Region',
      name_lang: 'en',
      names: { en: 'Jetisu Region', kk: 'Жетісу облысы', ru: 'Жетысуская область' },
      kind: 'region',
      iso_3166_2: { until_2022_11_28: null, from_2022_11_29: 'KZ-33' },
      valid_from: '2022-06-08',
      valid_to: null,
      parent_id: 'almaty-region',
    });
  });

  it('keeps only the regions that existed on a day', async () => {
    const before = await getJson(app, '/v1/regions?on=2021-01-10');
    expect(before.body.total).toBe(18);
    expect(ids(before.body)).not.toContain('jetisu');
    expect(ids(before.body)).toContain('shymkent-city');
    const after = await getJson(app, '/v1/regions?on=2022-06-08&kind=region');
    expect(ids(after.body)).toEqual(expect.arrayContaining(['abai', 'jetisu', 'ulytau']));
    expect(after.body.total).toBe(17);
  });

  it('filters by kind and sorts by name descending', async () => {
    const { body } = await getJson(app, '/v1/regions?kind=city&sort=-name');
    expect(ids(body)).toEqual(['shymkent-city', 'astana', 'almaty-city']);
  });

  it('serves CSV with ?format=csv, codes flattened into columns', async () => {
    const res = await request(app.server).get('/v1/regions?on=2021-01-10&format=csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.text.split('\n')[0]).toBe(
      'id,name,name_lang,names_en,names_kk,names_ru,kind,iso_3166_2_until_2022_11_28,iso_3166_2_from_2022_11_29,valid_from,valid_to,parent_id',
    );
    expect(res.text).toContain('astana,Astana,en,Astana,Астана қаласы,город Астана,city,KZ-AST,KZ-71,,,');
    expect(res.text).not.toContain('jetisu');
  });

  it('rejects a malformed date and an unknown parameter with invalid-parameter', async () => {
    for (const url of ['/v1/regions?on=notadate', '/v1/regions?on=2022-02-30']) {
      const { status, body } = await getJson(app, url);
      expect(status).toBe(400);
      expect(body).toMatchObject({ code: 'invalid-parameter', errors: [{ location: 'query', name: 'on' }] });
    }
    const { body } = await getJson(app, '/v1/regions?date=2021-01-10');
    expect(body).toMatchObject({ code: 'invalid-parameter', errors: [{ location: 'query', name: 'date' }] });
  });
});

describe('GET /v1/regions/{region_id}', () => {
  it("gives Jetisu's lineage and turnout only at the votes after it was created", async () => {
    const { status, body } = await getJson(app, '/v1/regions/jetisu');
    expect(status).toBe(200);
    expect(body).toMatchObject({ parent_id: 'almaty-region', valid_from: '2022-06-08', children: [] });
    expect(body.turnout.map((t: { election_id: string }) => t.election_id)).toEqual([
      '2022-presidential',
      '2023-mazhilis',
    ]);
  });

  it('gives Almaty Region its child and its preliminary 2019 turnout', async () => {
    const { body } = await getJson(app, '/v1/regions/almaty-region');
    expect(body.children).toEqual(['jetisu']);
    const t2019 = body.turnout.find((t: { election_id: string }) => t.election_id === '2019-presidential');
    expect(t2019.turnout_pct).toMatchObject({ value: 89, status: 'preliminary', source_ids: ['kazinform-39e83a'] });
    expect(t2019.registered_voters).toMatchObject({ value: null, claim_id: null });
    expect(t2019.registered_voters.missing_reason).toMatch(/election-night/);
    // One row per vote: this region existed on the day of every one.
    expect(body.turnout).toHaveLength((await getJson(app, '/v1/elections')).body.total);
  });

  it('gives Astana its dated names, Nur-Sultan from 2019 to 2022', async () => {
    const { body } = await getJson(app, '/v1/regions/astana');
    expect(body.dated_names).toContainEqual({
      lang: 'en',
      name: 'Nur-Sultan',
      valid_from: '2019-03-23',
      valid_to: '2022-09-18',
    });
    expect(body.dated_names).toContainEqual({ lang: 'en', name: 'Astana', valid_from: '2022-09-19', valid_to: null });
    expect(body.aliases).toContain('Nur-Sultan');
    expect(body.iso_3166_2).toEqual({ until_2022_11_28: 'KZ-AST', from_2022_11_29: 'KZ-71' });
    expect(body.source_ids.length).toBeGreaterThan(0);
  });

  it('answers an unknown region with a 404 problem', async () => {
    const { status, body } = await getJson(app, '/v1/regions/semipalatinsk');
    expect(status).toBe(404);
    expect(body.code).toBe('region-not-found');
  });
});

describe('a region history as CSV', () => {
  it('answers /v1/regions/{id}?format=csv with one line per vote, the same columns as the JSON rows', async () => {
    const json = await getJson(app, '/v1/regions/almaty-city');
    const res = await app.inject({ method: 'GET', url: '/v1/regions/almaty-city?format=csv' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.body.trim().split('\n');
    expect(lines[0]!.split(',').slice(0, 3)).toEqual(['election_id', 'registered_voters', 'registered_voters_status']);
    expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(
      json.body.turnout.map((t: { election_id: string }) => t.election_id),
    );
    expect(lines.length - 1).toBeGreaterThanOrEqual(5);
  });
});
