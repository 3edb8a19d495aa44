import type { Server } from 'node:http';
import type { FastifyHttpOptions, FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { apiError } from '../errors/catalog.js';
import { writeSocketProblem } from '../errors/socket-problem.js';

/** Longest request target accepted; every valid URL of the API is far shorter. Longer: 414. */
export const MAX_URL_LENGTH = 2048;
/** Request line plus headers, enforced by Node's parser (HPE_HEADER_OVERFLOW): larger is a 431. */
export const MAX_HEADER_BYTES = 8192;

/** Server options for the limits below; passed to Fastify's constructor by buildApp. */
export function serverLimits(config: Config): Partial<FastifyHttpOptions<Server>> {
  return {
    requestTimeout: config.REQUEST_TIMEOUT_MS,
    keepAliveTimeout: config.KEEP_ALIVE_TIMEOUT_MS,
    // A socket with no traffic at all (not even a request line) is dropped after this.
    connectionTimeout: config.REQUEST_TIMEOUT_MS * 2,
    http: {
      maxHeaderSize: MAX_HEADER_BYTES,
      headersTimeout: config.HEADERS_TIMEOUT_MS,
      // Node checks request and header timeouts on this interval (30 s by default): check every second.
      connectionsCheckingInterval: 1000,
    },
    // The API reads no bodies: nothing may be buffered for one.
    bodyLimit: 1,
  };
}

/**
 * Refuses what a read-only API never needs before any of it is read: a request with a body (413, the
 * connection is closed so the body is never read), an overlong URL (414), CONNECT (405, answered on the
 * socket since Node never routes it). Caps the number of open connections.
 */
export default fp(
  async function httpLimits(app: FastifyInstance, opts: { config: Config }) {
    app.server.maxConnections = opts.config.MAX_CONNECTIONS;
    app.server.on('connect', (_req, socket) => {
      writeSocketProblem(socket, 'method-not-allowed', 'CONNECT is not allowed; the API is read-only.', {
        Allow: 'GET, HEAD, OPTIONS',
      });
    });
    app.addHook('onRequest', (request, _reply, done) => {
      if (request.url.length > MAX_URL_LENGTH) {
        done(
          apiError(
            'uri-too-long',
            `The request target has ${request.url.length} characters; at most ${MAX_URL_LENGTH} are accepted.`,
          ),
        );
        return;
      }
      const length = request.headers['content-length'];
      if ((length !== undefined && length !== '0') || request.headers['transfer-encoding'] !== undefined) {
        done(
          apiError('body-not-allowed', 'The API is read-only and reads no request body; send the request without one.'),
        );
        return;
      }
      done();
    });
  },
  { name: 'http-limits' },
);
