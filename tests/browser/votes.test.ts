import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, DESKTOP, launch, newContext, open, PHONE, SCREENSHOT_DIR, seriousViolations } from './helpers/browser.js';

/** For each of the votes: the page loads cleanly, draws the day's regions and shows the API's own numbers. */
const votes = (await api<{ data: { id: string }[] }>('/v1/elections')).data.map((v) => v.id);

let browser: Browser;
let desktop: BrowserContext;
let phone: BrowserContext;
beforeAll(async () => {
  browser = await launch();
  // One context per width, as one reader would have: the browser's HTTP cache and ETags work as in life.
  desktop = await newContext(browser, DESKTOP);
  phone = await newContext(browser, PHONE);
});
afterAll(async () => {
  await browser?.close();
});

type Row = { id: string; values: string[]; texts: string[] };

/** The rows of a table view: the row's id (from a data attribute) and its cells' raw and shown values. */
const tableRows = (page: Page, selector: string, idAttr: string): Promise<Row[]> =>
  page.$$eval(
    `${selector} tbody tr`,
    (trs, attr) =>
      trs.map((tr) => {
        const cells = [...tr.querySelectorAll<HTMLElement>('[data-value]')];
        return {
          id: tr.querySelector<HTMLElement>(`[${attr}]`)?.getAttribute(attr) ?? '',
          values: cells.map((c) => c.dataset.value ?? ''),
          texts: cells.map((c) => c.firstChild?.textContent ?? ''),
        };
      }),
    idAttr,
  );

/** A figure's value as the page writes it in data-value ('' for a null). */
const raw = (f: { value: number | null }) => (f.value === null ? '' : String(f.value));
const digits = (s: string) => s.replace(/\D/g, '');

/** Every shown number is its raw value in the reader's format: the same digits. */
function expectShownAsRaw(rows: Row[]) {
  for (const r of rows)
    r.values.forEach((v, i) => {
      if (v !== '') expect(digits(r.texts[i] ?? ''), `${r.id} ${v}`).toBe(digits(v));
    });
}

describe.each(votes)('the dashboard for %s', (vote) => {
  it('loads with no console error and draws one shape per region of the day', async () => {
    const { page, errors } = await open(desktop, `?election=${vote}`);
    const turnout = await api(`/v1/elections/${vote}/turnout?limit=500`);
    const regionsOfDay = turnout.data.filter((r: any) => r.region_id !== 'abroad').map((r: any) => r.region_id);
    expect([17, 20]).toContain(regionsOfDay.length);
    const shapes = await page.$$eval('#map path[data-region-id]', (ps) =>
      ps.map((p) => p.getAttribute('data-region-id')),
    );
    expect(shapes.sort()).toEqual([...regionsOfDay].sort());
    expect(await page.getAttribute('#map .map', 'data-shapes')).toBe(String(regionsOfDay.length));
    // Regions without a sourced turnout are drawn as such, never as a value.
    const unsourced = await page.$$eval('#map path[data-sourced="false"]', (ps) =>
      ps.map((p) => p.getAttribute('data-region-id')),
    );
    const nulls = turnout.data.filter((r: any) => r.region_id !== 'abroad' && r.turnout_pct.value === null);
    expect(unsourced.sort()).toEqual(nulls.map((r: any) => r.region_id).sort());
    expect(errors).toEqual([]);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/${vote}-desktop.png`, fullPage: true });
    await page.close();
  });

  it("shows the API's numbers: national results, regional turnout, the national figures and seats", async () => {
    const { page, errors } = await open(desktop, `?election=${vote}&view=tables`);
    const results = await api(`/v1/elections/${vote}/results?limit=500&lang=en`);
    const shownResults = await tableRows(page, '#results-table', 'data-contestant-id');
    expect(shownResults.map((r) => r.id)).toEqual(results.data.map((r: any) => r.contestant_id));
    shownResults.forEach((r, i) => expect(r.values).toEqual([raw(results.data[i].votes), raw(results.data[i].pct)]));
    expectShownAsRaw(shownResults);

    const turnout = await api(`/v1/elections/${vote}/turnout?limit=500`);
    const shownRegions = await tableRows(page, '#map-table', 'data-region-id');
    for (const r of shownRegions) {
      const row = turnout.data.find((t: any) => t.region_id === r.id);
      expect(r.values, r.id).toEqual([raw(row.turnout_pct), raw(row.registered_voters), raw(row.voters_participated)]);
    }
    expectShownAsRaw(shownRegions);

    const election = await api(`/v1/elections/${vote}`);
    expect(await page.getAttribute('#national-turnout [data-value]', 'data-value')).toBe(
      raw(election.national_turnout.turnout_pct),
    );
    expect(await page.getAttribute('[data-result-status]', 'data-result-status')).toBe(election.result_status);

    const seatsShown = await page.isVisible('#seats');
    expect(seatsShown).toBe(election.seats_total.value !== null);
    if (seatsShown) {
      const seats = await api(`/v1/elections/${vote}/seats`);
      const shownSeats = await page.$$eval('#seats-table tbody tr', (trs) =>
        trs.map((tr) => [...tr.querySelectorAll<HTMLElement>('[data-value]')].map((c) => c.dataset.value)),
      );
      seats.data.forEach((s: any, i: number) =>
        expect(shownSeats[i]).toEqual([raw(s.party_list), raw(s.district), raw(s.assembly), raw(s.total)]),
      );
    }
    // Every cited source is in the list of sources, which links to it.
    const cited = await page.$$eval('sup.cite a', (as) => [...new Set(as.map((a) => a.getAttribute('href')))]);
    expect(cited.length).toBeGreaterThan(0);
    for (const href of cited) expect(await page.locator(`${href} a`).first().getAttribute('href'), href!).toBeTruthy();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('has no serious or critical accessibility violation, in charts and in tables', async () => {
    for (const view of ['charts', 'tables']) {
      const { page, errors } = await open(desktop, `?election=${vote}&view=${view}&region=almaty-city`);
      expect(await seriousViolations(page), view).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    }
  });

  it('is readable at phone width', async () => {
    const { page, errors } = await open(phone, `?election=${vote}`);
    // Nothing wider than the screen: the page does not scroll sideways.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    expect(await page.locator('#map path[data-region-id]').count()).toBeGreaterThanOrEqual(17);
    await page.screenshot({ path: `${SCREENSHOT_DIR}/${vote}-phone.png`, fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
