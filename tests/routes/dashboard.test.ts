import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { CACHE_CONTROL } from '../../src/plugins/http-cache.js';
import { buildTestApp } from '../helpers/test-app.js';

const PAGE_CSP =
  "default-src 'none';script-src 'self';style-src 'self';img-src 'self' data:;connect-src 'self';base-uri 'none';form-action 'self'";

describe('GET /dashboard', () => {
  it('serves the page with its own policy: only itself, framed by itself', async () => {
    const app = await buildTestApp();
    const res = await app.inject({ url: '/dashboard?election=2022-presidential&metric=turnout&lang=kk&embed=1' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['content-security-policy']).toBe(`${PAGE_CSP};frame-ancestors 'self'`);
    // frame-ancestors decides who may frame the page; X-Frame-Options: DENY would forbid even that.
    expect(res.headers['x-frame-options']).toBeUndefined();
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body).toContain('/dashboard/assets/main.js');
    // Nothing from elsewhere: no absolute URL in the page but the XML namespace of its SVG.
    expect(res.body.match(/https?:\/\/[^"' ]+/g) ?? []).toEqual([]);
    await app.close();
  });

  it('lets DASHBOARD_FRAME_ANCESTORS name who may embed it, and leaves the API policy alone', async () => {
    const app = await buildTestApp({ DASHBOARD_FRAME_ANCESTORS: "'self' https://news.example" });
    const page = await app.inject({ url: '/dashboard' });
    expect(page.headers['content-security-policy']).toBe(`${PAGE_CSP};frame-ancestors 'self' https://news.example`);
    for (const url of ['/v1/elections', '/v1/nowhere', '/healthz', '/dashboard/assets/missing.js']) {
      const res = await app.inject({ url });
      expect(res.headers['content-security-policy'], url).toBe("default-src 'none';frame-ancestors 'none'");
      expect(res.headers['x-frame-options'], url).toBe('DENY');
    }
    await app.close();
  });

  it('serves the script and stylesheet with the page policy, ETag, Cache-Control and compression', async () => {
    const app = await buildTestApp();
    for (const [file, type] of [
      ['ui.js', /javascript/],
      ['dashboard.css', /text\/css/],
    ] as const) {
      const res = await app.inject({ url: `/dashboard/assets/${file}`, headers: { 'accept-encoding': 'gzip' } });
      expect(res.statusCode, file).toBe(200);
      expect(res.headers['content-type'], file).toMatch(type);
      expect(res.headers['content-encoding'], file).toBe('gzip');
      expect(res.headers['cache-control'], file).toBe(CACHE_CONTROL);
      expect(res.headers['content-security-policy'], file).toMatch(/script-src 'self'/);
      const again = await app.inject({
        url: `/dashboard/assets/${file}`,
        headers: { 'accept-encoding': 'gzip', 'if-none-match': String(res.headers.etag) },
      });
      expect(again.statusCode, file).toBe(304);
    }
    await app.close();
  });

  it('serves the brotli copy the build made instead of compressing on every request', async () => {
    const app = await buildTestApp();
    const res = await app.inject({ url: '/dashboard/assets/ui.js', headers: { 'accept-encoding': 'br' } });
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.rawPayload.equals(readFileSync(path.join(inject('dashboardDir'), 'assets/ui.js.br')))).toBe(true);
    await app.close();
  });

  it('counts against the rate limit like any other request', async () => {
    const app = await buildTestApp({ RATE_LIMIT_PER_MINUTE: 12 });
    const codes = [];
    for (let i = 0; i < 3; i++) codes.push((await app.inject({ url: '/dashboard' })).statusCode);
    expect(codes).toEqual([200, 200, 429]);
    await app.close();
  });

  it('is not an operation of the API document', async () => {
    const app = await buildTestApp();
    const doc = app.swagger() as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths).filter((p) => p.startsWith('/dashboard'))).toEqual([]);
    await app.close();
  });

  it('is not served when the dashboard was not built, and the API still starts', async () => {
    const app = await buildTestApp({ DASHBOARD_DIR: mkdtempSync(path.join(tmpdir(), 'no-dashboard-')) });
    expect((await app.inject({ url: '/dashboard' })).statusCode).toBe(404);
    expect((await app.inject({ url: '/v1/elections' })).statusCode).toBe(200);
    await app.close();
  });
});
