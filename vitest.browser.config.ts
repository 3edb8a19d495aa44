import { defineConfig } from 'vitest/config';

/**
 * The dashboard in a real browser: playwright-core driving the system's Chromium (Debian's `chromium` package;
 * never a downloaded browser) against the app listening on loopback. One file at a time, each bounded in time.
 */
export default defineConfig({
  test: {
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
