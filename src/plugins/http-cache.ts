import compress from '@fastify/compress';
import etag from '@fastify/etag';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { TABLE_MEDIA_TYPES } from '../domain/values.js';
import { ENCODINGS } from '../lib/cache-key.js';

/**
 * The data changes only with a deploy, so every answer may be reused and then revalidated cheaply (strong
 * ETag, 304). Browsers keep it 5 minutes (`max-age`): they cannot be purged, and a corrected figure should reach
 * readers soon after a deploy. Shared caches (the nginx in deploy/nginx, a CDN) keep it an hour (`s-maxage`) and
 * can be purged on deploy. After that a cache may answer from its copy while it revalidates in the background
 * for a day, and for a week while the API cannot be reached (RFC 5861). No URL names a data release, so no
 * answer is `immutable`: the same URL gives new figures after a deploy that changes them.
 */
export const CACHE_CONTROL = 'public, max-age=300, s-maxage=3600, stale-while-revalidate=86400, stale-if-error=604800';
const TEXT_OR_JSON = /^text\/|[+/]json(?:;|$)/;
const COMPRESSIBLE = (type: string) => TEXT_OR_JSON.test(type) || type.startsWith(TABLE_MEDIA_TYPES.ndjson);
/** Responses up to this size are compressed in one synchronous step, so the response cache can keep their bytes. */
const SYNC_COMPRESS_MAX_BYTES = 4 * 1024 * 1024;

/**
 * Strong ETags with 304 on If-None-Match, Cache-Control for successful reads, and compression (brotli,
 * gzip or deflate as the client prefers). etag is registered before compress so it hashes the identity
 * body: one tag per representation, whatever the encoding.
 */
export default fp(
  async function httpCache(app: FastifyInstance) {
    await app.register(etag, { algorithm: 'sha1' });
    // Callback-style hooks here and in the other per-request plugins: no promise per hook per request.
    app.addHook('onSend', (request, reply, payload, done) => {
      // A 304 carries the Cache-Control its 200 would have (RFC 9111 4.3.4), so caches refresh their copy.
      const fresh = reply.statusCode < 300 || reply.statusCode === 304;
      if ((request.method === 'GET' || request.method === 'HEAD') && fresh && !reply.hasHeader('cache-control')) {
        reply.header('cache-control', CACHE_CONTROL);
      }
      done(null, payload);
    });
    await app.register(compress, {
      global: true,
      threshold: 1024,
      encodings: [...ENCODINGS],
      syncThreshold: SYNC_COMPRESS_MAX_BYTES,
      // The default text and JSON types, plus NDJSON (which mime-db does not list as compressible).
      customTypes: COMPRESSIBLE,
    });
  },
  { name: 'http-cache' },
);
