import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { LRUCache } from 'lru-cache';
import { canonicalRequestKey, type Encoding, negotiatedEncoding } from '../lib/cache-key.js';

type Headers = Record<string, string | number | string[]>;

interface Entry {
  payload: Buffer;
  /** The representation's headers: those set after the lookup (see `representationHeaders`). */
  headers: Headers;
}

/** Node writes these per response itself; they are never stored. */
const TRANSPORT_HEADERS = new Set(['content-length', 'connection', 'date', 'keep-alive', 'transfer-encoding']);
/** A fixed cost per entry for the LRU node, the object and its maps, on top of the counted bytes. */
const ENTRY_OVERHEAD_BYTES = 512;

declare module 'fastify' {
  interface FastifyInstance {
    /** How full the response cache is (for tests and the benchmark). */
    responseCacheStats(): { entries: number; bytes: number };
  }
  interface FastifyRequest {
    /** Set on a GET/HEAD once its canonical key is known: the key its response is stored under. */
    responseCacheKey?: string;
    /** Header names and values already on the reply at lookup: per-request, never stored. */
    perRequestHeaders?: Headers;
  }
}

/** Same comparison as @fastify/etag, so a hit answers 304 exactly when a miss would. */
function matchesEtag(request: FastifyRequest, etag: unknown): boolean {
  const given = request.headers['if-none-match'];
  return (
    typeof etag === 'string' &&
    given !== undefined &&
    (given === etag || given === `W/${etag}` || `W/${given}` === etag)
  );
}

/** The headers a miss set after the lookup, or changed since: what makes the representation. */
function representationHeaders(reply: FastifyReply, perRequest: Headers): Headers {
  const out: Headers = {};
  for (const [name, value] of Object.entries(reply.getHeaders())) {
    if (value === undefined || TRANSPORT_HEADERS.has(name)) continue;
    const before = perRequest[name];
    if (before === undefined || String(before) !== String(value)) out[name] = value as Headers[string];
  }
  return out;
}

/** Writes a stored representation straight to the socket after this request's own per-request headers. */
function replay(request: FastifyRequest, reply: FastifyReply, entry: Entry, status: 200 | 304): void {
  // getHeaders() is already a copy: the stored headers are laid over it without another one.
  const headers = Object.assign(reply.getHeaders() as Headers, entry.headers);
  const body = status === 200 && request.method !== 'HEAD' ? entry.payload : undefined;
  // As Fastify sends them: the body's length, or 0 for a 304's empty body.
  headers['content-length'] = status === 200 ? entry.payload.length : 0;
  reply.hijack();
  reply.raw.writeHead(status, headers);
  reply.raw.end(body);
}

/**
 * The store is immutable while the process runs, so a successful GET always produces the same bytes. Two
 * steps, in this order on every request (documented in ARCHITECTURE.md):
 *
 * 1. lookup (preHandler, after validation and format negotiation): the key is the canonical request plus the
 *    encoding compress would choose; a repeat of the same raw request (URL and Accept) is found earlier, by a
 *    route-level onRequest hook right after the rate limit, through a bounded alias of raw request to key. A hit is written to the socket with this request's per-request headers
 *    (security, CORS, request id, rate limit, drain: all set in onRequest) and the stored representation's.
 *    A conditional request is answered 304 from the identity entry, whose headers are what a miss's 304 has.
 * 2. store (the route's last onSend, after ETag, Cache-Control, CSV, the docs' CSP and compression): keeps the
 *    final bytes and the headers set after the lookup.
 *
 * Bounded by bytes (keys, headers and a per-entry overhead counted) and by entry count; `maxBytes: 0` is off.
 */
