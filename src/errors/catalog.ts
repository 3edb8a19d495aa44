import type { z } from 'zod';
import type { ProblemFieldError } from '../schemas/problem.js';
/**
 * The one catalog of errors the API can return. Codes are stable: clients may switch on them.
 * Handlers throw `apiError(code, detail)`; the problem-details plugin renders every error.
 */
export const errorCatalog = {
  'invalid-parameter': {
    status: 400,
    title: 'Invalid request parameter',
    description: 'A path or query parameter is missing, malformed, out of range or not one this endpoint accepts.',
  },
  'election-not-found': {
    status: 404,
    title: 'Election not found',
    description: 'No vote has this id. See /v1/elections.',
  },
  'candidate-not-found': {
    status: 404,
    title: 'Candidate not found',
    description: 'No candidate has this id. Try /v1/search?q=.',
  },
  'party-not-found': {
    status: 404,
    title: 'Party not found',
    description: 'No party or nominating organisation has this id. Try /v1/search?q=.',
  },
  'region-not-found': {
    status: 404,
    title: 'Region not found',
    description: 'No region has this id. See /v1/regions.',
  },
  'region-not-in-election': {
    status: 404,
    title: 'Region did not exist at this vote',
    description:
      'The region exists but not on the date of this vote (for example Abai, Jetisu and Ulytau before June 2022).',
  },
  'geometry-not-found': {
    status: 404,
    title: 'No outline for this region and day',
    description:
      'The region has no boundary on this day: it did not exist then, or it is the pseudo-region of voters abroad.',
  },
  'contest-not-found': {
    status: 404,
    title: 'Contest not found',
    description: 'This vote has no contest with this id. See the contests of /v1/elections/{election_id}.',
  },
  'source-not-found': {
    status: 404,
    title: 'Source not found',
    description: 'No source has this id. See /v1/sources.',
  },
  'release-not-found': {
    status: 404,
    title: 'Release not found',
    description:
      'This server serves the files of one data release, and the URL names another (an older one, say). ' +
      'GET /v1/downloads lists the current files; GET /v1/release says what changed.',
  },
  'download-not-found': {
    status: 404,
    title: 'Download not found',
    description: 'The release has no file of this name. See /v1/downloads.',
  },
  'claim-not-found': { status: 404, title: 'Claim not found', description: 'No claim has this id.' },
  'problem-type-not-found': {
    status: 404,
    title: 'Problem type not found',
    description: 'No problem type has this code.',
  },
  'route-not-found': {
    status: 404,
    title: 'Route not found',
    description: 'No endpoint at this path and method. See /openapi.json.',
  },
  'method-not-allowed': {
    status: 405,
    title: 'Method not allowed',
    description: 'The API is read-only: use GET (or HEAD); the Allow header lists the methods.',
  },
  'not-acceptable': {
    status: 406,
    title: 'Not acceptable',
    description:
      'The Accept header allows none of the formats this endpoint serves (application/json, and text/csv for tables).',
  },
  'request-timeout': {
    status: 408,
    title: 'Request timeout',
    description: 'The request line, headers or body did not arrive in time; the connection is closed.',
  },
  'body-not-allowed': {
    status: 413,
    title: 'Request body not allowed',
    description: 'The API is read-only: requests carry no body. The body is not read and the connection is closed.',
  },
  'uri-too-long': {
    status: 414,
    title: 'URI too long',
    description: 'The request target is longer than the server accepts (see Reliability in the README).',
  },
  'range-not-satisfiable': {
    status: 416,
    title: 'Range not satisfiable',
    description:
      'The Range header asks for bytes beyond the end of the file; Content-Range gives its length (bytes */size).',
  },
  forbidden: {
    status: 403,
    title: 'Forbidden',
    description: 'This path may not be read (for example a hidden file under /docs).',
  },
  'rate-limited': {
    status: 429,
    title: 'Too many requests',
    description:
      'This client sent more requests than its share; retry after the number of seconds in Retry-After. The RateLimit headers say the policy.',
  },
  'headers-too-large': {
    status: 431,
    title: 'Request headers too large',
    description: 'The request line and headers together are larger than the server accepts.',
  },
  'request-error': {
    status: 400,
    title: 'Bad request',
    description: 'The request could not be read (malformed request line, headers or encoding).',
  },
  'not-ready': {
    status: 503,
    title: 'Not ready',
    description: 'The store is not open, does not match this version of the code, or the server is shutting down.',
  },
  overloaded: {
    status: 503,
    title: 'Overloaded',
    description:
      'The server is shedding load (event loop lag or memory over its cap); retry after the seconds in Retry-After.',
  },
  'internal-error': {
    status: 500,
    title: 'Internal error',
    description: 'Something failed on our side; the request id helps us find it.',
  },
} as const satisfies Record<string, { status: number; title: string; description: string }>;

export type ErrorCode = keyof typeof errorCatalog;

/** One failing parameter of a validation problem (its schema is the document's ProblemFieldError). */
export type FieldError = z.infer<typeof ProblemFieldError>;

export class ApiError extends Error {
  readonly statusCode: number;
  constructor(
    readonly code: ErrorCode,
    detail: string,
    readonly errors?: FieldError[],
    /** For an unknown id: ids of the same kind that are close to it (by any spelling, any script). */
    readonly didYouMean?: string[],
  ) {
    super(detail);
    this.name = 'ApiError';
    this.statusCode = errorCatalog[code].status;
  }
}

export const apiError = (code: ErrorCode, detail: string, errors?: FieldError[], didYouMean?: string[]) =>
  new ApiError(code, detail, errors, didYouMean);

export const problemTypeUri = (code: ErrorCode) => `/problems/${code}`;

/**
 * The code for an error that carries only an HTTP status (from the framework, the HTTP parser or a plugin):
 * each status maps to one catalog entry whose status is the same, so a problem's `status` and `code` agree.
 */
const CODE_BY_STATUS: Partial<Record<number, ErrorCode>> = {
  400: 'request-error',
  403: 'forbidden',
  404: 'route-not-found',
  405: 'method-not-allowed',
  406: 'not-acceptable',
  408: 'request-timeout',
  413: 'body-not-allowed',
  414: 'uri-too-long',
  416: 'range-not-satisfiable',
  429: 'rate-limited',
  431: 'headers-too-large',
  503: 'overloaded',
};

/** A catalog code for a bare status; any other client error is a generic bad request, any other server error internal. */
export function codeForStatus(status: number | undefined): ErrorCode {
  const code = status === undefined ? undefined : CODE_BY_STATUS[status];
  if (code) return code;
  return status !== undefined && status >= 400 && status < 500 ? 'request-error' : 'internal-error';
}
