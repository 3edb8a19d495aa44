import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildDashboard } from '../scripts/build-dashboard.js';
import { buildStore } from '../src/loader/build-store.js';
import { buildDownloads } from '../src/loader/downloads/build-downloads.js';

declare module 'vitest' {
  export interface ProvidedContext {
    databasePath: string;
    dashboardDir: string;
    downloadsDir: string;
  }
}

/** Builds the store from seed/ with its release's files, and the dashboard, once per test run, into a temporary directory. */
export default async function setup(project: TestProject) {
  const dir = mkdtempSync(path.join(tmpdir(), 'kz-elections-test-'));
  const databasePath = path.join(dir, 'store.sqlite');
  buildStore({ seedDir: 'seed', migrationsDir: 'migrations', databasePath });
  const downloadsDir = path.join(dir, 'downloads');
  await buildDownloads(databasePath, downloadsDir);
  project.provide('databasePath', databasePath);
  project.provide('downloadsDir', downloadsDir);
  const dashboardDir = path.join(dir, 'dashboard');
  await buildDashboard(dashboardDir);
  project.provide('dashboardDir', dashboardDir);
  return () => rmSync(dir, { recursive: true, force: true });
}
