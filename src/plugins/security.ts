import cors, { type FastifyCorsOptions } from '@fastify/cors';
import type { FastifyHelmetOptions } from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { staticCorsHeaders } from '../lib/cors-headers.js';
import { helmetHeaders } from '../lib/helmet-headers.js';

/**
 * JSON and CSV are never rendered as pages: they may load nothing and be framed by nobody. The same policy as
 * the helmet directives below, for the answers written straight to a socket (errors/socket-problem).
 */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * The security headers, as @fastify/helmet options (the one place they are configured). A page served by the
 * project (the dashboard) passes its own CSP directives; it is then framed as its frame-ancestors say, so
 * X-Frame-Options (which cannot name a list of origins) is left out for it.
 */
export const helmetOptions = (config: Config, pageDirectives?: Record<string, string[]>): FastifyHelmetOptions => ({
  contentSecurityPolicy: {
    useDefaults: false,
    directives: pageDirectives ?? { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  },
  crossOriginResourcePolicy: { policy: 'cross-origin' },
  frameguard: pageDirectives ? false : { action: 'deny' },
  strictTransportSecurity: config.HSTS_MAX_AGE > 0 ? { maxAge: config.HSTS_MAX_AGE, includeSubDomains: true } : false,
});

/** CORS (@fastify/cors options): the API is public and read-only, so by default any origin may read it. */
export const corsOptions = (config: Config): FastifyCorsOptions => ({
  origin: config.CORS_ORIGIN === '*' ? '*' : config.CORS_ORIGIN.split(',').map((o) => o.trim()),
  methods: ['GET', 'HEAD', 'OPTIONS'],
  exposedHeaders: [
    'ETag',
    'X-Request-Id',
    'X-Data-Release',
    'Content-Disposition',
    'Content-Range',
    'Retry-After',
    'X-RateLimit-Limit',
    'X-RateLimit-Remaining',
    'X-RateLimit-Reset',
  ],
  maxAge: 86400,
  // A bare OPTIONS (no Origin) is a plain 204 with Allow, not a text/plain 400.
  strictPreflight: false,
});

/**
 * Security headers and CORS. Every response gets the strict API_CSP; the interactive docs replace it with
 * their own (see the openapi plugin). HSTS only when the deployment says it is behind TLS (HSTS_MAX_AGE).
 *
 * What helmet and, when every origin is allowed, @fastify/cors would set on every response does not depend on the
 * request: both libraries compute it once at start-up (lib/helmet-headers, lib/cors-headers) and it is set as one
 * object in one hook, with the request id. @fastify/cors still answers preflights itself, in a scope holding only
 * its OPTIONS route; with an origin list it runs on every request, since it reflects the caller's origin.
 */
export default fp(
  async function security(app: FastifyInstance, opts: { config: Config }) {
    const corsConfig = corsOptions(opts.config);
    const corsHeaders = await staticCorsHeaders(corsConfig);
    const everyResponse = { ...(await helmetHeaders(helmetOptions(opts.config))), ...corsHeaders };
    // Before CORS's hook, which answers a preflight itself: the preflight gets these headers too.
    app.addHook('onRequest', (request, reply, done) => {
      reply.headers(everyResponse);
      // Echoed so a user can quote it.
      reply.header('x-request-id', request.id);
      done();
    });
    if (corsHeaders) await app.register(async (preflights) => preflights.register(cors, corsConfig));
    else await app.register(cors, corsConfig);
  },
  { name: 'security' },
);
