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

describe('GET /v1/elections', () => {
  it('lists the five votes in date order with headline turnout and provenance', async () => {
    const { status, body } = await getJson(app, '/v1/elections');
    expect(status).toBe(200);
    expect(body.total).toBe(5);
    expect(body.data.map((e: { id: string }) => e.id)).toEqual([
      '2019-presidential',
      '2021-mazhilis',
      '2022-referendum',
      '2022-presidential',
      '2023-mazhilis',
    ]);
    const e2021 = body.data[1];
    expect(e2021.turnout_pct).toMatchObject({ value: 63.25, status: 'final', source_ids: ['astanatimes-147e84'] });
    expect(e2021.seats_total.value).toBe(107);
  });

  it('says why a presidential vote has no seat total instead of serving 0', async () => {
    const { body } = await getJson(app, '/v1/elections?kind=presidential&sort=-date');
    expect(body.data.map((e: { id: string }) => e.id)).toEqual(['2022-presidential', '2019-presidential']);
    expect(body.data[0].seats_total).toMatchObject({ value: null, status: null, claim_id: null });
    expect(body.data[0].seats_total.missing_reason).toMatch(/no seats/i);
  });

  it('serves CSV through supertest with Accept: text/csv', async () => {
    const res = await request(app.server).get('/v1/elections').set('Accept', 'text/csv');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/);
    expect(res.text.split('\n')[0]).toMatch(
      /^id,kind,name,date,date_claim_id,system,result_status,seats_total,seats_total_status/,
    );
    expect(res.text).toContain('2023-mazhilis,mazhilis');
  });

  it('rejects an unknown parameter with a problem naming it', async () => {
    const { status, headers, body } = await getJson(app, '/v1/elections?colour=red');
    expect(status).toBe(400);
    expect(headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(body).toMatchObject({
      code: 'invalid-parameter',
      status: 400,
      errors: [{ location: 'query', name: 'colour' }],
    });
  });
});

describe('GET /v1/elections/{election_id}', () => {
  it('gives the 2022 presidential national figures with statuses and sources', async () => {
    const { status, body } = await getJson(app, '/v1/elections/2022-presidential');
    expect(status).toBe(200);
    expect(body.national_turnout.voters_participated).toMatchObject({ value: 8300046, status: 'final' });
    expect(body.national_turnout.registered_voters).toMatchObject({ value: 11953465, status: 'preliminary' });
    expect(body.national_turnout.valid_ballots.value).toBeNull();
    expect(body.national_turnout.valid_ballots.missing_reason).toMatch(/valid ballots/);
    expect(body.abroad.turnout_pct.value).toBe(88.47);
    expect(body.contests).toEqual([{ id: 'president', kind: 'president', district_number: null }]);
    expect(body.other_figures.find((f: { metric: string }) => f.metric === 'inauguration_date')).toMatchObject({
      value: '2022-11-26',
      unit: 'date',
    });
  });

  it('gives the 2023 chamber: 98 seats, 69 list, 29 districts, 5% threshold, and 29 district contests', async () => {
    const { body } = await getJson(app, '/v1/elections/2023-mazhilis');
    expect(body.chamber.seats_total.value).toBe(98);
    expect(body.chamber.seats_party_list.value).toBe(69);
    expect(body.chamber.seats_district.value).toBe(29);
    expect(body.chamber.threshold_pct.value).toBe(5);
    expect(body.contests.filter((c: { kind: string }) => c.kind === 'district')).toHaveLength(29);
  });

  it('records source arithmetic that does not add up as a data-quality flag, with what the store knows of it', async () => {
    const { body } = await getJson(app, '/v1/elections/2022-referendum');
    expect(body.data_quality).toEqual([expect.objectContaining({ check: 'votes-sum-vs-valid-ballots' })]);
    // The gap is the ballots with both options marked, which the API serves: the flag says so.
    const both = body.other_figures.find((f: { metric: string }) => f.metric === 'ballots_both_options_marked');
    expect(body.data_quality[0].detail).toContain(`difference -${both.value}`);
    expect(body.data_quality[0].detail).toMatch(/exactly the \d+ ballots with both options marked/);
  });

  it('serves the preliminary series where one exists and null where none does', async () => {
    const { body } = await getJson(app, '/v1/elections/2019-presidential?status=preliminary');
    expect(body.turnout_pct).toMatchObject({ value: 77.4, status: 'preliminary' });
    expect(body.national_turnout.valid_ballots.value).toBeNull();
  });

  it('answers an unknown election with a 404 problem', async () => {
    const { status, body } = await getJson(app, '/v1/elections/2020-presidential');
    expect(status).toBe(404);
    expect(body.code).toBe('election-not-found');
  });
});

describe('cite', () => {
  it("names the release and the sources stating most of the vote's accepted figures", async () => {
    const release = await getJson(app, '/v1/release');
    const { body } = await getJson(app, '/v1/elections/2022-presidential');
    expect(body.cite.release).toBe(release.body.id);
    expect(body.cite.text).toContain(release.body.id);
    expect(body.cite.source_ids.length).toBeGreaterThan(0);
    // The official results statement states more of this vote's figures than any other source.
    expect(body.cite.source_ids).toContain('kazinform-c05326');
    const claims = await getJson(app, '/v1/claims?election=2022-presidential&disposition=accepted&limit=500');
    const bySource = new Map<string, number>();
    for (const c of claims.body.data as { source: { id: string } }[])
      bySource.set(c.source.id, (bySource.get(c.source.id) ?? 0) + 1);
    const most = Math.max(...bySource.values());
    expect(bySource.get(body.cite.source_ids[0])).toBe(most);
    for (const id of body.cite.source_ids) {
      const source = await getJson(app, `/v1/sources/${id}`);
      expect(body.cite.text).toContain(source.body.url);
    }
  });
});
