import { gzipSync } from 'node:zlib';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { LRUCache } from 'lru-cache';

/** The headers that make a response what it is; per-request ones (date, request id) are not kept. */
const KEPT_HEADERS = ['content-type', 'etag', 'cache-control', 'vary', 'content-disposition'] as const;
/** Below this, compressing costs more than it saves (the same threshold as the compress plugin). */
const GZIP_MIN_BYTES = 1024;

interface Entry {
  payload: Buffer;
  headers: Record<string, string>;
  /** Made on the first request that accepts gzip, then reused. */
  gzip?: Buffer;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set when the response was served from the cache, so it is not stored again. */
    fromResponseCache?: boolean;
  }
}

function wantsGzip(request: FastifyRequest): boolean {
  const header = request.headers['accept-encoding'];
  return typeof header === 'string' && header.includes('gzip') && request.accepts().encoding(['gzip', 'identity']) === 'gzip';
}

/** Writes a cached entry straight to the socket with the headers earlier hooks set (security, CORS, request id). */
function replay(request: FastifyRequest, reply: FastifyReply, entry: Entry): void {
  const notModified = request.headers['if-none-match'] === entry.headers.etag;
  const gzip = !notModified && entry.payload.length >= GZIP_MIN_BYTES && wantsGzip(request);
  if (gzip && !entry.gzip) entry.gzip = gzipSync(entry.payload);
  const body = notModified ? undefined : gzip ? entry.gzip! : entry.payload;
  const headers: Record<string, string | number | string[]> = { ...(reply.getHeaders() as Record<string, string>), ...entry.headers };
  if (gzip) {
    headers['content-encoding'] = 'gzip';
    const vary = entry.headers.vary ?? '';
    if (!/accept-encoding/i.test(vary)) headers.vary = vary ? `${vary}, Accept-Encoding` : 'Accept-Encoding';
  }
  if (body) headers['content-length'] = body.length;
  const status = notModified ? 304 : 200;
  reply.hijack();
  reply.raw.writeHead(status, headers);
  reply.raw.end(request.method === 'HEAD' ? undefined : body);
  // A hijacked reply skips Fastify's own completion log: write the same access line here.
  reply.log.info({ method: request.method, url: request.url, status, ms: reply.elapsedTime, cached: true }, 'request completed');
}

/**
 * The store is immutable while the process runs, so a successful GET always produces the same bytes:
 * keep the serialized body and its headers, keyed by URL and Accept header, and replay them from
 * onRequest, before validation, queries, serialization and the send hooks. Bounded by bytes;
 * `maxBytes: 0` turns it off. Registered after @fastify/etag so the stored headers carry the ETag.
 */
export default fp(async function responseCache(app: FastifyInstance, opts: { maxBytes: number }) {
  if (opts.maxBytes <= 0) return;
  const cache = new LRUCache<string, Entry>({
    maxSize: opts.maxBytes,
    sizeCalculation: (e) => Math.max(1, e.payload.length + (e.gzip?.length ?? 0)),
  });
  const keyOf = (url: string, accept: string | undefined) => `${url}\n${accept ?? ''}`;

  app.addHook('onRequest', (request, reply, done) => {
    const hit = request.method === 'GET' || request.method === 'HEAD' ? cache.get(keyOf(request.url, request.headers.accept)) : undefined;
    if (!hit) {
      done();
      return;
    }
    // Answering from the hook: done() is not called, so validation and the handler never run.
    request.fromResponseCache = true;
    replay(request, reply, hit);
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
    cache.set(keyOf(request.url, request.headers.accept), { payload: Buffer.from(payload), headers });
  });
}, { name: 'response-cache' });
