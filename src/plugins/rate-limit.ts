import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.js';
import { apiError } from '../errors/catalog.js';
import { connectRedis } from '../lib/redis-client.js';

/**
 * The minute's budget is counted in windows of this length, so a client cannot spend a whole minute's
 * requests in one burst and starve everyone else for that time.
 */
export const RATE_WINDOW_MS = 10_000;
/** Probes of an orchestrator or load balancer are never limited. */
const UNLIMITED_PATHS = new Set(['/healthz', '/readyz']);

/**
 * Per-client request limit (@fastify/rate-limit). Counts live in memory per process, or in Redis when
 * REDIS_URL is set, so that every replica draws on one budget per client. The client is the peer address, or
 * X-Forwarded-For when TRUST_PROXY says so. Over the limit: a 429 problem with Retry-After and
 * X-RateLimit-Limit/-Remaining/-Reset.
 */
export default fp(
  async function rateLimitPlugin(app: FastifyInstance, opts: { config: Config }) {
    const perMinute = opts.config.RATE_LIMIT_PER_MINUTE;
    if (perMinute === 0) return;
    const perWindow = Math.max(1, Math.ceil((perMinute * RATE_WINDOW_MS) / 60_000));
    const { REDIS_URL, REDIS_TIMEOUT_MS } = opts.config;
    const redis = REDIS_URL ? await connectRedis(REDIS_URL, REDIS_TIMEOUT_MS, app.log) : undefined;
    if (redis) app.addHook('onClose', async () => redis.disconnect());
    await app.register(rateLimit, {
      global: true,
      max: perWindow,
      timeWindow: RATE_WINDOW_MS,
      // Bounded memory: at most this many clients are tracked at once (least recently seen forgotten first).
      cache: 10_000,
      ...(redis && {
        redis,
        nameSpace: 'kz-elections-rate-',
        // Fail open: while Redis is unreachable a request is served unlimited (the outage is logged) rather
        // than refused; the per-client queue and load shedding still protect the process meanwhile.
        skipOnError: true,
      }),
      allowList: (request) => UNLIMITED_PATHS.has(request.routeOptions.url ?? ''),
      errorResponseBuilder: (_request, context) =>
        apiError(
          'rate-limited',
          `More than ${context.max} requests in ${RATE_WINDOW_MS / 1000} s from this client (${perMinute} a minute); retry in ${context.after}.`,
        ),
    });
  },
  { name: 'rate-limit' },
);
