import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The resilience suite (npm run test:resilience) loads the machine; the browser suite (npm run test:browser)
    // needs Chromium: both run on their own.
    exclude: ['tests/resilience/**', 'tests/browser/**', 'node_modules/**'],
    globalSetup: ['tests/global-setup.ts'],
    pool: 'forks',
    testTimeout: 20_000,
  },
});
