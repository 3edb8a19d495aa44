import { writeFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { configSchema } from '../../src/config.js';
import { api, baseUrl, drawCount, launch, newContext, open, SCREENSHOT_DIR, waitDrawn } from './helpers/browser.js';
import { startServer } from './helpers/server.js';

/** What a reader does: switches language, shares a link, uses the keyboard, embeds the page; and how fast it is. */
let browser: Browser;
let context: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  context = await newContext(browser);
});
afterAll(async () => {
  await browser?.close();
});

/** In the page: ms from navigation to the map and results drawn, and the bytes that came over the wire. */
function loadMetrics() {
  const rendered = performance.getEntriesByName('dashboard-rendered')[0]!.startTime;
  const entries = [
    ...(performance.getEntriesByType('navigation') as PerformanceResourceTiming[]),
    ...(performance.getEntriesByType('resource') as PerformanceResourceTiming[]),
  ];
  const sum = (api: boolean) =>
    entries.filter((e) => e.name.includes('/v1/') === api).reduce((n, e) => n + e.transferSize, 0);
  return {
    ms_to_map_rendered: Math.round(rendered),
    page_bytes_transferred: sum(false),
    api_bytes_transferred: sum(true),
    requests: entries.length,
  };
}

const regionNames = (page: Page) =>
  page.$$eval('#map-table button[data-region-id]', (bs) =>
    Object.fromEntries(bs.map((b) => [b.getAttribute('data-region-id'), b.textContent])),
  );
const contestantNames = (page: Page) =>
  page.$$eval('#results-table [data-contestant-id]', (cs) =>
    cs.map((c) => [c.getAttribute('data-contestant-id'), c.firstChild?.textContent]),
  );

