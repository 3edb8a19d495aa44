import { describe, expect, it } from 'vitest';
import { runLoad } from './helpers/load.js';
import { startServer } from './helpers/server-process.js';

/**
 * SIGTERM under load: 50 keep-alive connections keep asking while the server drains. It used to close at
 * once and reset about one request per connection. Now readiness turns 503, every response says
 * `Connection: close`, the listener closes after the drain, and the process exits 0: no request is cut
 * mid-flight. Connections refused after the listener closed never sent a request and are not failures.
 */
describe('graceful drain', () => {
  it('resets no request under 50 keep-alive connections and exits 0 within its bound', async () => {
    const server = await startServer({ RATE_LIMIT_PER_MINUTE: '0', SHUTDOWN_DRAIN_MS: '1500' });
    // Five clients of ten connections each (127.0.0.21 to .25), as many dashboards would be.
    const load = Promise.all(
      Array.from({ length: 5 }, (_, k) =>
        runLoad({
          port: server.port,
          connections: 10,
          durationMs: 8000,
          stopOnRefused: true,
          localAddress: `127.0.0.${21 + k}`,
          url: (i) => (i % 2 ? '/v1/elections' : `/v1/elections/2022-presidential/results?limit=${1 + (i % 20)}`),
        }),
      ),
    ).then((runs) =>
      runs.reduce((all, r) => {
        for (const [s, n] of Object.entries(r.statuses)) all.statuses[Number(s)] = (all.statuses[Number(s)] ?? 0) + n;
        for (const [e, n] of Object.entries(r.errors)) all.errors[e] = (all.errors[e] ?? 0) + n;
        return {
          ...all,
          requests: all.requests + r.requests,
          connectionClose: all.connectionClose + r.connectionClose,
        };
      }),
    );
    await new Promise((r) => setTimeout(r, 1500));
    const stopped = server.stop('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    const readiness = await fetch(`http://127.0.0.1:${server.port}/readyz`);
    const { code, ms } = await stopped;
    const result = await load;
    const resets = Object.entries(result.errors)
      .filter(([k]) => k !== 'ECONNREFUSED')
      .reduce((n, [, v]) => n + v, 0);
    console.log(
      `drain: ${result.requests} requests, ${result.statuses[200] ?? 0} answered 200, ${result.connectionClose} with ` +
        `Connection: close, errors ${JSON.stringify(result.errors)}, exit ${code} after ${ms} ms`,
    );
    expect(readiness.status).toBe(503);
    expect(result.statuses[200]).toBeGreaterThan(1000);
    expect(result.connectionClose).toBeGreaterThan(0);
    expect(resets).toBe(0);
    expect(Object.keys(result.statuses).filter((s) => s !== '200')).toEqual([]);
    expect(code).toBe(0);
    expect(ms).toBeLessThan(1500 + 10_000);
  });
});
