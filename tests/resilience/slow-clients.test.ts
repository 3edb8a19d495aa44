import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../helpers/raw-http.js';
import { type ServerProcess, startServer } from './helpers/server-process.js';

/**
 * Clients that hold connections open: headers or a body trickled a byte at a time (slowloris), and more
 * connections than the cap. Each is cut within its timeout, and a normal request is answered meanwhile.
 */
let server: ServerProcess;
beforeAll(async () => {
  server = await startServer({
    HEADERS_TIMEOUT_MS: '2000',
    REQUEST_TIMEOUT_MS: '3000',
    MAX_CONNECTIONS: '300',
    RATE_LIMIT_PER_MINUTE: '0',
  });
});
afterAll(async () => {
  await server.stop();
});

const quickGet = async () => {
  const started = performance.now();
  const res = await fetch(`http://127.0.0.1:${server.port}/v1/elections`, { headers: { connection: 'close' } });
  return { status: res.status, ms: performance.now() - started };
};

describe('slow and hoarding clients', () => {
  it('200 connections trickling their headers are each answered 408 within the header timeout', async () => {
    const slow = Array.from({ length: 200 }, () =>
      rawRequest(
        server.port,
        ['GET /v1/elections HTTP/1.1\r\n', 'Host: x\r\n', 'X-A: 1\r\n', 'X-B: 2\r\n', 'X-C: 3\r\n', 'X-D: 4\r\n'],
        { gapMs: 1000, waitMs: 8000 },
      ),
    );
    await new Promise((r) => setTimeout(r, 500));
    const meanwhile = await quickGet();
    const answers = await Promise.all(slow);
    console.log(
      `slowloris: ${answers.filter((a) => a.status === 408).length}/200 answered 408, slowest after ` +
        `${Math.round(Math.max(...answers.map((a) => a.ms)))} ms; a normal request meanwhile took ${meanwhile.ms.toFixed(1)} ms`,
    );
    expect(answers.every((a) => a.status === 408 && a.closed && a.ms < 4500)).toBe(true);
    expect(answers.every((a) => JSON.parse(a.body).code === 'request-timeout')).toBe(true);
    expect(meanwhile.status).toBe(200);
  });

  it('a body sent a byte every 5 s is refused at once and never read', async () => {
    const res = await rawRequest(
      server.port,
      ['POST /v1/elections HTTP/1.1\r\nHost: x\r\nContent-Length: 1000000\r\n\r\n', 'x', 'y'],
      { gapMs: 5000, waitMs: 3000 },
    );
    expect(res.status).toBe(413);
    expect(res.closed).toBe(true);
    expect(res.ms).toBeLessThan(1000);
  });

  it('connections over the cap are dropped at accept; the server answers again once they go', async () => {
    const sockets = await Promise.all(
      Array.from(
        { length: 350 },
        () =>
          new Promise<{ socket: net.Socket; dropped: boolean }>((resolve) => {
            const socket = net.connect(server.port, '127.0.0.1');
            const result = { socket, dropped: false };
            socket.on('close', () => {
              result.dropped = true;
            });
            socket.on('error', () => {});
            socket.on('connect', () => setTimeout(() => resolve(result), 500));
          }),
      ),
    );
    const dropped = sockets.filter((s) => s.dropped).length;
    console.log(`connection cap: ${350 - dropped} of 350 idle connections held, ${dropped} dropped at accept`);
    expect(dropped).toBeGreaterThanOrEqual(50);
    sockets.forEach((s) => s.socket.destroy());
    await new Promise((r) => setTimeout(r, 300));
    expect((await quickGet()).status).toBe(200);
  });
});
