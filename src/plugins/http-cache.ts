import compress from '@fastify/compress';
import etag from '@fastify/etag';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import responseCache from './response-cache.js';

/** The store is rebuilt only on deploy, so a response may be reused for an hour and revalidated cheaply. */
export const CACHE_CONTROL = 'public, max-age=3600, stale-while-revalidate=86400';

/**
 * Strong ETags with 304 on If-None-Match, Cache-Control for successful reads, and compression.
 * etag is registered before compress so it hashes the identity body: one tag per representation;
 * the response cache sits between them so it stores bodies with their ETag, uncompressed.
 */
export default fp(async function httpCache(app: FastifyInstance, opts: { config: Config }) {
  await app.register(etag, { algorithm: 'sha1' });
  await app.register(responseCache, { maxBytes: opts.config.RESPONSE_CACHE_MB * 1024 * 1024 });
  // Callback-style hooks here and in the other per-request plugins: no promise per hook per request.
  app.addHook('onSend', (request, reply, payload, done) => {
    if ((request.method === 'GET' || request.method === 'HEAD') && reply.statusCode < 300 && !reply.hasHeader('cache-control')) {
      reply.header('cache-control', CACHE_CONTROL);
    }
    done(null, payload);
  });
  await app.register(compress, { global: true, threshold: 1024, encodings: ['br', 'gzip', 'deflate'] });
}, { name: 'http-cache' });
