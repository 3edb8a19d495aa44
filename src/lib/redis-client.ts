import type { FastifyBaseLogger } from 'fastify';
import { Redis } from 'ioredis';

/**
 * A Redis connection that can never hold a request up: connecting and every command are bounded by
 * `timeoutMs`, nothing is queued while disconnected (a command fails at once instead) and nothing is retried,
 * so a Redis outage costs a request at most `timeoutMs`. It reconnects by itself, at most every 2 s, so
 * Redis coming back needs no restart. Each outage is logged once when it starts and once when it ends.
 */
export async function connectRedis(url: string, timeoutMs: number, log: FastifyBaseLogger): Promise<Redis> {
  const redis = new Redis(url, {
    connectionName: 'kz-elections-api',
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    maxRetriesPerRequest: 0,
    enableOfflineQueue: false,
    retryStrategy: (times) => Math.min(times * 100, 2000),
  });
  let healthy = true;
  redis.on('error', (err: Error) => {
    if (healthy) log.warn({ err: err.message }, 'redis unreachable: requests are not rate limited until it is back');
    healthy = false;
  });
  redis.on('ready', () => {
    if (!healthy) log.info('redis reachable again: rate limits are shared');
    healthy = true;
  });
  // Start-up waits for the first connection (bounded), so the first requests are already counted in Redis.
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    timer.unref();
    redis.once('ready', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return redis;
}
