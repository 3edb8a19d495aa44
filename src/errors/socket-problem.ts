import { randomUUID } from 'node:crypto';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { apiError, type ErrorCode } from './catalog.js';
import { problemBody } from './problem-body.js';
import { API_CSP } from '../plugins/security.js';

/**
 * Writes a problem straight to a socket and closes it, for the errors Node's HTTP layer raises before a
 * request exists (unparseable request line, headers over the limit, a header or request timeout) and for
 * methods it never routes (CONNECT). Same body as every other problem, so a client sees one shape.
 */
export function writeSocketProblem(
  socket: Duplex,
  code: ErrorCode,
  detail: string,
  extraHeaders: Record<string, string> = {},
): void {
  if (socket.destroyed) return;
  if (socket.writable) {
    const error = apiError(code, detail);
    const body = JSON.stringify(problemBody(error, '/', randomUUID()));
    const headers = {
      'Content-Type': 'application/problem+json; charset=utf-8',
      'Content-Length': String(Buffer.byteLength(body)),
      'Cache-Control': 'no-store',
      'Content-Security-Policy': API_CSP,
      'X-Content-Type-Options': 'nosniff',
      Connection: 'close',
      ...extraHeaders,
    };
    const head = Object.entries(headers)
      .map(([k, v]) => `${k}: ${v}\r\n`)
      .join('');
    socket.end(`HTTP/1.1 ${error.statusCode} ${STATUS_CODES[error.statusCode]}\r\n${head}\r\n${body}`);
  }
  // end() flushes the answer; destroy after a grace period in case the peer never reads it.
  setTimeout(() => socket.destroy(), 1000).unref();
}

/** What Node's HTTP parser reports, mapped to the catalog (see Fastify's clientErrorHandler option). */
export function clientErrorHandler(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  if (err.code === 'ERR_HTTP_REQUEST_TIMEOUT') {
    writeSocketProblem(socket, 'request-timeout', 'The request did not arrive within the request timeout.');
  } else if (err.code === 'HPE_HEADER_OVERFLOW') {
    writeSocketProblem(socket, 'headers-too-large', 'The request line and headers are larger than the server accepts.');
  } else {
    writeSocketProblem(socket, 'request-error', 'The request could not be parsed as HTTP/1.1.');
  }
}
