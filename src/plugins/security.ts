import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';

/**
 * Security headers and CORS. The API is public and read-only, so any origin may read it;
 * the interactive docs set their own Content-Security-Policy (see the openapi plugin).
 */
export default fp(async function security(app: FastifyInstance, opts: { config: Config }) {
  await app.register(helmet, { contentSecurityPolicy: false, crossOriginResourcePolicy: { policy: 'cross-origin' } });
  await app.register(cors, {
    origin: opts.config.CORS_ORIGIN === '*' ? '*' : opts.config.CORS_ORIGIN.split(',').map((o) => o.trim()),
    methods: ['GET', 'HEAD', 'OPTIONS'],
    exposedHeaders: ['ETag', 'X-Request-Id', 'Content-Disposition'],
    maxAge: 86400,
  });
  // Echo the request id so a user can quote it when reporting a problem.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
}, { name: 'security' });
