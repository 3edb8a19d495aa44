import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { apiError } from '../errors/catalog.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Set while this request holds its client's turn at the store. */
    holdsTurn?: boolean;
  }
}

/**
 * Per-client fair queueing for the work that costs: requests that reach the store (cache misses) run one
 * at a time per client and at most one per turn of the event loop. Queries are synchronous, so without this
 * a client with 20 connections runs 20 queries back to back while everyone else waits; with it, other
 * clients' requests are served between any two of its queries, and the rate limit decides how many it gets
 * at all. Cache hits are answered before this step and never wait.
 */
export default fp(
  async function clientFairness(app: FastifyInstance, opts: { config: Config }) {
    // Requests one client may have waiting at once; more is a 429 at once, not a longer queue.
    const maxQueued = opts.config.CLIENT_QUEUE_MAX;
    const queues = new Map<string, (() => void)[]>();

    const release = (request: FastifyRequest) => {
      if (!request.holdsTurn) return;
      request.holdsTurn = false;
      const queue = queues.get(request.ip);
      const next = queue?.shift();
      if (next) setImmediate(next);
      else queues.delete(request.ip);
    };

    app.addHook('preHandler', (request, reply, done) => {
      // Already its turn: the hook runs again when a route hands the request on (reply.callNotFound).
      if (request.holdsTurn) {
        done();
        return;
      }
      // The turn ends when the response is done ('close': sent, or the connection gone) and not before the next
      // turn of the event loop: a synchronous query finishes before the loop moves on, so without the second
      // condition twenty requests read from twenty sockets in one pass would still run back to back.
      const take = () => {
        request.holdsTurn = true;
        let pending = 2;
        const oneDone = () => {
          if (--pending === 0) release(request);
        };
        reply.raw.once('close', oneDone);
        setImmediate(oneDone);
      };
      const queue = queues.get(request.ip);
      if (!queue) {
        queues.set(request.ip, []);
        take();
        done();
        return;
      }
      if (queue.length >= maxQueued) {
        reply.header('retry-after', '1');
        done(
          apiError(
            'rate-limited',
            `More than ${maxQueued} requests from this client are waiting; wait for answers before sending more.`,
          ),
        );
        return;
      }
      queue.push(() => {
        take();
        // The client may have gone while it waited: pass the turn on rather than run its query.
        if (request.raw.destroyed) release(request);
        else done();
      });
    });
  },
  { name: 'client-fairness' },
);
