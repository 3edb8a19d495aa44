import autocannon from 'autocannon';

export interface LoadOptions {
  url: string;
  connections: number;
  /** Seconds. */
  duration: number;
  headers?: Record<string, string>;
  /** Per-request timeout, seconds. */
  timeout?: number;
  /** Paths to cycle through on each connection instead of `url`'s own (a mixed warm-up). */
  paths?: string[];
}

export interface LoadResult {
  /** Completed responses per second over the run. */
  rps: number;
  /** Latency percentiles in ms, from every response's own time (sub-millisecond resolution). */
  p50: number;
  p90: number;
  p99: number;
  max: number;
  requests: number;
  seconds: number;
  statuses: Record<string, number>;
  errors: number;
  timeouts: number;
  /** Mean response size in bytes (body and headers, as autocannon counts them). */
  bytesPerResponse: number;
}

/** The p-th percentile (0-100) of an ascending array, nearest-rank. */
export function percentile(sorted: ArrayLike<number>, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}

/**
 * One bounded autocannon run: it stops by itself after `duration` seconds, and a guard stops it
 * if it has not finished `duration + 20` seconds later. Latencies are taken from every response.
 */
export function runLoad(opts: LoadOptions): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    let latencies = new Float64Array(1 << 16);
    let n = 0;
    let bytes = 0;
    const statuses: Record<string, number> = {};
    const started = performance.now();
    const instance = autocannon(
      {
        url: opts.url,
        connections: opts.connections,
        duration: opts.duration,
        pipelining: 1,
        timeout: opts.timeout ?? 10,
        headers: opts.headers ?? {},
        ...(opts.paths ? { requests: opts.paths.map((path) => ({ method: 'GET' as const, path })) } : {}),
      },
      (err, result) => {
        clearTimeout(guard);
        if (err) {
          reject(err);
          return;
        }
        const seconds = (performance.now() - started) / 1000;
        const sorted = latencies.subarray(0, n).sort();
        resolve({
          rps: n / seconds,
          p50: percentile(sorted, 50),
          p90: percentile(sorted, 90),
          p99: percentile(sorted, 99),
          max: n ? sorted[n - 1]! : Number.NaN,
          requests: n,
          seconds,
          statuses,
          errors: result.errors,
          timeouts: result.timeouts,
          bytesPerResponse: n ? bytes / n : 0,
        });
      },
    );
    instance.on('response', (_client: unknown, statusCode: number, resBytes: number, responseTime: number) => {
      if (n === latencies.length) {
        const bigger = new Float64Array(latencies.length * 2);
        bigger.set(latencies);
        latencies = bigger;
      }
      latencies[n++] = responseTime;
      bytes += resBytes;
      statuses[statusCode] = (statuses[statusCode] ?? 0) + 1;
    });
    const guard = setTimeout(() => instance.stop(), (opts.duration + 20) * 1000);
  });
}
