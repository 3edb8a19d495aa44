import closeWithGrace from 'close-with-grace';
import type { FastifyInstance } from 'fastify';
import pino from 'pino';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { StoreError } from './db/store-identity.js';
import { gracefulShutdown } from './lib/graceful-shutdown.js';

/**
 * The only place that listens. On SIGTERM or SIGINT it drains (lib/graceful-shutdown): readiness turns 503
 * for SHUTDOWN_DRAIN_MS, then the listener closes and every response carries `Connection: close`, in-flight
 * requests finish, idle sockets close, and the process exits 0; close-with-grace exits 1 if that takes longer.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  // Log lines are written asynchronously: a line waits for the write before it, never for the request that
  // logged it, and lines logged meanwhile leave in one write. Flushed after the last line at shutdown.
  const logStream = pino.destination({ dest: 1, sync: false });
  let app: FastifyInstance;
  try {
    app = await buildApp(config, { logStream });
  } catch (err) {
    if (!(err instanceof StoreError)) throw err;
    // A store problem is the operator's to fix: one clear line, no stack trace.
    console.error(`cannot start: ${err.message}`);
    process.exitCode = 1;
    return;
  }

  closeWithGrace({ delay: config.SHUTDOWN_DRAIN_MS + config.SHUTDOWN_TIMEOUT_MS + 2000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'closing after an error');
    else app.log.info({ signal, drainMs: config.SHUTDOWN_DRAIN_MS }, 'draining');
    await gracefulShutdown(app, { drainMs: config.SHUTDOWN_DRAIN_MS, timeoutMs: config.SHUTDOWN_TIMEOUT_MS });
    app.log.info('closed');
    logStream.flushSync();
  });

  await app.listen({ port: config.PORT, host: config.HOST });
}

await main();
