/**
 * Writes openapi/openapi.json from the routes' zod schemas (the document /openapi.json serves).
 * Builds a throwaway store so it runs on a fresh clone; a test fails when the committed file drifts.
 *
 *   npm run openapi:write
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/app.js';
import { configSchema } from '../src/config.js';
import { buildStore } from '../src/loader/build-store.js';
import { renderOpenApi } from '../src/lib/render-openapi.js';

const dir = mkdtempSync(path.join(tmpdir(), 'kz-openapi-'));
try {
  const databasePath = path.join(dir, 'store.sqlite');
  buildStore({ seedDir: 'seed', migrationsDir: 'migrations', databasePath });
  const app = await buildApp(configSchema.parse({ DATABASE_PATH: databasePath, LOG_LEVEL: 'silent' }));
  await app.ready();
  mkdirSync('openapi', { recursive: true });
  writeFileSync('openapi/openapi.json', renderOpenApi(app.swagger()));
  await app.close();
  console.log('wrote openapi/openapi.json');
} finally {
  rmSync(dir, { recursive: true, force: true });
}
