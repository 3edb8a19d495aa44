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

type SourceRow = { id: string; kind: string; published_on: string | null };
const ids = (body: { data: SourceRow[] }) => body.data.map((s) => s.id);

describe('GET /v1/sources', () => {
  it('lists the sources by id with their fields, a page at a time', async () => {
    const { status, body } = await getJson(app, '/v1/sources?limit=5');
    expect(status).toBe(200);
    expect(body).toMatchObject({ limit: 5, offset: 0 });
    expect(body.total).toBeGreaterThan(200);
    expect(ids(body)).toEqual([...ids(body)].sort());
    expect(Object.keys(body.data[0])).toEqual([
      'id',
      'url',
      'title',
      'publisher',
      'kind',
      'description',
      'language',
      'published_on',
    ]);
    const next = await getJson(app, '/v1/sources?limit=5&offset=5');
    expect(ids(next.body)[0]! > ids(body).at(-1)!).toBe(true);
  });

  it('filters by kind', async () => {
    const { body } = await getJson(app, '/v1/sources?kind=official');
    expect(body.total).toBe(4);
    expect(body.data.every((s: SourceRow) => s.kind === 'official')).toBe(true);
  });

  it('keeps the sources cited by a claim about one vote', async () => {
    const { body } = await getJson(app, '/v1/sources?election=2019-presidential&limit=500');
    expect(ids(body)).toEqual(
      expect.arrayContaining(['nineoclock-919933', 'electionguide-2a8c6c', 'wikipedia-it-84da14']),
    );
    expect(ids(body)).not.toContain('kazinform-c05326');
    expect(body.total).toBe(body.data.length);
  });

  it('sorts by publication date, newest first, undated last', async () => {
    const { body } = await getJson(app, '/v1/sources?sort=-published_on&limit=500');
    const dates = body.data.map((s: SourceRow) => s.published_on);
    const dated = dates.filter((d: string | null) => d !== null);
    expect(dated).toEqual([...dated].sort().reverse());
    expect(dates.slice(dated.length).every((d: string | null) => d === null)).toBe(true);
    expect(dated.length).toBeGreaterThan(0);
  });

  it('serves CSV with ?format=csv', async () => {
    const res = await request(app.server).get('/v1/sources?kind=official&format=csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.text.trim().split('\n');
    expect(lines[0]).toBe('id,url,title,publisher,kind,description,language,published_on');
    expect(lines).toHaveLength(5);
  });

  it.each([
    ['/v1/sources?limit=0', 'limit'],
    ['/v1/sources?kind=blog', 'kind'],
    ['/v1/sources?election=2020_Presidential', 'election'],
    ['/v1/sources?sort=title', 'sort'],
    ['/v1/sources?colour=red', 'colour'],
  ])('rejects %s naming the parameter', async (url, name) => {
    const { status, body } = await getJson(app, url);
    expect(status).toBe(400);
    expect(body).toMatchObject({
      code: 'invalid-parameter',
      errors: [expect.objectContaining({ location: 'query', name })],
    });
  });
});

describe('GET /v1/sources/{source_id}', () => {
  it('gives a source with every claim that cites it, values as stored', async () => {
    const { status, body } = await getJson(app, '/v1/sources/kazinform-c05326');
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: 'kazinform-c05326',
      publisher: 'Kazinform',
      kind: 'state-media',
      language: 'en',
      published_on: '2022-11-22',
    });
    expect(body.claims).toContainEqual({
      claim_id: '2022-presidential:contestant:tokayev-kassym-jomart:votes:final:kazinform-c05326',
      election_id: '2022-presidential',
      subject_type: 'contestant',
      subject_id: 'tokayev-kassym-jomart',
      metric: 'votes',
      value: '6456393',
      unit: 'count',
      status: 'final',
      disposition: 'accepted',
    });
    expect(body.claims).toContainEqual(
      expect.objectContaining({
        subject_id: 'abden-karakat',
        metric: 'votes',
        value: '206000',
        disposition: 'erratum',
      }),
    );
    expect(body.claims.every((c: { claim_id: string }) => c.claim_id.endsWith(':kazinform-c05326'))).toBe(true);
  });

  it('answers an unknown source with a 404 problem', async () => {
    const { status, headers, body } = await getJson(app, '/v1/sources/no-such-source');
    expect(status).toBe(404);
    expect(headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(body.code).toBe('source-not-found');
  });

  it('rejects a malformed id and an unknown parameter', async () => {
    expect((await getJson(app, '/v1/sources/Not_A_Slug')).body).toMatchObject({
      status: 400,
      errors: [{ location: 'path', name: 'source_id' }],
    });
    expect((await getJson(app, '/v1/sources/kazinform-c05326?claims=0')).body).toMatchObject({
      status: 400,
      code: 'invalid-parameter',
    });
  });
});

describe('the seed articles', () => {
  it('have a web address (or none), never a local path, and a description for readers', async () => {
    const { body } = await getJson(app, '/v1/sources?kind=seed');
    expect(body.total).toBe(5);
    for (const s of body.data as { id: string; url: string | null; description: string | null }[]) {
      if (s.url !== null) expect(s.url, s.id).toMatch(/^https:\/\//);
      expect(s.description, s.id).toMatch(/\w{20,}|\w+ \w+ \w+/);
    }
    const byId = Object.fromEntries(body.data.map((s: { id: string }) => [s.id, s]));
    expect(byId['seed-000'].url).toBe('https://lens.civicus.org/a-new-kazakhstan-or-more-of-the-same/');
    // The Ottawa Life article names no address of its own: null, and the description says so.
    expect(byId['seed-002']).toMatchObject({ url: null });
    expect(byId['seed-002'].description).toMatch(/no web address/);
  });
});
