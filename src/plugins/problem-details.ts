import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { ApiError, apiError, codeForStatus, type FieldError } from '../errors/catalog.js';
import { problemBody } from '../errors/problem-body.js';

const LOCATIONS: Record<string, FieldError['location']> = {
  querystring: 'query',
  params: 'path',
  headers: 'header',
  body: 'body',
};

/** Turns a zod validation failure into one field error per issue, naming the parameter. */
function fieldErrors(err: FastifyError): FieldError[] {
  const location = LOCATIONS[err.validationContext ?? ''] ?? 'query';
  return (err.validation ?? []).map((v) => {
    const params = v.params as { keys?: string[] };
    const path = v.instancePath.replace(/^\//, '').replace(/\//g, '.');
    if (v.keyword === 'unrecognized_keys' && params.keys) {
      return { location, name: params.keys.join(','), message: `is not a parameter of this endpoint` };
    }
    return { location, name: path, message: v.message ?? 'is invalid' };
  });
}

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
/**
 * Path patterns of every registered route, to tell "wrong method" (405) from "no such path" (404).
 * Keyed by route URL: every app built in this process registers the same routes.
 */
const routePatterns = new Map<string, RegExp>();
const patternOf = (url: string) =>
  new RegExp(
    `^${url
      .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
      .replace(/:\w+/g, '[^/]+')
      .replace(/\*/g, '.*')}/?$`,
  );

function methodNotAllowed(request: FastifyRequest): ApiError | undefined {
  const path = request.url.split('?')[0] ?? '/';
  if (READ_METHODS.has(request.method) || ![...routePatterns.values()].some((p) => p.test(path))) return undefined;
  return apiError('method-not-allowed', `${request.method} is not allowed on ${path}; the API is read-only.`);
}

/** Maps anything thrown to a catalog code; unknown errors become internal-error and are logged. */
function toApiError(err: FastifyError, request: FastifyRequest): ApiError {
  if (err instanceof ApiError) return err;
  const wrongMethod = methodNotAllowed(request);
  if (wrongMethod) return wrongMethod;
  if (err.code === 'FST_ERR_MAX_PARAM_LENGTH' || err.code === 'FST_ERR_BAD_URL') {
    return apiError('invalid-parameter', 'A path parameter is too long or not a valid URL component.', [
      { location: 'path', name: '', message: err.message },
    ]);
  }
  if (hasZodFastifySchemaValidationErrors(err) || err.validation) {
    const errors = fieldErrors(err);
    return apiError(
      'invalid-parameter',
      errors.map((e) => (e.name ? `${e.location} parameter ${e.name} ${e.message}` : e.message)).join('; '),
      errors,
    );
  }
  // A bare status from a plugin or the framework: its catalog code (a 5xx other than 503 is ours, below).
  const code = codeForStatus(err.statusCode);
  if (code !== 'internal-error') return apiError(code, err.message);
  request.log.error({ err }, 'unhandled error');
  return apiError('internal-error', 'An unexpected error occurred.');
}

/** Router-level errors (bad URL, overlong parameter) reach this before any route: same pipeline. */
export function frameworkErrorHandler(err: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  sendProblem(reply, toApiError(err, request));
}

export function sendProblem(reply: FastifyReply, error: ApiError): FastifyReply {
  const body = problemBody(error, reply.request.url, String(reply.request.id));
  if (error.code === 'method-not-allowed') reply.header('allow', 'GET, HEAD, OPTIONS');
  // A refused body is never read: closing the connection is the only way not to read it.
  if (error.code === 'body-not-allowed') reply.header('connection', 'close');
  // Problems are never cached: a later request may well succeed.
  return reply
    .code(error.statusCode)
    .header('cache-control', 'no-store')
    .type('application/problem+json; charset=utf-8')
    .serializer(JSON.stringify)
    .send(body);
}

/** The one error pipeline: every error and every unknown route becomes RFC 9457 problem+json. */
export default fp(
  async function problemDetails(app: FastifyInstance) {
    app.addHook('onRoute', (route) => {
      const methods = [route.method].flat();
      if (methods.includes('GET') && !route.url.startsWith('/docs')) routePatterns.set(route.url, patternOf(route.url));
    });
    app.setErrorHandler((err: FastifyError, request, reply) => sendProblem(reply, toApiError(err, request)));
    app.setNotFoundHandler((request, reply) =>
      sendProblem(
        reply,
        methodNotAllowed(request) ??
          apiError('route-not-found', `No endpoint for ${request.method} ${request.url.split('?')[0]}.`),
      ),
    );
  },
  { name: 'problem-details' },
);
