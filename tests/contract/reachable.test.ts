import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ABROAD_ELECTION_METRICS, TURNOUT_COLUMNS } from '../../src/domain/metric-columns.js';
import { buildTestApp, getJson } from '../helpers/test-app.js';

/**
 * The audit behind "every accepted figure where a reader looks for it": each accepted claim of the store must
 * be served, by its claim id, by an endpoint a reader would open for its vote (the vote, its results per
 * contest and region, its turnout, seats and districts), not only by /v1/claims/{id}.
 */
let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

/** Every claim id a response serves: figures' claim_id, derived_from and other figures. */
function claimIds(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) value.forEach((v) => claimIds(v, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k.endsWith('claim_id') && typeof v === 'string') out.add(v);
      else claimIds(v, out);
    }
  }
  return out;
}

interface Claim {
  id: string;
  election_id: string;
  subject_type: string;
  subject_id: string;
  metric: string;
  value: unknown;
}

/**
 * Abroad is stated twice in the sources, as a region and as a line of the vote's statement: one figure under two
 * keys. The API serves one claim for both places; its twin counts as served when it states the same value.
 */
const ABROAD_TWIN = new Map<string, string>(
  (Object.entries(ABROAD_ELECTION_METRICS) as [keyof typeof ABROAD_ELECTION_METRICS, string][]).flatMap(
    ([column, electionMetric]) => {
      const regionMetric = TURNOUT_COLUMNS[column][0];
      return [
        [`election|${electionMetric}`, `region|abroad|${regionMetric}`],
        [`region|abroad|${regionMetric}`, `election|${electionMetric}`],
      ];
    },
  ),
);
const twinKey = (c: Claim) =>
  ABROAD_TWIN.get(
    c.subject_type === 'election' ? `election|${c.metric}` : `${c.subject_type}|${c.subject_id}|${c.metric}`,
  );
const keyOf = (c: Claim) =>
  c.subject_type === 'election' ? `election|${c.metric}` : `${c.subject_type}|${c.subject_id}|${c.metric}`;

async function allAccepted(): Promise<Claim[]> {
  const out: Claim[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = (await getJson(app, `/v1/claims?disposition=accepted&limit=500&offset=${offset}`)).body;
    out.push(...page.data);
    if (out.length >= page.total) return out;
  }
}

describe('every accepted figure is served where a reader looks for it', () => {
  it("finds each accepted claim of each vote at the vote's own endpoints", async () => {
    const accepted = await allAccepted();
    const votes = [...new Set(accepted.map((c) => c.election_id))];
    const missing: string[] = [];
    for (const vote of votes) {
      const detail = (await getJson(app, `/v1/elections/${vote}`)).body;
      const turnout = (await getJson(app, `/v1/elections/${vote}/turnout?limit=500`)).body;
      const responses: unknown[] = [
        detail,
        turnout,
        (await getJson(app, `/v1/elections/${vote}/seats`)).body,
        (await getJson(app, `/v1/elections/${vote}/districts?limit=500`)).body,
      ];
      for (const contest of detail.contests as { id: string }[]) {
        responses.push((await getJson(app, `/v1/elections/${vote}/results?contest=${contest.id}&limit=500`)).body);
      }
      for (const row of turnout.data as { region_id: string }[]) {
        responses.push((await getJson(app, `/v1/elections/${vote}/results?region=${row.region_id}&limit=500`)).body);
      }
      const served = new Set<string>();
      for (const r of responses) claimIds(r, served);
      const ofVote = accepted.filter((a) => a.election_id === vote);
      for (const c of ofVote) {
        if (served.has(c.id)) continue;
        const twin = ofVote.find((t) => keyOf(t) === twinKey(c));
        if (twin && served.has(twin.id) && twin.value === c.value) continue;
        missing.push(c.id);
      }
    }
    console.log(`reachable: ${accepted.length - missing.length} of ${accepted.length} accepted claims`);
    expect(missing).toEqual([]);
    expect(accepted.length).toBeGreaterThan(400);
  });
});
