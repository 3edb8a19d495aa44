/**
 * The cluster test, on loopback only and bounded in time (about a minute): Redis, two replicas of the compiled
 * server sharing rate limits through it, and nginx (deploy/nginx) in front. Under load through nginx one replica
 * is stopped with SIGTERM (it drains), and in a second run one is killed with SIGKILL; no client request may
 * fail in either. Then: a rate limit counted across both replicas, the proxy's cache answering while no replica
 * runs, and req/s through nginx against one replica direct. Prints the figures; exits 1 when a check fails.
 * Needs nginx and redis-server on PATH (.ci/run installs Debian's packages). Run: npm run test:cluster
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { freePort, startRedis } from '../tests/helpers/redis-server.js';
import { checkCaching } from './cluster/proxy-checks.js';
import { alternate, Checks, failures, load, type LoadResult, printTable } from './cluster/load.js';
import { type Proc, type Replica, sleep, startNginx, startReplica, waitFor } from './cluster/processes.js';

const CACHED = '/v1/elections/2022-presidential/results';
const DRAIN_MS = 1500;
const started = Date.now();
const dir = mkdtempSync(path.join(tmpdir(), 'kz-cluster-'));
const running: Proc[] = [];
const checks = new Checks();
const figures: LoadResult[] = [];
let nginxDir: string | undefined;
let nginxProc: Proc | undefined;
/** Replicas and Redis are killed; nginx's master is asked to stop, so that it takes its workers with it. */
async function stopAll(): Promise<void> {
  for (const p of running) if (p !== nginxProc) p.child.kill('SIGKILL');
  if (!nginxProc || nginxProc.child.exitCode !== null) return;
  nginxProc.child.kill('SIGTERM');
  await Promise.race([nginxProc.exited, sleep(3000)]);
}
const deadline = setTimeout(() => {
  console.error('cluster test: over its 240 s bound');
  void stopAll().finally(() => process.exit(1));
}, 240_000);

function step(name: string): void {
  console.log(`\n== ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

async function replica(port: number, env: Record<string, string>): Promise<Replica> {
  const r = await startReplica(port, env);
  running.push(r);
  return r;
}

async function main(): Promise<void> {
  step('build: compile, then the store from seed/');
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.build.json'], {
    stdio: 'inherit',
  });
  const databasePath = path.join(dir, 'store.sqlite');
  execFileSync(process.execPath, ['dist/loader/cli.js'], {
    env: { ...process.env, DATABASE_PATH: databasePath },
    stdio: 'inherit',
  });

  step('Redis, two replicas sharing it, nginx in front');
  const redis = await startRedis();
  running.push({ child: redis.child, exited: Promise.resolve(null), log: () => '' });
  const shared = {
    DATABASE_PATH: databasePath,
    REDIS_URL: redis.url,
    TRUST_PROXY: '127.0.0.1',
    // High enough that the load below is never limited; every request still counts in Redis.
    RATE_LIMIT_PER_MINUTE: '1000000',
    SHUTDOWN_DRAIN_MS: String(DRAIN_MS),
    SHUTDOWN_TIMEOUT_MS: '3000',
  };
  const ports = [await freePort(), await freePort()] as const;
  let a = await replica(ports[0], shared);
  const b = await replica(ports[1], shared);
  const proxyPort = await freePort();
  const nginx = await startNginx(proxyPort, [...ports]);
  running.push(nginx);
  nginxProc = nginx;
  nginxDir = nginx.dir;
  const proxy = `http://127.0.0.1:${proxyPort}`;

  step('the proxy caches as the API says');
  await checkCaching(checks, proxy, CACHED);

  step('req/s: one replica direct against nginx (4 s each, 16 connections)');
  const direct = `http://127.0.0.1:${a.port}`;
  for (const [label, base, p] of [
    ['direct, one replica: results (its own response cache)', direct, CACHED],
    ['nginx: results (nginx cache)', proxy, CACHED],
    ['direct, one replica: /healthz', direct, '/healthz'],
    ['nginx: /healthz (proxied to both replicas)', proxy, '/healthz'],
  ] as const)
    figures.push(await load(label, base, [p], { seconds: 4 }));

  const mix = ['/healthz', CACHED, '/healthz', '/v1/elections'];
  step(`SIGTERM one replica under load through nginx (drain ${DRAIN_MS} ms)`);
  let drainSeen = false;
  let termExit: number | null = -1;
  const term = await load('nginx under load, SIGTERM of one replica', proxy, mix, {
    seconds: 8,
    during: async () => {
      await sleep(2000);
      a.child.kill('SIGTERM');
      await waitFor(`${direct}/readyz`, 1000, 503).then(
        () => (drainSeen = true),
        () => undefined,
      );
      termExit = await a.exited;
    },
  });
  figures.push(term);
  checks.check(drainSeen, 'the stopped replica answered /readyz 503 while draining');
  checks.check(termExit === 0, `the stopped replica exited ${termExit}`);
  checks.check(failures(term) === 0, `SIGTERM run: ${term.requests} requests, ${failures(term)} failed`);
  running.splice(running.indexOf(a), 1);
  a = await replica(ports[0], shared);

  step('SIGKILL one replica under load through nginx');
  const kill = await load('nginx under load, SIGKILL of one replica', proxy, mix, {
    seconds: 8,
    during: async () => {
      await sleep(2000);
      b.child.kill('SIGKILL');
      await b.exited;
    },
  });
  figures.push(kill);
  checks.check(failures(kill) === 0, `SIGKILL run: ${kill.requests} requests, ${failures(kill)} failed`);
  running.splice(running.indexOf(b), 1);

  step('no replica left: the proxy still answers what it has cached');
  a.child.kill('SIGKILL');
  await a.exited;
  running.splice(running.indexOf(a), 1);
  const stale = await fetch(proxy + CACHED);
  checks.check(
    stale.status === 200,
    `${CACHED} with every replica down: ${stale.status} (${stale.headers.get('x-cache-status')})`,
  );
  const gone = await fetch(proxy + '/healthz');
  checks.check(gone.status === 502, `/healthz with every replica down: ${gone.status}`);

  step('one rate limit across replicas (10 requests per 10 s per client, alternating replicas)');
  const flush = new Redis(redis.url);
  await flush.flushall();
  flush.disconnect();
  const limited = { ...shared, RATE_LIMIT_PER_MINUTE: '60' };
  await alternate(
    checks,
    'with REDIS_URL',
    [await replica(await freePort(), limited), await replica(await freePort(), limited)],
    10,
  );
  const { REDIS_URL: _none, ...alone } = limited;
  await alternate(
    checks,
    'without REDIS_URL',
    [await replica(await freePort(), alone), await replica(await freePort(), alone)],
    20,
  );
}

try {
  await main();
} catch (err) {
  checks.check(false, `the test ran to its end (${(err as Error).message})`);
} finally {
  await stopAll();
  const errorLog = nginxDir ? path.join(nginxDir, 'error.log') : '';
  if (checks.failed.length > 0 && errorLog && existsSync(errorLog))
    console.log(
      `\nnginx error.log:\n${readFileSync(errorLog, 'utf8')
        .split('\n')
        .filter((l) => !/connect\(\) failed|no live upstreams|temporarily disabled/.test(l))
        .slice(-30)
        .join('\n')}`,
    );
  clearTimeout(deadline);
  for (const d of [dir, nginxDir]) if (d) rmSync(d, { recursive: true, force: true });
}
printTable(figures);
console.log(`\ncluster test: ${checks.failed.length} failed checks in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(checks.failed.length === 0 ? 0 : 1);
