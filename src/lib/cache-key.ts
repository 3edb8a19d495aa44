import negotiate from '@fastify/accept-negotiator';
import type { FastifyRequest } from 'fastify';

/** The encodings the compress plugin is registered with, in its order of preference (see plugins/http-cache). */
export const ENCODINGS = ['br', 'gzip', 'deflate'] as const;
export type Encoding = (typeof ENCODINGS)[number] | 'identity';

/**
 * The encoding @fastify/compress will choose for this request, by the same rules (its aliases and
 * x-no-compression included), so a cached variant is only replayed to a request that would get it anyway.
 */
export function negotiatedEncoding(request: FastifyRequest): Encoding {
  if (request.headers['x-no-compression'] !== undefined) return 'identity';
  const header = request.headers['accept-encoding'];
  if (typeof header !== 'string') return 'identity';
  return negotiate(header.toLowerCase().replace(/\*|x-gzip/gu, 'gzip'), [...ENCODINGS]) ?? 'identity';
}

/** Scalars and flat arrays of a validated query or path, in a fixed key order. */
function stable(values: unknown): string {
  if (!values || typeof values !== 'object') return '';
  return Object.keys(values)
    .sort()
    .filter((k) => k !== 'format')
    .map((k) => `${k}=${JSON.stringify((values as Record<string, unknown>)[k])}`)
    .join('&');
}

/**
 * The canonical request a response depends on: the route, its validated and parsed parameters (defaults
 * applied, one spelling per value) and the negotiated format. Raw URLs and headers never enter the key,
 * so spellings of the same request share one entry and a flood of distinct spellings adds none.
 */
export function canonicalRequestKey(request: FastifyRequest): string {
  return `${request.routeOptions.url ?? ''}\n${stable(request.params)}\n${stable(request.query)}\n${request.tableFormat}`;
}
