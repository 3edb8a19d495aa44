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

type Row = { election: { id: string }; region_id?: string | null };

describe('GET /v1/parties', () => {
  it('lists the parties and nominating organisations by name', async () => {
    const { status, body } = await getJson(app, '/v1/parties');
    expect(status).toBe(200);
    expect(body.total).toBe(18);
    expect(body.data[0]).toEqual({
      id: 'adal',
      name: 'Adal',
      name_lang: 'en',
      names: { en: 'Adal', kk: '«ADAL» саяси партиясы', ru: 'Политическая партия «ADAL»' },
      kind: 'party',
      founded: {
        date: '2013-04-26',
        precision: 'day',
        note: '2013-04-26 (as Birlik, merger of Rukhaniyat and Adilet)',
        source_ids: body.data[0].founded.source_ids,
        missing_reason: null,
      },
    });
    expect(body.data[0].founded.source_ids.length).toBeGreaterThan(0);
  });

  it('gives a founding date only where the wording opens with one, never a guessed one', async () => {
    const { body } = await getJson(app, '/v1/parties?limit=100');
    const founded = Object.fromEntries(
      body.data.map((p: { id: string; founded: { date: string | null } }) => [p.id, p.founded]),
    );
    expect(founded['nsdp']).toMatchObject({ date: '2006-09-10', precision: 'day' });
    // "c. 2004 …; exact date unconfirmed": no date, the wording as the reason.
    expect(founded['ult-tagdyry']).toMatchObject({ date: null, precision: null, source_ids: [] });
    expect(founded['ult-tagdyry'].missing_reason).toMatch(/^The sources give no founding date, only: c\. 2004/);
    expect(founded['fprk']).toMatchObject({
      date: null,
      missing_reason: 'No source in the store confirms when it was founded.',
    });
  });

  it('filters by kind and sorts by id descending', async () => {
    const { body } = await getJson(app, '/v1/parties?kind=trade-union&sort=-id');
    expect(body.data.map((p: { id: string }) => p.id)).toEqual(['fprk', 'amanat-trade-unions']);
    const coalition = await getJson(app, '/v1/parties?kind=coalition');
    expect(coalition.body.data.map((p: { id: string }) => p.id)).toEqual(['peoples-coalition']);
  });

  it('serves CSV with Accept: text/csv', async () => {
    const res = await request(app.server).get('/v1/parties?kind=public-association').set('Accept', 'text/csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.text.split('\n')[0]).toBe(
      'id,name,name_lang,names_en,names_kk,names_ru,kind,founded_date,founded_precision,founded_note,founded_source_ids,founded_missing_reason',
    );
    expect(res.text).toContain('ult-tagdyry,Ult Tagdyry,');
  });

  it('rejects an unknown kind with invalid-parameter', async () => {
    const { status, body } = await getJson(app, '/v1/parties?kind=faction');
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'invalid-parameter', errors: [{ location: 'query', name: 'kind' }] });
  });
});

