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

const TOKAYEV_2022 = '2022-presidential:contestant:tokayev-kassym-jomart:votes:final:kazinform-c05326';

describe('GET /v1/claims/{claim_id}', () => {
  it('gives the 2022 Tokayev vote count as a number, with its source and the superseded preliminary figure', async () => {
    const { status, body } = await getJson(app, `/v1/claims/${TOKAYEV_2022}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: TOKAYEV_2022,
      election_id: '2022-presidential',
      subject_type: 'contestant',
      subject_id: 'tokayev-kassym-jomart',
      metric: 'votes',
      value: 6456393,
      unit: 'count',
      status: 'final',
      disposition: 'accepted',
      source: { id: 'kazinform-c05326', publisher: 'Kazinform', kind: 'state-media' },
      corroborating_source_ids: [],
    });
    expect(body.reason).toMatch(/^accepted/);
    expect(body.siblings).toEqual([
      expect.objectContaining({
        claim_id: '2022-presidential:contestant:tokayev-kassym-jomart:votes:preliminary:m24-fa6627',
        value: 6456392,
        status: 'preliminary',
        disposition: 'superseded',
        source_id: 'm24-fa6627',
      }),
    ]);
  });

  it('lists corroborating sources of an accepted claim', async () => {
    const { body } = await getJson(
      app,
      '/v1/claims/2019-presidential:contestant:yespayeva-daniya:votes:final:electionguide-2a8c6c',
    );
    expect(body.value).toBe(465714);
    expect(body.corroborating_source_ids).toEqual(expect.arrayContaining(['wikipedia-it-2fce0c', 'clevergeek-3f93ba']));
    expect(body.siblings[0].disposition).not.toBe('accepted');
    expect(body.siblings).toContainEqual(expect.objectContaining({ value: 464714, disposition: 'erratum' }));
  });

  it('keeps text and date values as text', async () => {
    const { body } = await getJson(
      app,
      '/v1/claims/2022-referendum:election:2022-referendum:amendments_in_force_date:final:dzhk-c5c930',
    );
    expect(body).toMatchObject({ value: '2022-06-08', unit: 'date' });
  });

  it('accepts a region_contestant id whose `/` is percent-encoded', async () => {
    const id = '2021-mazhilis:region_contestant:jambyl/nur-otan:pct:unknown:otyrar-365b32';
    const { status, body } = await getJson(app, `/v1/claims/${encodeURIComponent(id)}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ id, subject_id: 'jambyl/nur-otan', value: 80, unit: 'percent' });
  });

  it('answers an unknown claim with a 404 problem', async () => {
    const { status, headers, body } = await getJson(
      app,
      '/v1/claims/2022-presidential:contestant:nobody:votes:final:x',
    );
    expect(status).toBe(404);
    expect(headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(body.code).toBe('claim-not-found');
  });

  it('rejects an unknown query parameter', async () => {
    const { status, body } = await getJson(app, `/v1/claims/${TOKAYEV_2022}?verbose=1`);
    expect(status).toBe(400);
    expect(body).toMatchObject({ code: 'invalid-parameter', errors: [{ location: 'query', name: 'verbose' }] });
  });
});

describe('GET /v1/claims', () => {
  const figure =
    '/v1/claims?election=2019-presidential&subject_type=election&subject=2019-presidential&metric=registered_voters';

  it('lists every claim behind one figure, accepted first, each with its source', async () => {
    const { status, body } = await getJson(app, figure);
    expect(status).toBe(200);
    // Every claim the store holds for the figure: the list and a claim's own siblings agree.
    const accepted = body.data[0];
    expect(accepted.disposition).toBe('accepted');
    const detail = (await getJson(app, `/v1/claims/${encodeURIComponent(accepted.id)}`)).body;
    expect(body.total).toBe(detail.siblings.length + 1);
    expect(new Set(body.data.map((c: { disposition: string }) => c.disposition))).toEqual(
      new Set(['accepted', ...detail.siblings.map((c: { disposition: string }) => c.disposition)]),
    );
    expect(body.data.every((c: { source: { id: string; url: string } }) => c.source.id && c.source.url)).toBe(true);
  });

  it('filters by disposition and pages in a stable order', async () => {
    const errata = (await getJson(app, '/v1/claims?disposition=erratum&limit=500')).body;
    expect(errata.total).toBeGreaterThan(0);
    expect(errata.data.every((c: { disposition: string }) => c.disposition === 'erratum')).toBe(true);
    const first = (await getJson(app, '/v1/claims?limit=3')).body;
    const next = (await getJson(app, '/v1/claims?limit=3&offset=3')).body;
    expect(first.data.map((c: { id: string }) => c.id)).not.toEqual(next.data.map((c: { id: string }) => c.id));
  });

  it('answers CSV with a fixed header, and an unknown vote with election-not-found', async () => {
    const csv = await app.inject({ url: `${figure}&format=csv` });
    expect(csv.body.split('\n')[0]).toBe(
      'id,election_id,subject_type,subject_id,metric,value,unit,status,disposition,reason,source_id,source_url,source_title,source_publisher,source_kind',
    );
    expect((await getJson(app, '/v1/claims?election=2031-mazhilis')).body.code).toBe('election-not-found');
  });
});
