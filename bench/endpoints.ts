/** What the benchmark requests. Every path in openapi/openapi.json should appear in READ_ENDPOINTS (run.ts warns otherwise). */

export interface Endpoint {
  /** Short label for the table. */
  name: string;
  /** Path and query, as sent. */
  url: string;
  /** The OpenAPI path it exercises. */
  path: string;
}

/** (a) Every read path of the API with a representative query, plus one CSV variant. */
export function readEndpoints(claimId: string): Endpoint[] {
  const e = (name: string, url: string, path: string): Endpoint => ({ name, url, path });
  return [
    e('healthz', '/healthz', '/healthz'),
    e('readyz', '/readyz', '/readyz'),
    e('problem', '/problems/election-not-found', '/problems/{code}'),
    e('elections', '/v1/elections', '/v1/elections'),
    e('election', '/v1/elections/2022-presidential', '/v1/elections/{election_id}'),
    e('results', '/v1/elections/2022-presidential/results', '/v1/elections/{election_id}/results'),
    e('results csv', '/v1/elections/2022-presidential/results?format=csv', '/v1/elections/{election_id}/results'),
    e('turnout', '/v1/elections/2019-presidential/turnout?sort=-turnout_pct', '/v1/elections/{election_id}/turnout'),
    e('seats', '/v1/elections/2023-mazhilis/seats', '/v1/elections/{election_id}/seats'),
    e('districts', '/v1/elections/2023-mazhilis/districts', '/v1/elections/{election_id}/districts'),
    e('candidates', '/v1/candidates', '/v1/candidates'),
    e('candidate', '/v1/candidates/tokayev-kassym-jomart', '/v1/candidates/{candidate_id}'),
    e('parties', '/v1/parties', '/v1/parties'),
    e('party', '/v1/parties/amanat', '/v1/parties/{party_id}'),
    e('regions', '/v1/regions', '/v1/regions'),
    e('region', '/v1/regions/astana', '/v1/regions/{region_id}'),
    e('sources', '/v1/sources', '/v1/sources'),
    e('source', '/v1/sources/kazinform-c05326', '/v1/sources/{source_id}'),
    e('claim', `/v1/claims/${encodeURIComponent(claimId)}`, '/v1/claims/{claim_id}'),
    e('discrepancies', '/v1/discrepancies', '/v1/discrepancies'),
    e('search', '/v1/search?q=tokayev', '/v1/search'),
  ];
}

/** (a) in --quick mode: enough to show the harness works end to end. */
export const QUICK_NAMES = ['healthz', 'elections', 'results'];

/** (b) Revalidation: the same URL with If-None-Match set to its real ETag. */
export const REVALIDATE_NAMES = ['elections', 'results', 'turnout', 'candidate', 'discrepancies'];
export const QUICK_REVALIDATE_NAMES = ['elections'];

/** (c) Our endpoint and Datasette's equivalent table query (`{db}` is Datasette's database name). */
export const DATASETTE_PAIRS = [
  {
    name: 'turnout 2019',
    ours: '/v1/elections/2019-presidential/turnout',
    datasette: '/{db}/turnout.json?election_id=2019-presidential',
  },
  { name: 'regions', ours: '/v1/regions', datasette: '/{db}/regions.json' },
];

export type ScaleEndpoint = Endpoint & { scaleOnly?: boolean; note?: string };

/**
 * (e) List and filter endpoints (and the details that read big tables) run against the real and the
 * scaled store. URLs of the real votes answer the same bytes on both stores (the generator adds no rows
 * to them), so a slower answer on the scaled store is a query that reads more than its own rows.
 * `scaleOnly` URLs name synthetic rows and are measured on the scaled store alone.
 */
export function scaleEndpoints(claimId: string, synthetic: { electionId: string; areaId: string }): ScaleEndpoint[] {
  const e = (name: string, url: string, path: string, extra: { scaleOnly?: boolean; note?: string } = {}) => ({
    name,
    url,
    path,
    ...extra,
  });
  return [
    e('elections ?limit=5', '/v1/elections?limit=5', '/v1/elections', {
      note: 'limit=5: a page holding a synthetic vote fails the response schema (ElectionId enum)',
    }),
    e('election', '/v1/elections/2022-presidential', '/v1/elections/{election_id}'),
    e('results', '/v1/elections/2022-presidential/results', '/v1/elections/{election_id}/results'),
    e('results ?region=', '/v1/elections/2021-mazhilis/results?region=jambyl', '/v1/elections/{election_id}/results'),
    e(
      'results ?contest=',
      '/v1/elections/2023-mazhilis/results?contest=district-11',
      '/v1/elections/{election_id}/results',
    ),
    e('turnout', '/v1/elections/2019-presidential/turnout?sort=-turnout_pct', '/v1/elections/{election_id}/turnout'),
    e(
      'turnout ?region=',
      '/v1/elections/2019-presidential/turnout?region=astana',
      '/v1/elections/{election_id}/turnout',
    ),
    e('seats', '/v1/elections/2023-mazhilis/seats', '/v1/elections/{election_id}/seats'),
    e('districts', '/v1/elections/2023-mazhilis/districts', '/v1/elections/{election_id}/districts'),
    e('candidates', '/v1/candidates', '/v1/candidates'),
    e('candidates ?election=', '/v1/candidates?election=2022-presidential', '/v1/candidates'),
    e('candidate', '/v1/candidates/tokayev-kassym-jomart', '/v1/candidates/{candidate_id}'),
    e('parties', '/v1/parties', '/v1/parties'),
    e('party', '/v1/parties/amanat', '/v1/parties/{party_id}'),
    e('regions', '/v1/regions', '/v1/regions', {
      note: 'page 1 holds polling stations on the scaled store (bigger body)',
    }),
    e('regions ?kind=city', '/v1/regions?kind=city', '/v1/regions'),
    e('region', '/v1/regions/astana', '/v1/regions/{region_id}'),
    e('sources', '/v1/sources', '/v1/sources'),
    e('sources ?election=', '/v1/sources?election=2019-presidential', '/v1/sources'),
    e('source', '/v1/sources/kazinform-c05326', '/v1/sources/{source_id}'),
    e('claim', `/v1/claims/${encodeURIComponent(claimId)}`, '/v1/claims/{claim_id}'),
    e('discrepancies ?election=', '/v1/discrepancies?election=2019-presidential', '/v1/discrepancies'),
    e('discrepancies', '/v1/discrepancies', '/v1/discrepancies'),
    e('search', '/v1/search?q=tokayev', '/v1/search'),
    e('synthetic results', `/v1/elections/${synthetic.electionId}/results`, '/v1/elections/{election_id}/results', {
      scaleOnly: true,
    }),
    e(
      'synthetic results ?region=',
      `/v1/elections/${synthetic.electionId}/results?region=${synthetic.areaId}`,
      '/v1/elections/{election_id}/results',
      { scaleOnly: true },
    ),
    e('synthetic turnout', `/v1/elections/${synthetic.electionId}/turnout`, '/v1/elections/{election_id}/turnout', {
      scaleOnly: true,
    }),
    e(
      'synthetic turnout ?region=',
      `/v1/elections/${synthetic.electionId}/turnout?region=${synthetic.areaId}`,
      '/v1/elections/{election_id}/turnout',
      { scaleOnly: true },
    ),
  ];
}
