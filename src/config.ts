import path from 'node:path';
import { z } from 'zod';

const int = (min: number, max: number, dflt: number) => z.coerce.number().int().min(min).max(max).default(dflt);

/**
 * `TRUST_PROXY`: `false` (default: the peer address is the client), `true` (trust every hop), a hop count,
 * or comma-separated addresses/CIDRs of the proxies. Only then is X-Forwarded-For believed.
 */
const trustProxy = z
  .string()
  .default('false')
  .transform((v, ctx): boolean | number | string[] => {
    const s = v.trim();
    if (s === 'false' || s === '') return false;
    if (s === 'true') return true;
    if (/^\d{1,2}$/.test(s)) return Number(s);
    const list = s
      .split(',')
      .map((p) => p.trim())
      .filter(Boolean);
    if (list.every((p) => /^[0-9a-fA-F:.]+(\/\d{1,3})?$/.test(p))) return list;
    ctx.addIssue({
      code: 'custom',
      message: 'must be false, true, a hop count or comma-separated proxy addresses/CIDRs',
    });
    return z.NEVER;
  });

/**
 * `DASHBOARD_FRAME_ANCESTORS`: who may frame the dashboard (CSP frame-ancestors source list): `'self'`, `'none'`
 * or origins such as `https://news.example` and `https://*.example.org`, space-separated. Anything else (a `;`,
 * a comma, a quote out of place) is refused, so the value can never add a directive to the policy.
 */
const FRAME_SOURCE = /^(?:'self'|'none'|https?:\/\/(?:\*\.)?[A-Za-z0-9.-]+(?::\d{1,5})?)$/;
const frameAncestors = z
  .string()
  .default("'self'")
  .transform((v) => v.trim().split(/\s+/).filter(Boolean))
  .refine((list) => list.length > 0 && list.every((s) => FRAME_SOURCE.test(s)), {
    message: "must be 'self', 'none' or space-separated http(s) origins",
  })
  .refine((list) => !list.includes("'none'") || list.length === 1, { message: "'none' must stand alone" });

/** Everything the service reads from the environment, parsed once at start-up and passed in. */
export const configSchema = z
  .object({
    PORT: int(0, 65535, 3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATABASE_PATH: z.string().min(1).default('data/kz-elections.sqlite'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /** Origins allowed by CORS; `*` (the default) suits a public read-only API. */
    CORS_ORIGIN: z.string().min(1).default('*'),
    /** Serialized responses kept in memory (the data never changes while the process runs); 0 turns it off. */
    RESPONSE_CACHE_MB: int(0, 1024, 32),
    /** At most this many cached responses, whatever their size: keys and entries cost memory too. */
    RESPONSE_CACHE_ENTRIES: int(1, 1_000_000, 10_000),
    /** Requests per client per minute, counted in 10-second windows; 0 turns the limit off. */
    RATE_LIMIT_PER_MINUTE: int(0, 1_000_000, 600),
    TRUST_PROXY: trustProxy,
    /**
     * `redis://` or `rediss://` URL of a Redis that keeps the rate-limit counts, so that replicas share one
     * budget per client; unset (default): counts are kept in memory by each process.
     */
    REDIS_URL: z.url({ protocol: /^rediss?$/ }).optional(),
    /** Connecting to Redis and each of its commands must finish within this; beyond it a request is not limited. */
    REDIS_TIMEOUT_MS: int(50, 60_000, 500),
    /** Requests of one client waiting for the store at once (see plugins/client-fairness); more is a 429. */
    CLIENT_QUEUE_MAX: int(1, 100_000, 32),
    /** The whole request (line, headers, body) must arrive within this; headers within HEADERS_TIMEOUT_MS. */
    REQUEST_TIMEOUT_MS: int(1000, 300_000, 10_000),
    HEADERS_TIMEOUT_MS: int(1000, 300_000, 5_000),
    /** An idle keep-alive connection is closed after this. */
    KEEP_ALIVE_TIMEOUT_MS: int(1000, 300_000, 5_000),
    /** Connections beyond this are refused at accept. */
    MAX_CONNECTIONS: int(1, 1_000_000, 1024),
    /** Load shedding: 503 on /v1 when the event loop lags more than this (0: off). */
    SHED_EVENT_LOOP_DELAY_MS: int(0, 60_000, 1000),
    /** Load shedding: 503 on /v1 when the V8 heap in use passes this share of its limit, in percent (0: off). */
    SHED_HEAP_USED_PERCENT: z.coerce.number().min(0).max(100).default(90),
    /** On SIGTERM: readiness answers 503 for this long (load balancers take the instance out) before the listener closes. */
    SHUTDOWN_DRAIN_MS: int(0, 600_000, 3_000),
    /** Then open connections get this long to finish (each closed after its next answer) before idle ones are closed. */
    SHUTDOWN_TIMEOUT_MS: int(100, 600_000, 10_000),
    /** Strict-Transport-Security max-age in seconds, only for a deployment behind TLS; 0 (default) sends none. */
    HSTS_MAX_AGE: int(0, 63_072_000, 0),
    /** The built dashboard (npm run build writes it); missing: /dashboard is not served and start-up says so. */
    DASHBOARD_DIR: z.string().min(1).default('dist/dashboard'),
    /** Who may frame /dashboard (CSP frame-ancestors); the API itself can be framed by nobody. */
    DASHBOARD_FRAME_ANCESTORS: frameAncestors,
    /**
     * Where the loader writes each release's whole-dataset files (one folder per release) and the API serves them
     * from; by default `downloads/` beside the store.
     */
    DOWNLOADS_DIR: z.string().min(1).optional(),
    SEED_DIR: z.string().min(1).default('seed'),
    MIGRATIONS_DIR: z.string().min(1).default('migrations'),
  })
  .refine((c) => c.HEADERS_TIMEOUT_MS <= c.REQUEST_TIMEOUT_MS, {
    path: ['HEADERS_TIMEOUT_MS'],
    message: 'must not exceed REQUEST_TIMEOUT_MS',
  })
  .transform((c) => ({
    ...c,
    DOWNLOADS_DIR: c.DOWNLOADS_DIR ?? path.join(path.dirname(c.DATABASE_PATH), 'downloads'),
  }));

export type Config = z.infer<typeof configSchema>;

/** Parses the environment; a bad value stops start-up with the variable's name. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
