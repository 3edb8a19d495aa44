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

type Summary = { id: string; election_ids: string[] };

describe('GET /v1/candidates', () => {
  it('lists every candidate with the votes they stood in', async () => {
    const { status, body } = await getJson(app, '/v1/candidates');
    expect(status).toBe(200);
    expect(body.total).toBe(29);
    const tokayev = body.data.find((c: Summary) => c.id === 'tokayev-kassym-jomart');
    expect(tokayev).toEqual({
      id: 'tokayev-kassym-jomart',
      name: 'Kassym-Jomart Tokayev',
      name_lang: 'en',
      names: { en: 'Kassym-Jomart Tokayev', kk: 'Қасым-Жомарт Тоқаев', ru: 'Касым-Жомарт Токаев' },
      election_ids: ['2019-presidential', '2022-presidential'],
    });
  });

  it('filters by vote, sorts by name descending and pages', async () => {
    const { body } = await getJson(app, '/v1/candidates?election=2022-presidential&sort=-name&limit=2&offset=1');
    expect(body).toMatchObject({ total: 6, limit: 2, offset: 1 });
    // The English name as written, given name first: Zhiguli, Saltanat, Nurlan, Meiram, Kassym-Jomart, Karakat.
    expect(body.data.map((c: Summary) => c.id)).toEqual(['tursynbekova-saltanat', 'auesbayev-nurlan']);
    expect(body.data.every((c: Summary) => c.election_ids.includes('2022-presidential'))).toBe(true);
  });

  it('serves CSV with ?format=csv', async () => {
    const res = await request(app.server).get('/v1/candidates?election=2019-presidential&format=csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.text.trim().split('\n');
    expect(lines[0]).toBe('id,name,name_lang,names_en,names_kk,names_ru,election_ids');
    expect(lines).toHaveLength(8);
    expect(res.text).toContain(
      'tokayev-kassym-jomart,Kassym-Jomart Tokayev,en,Kassym-Jomart Tokayev,Қасым-Жомарт Тоқаев,Касым-Жомарт Токаев,2019-presidential;2022-presidential',
    );
  });

  it('answers an unknown vote with election-not-found and an unknown parameter with invalid-parameter', async () => {
    const bad = await getJson(app, '/v1/candidates?election=2020-presidential');
    expect(bad.status).toBe(404);
    expect(bad.body).toMatchObject({ code: 'election-not-found' });
    const unknown = await getJson(app, '/v1/candidates?q=tokayev');
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ code: 'invalid-parameter', errors: [{ location: 'query', name: 'q' }] });
  });
});

describe('GET /v1/candidates/{candidate_id}', () => {
  it("gives both of Tokayev's candidacies with nominators, results and provenance", async () => {
    const { status, body } = await getJson(app, '/v1/candidates/tokayev-kassym-jomart');
    expect(status).toBe(200);
    expect(body.aliases).toEqual(expect.arrayContaining(['Toqaev', 'Токаев', 'Kassym-Jomart Tokayev']));
    expect(body.candidacies.map((c: { election: { id: string } }) => c.election.id)).toEqual([
      '2019-presidential',
      '2022-presidential',
    ]);
    const [c2019, c2022] = body.candidacies;
    expect(c2019).toMatchObject({
      contest: 'president',
      nominated_by: { id: 'nur-otan', name_as_published: 'Nur Otan Party' },
      votes: { value: 6539715, status: 'final' },
      rank: { value: 1 },
      elected: { value: true, status: 'final' },
    });
    expect(c2022.election).toEqual({
      id: '2022-presidential',
      name: 'Early presidential election 2022',
      date: '2022-11-20',
    });
    expect(c2022.nominated_by).toEqual({
      id: 'peoples-coalition',
      name_as_published: "People's Coalition",
      claim_id: '2022-presidential:contestant:tokayev-kassym-jomart:nominated_by:final:diplomaticinsight-839f91',
    });
    expect(c2022.votes).toMatchObject({ value: 6456393, status: 'final', source_ids: ['kazinform-c05326'] });
    expect(c2022.pct.value).toBe(81.31);
    // No source ranks the 2022 field, so the rank is unknown rather than derived from the votes.
    expect(c2022.rank).toMatchObject({ value: null, claim_id: null });
    expect(c2022.rank.missing_reason).toMatch(/rank/);
  });

  it('gives a 2023 district winner with no party id when self-nominated', async () => {
    const { body } = await getJson(app, '/v1/candidates/nazarov-ardaq');
    expect(body.candidacies).toHaveLength(1);
    expect(body.candidacies[0]).toMatchObject({
      contest: 'district-11',
      nominated_by: { id: null, name_as_published: 'Independent' },
      elected: { value: true },
    });
  });

  it('answers an unknown candidate with a 404 problem', async () => {
    const { status, headers, body } = await getJson(app, '/v1/candidates/nobody-at-all');
    expect(status).toBe(404);
    expect(headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(body.code).toBe('candidate-not-found');
  });

  it('answers a malformed id with invalid-parameter', async () => {
    const { status, body } = await getJson(app, '/v1/candidates/Not_A_Slug');
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'invalid-parameter', errors: [{ location: 'path', name: 'candidate_id' }] });
  });
});
