import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';

/** Debian's chromium package (CI installs it with apt when missing); CHROMIUM_PATH names another build. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SCREENSHOT_DIR = '.browser-screenshots';
export const DESKTOP = { width: 1280, height: 900 };
export const PHONE = { width: 390, height: 844 };

export const baseUrl = () => inject('baseUrl');

export async function launch(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  // --no-sandbox: CI runs as root, where Chromium's sandbox cannot start.
  return chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
}

export const newContext = (browser: Browser, viewport = DESKTOP) =>
  browser.newContext({ viewport, isMobile: viewport === PHONE, hasTouch: viewport === PHONE, locale: 'en-GB' });

/** An API answer as JSON, read by the test itself (Node's fetch), to compare with what the page shows. */
export async function api<T = any>(path: string): Promise<T> {
  const res = await fetch(`${baseUrl()}${path}`);
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

export interface Opened {
  page: Page;
  /** Console errors, uncaught exceptions and failed requests seen since the page opened. */
  errors: string[];
}

/** Opens a dashboard URL and waits until the page says it has drawn its data. */
export async function open(context: BrowserContext, query: string): Promise<Opened> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('requestfailed', (r) => errors.push(`requestfailed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(`${baseUrl()}/dashboard${query}`);
  try {
    await waitDrawn(page);
  } catch (err) {
    throw new Error(`${(err as Error).message}; ${errors.join('; ')}`, { cause: err });
  }
  return { page, errors };
}

/** Waits for the next draw after `previous` (the page counts its draws in body[data-ready]). */
export async function waitDrawn(page: Page, previous = 0) {
  try {
    await page.waitForFunction((n) => Number(document.body.dataset.ready ?? 0) > n, previous, { timeout: 20_000 });
  } catch (err) {
    // Say why: the page's own status line, its URL and how many draws it finished.
    const seen = await page
      .evaluate(
        () =>
          `${document.getElementById('status')?.textContent} at ${location.href} after ${document.body.dataset.ready} draws`,
      )
      .catch(() => 'page gone');
    throw new Error(`not drawn past ${previous}: ${seen}`, { cause: err });
  }
}

export const drawCount = (page: Page) => page.evaluate(() => Number(document.body.dataset.ready ?? 0));

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe-core's serious and critical violations on the page as it is now. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the DevTools protocol, which the page's script-src 'self' does not govern.
  await page.evaluate(axeSource);
  const results = await page.evaluate(() => (window as any).axe.run(document, { resultTypes: ['violations'] }));
  return (results.violations as { id: string; impact: string; nodes: { target: string[] }[] }[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 5)
          .join(', ')}`,
    );
}
