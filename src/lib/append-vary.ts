import type { FastifyReply } from 'fastify';

/**
 * Adds a request header to the reply's Vary unless it is already there. Compares whole field names, so
 * `Accept-Language` does not count as `Accept` (a word-boundary match would take one for the other).
 */
export function appendVary(reply: FastifyReply, field: string): void {
  const vary = String(reply.getHeader('vary') ?? '');
  const fields = vary.split(',').map((f) => f.trim().toLowerCase());
  if (fields.includes(field.toLowerCase())) return;
  reply.header('vary', vary ? `${vary}, ${field}` : field);
}
