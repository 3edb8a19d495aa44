import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { percentile, runLoad } from './helpers/load.js';
import { runLoadInChild } from './helpers/load-process.js';
import { type ServerProcess, startServer } from './helpers/server-process.js';

/**
 * One client with 20 connections asks for the most expensive page there is, uncached, as fast as it can
 * (it used to take a cheap endpoint's p99 from 3 ms to 1,231 ms). Polite clients, each on its own loopback
 * address and within its rate limit, keep asking for an election meanwhile.
 */
let server: ServerProcess;
beforeAll(async () => {
  server = await startServer({ RESPONSE_CACHE_MB: '0' });
});
afterAll(async () => {
  await server.stop();
});

/** Eight polite clients, 127.0.0.11 to .18, each a request every 100-150 ms: well inside 600 a minute. */
const polite = (durationMs: number) =>
  Promise.all(
    Array.from({ length: 8 }, (_, k) =>
      runLoad({
        port: server.port,
        connections: 1,
        durationMs,
        pauseMs: 100 + 7 * k,
        localAddress: `127.0.0.${11 + k}`,
        url: () => '/v1/elections/2022-presidential',
      }),
    ),
  ).then((runs) => ({
    latencies: runs.flatMap((r) => r.latenciesMs),
    non200: runs.reduce((n, r) => n + r.requests - (r.statuses[200] ?? 0), 0),
  }));

describe('a client that tries to starve the others', () => {
  it('is answered 429 while polite clients keep their p99', async () => {
    await polite(1000); // warm-up: the first requests compile schemas and statements
    const alone = await polite(4000);
    const [attack, during] = await Promise.all([
      // The attacker runs in its own process: its client-side work must not delay the polite clients' clocks.
      runLoadInChild({
        port: server.port,
        connections: 20,
        durationMs: 8000,
        localAddress: '127.0.0.2',
        urlTemplate: '/v1/discrepancies?limit=500&offset={i}',
      }),
      polite(8000),
    ]);
    const p99Alone = percentile(alone.latencies, 99);
    const p99During = percentile(during.latencies, 99);
    console.log(
      `starve: polite p99 alone ${p99Alone.toFixed(1)} ms over ${alone.latencies.length} requests, ` +
        `during the attack ${p99During.toFixed(1)} ms over ${during.latencies.length}; attacker ${JSON.stringify(attack.statuses)} ` +
        `over ${attack.requests} requests`,
    );
    expect(attack.statuses[429]).toBeGreaterThan(attack.requests * 0.5);
    expect(during.non200).toBe(0);
    expect(alone.non200).toBe(0);
    expect(p99During).toBeLessThan(Math.max(50, 5 * p99Alone));
  });
});
