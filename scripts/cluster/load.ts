import autocannon from 'autocannon';

export interface LoadResult {
  label: string;
  requests: number;
  rps: number;
  p99ms: number;
  errors: number;
  /** The first few client-side errors, by message. */
  errorKinds: Record<string, number>;
  timeouts: number;
  non2xx: number;
}

/** Drives `paths` in turn on every connection for `seconds`, loopback only; `during` runs meanwhile. */
export async function load(
  label: string,
  base: string,
  paths: string[],
  opts: { seconds: number; connections?: number; during?: () => Promise<void> },
): Promise<LoadResult> {
  const errorKinds: Record<string, number> = {};
  const running = new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: base,
        connections: opts.connections ?? 16,
        duration: opts.seconds,
        requests: paths.map((path) => ({ method: 'GET' as const, path })),
      },
      (err, result) => (err ? reject(err as Error) : resolve(result)),
    );
    instance.on('reqError', (err: Error) => {
      const kind = `${(err as NodeJS.ErrnoException).code ?? err.message}@${new Date().toISOString().slice(11, 23)}`;
      errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
    });
  });
  const [r] = await Promise.all([running, opts.during?.()]);
  return {
    label,
    requests: r.requests.total,
    rps: Math.round(r.requests.average),
    p99ms: r.latency.p99,
    errors: r.errors,
    errorKinds,
    timeouts: r.timeouts,
    non2xx: r.non2xx,
  };
}

export const failures = (r: LoadResult) => r.errors + r.timeouts + r.non2xx;

/** Collects named checks; the script exits 1 when any failed. */
export class Checks {
  readonly failed: string[] = [];
  check(ok: boolean, what: string): void {
    console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}`);
    if (!ok) this.failed.push(what);
  }
}
