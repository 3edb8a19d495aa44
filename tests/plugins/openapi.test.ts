import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderOpenApi } from '../../src/lib/render-openapi.js';
import { buildTestApp, getJson } from '../helpers/test-app.js';

let app: FastifyInstance;
beforeAll(async () => {
  app = await buildTestApp();
});
afterAll(async () => {
  await app.close();
});

type Operation = {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  parameters?: { description?: string; name: string }[];
  responses: Record<string, unknown>;
};
const operations = (doc: { paths: Record<string, Record<string, Operation>> }) =>
  Object.entries(doc.paths).flatMap(([p, methods]) =>
    Object.entries(methods).map(([m, op]) => ({ path: p, method: m, op })),
  );

describe('the OpenAPI document', () => {
  it('is committed exactly as the app generates it (run npm run openapi:write)', () => {
    const committed = readFileSync('openapi/openapi.json', 'utf8');
    expect(committed).toBe(renderOpenApi(app.swagger()));
  });

  it('is served at /openapi.json as OpenAPI 3.1', async () => {
    const { status, body } = await getJson(app, '/openapi.json');
    expect(status).toBe(200);
    expect(body.openapi).toBe('3.1.0');
  });

  it('gives every operation a unique verb+noun operationId, a summary, a description, tags and described parameters', () => {
    const doc = app.swagger() as unknown as Parameters<typeof operations>[0];
    const ops = operations(doc);
    expect(ops.length).toBeGreaterThan(10);
    const ids = ops.map((o) => o.op.operationId);
    expect(new Set(ids).size).toBe(ids.length);
    for (const { path: p, op } of ops) {
      expect(op.operationId, p).toMatch(/^(list|get|search)[A-Z][A-Za-z]+$/);
      expect(op.summary, p).toBeTruthy();
      expect(op.description, p).toBeTruthy();
      expect(op.tags?.length, p).toBeGreaterThan(0);
      for (const param of op.parameters ?? []) expect(param.description, `${p} ${param.name}`).toBeTruthy();
    }
  });

  it('describes problem responses with the one shared Problem schema', () => {
    const doc = app.swagger() as unknown as Parameters<typeof operations>[0];
    for (const { path: p, op } of operations(doc)) {
      for (const [status, response] of Object.entries(op.responses)) {
        if (Number(status) < 400) continue;
        expect(JSON.stringify(response), `${p} ${status}`).toContain('"$ref":"#/components/schemas/Problem"');
      }
    }
  });
});
