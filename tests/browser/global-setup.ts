import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildDashboard } from '../../scripts/build-dashboard.js';
import { buildStore } from '../../src/loader/build-store.js';
import { startServer } from './helpers/server.js';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    databasePath: string;
    dashboardDir: string;
  }
}

/**
 * Builds the store and the dashboard, then serves the app on a loopback port with the production defaults
 * (response cache, HTTP caching, security headers, rate limit on with a larger budget), as `npm start` would.
 */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'kz-elections-browser-'));
  const databasePath = path.join(dir, 'store.sqlite');
  buildStore({ seedDir: 'seed', migrationsDir: 'migrations', databasePath });
  await buildDashboard(path.join(dir, 'dashboard'));
  const server = await startServer({
    DATABASE_PATH: databasePath,
    DASHBOARD_DIR: path.join(dir, 'dashboard'),
    // The suite is dozens of readers from one address within a minute; the limit stays on, sized for that
    // (the timing test checks that one reader's page load is far inside the default).
    RATE_LIMIT_PER_MINUTE: '6000',
    // Shutting down without the production drain: nothing is in flight once the suite is over.
    SHUTDOWN_DRAIN_MS: '0',
  });
  project.provide('baseUrl', server.url);
  project.provide('databasePath', databasePath);
  project.provide('dashboardDir', path.join(dir, 'dashboard'));
  return async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
}
