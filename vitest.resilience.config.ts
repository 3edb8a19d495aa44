import { defineConfig } from 'vitest/config';

/**
 * The resilience suite: attacks on the compiled server in a child process, loopback only. One file at a time
 * (they measure latency and memory on a shared 2-core machine), each bounded in time.
 */
export default defineConfig({
  test: {
    include: ['tests/resilience/**/*.test.ts'],
    globalSetup: ['tests/resilience/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 60_000,
  },
});
