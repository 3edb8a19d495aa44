import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import Database from '../../src/db/sqlite.js';
import { GOOD_IDS, GOOD_QUERY, goodUrl, operations } from '../helpers/operations.js';
import { buildTestApp } from '../helpers/test-app.js';

/*
 * Every read runs statements prepared once per store and shape (queries/prepared.ts): once each shape has been
 * seen, answering builds and compiles no SQL at all. Counted at better-sqlite3's prepare, which every query
 * passes through, with the response cache off so every request reaches the store.
 */

const prepared: string[] = [];
const original = Database.prototype.prepare;
let app: FastifyInstance;
beforeAll(async () => {
  Database.prototype.prepare = function (this: InstanceType<typeof Database>, source: string) {
    prepared.push(source);
    return original.call(this, source);
  } as typeof original;
  app = await buildTestApp({ RESPONSE_CACHE_MB: 0 });
});
afterAll(async () => {
  Database.prototype.prepare = original;
  await app.close();
});

/** Other ids of the same kinds: the same shapes with other values. */
const OTHER_IDS: Record<string, string> = {
  ...GOOD_IDS,
  election_id: '2021-mazhilis',
  candidate_id: 'abden-karakat',
  party_id: 'respublica',
  region_id: 'almaty-region',
  source_id: 'akorda-2023',
};

function urls(): string[] {
  const out: string[] = [];
  for (const op of operations(app)) {
    const names = new Set(op.params.map((p) => p.name));
    if (op.path.includes('/downloads/')) continue; // files on disk, no store reads
    const variants = [[], ['lang=kk'], ['lang=ru', 'limit=3', 'offset=1']];
    if (names.has('status')) variants.push(['status=preliminary']);
    if (names.has('format')) variants.push(['format=csv']);
    for (const extra of variants) {
      out.push(goodUrl(op, extra));
      const other = goodUrl(op, extra).replace(
        /^[^?]*/,
        op.path.replace(/\{(\w+)\}/g, (_, n: string) => encodeURIComponent(OTHER_IDS[n] ?? 'x')),
      );
      out.push(other);
    }
  }
  return out;
}

describe('statements prepared once', () => {
  it('answers every operation again, with other ids and the same options, without preparing any SQL', async () => {
    const list = urls();
    expect(list.length).toBeGreaterThan(100);
    expect(GOOD_QUERY.q).toBeTruthy();
    for (const url of list) await app.inject({ url });
    prepared.length = 0;
    for (const url of list) {
      const before = prepared.length;
      const res = await app.inject({ url });
      expect(res.statusCode, url).toBeLessThan(500);
      expect(prepared.slice(before), `${url} prepared SQL`).toEqual([]);
    }
  });
});
