import helmet, { type FastifyHelmetOptions } from '@fastify/helmet';
import Fastify from 'fastify';

/** Headers every response has anyway; they are not security headers and are not copied. */
const NOT_SECURITY = new Set(['content-type', 'content-length', 'date', 'connection', 'keep-alive']);

/**
 * The headers @fastify/helmet sets for a configuration, computed once at start-up by letting helmet answer one
 * request on a throwaway instance. Helmet stays the source of truth for which headers and values; the API then
 * sets them as one precomputed object in one hook instead of running helmet's two hooks (one of them async) and
 * its middleware chain on every request. They do not depend on the request (no CSP nonces are used).
 */
export async function helmetHeaders(options: FastifyHelmetOptions): Promise<Record<string, string>> {
  const probe = Fastify({ logger: false });
  await probe.register(helmet, options);
  probe.get('/', async () => '');
  const res = await probe.inject({ url: '/' });
  await probe.close();
  return Object.fromEntries(
    Object.entries(res.headers)
      .filter(([name]) => !NOT_SECURITY.has(name))
      .map(([name, value]) => [name, String(value)]),
  );
}
