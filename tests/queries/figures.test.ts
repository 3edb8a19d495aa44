import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, getJson } from '../helpers/test-app.js';

/** A null figure says why, in words and as a stable code: unknown is not the same as impossible. */
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

const row = (body: { data: { contestant_id?: string; region_id?: string }[] }, id: string) =>
  body.data.find((r) => r.contestant_id === id || r.region_id === id) as Record<
    string,
    { missing_kind: string | null }
  >;

describe('missing figures', () => {
  it("a figure that cannot exist is not-applicable: a referendum option's rank, a presidential election's seats", async () => {
    const referendum = (await getJson(app, '/v1/elections/2022-referendum/results')).body;
    expect(row(referendum, 'yes').rank).toMatchObject({ value: null, missing_kind: 'not-applicable' });
    const presidential = (await getJson(app, '/v1/elections/2019-presidential')).body;
    expect(presidential.chamber.seats_total).toMatchObject({ value: null, missing_kind: 'not-applicable' });
    expect(presidential.chamber.threshold_pct.missing_kind).toBe('not-applicable');
  });

  it('a figure no source states is not-found-in-sources, with the recorded reason', async () => {
    const { body } = await getJson(app, '/v1/elections/2022-presidential');
    expect(body.national_turnout.valid_ballots).toMatchObject({
      value: null,
      missing_kind: 'not-found-in-sources',
      missing_reason: expect.stringMatching(/valid ballots/),
    });
  });

  it('a figure published only in another form is not-published', async () => {
    const { body } = await getJson(app, '/v1/elections/2022-presidential/turnout?limit=500');
    const atyrau = row(body, 'atyrau');
    expect(atyrau.polling_stations).toMatchObject({ missing_kind: 'not-published' });
  });

  it('a series no source gives is not-in-series, and a known figure has no kind', async () => {
    const { body } = await getJson(app, '/v1/elections/2019-presidential?status=preliminary');
    const fields = Object.values(body.national_turnout) as { value: unknown; missing_kind: string | null }[];
    expect(fields.some((f) => f.missing_kind === 'not-in-series')).toBe(true);
    for (const f of fields) expect(f.missing_kind === null).toBe(f.value !== null);
  });
});