describe('the dashboard in use', () => {
  it("switching language changes the names to the API's names in that language", async () => {
    const { page, errors } = await open(context, '?election=2022-presidential&lang=en');
    const english = await regionNames(page);
    for (const lang of ['kk', 'ru'] as const) {
      const before = await drawCount(page);
      await page.selectOption('#lang', lang);
      await waitDrawn(page, before);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      expect(new URL(page.url()).searchParams.get('lang')).toBe(lang);
      const names = await regionNames(page);
      const map = await api(`/v1/elections/2022-presidential/map?lang=${lang}`);
      expect(names).toEqual(Object.fromEntries(map.features.map((f: any) => [f.id, f.properties.name])));
      expect(names.astana).not.toBe(english.astana);
      const results = await api(`/v1/elections/2022-presidential/results?limit=500&lang=${lang}`);
      expect(await contestantNames(page)).toEqual(results.data.map((r: any) => [r.contestant_id, r.name]));
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it("colours the map by a contestant's share where a source gives it, and hatches the other regions", async () => {
    // The vote and contestant with the most regional shares in the API's own map.
    const votes = (await api('/v1/elections')).data.map((v: any) => v.id);
    const shares = await Promise.all(
      votes.map(async (id: string) => {
        const map = await api(`/v1/elections/${id}/map`);
        const sourced = new Map<string, string[]>();
        for (const f of map.features)
          for (const r of f.properties.results)
            if (r.pct.value !== null) sourced.set(r.contestant_id, [...(sourced.get(r.contestant_id) ?? []), f.id]);
        return [...sourced].map(([contestant, regions]) => ({ id, contestant, regions }));
      }),
    );
    const best = shares.flat().sort((a, b) => b.regions.length - a.regions.length)[0];
    expect(best, 'some region has a sourced share').toBeDefined();
    const { page, errors } = await open(context, `?election=${best!.id}`);
    const before = await drawCount(page);
    await page.selectOption('#metric', best!.contestant);
    await waitDrawn(page, before);
    expect(new URL(page.url()).searchParams.get('metric')).toBe(best!.contestant);
    const sourced = await page.$$eval('#map path[data-sourced="true"]', (ps) =>
      ps.map((p) => p.getAttribute('data-region-id')),
    );
    expect(sourced.sort()).toEqual([...best!.regions].sort());
    expect(await page.locator('#map path[data-sourced="false"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('restores the whole view from a shared URL, and keeps the URL in step with the reader', async () => {
    const query = '?election=2019-presidential&metric=turnout&lang=ru&region=astana&view=tables';
    const { page, errors } = await open(context, query);
    expect(await page.inputValue('#election')).toBe('2019-presidential');
    expect(await page.inputValue('#metric')).toBe('turnout');
    expect(await page.inputValue('#lang')).toBe('ru');
    expect(await page.evaluate(() => document.body.classList.contains('tables'))).toBe(true);
    await page.waitForSelector('#region-panel .panel[data-region-id="astana"]');
    // The capital's name as of the vote's day (Nur-Sultan in 2019), in Russian.
    const map = await api('/v1/elections/2019-presidential/map?lang=ru');
    const astana = map.features.find((f: any) => f.id === 'astana').properties.name;
    expect(await page.textContent('#panel-title')).toBe(astana);

    const before = await drawCount(page);
    await page.selectOption('#election', '2023-mazhilis');
    await waitDrawn(page, before);
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      election: '2023-mazhilis',
      lang: 'ru',
      view: 'tables',
    });
    await page.reload();
    await waitDrawn(page);
    expect(await page.inputValue('#election')).toBe('2023-mazhilis');
    expect(await page.locator('#seats').isVisible()).toBe(true);
    // Back to the shared view (within the page or a new load, as the browser decides): drawn as it was.
    await page.goBack();
    await page.waitForFunction(() => document.body.dataset.view?.includes('election=2019-presidential'));
    expect(await page.inputValue('#election')).toBe('2019-presidential');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('works from the keyboard: a region opens with Enter and closes with Escape', async () => {
    const { page, errors } = await open(context, '?election=2022-presidential');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('skip');
    const region = page.locator('#map path[data-region-id="abai"]');
    await region.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#region-panel .panel[data-region-id="abai"]');
    expect(new URL(page.url()).searchParams.get('region')).toBe('abai');
    // Abai was split from East Kazakhstan in 2022: the panel says so and shows its parent's earlier figures.
    expect(await page.textContent('#region-panel .lineage')).toContain('East Kazakhstan');
    // The first screen with a region open, as the README shows it (docs/dashboard.png is a copy of this file).
    await page.screenshot({ path: `${SCREENSHOT_DIR}/first-screen.png` });
    await page.keyboard.press('Escape');
    await page.waitForSelector('#region-panel .panel', { state: 'detached' });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('can be framed only where DASHBOARD_FRAME_ANCESTORS allows (by default, its own origin)', async () => {
    // The embedding page is served from loopback too, on another port (another origin), so that Chromium's local
    // network access checks pass and only the dashboard's frame-ancestors decides.
    const embedder = http.createServer((req, res) => {
      const src = new URL(req.url ?? '/', 'http://x').searchParams.get('src') ?? '';
      res.setHeader('content-type', 'text/html');
      res.end(
        `<!doctype html><title>embed</title><iframe title="dashboard" src="${src}" width="800" height="600"></iframe>`,
      );
    });
    await new Promise<void>((resolve) => embedder.listen(0, '127.0.0.1', resolve));
    const origin = `http://127.0.0.1:${(embedder.address() as AddressInfo).port}`;
    const allowing = await startServer({
      DATABASE_PATH: inject('databasePath'),
      DASHBOARD_DIR: inject('dashboardDir'),
      DASHBOARD_FRAME_ANCESTORS: `'self' ${origin}`,
      SHUTDOWN_DRAIN_MS: '0',
    });
    const page = await context.newPage();
    const refusals: string[] = [];
    const trouble: string[] = [];
    page.on('response', (r) => {
      if (r.status() >= 400) trouble.push(`${r.status()} ${r.url()}`);
    });
    page.on('requestfailed', (r) => trouble.push(`${r.failure()?.errorText} ${r.url()}`));
    page.on('console', (m) => {
      if (/frame-ancestors/.test(m.text())) refusals.push(m.text());
    });
    const embed = (server: string) =>
      page.goto(`${origin}/?src=${encodeURIComponent(`${server}/dashboard?embed=1&election=2023-mazhilis`)}`);

    await embed(baseUrl());
    expect(page.frames()[1]!.url()).not.toContain('/dashboard');
    expect(refusals.length).toBe(1);

    await embed(allowing.url);
    const framed = page.frameLocator('iframe');
    await framed
      .locator('body[data-ready]')
      .waitFor({ state: 'attached' })
      .catch(async (err: Error) => {
        throw new Error(
          `framed page not drawn: ${await framed.locator('#status').textContent()} ${trouble.join('; ')}`,
          {
            cause: err,
          },
        );
      });
    expect(await framed.locator('#embed-link').isVisible()).toBe(true);
    expect(await framed.locator('#title').isVisible()).toBe(false);
    expect(await framed.locator('#map path[data-region-id]').count()).toBe(20);
    expect(refusals.length).toBe(1);
    await page.close();
    await allowing.stop();
    embedder.close();
  });

  it('draws the 2022 presidential map and results in under a second on loopback', async () => {
    // Three fresh readers (nothing cached in the browser), one after the other; the best is what the page costs,
    // the others what a busy shared machine adds.
    const runs = [];
    for (let i = 0; i < 3; i++) {
      const fresh = await newContext(browser);
      const { page, errors } = await open(fresh, '');
      expect(await page.inputValue('#election')).toBe('2022-presidential');
      expect(await page.locator('#map path[data-region-id]').count()).toBe(20);
      expect(errors).toEqual([]);
      runs.push(await page.evaluate(loadMetrics));
      await fresh.close();
    }
    const ms = runs.map((r) => r.ms_to_map_rendered);
    const summary = { ...runs[0]!, ms_to_map_rendered_runs: ms };
    writeFileSync(`${SCREENSHOT_DIR}/timing.json`, JSON.stringify(summary, null, 2));
    console.log('dashboard timing', summary);
    expect(Math.min(...ms)).toBeLessThan(1000);
    // A reader's first load stays well inside the default rate limit (requests per 10-second window).
    expect(runs[0]!.requests).toBeLessThan(configSchema.parse({}).RATE_LIMIT_PER_MINUTE / 6 / 4);
  });
});
