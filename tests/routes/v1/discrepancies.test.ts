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

interface Item {
  election_id: string;
  subject_type: string;
  subject_id: string;
  metric: string;
  unit: string;
  accepted: { claim_id: string; value: number | string; status: string; source_id: string };
  claims: {
    claim_id: string;
    value: number | string;
    status: string;
    disposition: string;
    source_id: string;
    reason: string;
  }[];
}
const find = (data: Item[], election: string, subject: string, metric: string) =>
  data.find((d) => d.election_id === election && d.subject_id === subject && d.metric === metric);

describe('GET /v1/discrepancies', () => {
  it('includes the 2019 registered voters, accepted 11960364 beside the preliminary and register figures', async () => {
    const { status, body } = await getJson(
      app,
      '/v1/discrepancies?election=2019-presidential&metric=registered_voters',
    );
    expect(status).toBe(200);
    const item = find(body.data, '2019-presidential', '2019-presidential', 'registered_voters')!;
    expect(item).toMatchObject({
      subject_type: 'election',
      unit: 'count',
      accepted: {
        claim_id: '2019-presidential:election:2019-presidential:registered_voters:final:nineoclock-919933',
        value: 11960364,
        status: 'final',
        source_id: 'nineoclock-919933',
      },
    });
    expect(item.claims).toHaveLength(8);
    expect(item.claims[0]).toMatchObject({ disposition: 'accepted', value: 11960364 });
    expect(new Set(item.claims.map((c) => c.value))).toEqual(new Set([11960364, 11947995, 11814019]));
    expect(item.claims.find((c) => c.source_id === 'electionguide-2a8c6c')!.reason).toMatch(/State Register/);
  });

  it('includes the 2019 erratum for Daniya Yespayeva, 464714 against the accepted 465714', async () => {
    const { body } = await getJson(
      app,
      '/v1/discrepancies?election=2019-presidential&subject_type=contestant&metric=votes',
    );
    const item = find(body.data, '2019-presidential', 'yespayeva-daniya', 'votes')!;
    expect(item.accepted.value).toBe(465714);
    expect(item.claims).toContainEqual(
      expect.objectContaining({
        value: 464714,
        disposition: 'erratum',
        source_id: 'wikipedia-it-84da14',
      }),
    );
    expect(body.data.every((d: Item) => d.subject_type === 'contestant' && d.metric === 'votes')).toBe(true);
  });

  it('lists only figures whose claims disagree on value or status', async () => {
    const { body } = await getJson(app, '/v1/discrepancies?limit=500');
    expect(body.total).toBe(body.data.length);
    for (const d of body.data as Item[]) {
      const values = new Set(d.claims.map((c) => String(c.value)));
      const statuses = new Set(d.claims.map((c) => c.status));
      expect(values.size > 1 || statuses.size > 1).toBe(true);
      expect(d.claims.filter((c) => c.disposition === 'accepted')).toHaveLength(1);
    }
    // 2019 comes first: items are in the order of the votes.
    expect(body.data[0].election_id).toBe('2019-presidential');
  });

  it('keeps only figures with an erratum for ?disposition=erratum', async () => {
    const { body } = await getJson(app, '/v1/discrepancies?disposition=erratum&limit=500');
    expect(body.total).toBeGreaterThan(0);
    expect(body.data.every((d: Item) => d.claims.some((c) => c.disposition === 'erratum'))).toBe(true);
    expect(find(body.data, '2019-presidential', 'yespayeva-daniya', 'votes')).toBeDefined();
    expect(find(body.data, '2019-presidential', '2019-presidential', 'registered_voters')).toBeUndefined();
  });

  it('pages with limit and offset', async () => {
    const all = await getJson(app, '/v1/discrepancies?limit=500');
    const page = await getJson(app, '/v1/discrepancies?limit=3&offset=2');
    expect(page.body).toMatchObject({ total: all.body.total, limit: 3, offset: 2 });
    expect(page.body.data).toEqual(all.body.data.slice(2, 5));
  });

  it('serves CSV with one line per claim and the figure key repeated', async () => {
    const res = await request(app.server)
      .get('/v1/discrepancies?election=2019-presidential&metric=registered_voters')
      .set('Accept', 'text/csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    const lines = res.text.trim().split('\n');
    expect(lines[0]).toBe(
      'election_id,subject_type,subject_id,metric,unit,accepted_claim_id,accepted_value,claim_id,value,status,disposition,source_id,reason',
    );
    expect(
      lines
        .slice(1)
        .filter((l) => l.startsWith('2019-presidential,election,2019-presidential,registered_voters,count,')),
    ).toHaveLength(8);
    expect(res.text).toContain(',11814019,unknown,alternative,electionguide-2a8c6c,');
  });

  it.each([
    ['/v1/discrepancies?limit=0', 'limit'],
    ['/v1/discrepancies?disposition=typo', 'disposition'],
    ['/v1/discrepancies?subject_type=person', 'subject_type'],
    ['/v1/discrepancies?election=Mazhilis 2024', 'election'],
    ['/v1/discrepancies?sort=metric', 'sort'],
  ])('rejects %s naming the parameter', async (url, name) => {
    const { status, body } = await getJson(app, url);
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'invalid-parameter', errors: [expect.objectContaining({ name })] });
  });
});
