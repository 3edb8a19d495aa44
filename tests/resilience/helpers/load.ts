import http from 'node:http';

export interface LoadResult {
  statuses: Record<number, number>;
  /** Errors by code: ECONNRESET / socket hang up mean a request was cut mid-flight; ECONNREFUSED that none was sent. */
  errors: Record<string, number>;
  latenciesMs: number[];
  connectionClose: number;
  requests: number;
}

export interface LoadOptions {
  port: number;
  /** The URL (path and query) of the i-th request. */
  url: (i: number) => string;
  connections: number;
  durationMs: number;
  /** Source address on loopback, so the server sees a distinct client (127.0.0.2, ...). */
  localAddress?: string;
  headers?: (i: number) => Record<string, string>;
  /** Pause between two requests of one connection (a polite client). */
  pauseMs?: number;
  /** Stop a connection's loop at its first refused connection (the listener has closed). */
  stopOnRefused?: boolean;
  maxRequests?: number;
}

export const percentile = (values: number[], p: number) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};

/** Keep-alive connections, each sending requests one after another until the time or the count runs out. */
export async function runLoad(opts: LoadOptions): Promise<LoadResult> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: opts.connections, localAddress: opts.localAddress });
  const result: LoadResult = { statuses: {}, errors: {}, latenciesMs: [], connectionClose: 0, requests: 0 };
  const deadline = Date.now() + opts.durationMs;
  let next = 0;
  const one = (i: number) =>
    new Promise<string | undefined>((resolve) => {
      const started = performance.now();
      const req = http.get(
        { agent, host: '127.0.0.1', port: opts.port, path: opts.url(i), headers: opts.headers?.(i) },
        (res) => {
          res.resume();
          res.on('end', () => {
            result.latenciesMs.push(performance.now() - started);
            result.statuses[res.statusCode ?? 0] = (result.statuses[res.statusCode ?? 0] ?? 0) + 1;
            if (res.headers.connection === 'close') result.connectionClose++;
            resolve(undefined);
          });
          res.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
        },
      );
      req.on('error', (e: NodeJS.ErrnoException) => resolve(e.code ?? e.message));
    });
  const loop = async () => {
    while (Date.now() < deadline && (opts.maxRequests === undefined || next < opts.maxRequests)) {
      const i = next++;
      result.requests++;
      const error = await one(i);
      if (error) {
        result.errors[error] = (result.errors[error] ?? 0) + 1;
        if (error === 'ECONNREFUSED' && opts.stopOnRefused) return;
      }
      if (opts.pauseMs) await new Promise((r) => setTimeout(r, opts.pauseMs));
    }
  };
  await Promise.all(Array.from({ length: opts.connections }, loop));
  agent.destroy();
  return result;
}
