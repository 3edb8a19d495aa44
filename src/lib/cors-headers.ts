import cors, { type FastifyCorsOptions } from '@fastify/cors';
import Fastify from 'fastify';

const isCorsHeader = (name: string) => name.startsWith('access-control-') || name === 'vary';

/**
 * The headers @fastify/cors sets on a simple (non-preflight) response, computed once at start-up by letting it
 * answer on a throwaway instance, or undefined when they depend on the request. They do not when every origin
 * is allowed: then the plugin's per-request work (a copy of its options, the origin resolution) always ends in
 * the same headers, which the API sets as part of one precomputed object instead. An origin list is reflected
 * per request (with `Vary: Origin`), so the plugin keeps doing that.
 */
export async function staticCorsHeaders(options: FastifyCorsOptions): Promise<Record<string, string> | undefined> {
  const probe = Fastify({ logger: false });
  await probe.register(cors, options);
  probe.get('/', async () => '');
  const seen = [];
  for (const headers of [{}, { origin: 'https://one.example' }, { origin: 'null' }]) {
    const res = await probe.inject({ url: '/', headers });
    seen.push(Object.fromEntries(Object.entries(res.headers).filter(([name]) => isCorsHeader(name))));
  }
  await probe.close();
  const [first] = seen;
  const same = seen.every((h) => JSON.stringify(h) === JSON.stringify(first));
  return same && first && !('vary' in first)
    ? Object.fromEntries(Object.entries(first).map(([name, value]) => [name, String(value)]))
    : undefined;
}
