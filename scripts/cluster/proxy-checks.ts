import type { Checks } from './load.js';

/** nginx caches `url` as the API's Cache-Control says, revalidates with its ETag, and never caches no-store. */
export async function checkCaching(checks: Checks, proxy: string, url: string): Promise<void> {
  const miss = await fetch(proxy + url);
  const hit = await fetch(proxy + url);
  checks.check(
    miss.headers.get('x-cache-status') === 'MISS',
    `first GET ${url}: ${miss.headers.get('x-cache-status')}`,
  );
  checks.check(hit.headers.get('x-cache-status') === 'HIT', `second GET: ${hit.headers.get('x-cache-status')}`);
  const etag = hit.headers.get('etag') ?? '';
  const revalidated = await fetch(proxy + url, { headers: { 'if-none-match': etag } });
  checks.check(
    revalidated.status === 304,
    `If-None-Match with the API's ETag through the proxy: ${revalidated.status}`,
  );
  const health = await fetch(proxy + '/healthz');
  checks.check(health.headers.get('x-cache-status') !== 'HIT', '/healthz (no-store) is never answered from the cache');
}
