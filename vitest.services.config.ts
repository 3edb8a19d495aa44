import { defineConfig } from 'vitest/config';

/**
 * Tests that need a system service from Debian's packages (redis-server): run by CI, which installs them
 * (`npm run test:services`), and kept out of `npm test` so the README's test command needs nothing but Node.
 */
export default defineConfig({
  test: {
    include: ['tests/services/**/*.test.ts'],
    globalSetup: ['tests/global-setup.ts'],
    pool: 'forks',
    testTimeout: 20_000,
  },
});
