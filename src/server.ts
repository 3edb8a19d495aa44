import closeWithGrace from 'close-with-grace';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.js';
import { loadConfig } from './config.js';
import { StoreError } from './db/store-identity.js';

/**
 * The only place that listens. On SIGTERM or SIGINT it drains: readiness turns 503 and responses carry
 * `Connection: close` for SHUTDOWN_DRAIN_MS, then the listener closes, idle sockets close, in-flight requests
 * finish, and the process exits 0; if they have not finished SHUTDOWN_TIMEOUT_MS later it exits 1 anyway.
 */
async function main(): Promise<void> {
  const config = loadConfig(process.env);
  let app: FastifyInstance;
  try {
    app = await buildApp(config);
  } catch (err) {
    if (!(err instanceof StoreError)) throw err;
    // A store problem is the operator's to fix: one clear line, no stack trace.
    console.error(`cannot start: ${err.message}`);
    process.exitCode = 1;
    return;
  }

  closeWithGrace({ delay: config.SHUTDOWN_DRAIN_MS + config.SHUTDOWN_TIMEOUT_MS }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'closing after an error');
    else app.log.info({ signal, drainMs: config.SHUTDOWN_DRAIN_MS }, 'draining');
    app.lifecycle.draining = true;
    await new Promise((resolve) => setTimeout(resolve, config.SHUTDOWN_DRAIN_MS));
    await app.close();
    app.log.info('closed');
  });

  await app.listen({ port: config.PORT, host: config.HOST });
}

await main();
