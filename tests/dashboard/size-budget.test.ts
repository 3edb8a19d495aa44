import { describe, expect, inject, it } from 'vitest';
import { DASHBOARD_GZIP_BUDGET_BYTES, gzipSizes } from '../../scripts/build-dashboard.js';

describe('the dashboard build', () => {
  it('stays within its gzip size budget (HTML, script and stylesheet together)', () => {
    const sizes = gzipSizes(inject('dashboardDir'));
    expect(Object.keys(sizes)).toEqual(
      expect.arrayContaining(['assets/dashboard.css', 'assets/main.js', 'assets/ui.js', 'index.html']),
    );
    // Only the page's own kinds of file: no font, no image, nothing else to load.
    for (const file of Object.keys(sizes)) expect(file).toMatch(/^(index\.html|assets\/[\w-]+\.(js|css|txt))$/);
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThan(10_000);
    expect(total).toBeLessThanOrEqual(DASHBOARD_GZIP_BUDGET_BYTES);
  });
});
