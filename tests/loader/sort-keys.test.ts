import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DISPLAY_LANGS } from '../../src/domain/values.js';
import { buildTestApp, getJson } from '../helpers/test-app.js';

/*
 * The sort keys the loader precomputes (loader/derive-sort-keys) must order pages exactly as the names the API
 * shows: a key computed from another name (the plain one instead of the name of the day, English instead of
 * the asked language) shows up here as a page out of order.
 */

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

/** SQLite's binary order of text, for names in the Basic Multilingual Plane. */
const binary = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const VOTES = ['2019-presidential', '2021-mazhilis', '2022-referendum', '2022-presidential', '2023-mazhilis'];

describe('turnout sorted by region: the name shown on the day, in the asked language', () => {
  for (const lang of DISPLAY_LANGS) {
    it(`orders every vote's rows by the region_name it shows (lang=${lang}), and -region reverses it`, async () => {
      for (const vote of VOTES) {
        const up = await getJson(app, `/v1/elections/${vote}/turnout?sort=region&limit=100&lang=${lang}`);
        const down = await getJson(app, `/v1/elections/${vote}/turnout?sort=-region&limit=100&lang=${lang}`);
        expect(up.status).toBe(200);
        const names: string[] = up.body.data.map((r: { region_name: string }) => r.region_name);
        expect(names.length).toBeGreaterThan(15);
        expect(names).toEqual([...names].sort(binary));
        expect(down.body.data.map((r: { region_name: string }) => r.region_name)).toEqual([...names].reverse());
      }
    });
  }

  it('sorts 2019 by the name of the day (Nur-Sultan), not the plain name (Astana)', async () => {
    const { body } = await getJson(app, '/v1/elections/2019-presidential/turnout?sort=region&limit=100');
    const shown = body.data.map((r: { region_name: string }) => r.region_name);
    expect(shown).toContain('Nur-Sultan');
    expect(shown.indexOf('Nur-Sultan')).toBeGreaterThan(shown.indexOf('North Kazakhstan Region'));
  });
});

describe('candidates sorted by name, paged in SQL', () => {
  it('orders by English name then id as the API compares text, and -name reverses it', async () => {
    const up = await getJson(app, '/v1/candidates?limit=100');
    const down = await getJson(app, '/v1/candidates?limit=100&sort=-name');
    const rows: { id: string; names: { en: string } }[] = up.body.data;
    expect(rows.length).toBe(up.body.total);
    expect(rows).toEqual([...rows].sort((a, b) => a.names.en.localeCompare(b.names.en) || a.id.localeCompare(b.id)));
    expect(down.body.data).toEqual([...rows].reverse());
  });

  it('pages without gaps or repeats, filtered by vote too', async () => {
    for (const filter of ['', '&election=2019-presidential']) {
      const all = (await getJson(app, `/v1/candidates?limit=100${filter}`)).body.data.map((r: { id: string }) => r.id);
      expect(all.length).toBeGreaterThan(4);
      const paged: string[] = [];
      for (let offset = 0; offset < all.length; offset += 3)
        paged.push(
          ...(await getJson(app, `/v1/candidates?limit=3&offset=${offset}${filter}`)).body.data.map(
            (r: { id: string }) => r.id,
          ),
        );
      expect(paged).toEqual(all);
    }
  });
});
