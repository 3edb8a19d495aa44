import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_LICENCE, PROJECT_TITLE } from '../../../src/domain/release.js';
import { buildTestApp, getJson } from '../../helpers/test-app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp({ RESPONSE_CACHE_MB: 8 });
});
afterAll(async () => {
  await app.close();
});

describe('GET /v1/release', () => {
  it('names the release by version and seed hash, with counts, citation and licences', async () => {
    const { status, body } = await getJson(app, '/v1/release');
    expect(status).toBe(200);
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    expect(body.id).toBe(`${version}-${(body.seed_hash as string).slice(0, 12)}`);
    expect(body.row_counts.claims).toBe(app.store.claimCount);
    expect(body.citation).toContain(body.id);
    expect(body.licences.boundaries.text).toMatch(/geokz.*CC BY 4\.0/);
    expect(body.licences.data.spdx).toBe('CC-BY-4.0');
  });

  it('agrees with CITATION.cff on the title, version and licence', () => {
    const cff = readFileSync('CITATION.cff', 'utf8');
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    expect(cff).toContain(`title: "${PROJECT_TITLE}"`);
    expect(cff).toMatch(new RegExp(`^version: ${version.replace(/\./g, '\\.')}$`, 'm'));
    expect(cff).toMatch(new RegExp(`^license: ${DATA_LICENCE.spdx}$`, 'm'));
  });
});

describe('X-Data-Release', () => {
  it('is on every response: a data answer, its cached repeat, CSV, a problem, an unknown route, health', async () => {
    const { body } = await getJson(app, '/v1/release');
    for (const url of [
      '/v1/elections',
      '/v1/elections',
      '/v1/regions?format=csv',
      '/v1/regions/almaty',
      '/nope',
      '/healthz',
    ]) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.headers['x-data-release'], url).toBe(body.id);
    }
  });
});
