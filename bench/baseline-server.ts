/**
 * The baseline of the side-by-side benchmark: a bare Fastify app that serves, from memory, the exact
 * bytes and headers the real API answered for each benchmarked URL (captured by bench/run.ts just
 * before the load test). No plugins, no logging, no validation, no database: what Fastify itself
 * costs for the same response on the same machine.
 *
 *   node --import tsx bench/baseline-server.ts <fixtures.json>     (env PORT, HOST)
 */
import { readFileSync } from 'node:fs';
import Fastify from 'fastify';

export interface Fixture {
  url: string;
  status: number;
  headers: Record<string, string>;
  bodyBase64: string;
}

const file = process.argv[2];
if (!file) throw new Error('usage: baseline-server.ts <fixtures.json>');
const fixtures = JSON.parse(readFileSync(file, 'utf8')) as Fixture[];

const byUrl = new Map(
  fixtures.map((f) => [f.url, { status: f.status, headers: f.headers, body: Buffer.from(f.bodyBase64, 'base64') }]),
);
const app = Fastify({ logger: false });

// One catch-all route; the fixture is picked by the full URL (path and query, as sent).
app.get('/*', (req, reply) => {
  const hit = byUrl.get(req.url);
  if (!hit) return reply.code(404).send();
  return reply.code(hit.status).headers(hit.headers).send(hit.body);
});
app.get('/__baseline_ready', (_req, reply) => reply.send('ok'));

await app.listen({ port: Number(process.env.PORT ?? 0), host: process.env.HOST ?? '127.0.0.1' });
for (const sig of ['SIGTERM', 'SIGINT'] as const) process.once(sig, () => void app.close().then(() => process.exit(0)));
