import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, getJson } from '../../helpers/test-app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

const row = (body: { data: { contestant_id: string }[] }, id: string) =>
  body.data.find((r) => r.contestant_id === id) as any;

describe('GET /v1/elections/{id}/results', () => {
  it('answers who won 2022 and with how many votes, most votes first', async () => {
    const { status, body } = await getJson(app, '/v1/elections/2022-presidential/results');
    expect(status).toBe(200);
    expect(body).toMatchObject({ contest: 'president', region_id: null, series: 'accepted', total: 7 });
    expect(body.data[0]).toMatchObject({
      contestant_id: 'tokayev-kassym-jomart',
      votes: { value: 6456393, status: 'final' },
      pct: { value: 81.31 },
      elected: { value: true },
      nominated_by: { id: 'peoples-coalition' },
    });
    expect(row(body, 'against-all')).toMatchObject({
      contestant_kind: 'against-all',
      votes: { value: 460484 },
      pct: { value: 5.8 },
    });
  });

  it('gives every 2019 candidate the accepted final figures, errata never served', async () => {
    const { body } = await getJson(app, '/v1/elections/2019-presidential/results?sort=name');
    expect(body.total).toBe(7);
    expect(row(body, 'yespayeva-daniya').votes.value).toBe(465714);
    expect(row(body, 'kosanov-amirzhan').pct.value).toBe(16.23);
    expect(row(body, 'taspikhov-amangeldy').pct.value).toBe(1.98);
    expect(body.data.map((r: { name: string }) => r.name)).toEqual(
      [...body.data.map((r: { name: string }) => r.name)].sort((a, b) => a.localeCompare(b)),
    );
  });

  it('serves the preliminary series where one exists', async () => {
    const { body } = await getJson(app, '/v1/elections/2019-presidential/results?status=preliminary');
    expect(body.series).toBe('preliminary');
    expect(row(body, 'kosanov-amirzhan').pct).toMatchObject({ value: 16.02, status: 'preliminary' });
    expect(row(body, 'yespayeva-daniya').votes).toMatchObject({ value: 470153, status: 'preliminary' });
  });

  it('gives the 2021 party lists and, with ?contest=apk, the Assembly vote', async () => {
    const lists = await getJson(app, '/v1/elections/2021-mazhilis/results');
    expect(row(lists.body, 'nur-otan')).toMatchObject({
      votes: { value: 5148074 },
      pct: { value: 71.09 },
      list_candidates: { value: 126 },
    });
    expect(row(lists.body, 'adal').elected.value).toBe(false);
    const apk = await getJson(app, '/v1/elections/2021-mazhilis/results?contest=apk');
    expect(apk.body.total).toBe(9);
    expect(row(apk.body, 'abdrakhmanov-sauytbek')).toMatchObject({
      votes: { value: 298 },
      elected: { value: true, status: 'final' },
    });
  });

  it("gives a region's results where a source has them, nulls with a reason where not", async () => {
    const { body } = await getJson(app, '/v1/elections/2021-mazhilis/results?region=kyzylorda');
    expect(row(body, 'nur-otan').pct).toMatchObject({ value: 74.46, status: 'final' });
    const none = await getJson(app, '/v1/elections/2022-presidential/results?region=akmola');
    expect(none.status).toBe(200);
    expect(none.body.data.every((r: any) => r.votes.value === null && r.votes.missing_reason)).toBe(true);
  });

  it('selects a 2023 district contest', async () => {
    const { body } = await getJson(app, '/v1/elections/2023-mazhilis/results?contest=district-11');
    expect(body.data).toEqual([
      expect.objectContaining({ contestant_id: 'nazarov-ardaq', elected: expect.objectContaining({ value: true }) }),
    ]);
  });

  it.each([
    ['/v1/elections/2023-mazhilis/results?contest=district-99', 404, 'contest-not-found'],
    ['/v1/elections/2019-presidential/results?region=jetisu', 404, 'region-not-in-election'],
    ['/v1/elections/2019-presidential/results?region=atlantis', 404, 'region-not-found'],
    ['/v1/elections/2019-presidential/results?status=draft', 400, 'invalid-parameter'],
    ['/v1/elections/2019-presidential/results?sort=height', 400, 'invalid-parameter'],
    ['/v1/elections/2019-presidential/results?limit=0', 400, 'invalid-parameter'],
    ['/v1/elections/2019-presidential/results?region=Not%20A%20Slug', 400, 'invalid-parameter'],
  ])('%s is a %i problem with code %s', async (url, status, code) => {
    const res = await getJson(app, url);
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
  });
});