export default fp(
  async function responseCache(app: FastifyInstance, opts: { maxBytes: number; maxEntries: number }) {
    if (opts.maxBytes <= 0) {
      app.decorate('responseCacheStats', () => ({ entries: 0, bytes: 0 }));
      return;
    }
    const cache = new LRUCache<string, Entry>({
      max: opts.maxEntries,
      maxSize: opts.maxBytes,
      maxEntrySize: Math.max(1, Math.floor(opts.maxBytes / 8)),
      sizeCalculation: (e, key) =>
        ENTRY_OVERHEAD_BYTES + key.length * 2 + e.payload.length + JSON.stringify(e.headers).length,
    });
    app.decorate('responseCacheStats', () => ({ entries: cache.size, bytes: cache.calculatedSize }));
    const variantKey = (key: string, encoding: Encoding) => `${key}\n${encoding}`;

    /** Answers from the cache when it can (true), for the canonical key of this request. */
    const answer = (request: FastifyRequest, reply: FastifyReply, key: string): boolean => {
      if (request.headers['if-none-match'] !== undefined) {
        const identity = cache.get(variantKey(key, 'identity'));
        if (identity && matchesEtag(request, identity.headers.etag)) {
          replay(request, reply, identity, 304);
          return true;
        }
      }
      const hit = cache.get(variantKey(key, negotiatedEncoding(request)));
      if (!hit || matchesEtag(request, hit.headers.etag)) return false;
      replay(request, reply, hit, 200);
      return true;
    };

    /**
     * The raw request (URL, Accept and Accept-Language) a canonical key was computed from, so that a repeat of the very same
     * request finds its entry before validation. Only requests that validated and produced a key are recorded;
     * bounded like the cache itself, and long Accept headers never take the fast path.
     */
    const aliases = new LRUCache<string, string>({
      max: opts.maxEntries,
      maxSize: Math.max(1024, Math.floor(opts.maxBytes / 8)),
      sizeCalculation: (key, alias) => 64 + 2 * (alias.length + key.length),
    });
    const aliasOf = (request: FastifyRequest) => {
      const accept = request.headers.accept ?? '';
      const language = request.headers['accept-language'] ?? '';
      return accept.length + language.length > 256 ? undefined : `${request.url}\n${accept}\n${language}`;
    };

    // 1a. fast lookup: a route-level onRequest hook, after the rate limit (registered earlier), before validation.
    const fastLookup = (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
      const alias = request.method === 'GET' || request.method === 'HEAD' ? aliasOf(request) : undefined;
      const key = alias === undefined ? undefined : aliases.get(alias);
      if (key === undefined || !answer(request, reply, key)) done();
    };

    // 1b. lookup by the canonical key, after validation and format negotiation.
    app.addHook('preHandler', (request, reply, done) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        done();
        return;
      }
      const key = canonicalRequestKey(request);
      const alias = aliasOf(request);
      if (alias !== undefined) aliases.set(alias, key);
      if (answer(request, reply, key)) return;
      // A miss (or a 304 the identity entry cannot answer yet): the full pipeline runs, and the store step needs
      // the key and which headers were already set for this request alone.
      request.responseCacheKey = key;
      request.perRequestHeaders = { ...(reply.getHeaders() as Headers) };
      done();
    });

    // Route-level, so it runs after every instance-level onSend and after compress's (registered earlier).
    const store = (
      request: FastifyRequest,
      reply: FastifyReply,
      payload: unknown,
      done: (err: null, p: unknown) => void,
    ) => {
      const key = request.responseCacheKey;
      if (
        key &&
        request.method === 'GET' &&
        reply.statusCode === 200 &&
        reply.getHeader('cache-control') !== 'no-store' &&
        (typeof payload === 'string' || Buffer.isBuffer(payload))
      ) {
        const encoding = String(reply.getHeader('content-encoding') ?? 'identity');
        const negotiated = negotiatedEncoding(request);
        // Below the compression threshold every encoding gets identity bytes: stored under the negotiated key.
        if (encoding === negotiated || encoding === 'identity') {
          cache.set(variantKey(key, negotiated), {
            payload: Buffer.from(payload),
            headers: representationHeaders(reply, request.perRequestHeaders ?? {}),
          });
        }
      }
      done(null, payload);
    };
    app.addHook('onRoute', (route) => {
      route.onRequest = [route.onRequest ?? []].flat().concat(fastLookup as never);
      route.onSend = [route.onSend ?? []].flat().concat(store as never);
    });
  },
  { name: 'response-cache' },
);
