import http from 'node:http';

export interface Captured {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  ms: number;
}

/** Headers that differ per request or per connection; the baseline server sets its own. */
export const PER_REQUEST_HEADERS = new Set([
  'date',
  'x-request-id',
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
]);

/**
 * One GET with exactly the headers given (plus Host), as autocannon sends them: no Accept,
 * no Accept-Encoding, so content negotiation and compression see what the load test sends.
 */
export function get(url: string, headers: Record<string, string> = {}, timeoutMs = 30_000): Promise<Captured> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const req = http.request(url, { method: 'GET', headers, agent: false, timeout: timeoutMs }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const out: Record<string, string> = {};
        for (const [k, v] of Object.entries(res.headers)) {
          if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
        }
        resolve({
          status: res.statusCode ?? 0,
          headers: out,
          body: Buffer.concat(chunks),
          ms: performance.now() - started,
        });
      });
      res.on('error', reject);
    });
    req.on('timeout', () => req.destroy(new Error(`timeout after ${timeoutMs} ms: ${url}`)));
    req.on('error', reject);
    req.end();
  });
}

/** The response's headers without the per-request ones: what the baseline must send back. */
export function stableHeaders(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).filter(([k]) => !PER_REQUEST_HEADERS.has(k.toLowerCase())));
}

/** Polls a URL until it answers 2xx, or fails after `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs: number, isAlive: () => boolean = () => true): Promise<void> {
  const until = Date.now() + timeoutMs;
  let last: unknown;
  while (Date.now() < until) {
    if (!isAlive()) throw new Error(`process exited before ${url} answered`);
    try {
      const r = await get(url, {}, 2_000);
      if (r.status >= 200 && r.status < 300) return;
      last = new Error(`status ${r.status}`);
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms: ${String(last)}`);
}
