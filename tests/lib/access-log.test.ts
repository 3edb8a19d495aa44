import { describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.js';
import { LOGGED_URL_MAX } from '../../src/lib/access-log.js';
import { testConfig } from '../helpers/test-app.js';

describe('the access log', () => {
  it('writes one line per request, cache hit or miss, with the URL cut to a bounded length', async () => {
    const lines: Record<string, unknown>[] = [];
    const app = await buildApp(testConfig({ LOG_LEVEL: 'info' }), {
      logStream: {
        write: (line) => {
          lines.push(JSON.parse(line));
        },
      },
    });
    await app.ready();
    const long = `/v1/search?q=${'z'.repeat(1500)}`;
    for (const url of ['/v1/elections', '/v1/elections', '/v1/nowhere', long]) await app.inject({ url });
    const access = lines.filter((l) => l.msg === 'request completed' || l.msg === 'request errored');
    expect(access.map((l) => l.status)).toEqual([200, 200, 404, 400]);
    expect((access[3]!.url as string).length).toBeLessThanOrEqual(LOGGED_URL_MAX + 1);
    await app.close();
  });
});
