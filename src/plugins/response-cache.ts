import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { LRUCache } from 'lru-cache';

/** The headers that make a response what it is; per-request ones (date, request id) are not kept. */
const KEPT_HEADERS = ['content-type', 'etag', 'cache-control', 'vary', 'content-disposition'] as const;

const identity = (payload: unknown) => payload as string;

interface Entry {
  payload: string | Buffer;
  headers: Record<string, string>;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when the response was served from the cache, so it is not stored again. */
    fromResponseCache?: boolean;
  }
}

/**
 * The store is immutable while the process runs, so a successful GET always produces the same bytes:
 * keep the serialized body and its headers, keyed by URL and Accept header, and replay them before
 * validation, queries and serialization. Bounded by bytes; `maxBytes: 0` turns it off.
 * Registered after @fastify/etag so the stored headers carry the ETag and a replay skips hashing.
 */
export default fp(async function responseCache(app: FastifyInstance, opts: { maxBytes: number }) {
  if (opts.maxBytes <= 0) return;
  const cache = new LRUCache<string, Entry>({
    maxSize: opts.maxBytes,
    sizeCalculation: (e) => Math.max(1, Buffer.byteLength(e.payload)),
  });
  const keyOf = (url: string, accept: string | undefined) => `${url}\n${accept ?? ''}`;

  app.addHook('onRequest', (request, reply: FastifyReply, done) => {
    const hit = request.method === 'GET' || request.method === 'HEAD' ? cache.get(keyOf(request.url, request.headers.accept)) : undefined;
    if (!hit) {
      done();
      return;
    }
    // Answering from the hook: done() is not called, so validation and the handler never run.
    request.fromResponseCache = true;
    reply.headers(hit.headers).serializer(identity).send(hit.payload);
  });

  app.addHook('onSend', (request, reply, payload, done) => {
    done(null, payload);
    if (request.fromResponseCache || request.method !== 'GET' || reply.statusCode !== 200) return;
    if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return;
    // Health and readiness say something about this moment, not about the data.
    if (reply.getHeader('cache-control') === 'no-store') return;
    const headers: Record<string, string> = {};
    for (const name of KEPT_HEADERS) {
      const value = reply.getHeader(name);
      if (value !== undefined) headers[name] = String(value);
    }
    cache.set(keyOf(request.url, request.headers.accept), { payload, headers });
  });
}, { name: 'response-cache' });
