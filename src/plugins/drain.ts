import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

declare module 'fastify' {
  interface FastifyInstance {
    /**
     * Shutdown state, set by lib/graceful-shutdown: `draining` from SIGTERM on (readiness answers 503),
     * `closing` once the listener has closed (every response carries `Connection: close`).
     */
    lifecycle: { draining: boolean; closing: boolean };
  }
}

/**
 * The request side of the graceful drain (lib/graceful-shutdown sequences it): readiness reads
 * `lifecycle.draining`; once `lifecycle.closing` is set every response carries `Connection: close`, so each
 * keep-alive connection ends cleanly after its answer instead of being closed under a client's next request.
 */
export default fp(
  async function drain(app: FastifyInstance) {
    app.decorate('lifecycle', { draining: false, closing: false });
    app.addHook('onRequest', (_request, reply, done) => {
      if (app.lifecycle.closing) reply.header('connection', 'close');
      done();
    });
  },
  { name: 'drain' },
);
