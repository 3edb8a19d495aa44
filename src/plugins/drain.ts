import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    /** Shutdown state: set by the server entry on SIGTERM, read by readiness and the connection hook. */
    lifecycle: { draining: boolean };
  }
}

/**
 * Graceful drain, first half (src/server.ts does the rest): once `lifecycle.draining` is set, readiness
 * answers 503 so a load balancer stops sending, and every response carries `Connection: close` so each
 * keep-alive client finishes its current request and reconnects elsewhere instead of being reset later.
 */
export default fp(async function drain(app: FastifyInstance) {
  app.decorate('lifecycle', { draining: false });
  app.addHook('onRequest', (_request, reply, done) => {
    if (app.lifecycle.draining) reply.header('connection', 'close');
    done();
  });
}, { name: 'drain' });
