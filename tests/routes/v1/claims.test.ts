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
