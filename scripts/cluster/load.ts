import autocannon from 'autocannon';

export interface LoadResult {
  label: string;
  requests: number;
  rps: number;
  p99ms: number;
  maxMs: number;
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
    maxMs: r.latency.max,
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

/** 20 requests alternating between two replicas, direct; `allowed` of them may succeed. */
export async function alternate(
  checks: Checks,
  label: string,
  pair: { port: number }[],
  allowed: number,
): Promise<void> {
  const codes: number[] = [];
  for (let i = 0; i < 20; i++) codes.push((await fetch(`http://127.0.0.1:${pair[i % 2]!.port}/v1/regions`)).status);
  const ok = codes.filter((c) => c === 200).length;
  const limitedOn = new Set(codes.flatMap((c, i) => (c === 429 ? [i % 2] : [])));
  console.log(`${label}: ${codes.join(' ')}`);
  checks.check(ok === allowed, `${label}: ${ok} of 20 answered, ${allowed} expected`);
  if (allowed < 20) checks.check(limitedOn.size === 2, `${label}: both replicas refused over the shared budget`);
}

/** The figures as a Markdown table (README "Deploy" quotes it). */
export function printTable(figures: LoadResult[]): void {
  console.log(
    '\n| run | requests | req/s | p99 ms | max ms | errors | timeouts | non-2xx |\n|---|---|---|---|---|---|---|---|',
  );
  for (const f of figures)
    console.log(
      `| ${f.label} | ${f.requests} | ${f.rps} | ${f.p99ms} | ${f.maxMs} | ${f.errors} ${JSON.stringify(f.errorKinds)} | ${f.timeouts} | ${f.non2xx} |`,
    );
}
