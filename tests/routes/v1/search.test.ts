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

interface Hit {
  type: string;
  id: string;
  name: string;
  matched_alias: string;
  score: number;
  href: string | null;
}
const search = async (q: string, extra = '') => getJson(app, `/v1/search?q=${encodeURIComponent(q)}${extra}`);

describe('GET /v1/search', () => {
  it.each([
    ['Токаев', 'candidate', 'tokayev-kassym-jomart', '/v1/candidates/tokayev-kassym-jomart'],
    ['Toqaev', 'candidate', 'tokayev-kassym-jomart', '/v1/candidates/tokayev-kassym-jomart'],
    ['tokayev', 'candidate', 'tokayev-kassym-jomart', '/v1/candidates/tokayev-kassym-jomart'],
    ['Нұр Отан', 'party', 'nur-otan', '/v1/parties/nur-otan'],
    ['Nur-Sultan', 'region', 'astana', '/v1/regions/astana'],
    ['Zhetysu', 'region', 'jetisu', '/v1/regions/jetisu'],
    ['Aq Jol', 'party', 'ak-zhol', '/v1/parties/ak-zhol'],
    ['Mazhilis 2023', 'election', '2023-mazhilis', '/v1/elections/2023-mazhilis'],
  ])('finds %s as the best match', async (q, type, id, href) => {
    const { status, body } = await search(q);
    expect(status).toBe(200);
    expect(body.query).toBe(q);
    expect(body.data[0]).toMatchObject({ type, id, href, score: 3 });
  });

  it('names entities in English and shows the spelling that matched', async () => {
    const { body } = await search('Токаев');
    expect(body.data[0]).toMatchObject({ name: 'Kassym-Jomart Tokayev', matched_alias: 'Токаев' });
    const astana = (await search('Nur-Sultan')).body.data[0];
    expect(astana).toMatchObject({ name: 'Astana', matched_alias: 'Nur-Sultan' });
  });

  it('finds special contestants, without an href', async () => {
    const { body } = await search('against all');
    expect(body.data).toContainEqual(
      expect.objectContaining({ type: 'contestant', id: 'against-all', name: 'Against all', href: null }),
    );
    const independent = (await search('self-nominated', '&type=contestant')).body.data;
    expect(independent).toEqual([
      expect.objectContaining({ id: 'independent', name: 'Self-nominated (independent) candidates' }),
    ]);
  });

  it('ranks exact before prefix before substring, then by name', async () => {
    const { body } = await search('almaty');
    const scores = body.data.map((h: Hit) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(body.data[0]).toMatchObject({ id: 'almaty-city', score: 3 });
    expect(body.data.find((h: Hit) => h.id === 'almaty-region').score).toBe(2);
  });

  it('filters by type and pages with limit and offset', async () => {
    const all = (await search('a', '&limit=50')).body;
    expect(all.total).toBeGreaterThan(10);
    const page = (await search('a', '&limit=2&offset=3')).body;
    expect(page).toMatchObject({ total: all.total, limit: 2, offset: 3 });
    expect(page.data).toEqual(all.data.slice(3, 5));
    const regions = (await search('a', '&type=region&limit=50')).body;
    expect(regions.data.length).toBeGreaterThan(0);
    expect(regions.data.every((h: Hit) => h.type === 'region')).toBe(true);
  });

  it('requires every word to match', async () => {
    const { body } = await search('Tokayev Zhetysu');
    expect(body).toMatchObject({ total: 0, data: [] });
  });

  it('serves CSV', async () => {
    const res = await request(app.server).get('/v1/search?q=Zhetysu&format=csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.text.split('\n')[0]).toBe('type,id,name,name_lang,matched_alias,score,href');
    expect(res.text).toContain('region,jetisu,');
  });

  it('answers a query of punctuation only with no hits, not an error', async () => {
    const { status, body } = await getJson(app, '/v1/search?q=%21%3F%20-');
    expect(status).toBe(200);
    expect(body).toMatchObject({ data: [], total: 0 });
  });

  it.each([
    ['/v1/search', 'q'],
    ['/v1/search?q=', 'q'],
    [`/v1/search?q=${'a'.repeat(101)}`, 'q'],
    ['/v1/search?q=tokayev&limit=0', 'limit'],
    ['/v1/search?q=tokayev&limit=51', 'limit'],
    ['/v1/search?q=tokayev&type=person', 'type'],
    ['/v1/search?q=tokayev&fuzzy=1', 'fuzzy'],
  ])('rejects %s naming the parameter', async (url, name) => {
    const { status, body } = await getJson(app, url);
    expect(status).toBe(400);
    expect(body).toMatchObject({
      code: 'invalid-parameter',
      errors: [expect.objectContaining({ location: 'query', name })],
    });
  });
});

describe('guessed ids guide instead of refusing', () => {
  it.each([
    ['/v1/regions/almaty', 'region-not-found', ['almaty-city', 'almaty-region']],
    ['/v1/elections/2022', 'election-not-found', ['2022-referendum', '2022-presidential']],
    ['/v1/elections/2022/results', 'election-not-found', ['2022-referendum', '2022-presidential']],
    ['/v1/candidates/tokaev', 'candidate-not-found', ['tokayev-kassym-jomart']],
    ['/v1/candidates?election=2023', 'election-not-found', ['2023-mazhilis']],
  ])('%s answers 404 %s with did_you_mean', async (url, code, expected) => {
    const { status, body } = await getJson(app, url);
    expect(status).toBe(404);
    expect(body.code).toBe(code);
    expect([...body.did_you_mean].sort()).toEqual([...expected].sort());
    expect(body.detail).toContain('Did you mean');
  });

  it('suggests nothing rather than noise for an id with no close match', async () => {
    const { body } = await getJson(app, '/v1/regions/zzzz');
    expect(body.code).toBe('region-not-found');
    expect(body.did_you_mean).toEqual([]);
  });
});