describe('GET /v1/elections/{id}/turnout', () => {
  it('answers turnout per region in 2019 with the names of the day', async () => {
    const { body } = await getJson(app, '/v1/elections/2019-presidential/turnout?sort=-turnout_pct');
    expect(body.total).toBe(18);
    expect(body.national.turnout_pct.value).toBe(77.5);
    const astana = body.data.find((r: any) => r.region_id === 'astana');
    expect(astana.region_name).toBe('Nur-Sultan');
    expect(body.data.find((r: any) => r.region_id === 'almaty-region').turnout_pct).toMatchObject({
      value: 89,
      status: 'preliminary',
    });
    const values = body.data.map((r: any) => r.turnout_pct.value).filter((v: number | null) => v !== null);
    expect(values).toEqual([...values].sort((a: number, b: number) => b - a));
  });

  it('lists the regions of the day: 21 units in 2022-11, with abai, jetisu and ulytau', async () => {
    const { body } = await getJson(app, '/v1/elections/2022-presidential/turnout?limit=100');
    expect(body.total).toBe(21);
    expect(body.data.map((r: any) => r.region_id)).toEqual(
      expect.arrayContaining(['abai', 'jetisu', 'ulytau', 'abroad']),
    );
  });

  it('filters one region and serves CSV with the national row first', async () => {
    const { body } = await getJson(app, '/v1/elections/2023-mazhilis/turnout?region=kyzylorda');
    expect(body.data).toHaveLength(1);
    const csv = await app.inject({ url: '/v1/elections/2023-mazhilis/turnout?region=kyzylorda&format=csv' });
    const lines = csv.body.trim().split('\n');
    expect(lines[0]).toMatch(/^region_id,region_name,region_name_lang,registered_voters,/);
    expect(lines[1]).toMatch(/^,Kazakhstan,en,12035578,/);
    expect(lines[2]).toMatch(/^kyzylorda,/);
  });
});

describe('GET /v1/elections/{id}/seats', () => {
  it('gives the 2023 seats per party and tier with the chamber', async () => {
    const { body } = await getJson(app, '/v1/elections/2023-mazhilis/seats');
    expect(body.chamber).toMatchObject({
      seats_total: { value: 98 },
      seats_party_list: { value: 69 },
      seats_district: { value: 29 },
      threshold_pct: { value: 5 },
    });
    const amanat = body.data.find((r: any) => r.holder_id === 'amanat');
    expect(amanat).toMatchObject({
      party_list: { value: 40 },
      district: { value: 22 },
      total: { value: 62, status: 'final' },
    });
    expect(body.data.find((r: any) => r.holder_id === 'independent')).toMatchObject({
      holder_kind: 'self-nominated',
      district: { value: 7 },
    });
    const listSum = body.data.reduce((n: number, r: any) => n + (r.party_list.value ?? 0), 0);
    expect(listSum).toBe(69);
  });

  it('gives the 2021 Assembly tier and no invented seats for parties below the threshold', async () => {
    const { body } = await getJson(app, '/v1/elections/2021-mazhilis/seats');
    expect(body.data.find((r: any) => r.holder_id === 'assembly-of-people').assembly.value).toBe(9);
    const auyl = body.data.find((r: any) => r.holder_id === 'auyl');
    expect(auyl.party_list).toMatchObject({ value: null, claim_id: null });
    expect(auyl.party_list.missing_reason).toBeTruthy();
  });

  it('is an empty list with reasons for a vote that fills no seats', async () => {
    const { status, body } = await getJson(app, '/v1/elections/2022-referendum/seats');
    expect(status).toBe(200);
    expect(body.data).toEqual([]);
    expect(body.chamber.seats_total.missing_reason).toMatch(/referendum/i);
  });
});

describe('GET /v1/elections/{id}/districts', () => {
  it('lists 29 districts in 2023 with the 8 known winners', async () => {
    const { body } = await getJson(app, '/v1/elections/2023-mazhilis/districts?limit=100');
    expect(body.total).toBe(29);
    expect(body.data.filter((d: any) => d.winner.name.value !== null)).toHaveLength(8);
    expect(body.data.find((d: any) => d.number === 12)).toMatchObject({
      party_id: { value: 'independent' },
      winner: { candidate_id: 'qasqaraurov-daniar' },
    });
  });

  it('filters by region and is empty, not an error, for votes without districts', async () => {
    const almaty = await getJson(app, '/v1/elections/2023-mazhilis/districts?region=almaty-city');
    expect(almaty.body.data.map((d: any) => d.number)).toEqual([3, 4, 5]);
    const none = await getJson(app, '/v1/elections/2019-presidential/districts');
    expect(none.status).toBe(200);
    expect(none.body).toMatchObject({ data: [], total: 0 });
  });
});
