import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { releaseId } from '../domain/release.js';
import { MANIFEST_NAME, type Manifest, ManifestSchema } from '../loader/downloads/manifest.js';
import { PACKAGE_VERSION } from '../lib/package-version.js';
import { tableRowCounts } from '../queries/release.js';

export interface ReleaseInfo {
  id: string;
  builtAt: string;
  seedHash: string;
  /** Counted once: the store does not change while it is open. */
  rowCounts: Record<string, number>;
  /** The release's files as the loader listed them; null when they were not built for this store. */
  manifest: Manifest | null;
  /** The folder holding the files of this release. */
  dir: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    release: ReleaseInfo;
  }
}

/** The manifest of this release's files, or null (logged) when the loader has not built them for this store. */
function readManifest(app: FastifyInstance, dir: string, id: string): Manifest | null {
  const file = path.join(dir, MANIFEST_NAME);
  if (!existsSync(file)) {
    app.log.warn(`no downloads for release ${id} in ${dir}: run npm run db:build (GET /v1/downloads lists none)`);
    return null;
  }
  const manifest = ManifestSchema.parse(JSON.parse(readFileSync(file, 'utf8')));
  return manifest.release === id ? manifest : null;
}

/**
 * The data release every response comes from: its id (package version + seed hash) is sent as X-Data-Release
 * on every response, set first thing so errors and cache hits carry it too. Registered after the store.
 */
export default fp(
  async function release(app: FastifyInstance, opts: { config: Config }) {
    const id = releaseId(PACKAGE_VERSION, app.store.seedHash);
    const dir = path.join(opts.config.DOWNLOADS_DIR, id);
    app.decorate('release', {
      id,
      builtAt: app.store.builtAt,
      seedHash: app.store.seedHash,
      rowCounts: tableRowCounts(app.read),
      manifest: readManifest(app, dir, id),
      dir,
    } satisfies ReleaseInfo);
    app.addHook('onRequest', (_request, reply, done) => {
      reply.header('x-data-release', id);
      done();
    });
  },
  { name: 'release', dependencies: ['store'] },
);
