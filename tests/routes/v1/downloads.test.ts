import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp } from '../../helpers/test-app.js';

/** The second implementation: Python's sqlite3, csv, pyarrow and DuckDB (tests/downloads/requirements.txt). */
const PYTHON = path.resolve('.venv/bin/python');

let app: FastifyInstance;
let base: string;
const dir = mkdtempSync(path.join(tmpdir(), 'kz-downloads-'));
beforeAll(async () => {
  app = await buildTestApp();
  await app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await app.close();
  rmSync(dir, { recursive: true, force: true });
});

type Download = {
  name: string;
  url: string;
  size: number;
  sha256: string;
  media_type: string;
  table: string | null;
  rows: number | null;
};
const json = async (url: string) => (await fetch(base + url)).json() as Promise<Record<string, unknown>>;
const total = async (url: string) => (await json(url)).total as number;

describe('the release files, downloaded from a fresh server', () => {
  it('match their sha256 and size, open read-only in SQLite, read in pyarrow and DuckDB, and count what the API counts', async () => {
    const list = (await json('/v1/downloads')) as { data: Download[]; release: string };
    const release = (await json('/v1/release')) as { id: string; row_counts: Record<string, number> };
    expect(list.release).toBe(release.id);
    expect(list.data.map((d) => d.name)).toEqual(
      expect.arrayContaining(['kz-elections.sqlite', 'kz-elections-csv.zip', 'claims.parquet', 'results.parquet']),
    );
    // One Parquet file per store table, so a table added to the store is downloadable with no code change.
    expect(
      list.data
        .filter((d) => d.table)
        .map((d) => d.table)
        .sort(),
    ).toEqual(Object.keys(release.row_counts).sort());

    for (const d of list.data) {
      const res = await fetch(base + d.url);
      expect(res.status, d.name).toBe(200);
      expect(res.headers.get('content-type')).toBe(d.media_type);
      expect(res.headers.get('cache-control')).toMatch(/immutable/);
      const bytes = Buffer.from(await res.arrayBuffer());
      expect(bytes.length, d.name).toBe(d.size);
      expect(Number(res.headers.get('content-length'))).toBe(d.size);
      expect(createHash('sha256').update(bytes).digest('hex'), d.name).toBe(d.sha256);
      expect(res.headers.get('etag')).toBe(`"${d.sha256}"`);
      writeFileSync(path.join(dir, d.name), bytes);
    }

    if (!existsSync(PYTHON)) {
      throw new Error(
        `${PYTHON} is missing: python3 -m venv .venv && .venv/bin/pip install -r tests/downloads/requirements.txt`,
      );
    }
    const read = JSON.parse(
      execFileSync(PYTHON, ['tests/downloads/read_downloads.py', dir], { encoding: 'utf8' }),
    ) as Record<string, Record<string, number>>;
    // Every reader sees every table with the rows the running API counts in its store.
    for (const reader of ['sqlite', 'csv_zip', 'parquet_pyarrow', 'parquet_duckdb']) {
      expect(read[reader], reader).toEqual(release.row_counts);
    }
    // And the API's own list totals agree with the files.
    expect(release.row_counts.sources).toBe(await total('/v1/sources?limit=1'));
    expect(release.row_counts.regions).toBe(await total('/v1/regions?limit=1'));
    expect(release.row_counts.candidates).toBe(await total('/v1/candidates?limit=1'));
    expect(release.row_counts.elections).toBe(await total('/v1/elections'));
    expect(release.row_counts.claims).toBe(await total('/v1/claims?limit=1'));
  }, 60_000);
});

describe('GET /v1/downloads/{release}/{file}', () => {
  const first = async () => ((await json('/v1/downloads')) as { data: Download[] }).data[0]!;

  it('answers a byte range with 206 and Content-Range', async () => {
    const d = await first();
    const res = await fetch(base + d.url, { headers: { range: 'bytes=0-15' } });
    expect(res.status).toBe(206);
    expect(res.headers.get('content-range')).toBe(`bytes 0-15/${d.size}`);
    expect(Buffer.from(await res.arrayBuffer()).toString('latin1')).toBe('SQLite format 3\0');
  });

  it('answers a range past the end with a 416 problem naming the length', async () => {
    const d = await first();
    const res = await fetch(base + d.url, { headers: { range: `bytes=${d.size + 10}-` } });
    expect(res.status).toBe(416);
    expect(res.headers.get('content-range')).toBe(`bytes */${d.size}`);
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(((await res.json()) as { code: string }).code).toBe('range-not-satisfiable');
  });

  it('answers 304 to its ETag and the whole file when If-Range names another', async () => {
    const d = await first();
    expect((await fetch(base + d.url, { headers: { 'if-none-match': `"${d.sha256}"` } })).status).toBe(304);
    const res = await fetch(base + d.url, { headers: { range: 'bytes=0-15', 'if-range': '"other"' } });
    expect(res.status).toBe(200);
    expect(Number(res.headers.get('content-length'))).toBe(d.size);
    await res.arrayBuffer();
  });

  it('guides a request for another release or an unknown file', async () => {
    const { id } = (await json('/v1/release')) as { id: string };
    const old = await fetch(`${base}/v1/downloads/0.0.1-000000000000/claims.parquet`);
    expect(old.status).toBe(404);
    expect(await old.json()).toMatchObject({ code: 'release-not-found', did_you_mean: [id] });
    const typo = await fetch(`${base}/v1/downloads/${id}/claim.parquet`);
    expect(await typo.json()).toMatchObject({ code: 'download-not-found', did_you_mean: ['claims.parquet'] });
  });
});

describe('content negotiation of a file', () => {
  it('serves a file to an Accept that allows its type, and 406 to one that does not', async () => {
    const d = ((await json('/v1/downloads')) as { data: Download[] }).data.find((f) => f.name.endsWith('.parquet'))!;
    const ok = await fetch(base + d.url, { headers: { accept: 'application/vnd.apache.parquet' } });
    expect(ok.status).toBe(200);
    await ok.arrayBuffer();
    const refused = await fetch(base + d.url, { headers: { accept: 'text/csv' } });
    expect(refused.status).toBe(406);
    expect(((await refused.json()) as { code: string }).code).toBe('not-acceptable');
  });
});
