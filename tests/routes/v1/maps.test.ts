import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ElectionMap, ElectionTopology, RegionGeometry } from '../../../src/schemas/map.js';
import { buildTestApp, getJson } from '../../helpers/test-app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

type Feature = ElectionMap['features'][number];
const byId = (map: ElectionMap) => new Map(map.features.map((f) => [f.id, f]));

/** Every ring closed, at least four positions, every position inside Kazakhstan's box. */
function expectValidGeometry(feature: Feature) {
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  for (const ring of polygons.flat()) {
    expect(ring.length, feature.id).toBeGreaterThanOrEqual(4);
    expect(ring.at(-1), feature.id).toEqual(ring[0]);
    for (const [lon, lat] of ring) {
      expect(lon).toBeGreaterThan(46);
      expect(lon).toBeLessThan(88);
      expect(lat).toBeGreaterThan(40);
      expect(lat).toBeLessThan(56);
    }
  }
}

describe('GET /v1/elections/{id}/map', () => {
  it('draws 2019 on the 17 units of its day, Astana named Nur-Sultan, abroad left out', async () => {
    const res = await app.inject('/v1/elections/2019-presidential/map');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/geo\+json/);
    expect(res.headers.etag).toBeTruthy();
    const map = ElectionMap.parse(JSON.parse(res.body));
    expect(map.features).toHaveLength(17);
    expect(map.boundary_set.id).toBe('kz-adm1-2018');
    expect(map.attribution).toMatch(/geokz.*CC BY 4\.0.*OpenStreetMap/);
    const features = byId(map);
    expect(features.get('astana')!.properties.name).toBe('Nur-Sultan');
    expect(features.has('abroad')).toBe(false);
    expect(features.has('abai')).toBe(false);
    map.features.forEach(expectValidGeometry);
  });

  it('draws 2023 on the 20 units of its day, with Abai, Jetisu and Ulytau and Astana named Astana', async () => {
    const { body } = await getJson(app, '/v1/elections/2023-mazhilis/map');
    const features = byId(body);
    expect(body.features).toHaveLength(20);
    for (const id of ['abai', 'jetisu', 'ulytau']) expect(features.has(id), id).toBe(true);
    expect(features.get('astana')!.properties.name).toBe('Astana');
    (body as ElectionMap).features.forEach(expectValidGeometry);
  });

  it.each(['2019-presidential', '2021-mazhilis', '2022-referendum', '2022-presidential', '2023-mazhilis'])(
    'gives each region of %s the same turnout row as /turnout',
    async (vote) => {
      const [{ body: map }, { body: turnout }] = await Promise.all([
        getJson(app, `/v1/elections/${vote}/map`),
        getJson(app, `/v1/elections/${vote}/turnout?limit=500`),
      ]);
      const rows = new Map(turnout.data.map((r: { region_id: string }) => [r.region_id, r]));
      for (const f of (map as ElectionMap).features) expect(f.properties.turnout, f.id).toEqual(rows.get(f.id) ?? null);
    },
  );

  it('serves regional results where a source has them, with their provenance', async () => {
    const { body } = await getJson(app, '/v1/elections/2019-presidential/map');
    const withResults = (body as ElectionMap).features.filter((f) => f.properties.results.length > 0);
    for (const f of withResults) {
      const { body: direct } = await getJson(app, `/v1/elections/2019-presidential/results?region=${f.id}`);
      expect(f.properties.results).toEqual(direct.data);
    }
  });

  it('serves TopoJSON by Accept or ?format, with the same header fields and properties', async () => {
    const viaAccept = await app.inject({
      url: '/v1/elections/2022-presidential/map',
      headers: { accept: 'application/topo+json' },
    });
    expect(viaAccept.headers['content-type']).toMatch(/^application\/topo\+json/);
    const topo = ElectionTopology.parse(JSON.parse(viaAccept.body));
    expect(topo.objects.regions.geometries).toHaveLength(20);
    expect(topo.attribution).toMatch(/geokz/);
    const viaQuery = await app.inject('/v1/elections/2022-presidential/map?format=topojson');
    expect(viaQuery.body).toBe(viaAccept.body);
    const geo = await app.inject('/v1/elections/2022-presidential/map');
    expect(viaQuery.body.length).toBeLessThan(geo.body.length);
  });

  it('serves the full resolution on request, larger than the simplified one', async () => {
    const [simple, full] = await Promise.all([
      app.inject('/v1/elections/2021-mazhilis/map'),
      app.inject('/v1/elections/2021-mazhilis/map?resolution=full'),
    ]);
    expect(JSON.parse(full.body).resolution).toBe('full');
    expect(full.body.length).toBeGreaterThan(3 * simple.body.length);
  });

  it('names regions in the asked language on the day of the vote', async () => {
    const { body, headers } = await getJson(app, '/v1/elections/2019-presidential/map?lang=kk');
    expect(headers['content-language']).toBe('kk');
    expect(byId(body).get('astana')!.properties).toMatchObject({ name: 'Нұр-Сұлтан', name_lang: 'kk' });
  });

  it('answers 406 to an Accept it cannot serve', async () => {
    const res = await app.inject({ url: '/v1/elections/2019-presidential/map', headers: { accept: 'text/csv' } });
    expect(res.statusCode).toBe(406);
    expect(JSON.parse(res.body).code).toBe('not-acceptable');
  });
});

describe('GET /v1/regions/{id}/geometry', () => {
  it('serves an outline of the day with its boundary set and name of the day', async () => {
    const res = await app.inject('/v1/regions/astana/geometry?on=2020-01-01');
    const feature = RegionGeometry.parse(JSON.parse(res.body));
    expect(feature.properties).toMatchObject({ name: 'Nur-Sultan', on: '2020-01-01' });
    expect(feature.properties.boundary_set.id).toBe('kz-adm1-2018');
  });

  it('answers 404 geometry-not-found before a region existed and for abroad', async () => {
    for (const url of ['/v1/regions/abai/geometry?on=2019-06-09', '/v1/regions/abroad/geometry']) {
      const { status, body } = await getJson(app, url);
      expect(status, url).toBe(404);
      expect(body.code).toBe('geometry-not-found');
    }
    expect((await getJson(app, '/v1/regions/abai/geometry?on=2023-03-19')).status).toBe(200);
  });
});
