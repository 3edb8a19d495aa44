import { chromium } from 'playwright-core';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
for (let i = 0; i < 3; i++) {
const ctx = await browser.newContext();
const page = await ctx.newPage();
await page.goto(process.argv[2]);
await page.waitForSelector('body[data-ready]');
console.log(await page.evaluate(() => JSON.stringify({
  rendered: Math.round(performance.getEntriesByName('dashboard-rendered')[0].startTime),
  dcl: Math.round(performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd),
  res: performance.getEntriesByType('resource').map(e => [e.name.replace(location.origin,'').slice(0,50), Math.round(e.startTime), Math.round(e.responseEnd), e.transferSize])
})));
await ctx.close();
}
await browser.close();
