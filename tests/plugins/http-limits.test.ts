import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorCatalog } from '../../src/errors/catalog.js';
import { Problem } from '../../src/schemas/problem.js';
import { rawRequest, type RawResponse } from '../helpers/raw-http.js';
import { buildTestApp } from '../helpers/test-app.js';

/** Every kind of error the process can send, from every layer, is one shape: problem+json with a catalog code. */
let app: FastifyInstance;
let port: number;
beforeAll(async () => {
  app = await buildTestApp({ HEADERS_TIMEOUT_MS: 1000, REQUEST_TIMEOUT_MS: 2000 });
  await app.listen({ port: 0, host: '127.0.0.1' });
  port = (app.server.address() as { port: number }).port;
});
afterAll(async () => {
  await app.close();
});

const get = (path: string, headers = '') => [
  `GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n${headers}\r\n`,
];

function expectProblem(res: RawResponse, status: number, code: string) {
  expect(res.status, code).toBe(status);
  expect(res.headers['content-type'], code).toMatch(/^application\/problem\+json/);
  const body = Problem.parse(JSON.parse(res.body));
  expect([body.status, body.code]).toEqual([status, code]);
  expect(errorCatalog[code as keyof typeof errorCatalog].status).toBe(status);
}

describe('every error is a problem with a catalog code whose status matches', () => {
  it.each([
    ['an unparseable request line', ['GARBAGE\r\n\r\n'], 400, 'request-error'],
    ['a malformed header', ['GET / HTTP/1.1\r\nHost: x\r\nNo colon here\r\n\r\n'], 400, 'request-error'],
    ['a path out of the docs folder', get('/docs/static/../../package.json'), 403, 'forbidden'],
    ['a hidden file under the docs', get('/docs/static/.hidden'), 404, 'route-not-found'],
    ['an unknown path', get('/nowhere'), 404, 'route-not-found'],
    [
      'a write method',
      ['DELETE /v1/elections HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'],
      405,
      'method-not-allowed',
    ],
    ['CONNECT', ['CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n'], 405, 'method-not-allowed'],
    ['an Accept it cannot serve', get('/v1/elections', 'Accept: image/png\r\n'), 406, 'not-acceptable'],
    ['a body', ['POST /v1/elections HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\n'], 413, 'body-not-allowed'],
    [
      'a chunked body',
      ['GET /v1/elections HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\n'],
      413,
      'body-not-allowed',
    ],
    ['a URL over the limit', get(`/v1/elections?q=${'a'.repeat(3000)}`), 414, 'uri-too-long'],
    ['headers over the limit', get('/v1/elections', `X-Big: ${'b'.repeat(9000)}\r\n`), 431, 'headers-too-large'],
  ])('%s', async (_name, chunks, status, code) => {
    expectProblem(await rawRequest(port, chunks as string[]), status, code);
  });

  it('a request whose headers never finish: 408 within the header timeout, connection closed', async () => {
    const res = await rawRequest(port, ['GET /v1/elections HTTP/1.1\r\n', 'Host: x\r\n'], { gapMs: 200, waitMs: 4000 });
    expectProblem(res, 408, 'request-timeout');
    expect(res.closed).toBe(true);
    expect(res.ms).toBeLessThan(3500);
  });

  it('a body trickled a byte at a time is refused before it is read, and the connection closed', async () => {
    const res = await rawRequest(
      port,
      ['POST /v1/elections HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\n', 'a', 'b', 'c'],
      { gapMs: 500, waitMs: 3000 },
    );
    expectProblem(res, 413, 'body-not-allowed');
    expect(res.closed).toBe(true);
    expect(res.ms).toBeLessThan(1000);
  });

  it('over the rate limit: 429 with Retry-After and the rate-limit headers; health is never limited', async () => {
    const limited = await buildTestApp({ RATE_LIMIT_PER_MINUTE: 6 });
    await limited.listen({ port: 0, host: '127.0.0.1' });
    const limitedPort = (limited.server.address() as { port: number }).port;
    let res: RawResponse | undefined;
    for (let i = 0; i < 3; i++) res = await rawRequest(limitedPort, get('/v1/regions'));
    expectProblem(res!, 429, 'rate-limited');
    expect(Number(res!.headers['retry-after'])).toBeGreaterThan(0);
    expect(res!.headers['x-ratelimit-limit']).toBe('1');
    expect(res!.headers['x-ratelimit-remaining']).toBe('0');
    for (let i = 0; i < 3; i++) expect((await rawRequest(limitedPort, get('/healthz'))).status).toBe(200);
    expect((await rawRequest(limitedPort, get('/readyz'))).status).toBe(200);
    await limited.close();
  });

  it('a bare OPTIONS is a 204 with CORS headers, not a text error', async () => {
    const res = await rawRequest(port, ['OPTIONS /v1/elections HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n']);
    expect(res.status).toBe(204);
    expect(res.headers['access-control-allow-origin']).toBe('*');
  });
});
