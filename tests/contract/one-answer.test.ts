import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  RESULT_COLUMNS,
  SEAT_COLUMNS,
  TURNOUT_COLUMNS,
  ABROAD_ELECTION_METRICS,
} from '../../src/domain/metric-columns.js';
import { buildTestApp, getJson } from '../helpers/test-app.js';

/**
 * One figure, one answer: wherever two endpoints show the same figure they agree in value, status and claim;
 * and every `claim_id` served leads to a claim of the figure's own metric (a value resting on a claim of
 * another kind says so in `derived_from` instead).
 */
let app: FastifyInstance;
let votes: { id: string }[];
beforeAll(async () => {
  app = await buildTestApp();
  votes = (await getJson(app, '/v1/elections')).body.data;
});
afterAll(async () => {
  await app.close();
});

type Figure = { value: unknown; status: string | null; claim_id: string | null; source_ids: string[] };
const same = (f: Figure) => ({ value: f.value, status: f.status, claim_id: f.claim_id, source_ids: f.source_ids });
const TURNOUT_FIELDS = ['registered_voters', 'voters_participated', 'turnout_pct', 'polling_stations'] as const;

describe('one figure, one answer', () => {
  it('the election detail and the turnout rows agree on national and abroad figures', async () => {
    let compared = 0;
    for (const { id } of votes) {
      const detail = (await getJson(app, `/v1/elections/${id}`)).body;
      const turnout = (await getJson(app, `/v1/elections/${id}/turnout?region=abroad`)).body;
      for (const field of TURNOUT_FIELDS) {
        expect(same(detail.abroad[field]), `${id} abroad ${field}`).toEqual(same(turnout.data[0][field]));
        expect(same(detail.national_turnout[field]), `${id} national ${field}`).toEqual(same(turnout.national[field]));
        compared += 2;
      }
      expect(same(detail.turnout_pct), `${id} turnout_pct`).toEqual(same(detail.national_turnout.turnout_pct));
    }
    expect(compared).toBe(votes.length * TURNOUT_FIELDS.length * 2);
  });

  it("a region page and each vote's turnout row agree", async () => {
    const regions = (await getJson(app, '/v1/regions?limit=500')).body.data as { id: string }[];
    for (const { id: region } of regions) {
      const detail = (await getJson(app, `/v1/regions/${region}`)).body;
      for (const t of detail.turnout as ({ election_id: string } & Record<string, Figure>)[]) {
        const row = (await getJson(app, `/v1/elections/${t.election_id}/turnout?region=${region}`)).body.data[0];
        for (const field of TURNOUT_FIELDS)
          expect(same(t[field]!), `${region} ${t.election_id} ${field}`).toEqual(same(row[field]));
      }
    }
  });

  it('the seats endpoint and the election detail agree on the chamber', async () => {
    for (const { id } of votes) {
      const detail = (await getJson(app, `/v1/elections/${id}`)).body;
      const seats = (await getJson(app, `/v1/elections/${id}/seats`)).body;
      for (const field of Object.keys(seats.chamber)) {
        expect(same(seats.chamber[field]), `${id} ${field}`).toEqual(same(detail.chamber[field]));
      }
    }
  });

  it("a candidate's candidacies and the vote's results agree", async () => {
    const candidates = (await getJson(app, '/v1/candidates?limit=500')).body.data as { id: string }[];
    let compared = 0;
    for (const { id } of candidates) {
      const detail = (await getJson(app, `/v1/candidates/${id}`)).body;
      for (const c of detail.candidacies) {
        const results = (await getJson(app, `/v1/elections/${c.election.id}/results?contest=${c.contest}&limit=500`))
          .body;
        const row = results.data.find((r: { contestant_id: string }) => r.contestant_id === id);
        if (!row) continue; // a district winner without a results line: nothing to compare
        for (const field of ['votes', 'pct', 'rank', 'elected'])
          expect(same(c[field]), `${id} ${field}`).toEqual(same(row[field]));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(10);
  });
});

/** The claim metrics each API field may come from, from the one declaration the loader uses. */
const metricsOf: Record<string, readonly string[]> = {
  votes: RESULT_COLUMNS.votes,
  pct: RESULT_COLUMNS.pct,
  pct_of_valid_ballots: RESULT_COLUMNS.pctOfValid,
  rank: RESULT_COLUMNS.rank,
  elected: RESULT_COLUMNS.elected,
  list_candidates: RESULT_COLUMNS.listCandidates,
  registered_voters: [...TURNOUT_COLUMNS.registeredVoters, ABROAD_ELECTION_METRICS.registeredVoters],
  voters_participated: [...TURNOUT_COLUMNS.votersParticipated, ABROAD_ELECTION_METRICS.votersParticipated],
  turnout_pct: [...TURNOUT_COLUMNS.turnoutPct, ABROAD_ELECTION_METRICS.turnoutPct],
  polling_stations: [...TURNOUT_COLUMNS.pollingStations, ABROAD_ELECTION_METRICS.pollingStations],
  valid_ballots: TURNOUT_COLUMNS.validBallots,
  invalid_ballots: TURNOUT_COLUMNS.invalidBallots,
  party_list: SEAT_COLUMNS.partyList,
  seats_party_list: SEAT_COLUMNS.partyList,
  district: SEAT_COLUMNS.district,
  seats_district: SEAT_COLUMNS.district,
  assembly: SEAT_COLUMNS.assembly,
  seats_assembly: SEAT_COLUMNS.assembly,
  total: SEAT_COLUMNS.total,
  seats_total: SEAT_COLUMNS.total,
  threshold_pct: ['threshold_pct'],
};

/** Every figure in a response, with the field name it is served under. */
function figures(
  value: unknown,
  field = '',
  out: [string, Figure & { derived_from?: { claim_id: string } | null }][] = [],
) {
  if (Array.isArray(value)) value.forEach((v) => figures(v, field, out));
  else if (value && typeof value === 'object') {
    if ('claim_id' in value && 'missing_reason' in value) out.push([field, value as unknown as Figure]);
    else for (const [k, v] of Object.entries(value)) figures(v, k, out);
  }
  return out;
}

describe("every claim id served leads to a claim of the figure's own metric", () => {
  it('across the results, turnout, seats and detail of every vote', async () => {
    const claimMetric = new Map<string, string>();
    const metricOf = async (id: string) => {
      if (!claimMetric.has(id))
        claimMetric.set(id, (await getJson(app, `/v1/claims/${encodeURIComponent(id)}`)).body.metric);
      return claimMetric.get(id)!;
    };
    let checked = 0;
    let derived = 0;
    const candidates = (await getJson(app, '/v1/candidates?limit=500')).body.data as { id: string }[];
    const urls = [
      ...votes.flatMap(({ id }) => [
        `/v1/elections/${id}`,
        `/v1/elections/${id}/results?limit=500`,
        `/v1/elections/${id}/turnout?limit=500`,
        `/v1/elections/${id}/seats`,
      ]),
      // Candidacies cover the other contests: the 2021 Assembly vote and the 2023 districts.
      ...candidates.map(({ id }) => `/v1/candidates/${id}`),
    ];
    {
      for (const url of urls) {
        for (const [field, figure] of figures((await getJson(app, url)).body)) {
          const allowed = metricsOf[field];
          if (!allowed) continue;
          if (figure.claim_id) {
            expect(allowed, `${url} ${field} ${figure.claim_id}`).toContain(await metricOf(figure.claim_id));
            checked++;
          }
          if (figure.derived_from) {
            expect(figure.claim_id).toBeNull();
            expect(await metricOf(figure.derived_from.claim_id)).not.toBe(field);
            derived++;
          }
        }
      }
    }
    console.log(
      `claim ids: ${checked} figures lead to a claim of their own metric; ${derived} are derived_from another`,
    );
    expect(checked).toBeGreaterThan(200);
    expect(derived).toBeGreaterThan(0);
  });
});
