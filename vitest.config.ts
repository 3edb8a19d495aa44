import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The resilience suite runs on its own (npm run test:resilience): it loads the machine. The services suite
    // (npm run test:services) needs redis-server, which a fresh machine does not have; the browser suite
    // (npm run test:browser) needs Chromium.
    exclude: ['tests/resilience/**', 'tests/services/**', 'tests/browser/**', 'node_modules/**'],
    globalSetup: ['tests/global-setup.ts'],
    pool: 'forks',
    testTimeout: 20_000,
  },
});
