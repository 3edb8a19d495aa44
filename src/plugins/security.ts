import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';

/** JSON and CSV are never rendered as pages: they may load nothing and be framed by nobody. */
export const API_CSP = "default-src 'none'; frame-ancestors 'none'";

/**
 * Security headers and CORS. The API is public and read-only, so any origin may read it. Every response
 * gets the strict API_CSP; the interactive docs replace it with their own (see the openapi plugin).
 * HSTS only when the deployment says it is behind TLS (HSTS_MAX_AGE).
 */
export default fp(
  async function security(app: FastifyInstance, opts: { config: Config }) {
    await app.register(helmet, {
      contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
      crossOriginResourcePolicy: { policy: 'cross-origin' },
      frameguard: { action: 'deny' },
      strictTransportSecurity:
        opts.config.HSTS_MAX_AGE > 0 ? { maxAge: opts.config.HSTS_MAX_AGE, includeSubDomains: true } : false,
    });
    await app.register(cors, {
      origin: opts.config.CORS_ORIGIN === '*' ? '*' : opts.config.CORS_ORIGIN.split(',').map((o) => o.trim()),
      methods: ['GET', 'HEAD', 'OPTIONS'],
      exposedHeaders: [
        'ETag',
        'X-Request-Id',
        'Content-Disposition',
        'Retry-After',
        'X-RateLimit-Limit',
        'X-RateLimit-Remaining',
        'X-RateLimit-Reset',
      ],
      maxAge: 86400,
      // A bare OPTIONS (no Origin) is a plain 204 with Allow, not a text/plain 400.
      strictPreflight: false,
    });
    // Echo the request id so a user can quote it when reporting a problem.
    app.addHook('onRequest', (request, reply, done) => {
      reply.header('x-request-id', request.id);
      done();
    });
  },
  { name: 'security' },
);
