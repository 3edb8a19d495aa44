import { LogController, type FastifyReply, type FastifyRequest } from 'fastify';

/** Access lines carry at most this much of a URL: a hostile client must not size our log lines. */
export const LOGGED_URL_MAX = 256;
const loggedUrl = (url: string) => (url.length > LOGGED_URL_MAX ? `${url.slice(0, LOGGED_URL_MAX)}…` : url);

/**
 * One access line per request instead of Fastify's two ("incoming request" and "request completed"):
 * the completion line carries method, path and status, so the incoming line only doubled the cost of
 * logging on the hot path. Errors are still logged at error level with the error.
 */
export class AccessLog extends LogController {
  override incomingRequest(): void {}

  override requestCompleted(error: Error | null | undefined, request: FastifyRequest, reply: FastifyReply): void {
    if (error) {
      reply.log.error(
        {
          method: request.method,
          url: loggedUrl(request.url),
          status: reply.statusCode,
          err: error,
          ms: reply.elapsedTime,
        },
        'request errored',
      );
    } else {
      reply.log.info(
        { method: request.method, url: loggedUrl(request.url), status: reply.statusCode, ms: reply.elapsedTime },
        'request completed',
      );
    }
  }
}
