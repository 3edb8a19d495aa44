import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runLoad } from './helpers/load.js';
import { type ServerProcess, startServer } from './helpers/server-process.js';

/**
 * The cache-busting floods that used to exhaust the heap (exit 134): thousands of distinct spellings of one
 * request, distinct large Accept headers, and tens of thousands of distinct valid URLs. The rate limit is off
 * here so every request reaches the cache; memory must stay bounded by the cache's caps.
 */
let server: ServerProcess;
const rss: Record<string, number> = {};
beforeAll(async () => {
  server = await startServer({ RATE_LIMIT_PER_MINUTE: '0' });
  rss.start = server.rssMiB();
});
afterAll(async () => {
  console.log(`cache flood RSS (MiB): ${JSON.stringify(rss)}`);
  await server.stop();
});

describe('a cache-busting flood leaves the process up with bounded memory', () => {
  it('6,500 distinct zero-padded offsets (8 KB, then within the URL limit) are refused, none cached', async () => {
    const long = await runLoad({
      port: server.port,
      connections: 8,
      durationMs: 60_000,
      maxRequests: 6500,
      url: (i) => `/v1/regions?offset=${'0'.repeat(8192 + (i % 512))}`,
    });
    // Past the header limit the parser answers 431 before any routing; either way a problem, never a cache entry.
    expect((long.statuses[414] ?? 0) + (long.statuses[431] ?? 0)).toBe(6500);
    const short = await runLoad({
      port: server.port,
      connections: 8,
      durationMs: 60_000,
      maxRequests: 6500,
      url: (i) => `/v1/regions?offset=${'0'.repeat(1 + (i % 1900))}${i}`,
    });
    expect(short.statuses[400]).toBe(6500);
    rss.afterSpellings = server.rssMiB();
  });

  it('8,000 distinct 4 KB Accept headers share the one cached entry', async () => {
    const res = await runLoad({
      port: server.port,
      connections: 8,
      durationMs: 60_000,
      maxRequests: 8000,
      url: () => '/v1/elections',
      headers: (i) => ({ accept: `application/json, text/x-${i}-${'a'.repeat(4000)}` }),
    });
    expect(res.statuses[200]).toBe(8000);
    rss.afterAccept = server.rssMiB();
  });

  it('24,000 distinct valid URLs fill the cache to its caps and memory levels off', async () => {
    const samples: number[] = [];
    for (let part = 0; part < 3; part++) {
      const res = await runLoad({
        port: server.port,
        connections: 8,
        durationMs: 60_000,
        maxRequests: 8000,
        url: (i) => `/v1/regions?limit=${1 + (i % 100)}&offset=${part * 80 + Math.floor(i / 100)}`,
      });
      expect(res.statuses[200]).toBe(8000);
      samples.push(server.rssMiB());
    }
    [rss.after8k, rss.after16k, rss.after24k] = samples as [number, number, number];
    expect(server.child.exitCode).toBeNull();
    // Bounded: the 32 MB cache plus the 96 MB old space is the budget; the last third adds (almost) nothing.
    expect(samples[2]!).toBeLessThan(220);
    expect(samples[2]! - samples[1]!).toBeLessThan(25);
  });
});