describe('GET /v1/parties/{party_id}', () => {
  it("gives Amanat's predecessors, 2023 list result, seats and district nominees", async () => {
    const { status, body } = await getJson(app, '/v1/parties/amanat');
    expect(status).toBe(200);
    expect(body.predecessors).toEqual([
      { party_id: 'nur-otan', kind: 'rename', date: '2022-03-01' },
      { party_id: 'adal', kind: 'merger', date: '2022-04-26' },
    ]);
    expect(body.successors).toEqual([]);
    expect(body.results).toHaveLength(1);
    expect(body.results[0]).toMatchObject({
      election: { id: '2023-mazhilis' },
      contest: 'party-list',
      region_id: null,
      votes: { value: 3431510, status: 'final' },
      pct: { value: 53.9 },
      list_candidates: { value: 90, status: 'unknown' },
    });
    expect(body.seats).toEqual([
      expect.objectContaining({ election: expect.objectContaining({ id: '2023-mazhilis' }) }),
    ]);
    expect(body.seats[0].party_list).toMatchObject({ value: 40, status: 'final' });
    expect(body.seats[0].district).toMatchObject({ value: 22, status: 'preliminary' });
    expect(body.seats[0].total).toMatchObject({ value: 62, status: 'final' });
    expect(body.nominations.map((n: { contest: string }) => n.contest)).toEqual([
      'district-1',
      'district-6',
      'district-7',
      'district-8',
      'district-19',
      'district-21',
    ]);
    expect(body.nominations[0]).toMatchObject({ candidate_id: 'turlyhanov-daulet' });
    expect(body.source_ids).toContain('govkz-71acfe');
    expect(body.aliases).toContain('Аманат');
  });

  it('links Nur Otan to Amanat and gives its national and regional 2021 lines', async () => {
    const { body } = await getJson(app, '/v1/parties/nur-otan');
    expect(body.successors).toEqual([{ party_id: 'amanat', kind: 'rename', date: '2022-03-01' }]);
    expect(body.nominations).toEqual([
      expect.objectContaining({
        election: expect.objectContaining({ id: '2019-presidential' }),
        candidate_id: 'tokayev-kassym-jomart',
      }),
    ]);
    const national = body.results.find((r: Row) => r.region_id === null);
    expect(national).toMatchObject({
      election: { id: '2021-mazhilis' },
      elected: { value: true },
      list_candidates: { value: 126 },
    });
    const kyzylorda = body.results.find((r: Row) => r.region_id === 'kyzylorda');
    expect(kyzylorda.pct).toMatchObject({ value: 74.46, status: 'final' });
    expect(kyzylorda.votes).toMatchObject({ value: null, claim_id: null });
    expect(kyzylorda.votes.missing_reason).toMatch(/Kyzylorda/);
    expect(body.seats[0].election.id).toBe('2021-mazhilis');
  });

  it("gives Adal's merger into Amanat", async () => {
    const { body } = await getJson(app, '/v1/parties/adal');
    expect(body.successors).toEqual([{ party_id: 'amanat', kind: 'merger', date: '2022-04-26' }]);
    expect(body.predecessors).toEqual([{ party_id: 'birlik', kind: 'rename', date: '2020-11-05' }]);
  });

  it('answers an unknown party with a 404 problem and an unknown parameter with a 400', async () => {
    const missing = await getJson(app, '/v1/parties/otan-2');
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe('party-not-found');
    const bad = await getJson(app, '/v1/parties/amanat?election=2023-mazhilis');
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ code: 'invalid-parameter', errors: [{ location: 'query', name: 'election' }] });
  });
});

describe('filters named as everywhere', () => {
  it('lists the organisations of one vote with ?election=, each of them on its ballot or nominating', async () => {
    const { status, body } = await getJson(app, '/v1/parties?election=2023-mazhilis&limit=500');
    expect(status).toBe(200);
    const results = (await getJson(app, '/v1/elections/2023-mazhilis/results?limit=500')).body;
    const lists = results.data.map((r: { contestant_id: string }) => r.contestant_id);
    const ids = body.data.map((p: { id: string }) => p.id);
    for (const id of lists.filter((l: string) => l !== 'against-all')) expect(ids).toContain(id);
    const all = (await getJson(app, '/v1/parties?limit=500')).body;
    expect(body.total).toBeLessThan(all.total);
    expect((await getJson(app, '/v1/parties?election=2031-mazhilis')).body.code).toBe('election-not-found');
  });

  it("keeps one holder's seats with ?party=", async () => {
    const { body } = await getJson(app, '/v1/elections/2023-mazhilis/seats?party=amanat');
    expect(body.data.map((r: { holder_id: string }) => r.holder_id)).toEqual(['amanat']);
    expect(body.chamber.seats_total.value).toBe(98);
  });
});
