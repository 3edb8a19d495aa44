/** Smoke test of the TypeScript client against a running server at KZ_API_URL. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ProblemError, createKzClient, unwrap, type ElectionSummary, type ResultRow } from '../src/index.js';

const baseUrl = process.env.KZ_API_URL;
if (!baseUrl) throw new Error('set KZ_API_URL to the base URL of a running server, e.g. http://127.0.0.1:3000');
const api = createKzClient(baseUrl);

test('listElections lists the five votes', async () => {
  const list = await unwrap(api.GET('/v1/elections'));
  const ids = list.data.map((e: ElectionSummary) => e.id);
  assert.equal(list.total, 5);
  assert.ok(ids.includes('2022-presidential'), ids.join(','));
});

test('listElectionResults: Tokayev has 6456393 votes in 2022', async () => {
  const results = await unwrap(
    api.GET('/v1/elections/{election_id}/results', { params: { path: { election_id: '2022-presidential' } } }),
  );
  const tokayev = results.data.find((r: ResultRow) => r.contestant_id === 'tokayev-kassym-jomart');
  assert.ok(tokayev, 'tokayev-kassym-jomart is in the results');
  assert.equal(tokayev.votes.value, 6456393);
  assert.equal(tokayev.votes.status, 'final');
});

test('getElection: an unknown id is a typed problem (election-not-found)', async () => {
  const { data, error, response } = await api.GET('/v1/elections/{election_id}', {
    params: { path: { election_id: 'does-not-exist' } },
  });
  assert.equal(data, undefined);
  assert.equal(response.status, 404);
  assert.equal(error?.code, 'election-not-found');

  await assert.rejects(
    unwrap(api.GET('/v1/elections/{election_id}', { params: { path: { election_id: 'does-not-exist' } } })),
    (err: unknown) => {
      assert.ok(err instanceof ProblemError);
      assert.equal(err.status, 404);
      assert.equal(err.code, 'election-not-found');
      assert.equal(err.problem.instance, '/v1/elections/does-not-exist');
      return true;
    },
  );
});

test('listElections as CSV (?format=csv and Accept: text/csv)', async () => {
  const byQuery = await unwrap(api.GET('/v1/elections', { params: { query: { format: 'csv' } }, parseAs: 'text' }));
  assert.match(byQuery.split('\n')[0] ?? '', /^id,kind,name,date/);

  const byAccept = await unwrap(api.GET('/v1/elections', { headers: { Accept: 'text/csv' }, parseAs: 'text' }));
  assert.match(byAccept.split('\n')[0] ?? '', /^id,kind,name,date/);
});
