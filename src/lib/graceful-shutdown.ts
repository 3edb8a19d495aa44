import { Server as NetServer } from 'node:net';
import type { FastifyInstance } from 'fastify';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms).unref());

/**
 * Stops accepting connections without touching open ones. http.Server#close would also close every idle
 * keep-alive connection at once, racing each client that is sending its next request on one (the reset
 * this shutdown exists to avoid); net.Server#close only closes the listener.
 */
function stopAccepting(server: NetServer, timeoutMs: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    timer.unref();
    // Resolves once every open connection has ended.
    NetServer.prototype.close.call(server, () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * The drain, in three steps so that no request is cut mid-flight:
 * 1. readiness turns 503 at once, everything else is served as before, for `drainMs` (a load balancer
 *    takes the instance out of rotation meanwhile; clients on open connections carry on);
 * 2. the listener closes (new connections are refused, which a client sees before sending anything) and
 *    every response now carries `Connection: close`, so each open connection ends cleanly after its next
 *    answer; idle ones end at the keep-alive timeout;
 * 3. after at most `timeoutMs`, whatever is still open and idle is closed, the app closes (store, timers),
 *    and the caller exits 0.
 */
export async function gracefulShutdown(
  app: FastifyInstance,
  opts: { drainMs: number; timeoutMs: number },
): Promise<void> {
  app.lifecycle.draining = true;
  await sleep(opts.drainMs);
  app.lifecycle.closing = true;
  await stopAccepting(app.server, opts.timeoutMs);
  await app.close();
}
