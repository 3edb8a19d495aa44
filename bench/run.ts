/**
 * `npm run bench`: builds the app, starts it on loopback, and measures it side by side with
 *  (a) a bare Fastify baseline serving the same bytes and headers from memory,
 *  (b) 304 revalidation against the full response,
 *  (c) Datasette serving the same SQLite file,
 *  (d) the API process's memory after the load,
 *  (e) the list/filter endpoints on a scaled store (~10 M results) next to the real one.
 * The API runs as `npm start` runs it (production defaults, response cache on). A second API process with
 * RESPONSE_CACHE_MB=0 gives the "uncached" column of (a) (what a cache miss costs) and is the real-store
 * side of (e); the scaled store is served with the cache off too, so (e) measures the queries, not replays.
 * Prints a table and writes bench/results/<timestamp>.json and bench/results/latest.json.
 * Goals are reported, never asserted; --quick (for CI) asserts only that the harness works.
 *
 * Options (npm run bench -- --duration 10 ...):
 *   --quick                 3 endpoints, 1 s each, one 304 check, no Datasette, no scale; exits 1 if the harness failed
 *   --duration S            seconds measured per endpoint and target (default 5; quick 1)
 *   --warmup S              seconds of discarded load before each measurement (default 2; quick 0.5)
 *   --connections N         concurrent connections (default 50)
 *   --only a,b              only endpoints whose name contains one of these
 *   --no-datasette          skip (c)
 *   --no-scale              skip (e)
 *   --rebuild-scale         regenerate the scaled store even when a matching one exists
 *   --scale-elections N --scale-areas N --scale-contestants N   scaled store size (default 100 x 10,000 x 10)
 *   --probe-threshold-ms M  on the scaled run, endpoints slower than this per request are probed, not loaded (default 100)
 *   --log-level L           LOG_LEVEL of the API (default info, as in production)
 *   --env KEY=VALUE         extra environment for every API process (repeatable)
 *   --no-uncached           skip the uncached column of (a)
 *   --skip-build            use the existing dist/
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import Database from '../src/db/sqlite.js';
import {
  DATASETTE_PAIRS,
  QUICK_NAMES,
  QUICK_REVALIDATE_NAMES,
  readEndpoints,
  REVALIDATE_NAMES,
  scaleEndpoints,
  type Endpoint,
} from './endpoints.js';
import type { Fixture } from './baseline-server.js';
import { DEFAULT_PARAMS, reusableScaleStore, type ScaleParams, type ScaleReport } from './generate-scale-store.js';
import { get, stableHeaders } from './lib/http.js';
import { runLoad, type LoadResult } from './lib/load.js';
import { freePort, ServerProcess } from './lib/proc.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BENCH = path.join(ROOT, 'bench');
const DATA = path.join(BENCH, '.data');
const RESULTS = path.join(BENCH, 'results');
const REAL_DB = path.join(DATA, 'kz-elections.sqlite');
const SCALE_DB = path.join(DATA, 'kz-elections-scale.sqlite');
const VENV = path.join(BENCH, '.venv');
const DATASETTE_VERSION = '0.65.5';

const GOALS = { ratio: 0.8, p99Ms: 10, datasetteRatio: 5, rssMiB: 150, scaleP99Ratio: 2 };

// ---------------------------------------------------------------------------------------------- options

const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    duration: { type: 'string' },
    warmup: { type: 'string' },
    connections: { type: 'string', default: '50' },
    only: { type: 'string' },
    'no-datasette': { type: 'boolean', default: false },
    'no-scale': { type: 'boolean', default: false },
    'rebuild-scale': { type: 'boolean', default: false },
    'scale-elections': { type: 'string' },
    'scale-areas': { type: 'string' },
    'scale-contestants': { type: 'string' },
    'probe-threshold-ms': { type: 'string', default: '100' },
    'log-level': { type: 'string', default: 'info' },
    env: { type: 'string', multiple: true, default: [] },
    'no-uncached': { type: 'boolean', default: false },
    'probe-timeout-s': { type: 'string', default: '60' },
    'skip-build': { type: 'boolean', default: false },
  },
});
const quick = args.quick!;
const opts = {
  quick,
  duration: Number(args.duration ?? (quick ? 1 : 5)),
  warmup: Number(args.warmup ?? (quick ? 0.5 : 2)),
  connections: Number(args.connections),
  only: args.only
    ? args.only
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : undefined,
  datasette: !quick && !args['no-datasette'],
  scale: !quick && !args['no-scale'],
  rebuildScale: args['rebuild-scale']!,
  probeThresholdMs: Number(args['probe-threshold-ms']),
  probeTimeoutMs: Number(args['probe-timeout-s']) * 1000,
  uncached: !quick && !args['no-uncached'],
  env: Object.fromEntries(
    args.env!.map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
  ) as Record<string, string>,
  logLevel: args['log-level']!,
  scaleParams: {
    ...DEFAULT_PARAMS,
    ...(args['scale-elections'] ? { elections: Number(args['scale-elections']) } : {}),
    ...(args['scale-areas'] ? { areas: Number(args['scale-areas']) } : {}),
    ...(args['scale-contestants'] ? { contestants: Number(args['scale-contestants']) } : {}),
  } as ScaleParams,
};

// ---------------------------------------------------------------------------------------------- output helpers

const log = (line = '') => process.stdout.write(`${line}\n`);
const fmt = (n: number | undefined, digits = 0) =>
  n === undefined || Number.isNaN(n)
    ? '-'
    : n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const fmtMs = (n: number | undefined) =>
  n === undefined || Number.isNaN(n)
    ? '-'
    : n < 10
      ? n.toFixed(2)
      : n < 1000
        ? n.toFixed(1)
        : Math.round(n).toLocaleString('en');
function table(headers: string[], rows: string[][], alignLeft = 1): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i < alignLeft ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

const problems: string[] = [];
const problem = (msg: string) => {
  problems.push(msg);
  log(`  !! ${msg}`);
};

// ---------------------------------------------------------------------------------------------- processes

const started: ServerProcess[] = [];
async function stopAll() {
  await Promise.all(started.map((s) => s.stop().catch(() => undefined)));
}
for (const sig of ['SIGINT', 'SIGTERM'] as const) {
  process.once(sig, () => {
    log(`\n${sig}: stopping the servers this run started`);
    void stopAll().finally(() => process.exit(130));
  });
}

/** The API's response cache turned off (src/config.ts RESPONSE_CACHE_MB): every request runs validation, queries, serialization. */
const NO_CACHE_ENV = { RESPONSE_CACHE_MB: '0' };
/**
 * Every protection stays on (rate limit, per-client queue, load shedding, timeouts, headers): the limits are set
 * high enough that one load generator on loopback never reaches them, so what is measured is their per-request cost.
 */
const PROTECTED_ENV = { RATE_LIMIT_PER_MINUTE: '1000000', CLIENT_QUEUE_MAX: '1000' };

async function apiServer(name: string, db: string, env: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  // The same V8 heap cap as `npm start` and the Dockerfile (package.json scripts.start).
  const s = new ServerProcess(
    name,
    process.execPath,
    ['--max-old-space-size=96', path.join(ROOT, 'dist/server.js')],
    {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: db,
      LOG_LEVEL: opts.logLevel,
      ...PROTECTED_ENV,
      ...opts.env,
      ...env,
    },
    port,
    '/healthz',
  );
  started.push(s);
  await s.start();
  return s;
}

function run(cmd: string, cmdArgs: string[], env: NodeJS.ProcessEnv = process.env) {
  const r = spawnSync(cmd, cmdArgs, { cwd: ROOT, env, stdio: 'inherit' });
  if (r.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed (${r.status ?? r.signal})`);
}

// ---------------------------------------------------------------------------------------------- measuring

interface Measured extends LoadResult {
  warmupSeconds: number;
}

async function measure(url: string, headers: Record<string, string> = {}, expect = [200]): Promise<Measured> {
  if (opts.warmup > 0) {
    await runLoad({ url, connections: opts.connections, duration: opts.warmup, headers });
    // Requests still queued in the server when the warm-up stops would spill into the measurement:
    // one sequential request returns only once the server has worked through them.
    await get(url, headers, 120_000).catch(() => undefined);
  }
  const r = await runLoad({ url, connections: opts.connections, duration: opts.duration, headers });
  await get(url, headers, 120_000).catch(() => undefined); // drain, so the next measurement starts on an idle server
  const unexpected = Object.entries(r.statuses).filter(([code]) => !expect.includes(Number(code)));
  if (r.requests === 0) problem(`${url}: no response in ${opts.duration} s`);
  if (unexpected.length) problem(`${url}: unexpected statuses ${JSON.stringify(Object.fromEntries(unexpected))}`);
  if (r.errors) problem(`${url}: ${r.errors} connection errors (${r.timeouts} timeouts)`);
  return { ...r, warmupSeconds: opts.warmup };
}

const summary = (m: Measured | undefined) =>
  m
    ? {
        rps: Math.round(m.rps),
        p50: round2(m.p50),
        p90: round2(m.p90),
        p99: round2(m.p99),
        max: round2(m.max),
        requests: m.requests,
        seconds: round2(m.seconds),
        statuses: m.statuses,
        errors: m.errors,
        timeouts: m.timeouts,
        bytesPerResponse: Math.round(m.bytesPerResponse),
      }
    : undefined;
const round2 = (n: number) => Math.round(n * 100) / 100;

// ---------------------------------------------------------------------------------------------- main

async function main() {
  const t0 = Date.now();
  process.chdir(ROOT); // `node --import tsx` children and relative paths resolve from the project root
  const machine = {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    memoryGiB: round2(os.totalmem() / 2 ** 30),
    loadAverageAtStart: os.loadavg().map(round2),
  };
  let commit: string | undefined;
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
  } catch {
    /* not a git checkout */
  }
  log(
    `kz-elections bench${quick ? ' (quick)' : ''}: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, ${machine.platform}, ` +
      `load average ${machine.loadAverageAtStart.join(' ')}`,
  );
  if (machine.loadAverageAtStart[0]! > 0.5)
    log('  note: the machine is busy (load average > 0.5); numbers will be noisier');
  log(
    `  ${opts.connections} connections, ${opts.warmup} s warm-up + ${opts.duration} s per target, loopback only, LOG_LEVEL=${opts.logLevel}` +
      `; the load generator runs in this process and competes with the server for ${machine.cores} cores`,
  );

  // Build the app and the store.
  if (!args['skip-build']) {
    log('\n== build');
    run('npm', ['run', 'build', '--silent']);
  }
  mkdirSync(DATA, { recursive: true });
  run(process.execPath, [path.join(ROOT, 'dist/loader/cli.js'), '--if-stale'], {
    ...process.env,
    DATABASE_PATH: REAL_DB,
  });
  const store = new Database(REAL_DB, { readonly: true });
  const seedHash = (store.prepare('select seed_hash from build_info').get() as { seed_hash: string }).seed_hash;
  const claimId =
    (
      store
        .prepare(
          `select votes_claim c from results where election_id = '2022-presidential'
    and contestant_id = 'tokayev-kassym-jomart' and region_id is null`,
        )
        .get() as { c: string | null } | undefined
    )?.c ??
    (store.prepare(`select id c from claims where disposition = 'accepted' order by id limit 1`).get() as { c: string })
      .c;
  store.close();

  const report: Record<string, unknown> = {
    startedAt: new Date(t0).toISOString(),
    machine,
    commit,
    options: opts,
    goals: GOALS,
    seedHash,
  };

  // (a) every read endpoint against the baseline.
  let endpoints = readEndpoints(claimId);
  const openapiPaths = Object.keys(
    (JSON.parse(readFileSync(path.join(ROOT, 'openapi/openapi.json'), 'utf8')) as { paths: object }).paths,
  );
  const uncovered = openapiPaths.filter((p) => !endpoints.some((e) => e.path === p));
  if (uncovered.length) log(`  note: OpenAPI paths not benchmarked: ${uncovered.join(', ')}`);
  if (quick) endpoints = endpoints.filter((e) => QUICK_NAMES.includes(e.name));
  if (opts.only) endpoints = endpoints.filter((e) => opts.only!.some((o) => e.name.includes(o)));

  log('\n== start');
  const api = await apiServer('api', REAL_DB);
  log(`  api       pid ${api.pid} on ${api.base} (store ${path.relative(ROOT, REAL_DB)}, production settings)`);
  const uncached = opts.uncached || opts.scale ? await apiServer('api-uncached', REAL_DB, NO_CACHE_ENV) : undefined;
  if (uncached) log(`  api-uncached pid ${uncached.pid} on ${uncached.base} (RESPONSE_CACHE_MB=0)`);

  const fixtures: Fixture[] = [];
  const etags = new Map<string, string>();
  for (const e of endpoints) {
    const r = await get(`${api.base}${e.url}`);
    if (r.status !== 200) problem(`${e.url}: the API answered ${r.status}: ${r.body.toString('utf8').slice(0, 200)}`);
    fixtures.push({
      url: e.url,
      status: r.status,
      headers: stableHeaders(r.headers),
      bodyBase64: r.body.toString('base64'),
    });
    if (r.headers.etag) etags.set(e.url, r.headers.etag);
  }
  const fixturesFile = path.join(DATA, `baseline-fixtures-${process.pid}.json`);
  writeFileSync(fixturesFile, JSON.stringify(fixtures));
  const basePort = await freePort();
  const baseline = new ServerProcess(
    'baseline',
    process.execPath,
    ['--import', 'tsx', path.join(BENCH, 'baseline-server.ts'), fixturesFile],
    { ...process.env, PORT: String(basePort), HOST: '127.0.0.1' },
    basePort,
    '/__baseline_ready',
  );
  started.push(baseline);
  await baseline.start();
  log(`  baseline  pid ${baseline.pid} on ${baseline.base} (bare Fastify, ${fixtures.length} captured responses)`);
  // Same bytes on both: a check that the baseline really mirrors the API.
  for (const f of fixtures) {
    const b = await get(`${baseline.base}${f.url}`);
    if (b.body.toString('base64') !== f.bodyBase64) problem(`${f.url}: the baseline body differs from the API's`);
  }

  // A cold process is slower for its first seconds (JIT); warm every server on a mix of all the URLs first.
  const warmSeconds = Math.max(1, opts.warmup * 2);
  for (const s of [api, baseline, ...(opts.uncached && uncached ? [uncached] : [])]) {
    await runLoad({
      url: `${s.base}/`,
      paths: endpoints.map((e) => e.url),
      connections: opts.connections,
      duration: warmSeconds,
    });
    await get(`${s.base}${endpoints[0]!.url}`, {}, 120_000).catch(() => undefined);
  }
  log(`  warmed each server with ${warmSeconds} s of load over every URL`);

  log(
    `\n== (a) read endpoints vs bare Fastify baseline (goal: >= ${GOALS.ratio * 100}% of baseline req/s, p99 < ${GOALS.p99Ms} ms)`,
  );
  const aRows: { endpoint: Endpoint; api: Measured; baseline: Measured; uncached?: Measured; bytes: number }[] = [];
  const targets = { api, baseline, ...(opts.uncached && uncached ? { uncached } : {}) } as Record<
    'api' | 'baseline' | 'uncached',
    ServerProcess | undefined
  >;
  const names = (['api', 'baseline', 'uncached'] as const).filter((n) => targets[n]);
  for (const [i, e] of endpoints.entries()) {
    // Rotate which target goes first so slow drift does not favour one side.
    const order = [...names.slice(i % names.length), ...names.slice(0, i % names.length)];
    const m: Partial<Record<'api' | 'baseline' | 'uncached', Measured>> = {};
    for (const who of order) m[who] = await measure(`${targets[who]!.base}${e.url}`);
    const row = {
      endpoint: e,
      api: m.api!,
      baseline: m.baseline!,
      uncached: m.uncached,
      bytes: Buffer.from(fixtures.find((f) => f.url === e.url)!.bodyBase64, 'base64').length,
    };
    aRows.push(row);
    log(
      `  ${e.name.padEnd(14)} ${fmt(row.api.rps).padStart(7)} req/s vs ${fmt(row.baseline.rps).padStart(7)} (${(row.api.rps / row.baseline.rps).toFixed(2)})` +
        `  p50 ${fmtMs(row.api.p50)}  p99 ${fmtMs(row.api.p99)} ms${row.uncached ? `  | uncached ${fmt(row.uncached.rps)} req/s p99 ${fmtMs(row.uncached.p99)} ms` : ''}`,
    );
  }

  // (b) 304 revalidation.
  const revalidate = endpoints.filter(
    (e) => (quick ? QUICK_REVALIDATE_NAMES : REVALIDATE_NAMES).includes(e.name) && etags.has(e.url),
  );
  const bRows: { endpoint: Endpoint; full: Measured; notModified: Measured }[] = [];
  if (revalidate.length) {
    log('\n== (b) 304 revalidation (If-None-Match with the real ETag) vs the full 200 (goal: at least as fast)');
    for (const [i, e] of revalidate.entries()) {
      const url = `${api.base}${e.url}`;
      const inm = { 'if-none-match': etags.get(e.url)! };
      let full: Measured;
      let nm: Measured;
      if (i % 2 === 0) {
        full = await measure(url);
        nm = await measure(url, inm, [304]);
      } else {
        nm = await measure(url, inm, [304]);
        full = await measure(url);
      }
      bRows.push({ endpoint: e, full, notModified: nm });
      log(
        `  ${e.name.padEnd(14)} 304 ${fmt(nm.rps).padStart(7)} req/s vs 200 ${fmt(full.rps).padStart(7)} (${(nm.rps / full.rps).toFixed(2)})  p99 ${fmtMs(nm.p99)} vs ${fmtMs(full.p99)} ms`,
      );
    }
  }

  // (c) Datasette on the same file.
  let datasette: Record<string, unknown> | undefined;
  if (opts.datasette) {
    log(
      `\n== (c) Datasette ${DATASETTE_VERSION} on the same SQLite file (goal: >= ${GOALS.datasetteRatio}x its req/s)`,
    );
    datasette = await runDatasette(api, opts.uncached ? uncached : undefined);
  }

  // (d) Memory of the API process after the load.
  const memory = api.memory();
  const memoryUncached = uncached?.memory();
  log(
    `\n== (d) API memory after the load: VmRSS ${fmt(memory?.rssMiB, 1)} MiB, peak VmHWM ${fmt(memory?.hwmMiB, 1)} MiB (goal: < ${GOALS.rssMiB} MB)` +
      (memoryUncached
        ? `; uncached process: VmRSS ${fmt(memoryUncached.rssMiB, 1)} MiB, peak ${fmt(memoryUncached.hwmMiB, 1)} MiB`
        : ''),
  );
  await baseline.stop();
  rmSync(fixturesFile, { force: true });

  // (e) Scale.
  let scale: Record<string, unknown> | undefined;
  if (opts.scale) scale = await runScale(uncached!, claimId, seedHash);
  await stopAll();

  // ------------------------------------------------------------------------------------------ report
  const aTable = aRows.map((r) => ({
    endpoint: r.endpoint.name,
    url: r.endpoint.url,
    bytes: r.bytes,
    rps: Math.round(r.api.rps),
    baselineRps: Math.round(r.baseline.rps),
    ratio: round2(r.api.rps / r.baseline.rps),
    p50: round2(r.api.p50),
    p99: round2(r.api.p99),
    baselineP99: round2(r.baseline.p99),
    uncachedRps: r.uncached ? Math.round(r.uncached.rps) : undefined,
    uncachedRatio: r.uncached ? round2(r.uncached.rps / r.baseline.rps) : undefined,
    uncachedP99: r.uncached ? round2(r.uncached.p99) : undefined,
    meetsRatio: r.api.rps / r.baseline.rps >= GOALS.ratio,
    meetsP99: r.api.p99 < GOALS.p99Ms,
    api: summary(r.api),
    baseline: summary(r.baseline),
    uncached: summary(r.uncached),
  }));
  const bTable = bRows.map((r) => ({
    endpoint: r.endpoint.name,
    url: r.endpoint.url,
    rps304: Math.round(r.notModified.rps),
    rps200: Math.round(r.full.rps),
    ratio: round2(r.notModified.rps / r.full.rps),
    p99_304: round2(r.notModified.p99),
    p99_200: round2(r.full.p99),
    meets: r.notModified.rps >= r.full.rps,
    notModified: summary(r.notModified),
    full: summary(r.full),
  }));
  Object.assign(report, {
    finishedAt: new Date().toISOString(),
    durationSeconds: Math.round((Date.now() - t0) / 1000),
    endpoints: aTable,
    revalidation: bTable,
    datasette,
    memory: memory
      ? {
          rssMiB: round2(memory.rssMiB),
          hwmMiB: round2(memory.hwmMiB),
          meets: memory.rssMiB * 2 ** 20 < GOALS.rssMiB * 1e6,
          uncached: memoryUncached && { rssMiB: round2(memoryUncached.rssMiB), hwmMiB: round2(memoryUncached.hwmMiB) },
        }
      : undefined,
    scale,
    problems,
  });

  log(
    `\n== results: ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}; ${opts.connections} connections, ${opts.duration} s per target`,
  );
  log(
    table(
      [
        'endpoint',
        'req/s',
        'baseline req/s',
        'ratio',
        'p50 ms',
        'p99 ms',
        'base p99',
        'bytes',
        'goal',
        'uncached req/s',
        'ratio',
        'p99',
      ],
      aTable.map((r) => [
        r.endpoint,
        fmt(r.rps),
        fmt(r.baselineRps),
        r.ratio.toFixed(2),
        fmtMs(r.p50),
        fmtMs(r.p99),
        fmtMs(r.baselineP99),
        fmt(r.bytes),
        `${r.meetsRatio ? 'ok' : 'SLOW'}/${r.meetsP99 ? 'ok' : 'p99'}`,
        fmt(r.uncachedRps),
        r.uncachedRatio?.toFixed(2) ?? '-',
        fmtMs(r.uncachedP99),
      ]),
    ),
  );
  log(
    '  goal: ratio >= 0.8 (SLOW otherwise) / p99 < 10 ms; uncached = a second API process with RESPONSE_CACHE_MB=0 (a cache miss), same baseline',
  );
  if (bTable.length) {
    log('');
    log(
      table(
        ['304 revalidation', '304 req/s', '200 req/s', 'ratio', '304 p99', '200 p99', 'goal'],
        bTable.map((r) => [
          r.endpoint,
          fmt(r.rps304),
          fmt(r.rps200),
          r.ratio.toFixed(2),
          fmtMs(r.p99_304),
          fmtMs(r.p99_200),
          r.meets ? 'ok' : 'SLOWER',
        ]),
      ),
    );
  }
  const goalLines: string[] = [];
  const aOk = aTable.filter((r) => r.meetsRatio).length;
  const pOk = aTable.filter((r) => r.meetsP99).length;
  goalLines.push(
    `(a) ${aOk}/${aTable.length} endpoints at >= ${GOALS.ratio * 100}% of the baseline's req/s; ${pOk}/${aTable.length} with p99 < ${GOALS.p99Ms} ms`,
  );
  if (bTable.length)
    goalLines.push(
      `(b) ${bTable.filter((r) => r.meets).length}/${bTable.length} revalidations (304) at least as fast as the full response`,
    );
  if (datasette) {
    const pairs = (datasette.pairs as { name: string; ratio: number; uncachedRatio?: number }[] | undefined) ?? [];
    goalLines.push(
      `(c) ${datasette.skipped ? `skipped: ${String(datasette.skipped)}` : pairs.map((p) => `${p.name}: ${p.ratio.toFixed(2)}x Datasette's req/s`).join('; ')} (goal >= ${GOALS.datasetteRatio}x)`,
    );
    const uncachedPairs = pairs.filter((p) => p.uncachedRatio !== undefined);
    if (uncachedPairs.length)
      goalLines.push(
        `    with RESPONSE_CACHE_MB=0: ${uncachedPairs.map((p) => `${p.name} ${p.uncachedRatio!.toFixed(2)}x`).join('; ')}`,
      );
  }
  if (memory)
    goalLines.push(
      `(d) API VmRSS ${fmt(memory.rssMiB, 1)} MiB (${fmt(memory.rssMiB * 1.048576, 1)} MB) after the load (goal < ${GOALS.rssMiB} MB): ${memory.rssMiB * 1.048576 < GOALS.rssMiB ? 'met' : 'NOT met'}`,
    );
  if (scale && Array.isArray(scale.endpoints)) {
    const rows = (scale.endpoints as { scaleOnly?: boolean; p99Ratio?: number }[]).filter((r) => !r.scaleOnly);
    const ok = rows.filter((r) => r.p99Ratio !== undefined && r.p99Ratio <= GOALS.scaleP99Ratio).length;
    goalLines.push(
      `(e) ${ok}/${rows.length} endpoints with p99 on the scaled store within ${GOALS.scaleP99Ratio}x of the real store's`,
    );
  }
  report.summary = goalLines;
  log('\n== goals (reported, not asserted)');
  for (const g of goalLines) log(`  ${g}`);

  mkdirSync(RESULTS, { recursive: true });
  const stamp = new Date(t0).toISOString().replace(/[:.]/g, '-');
  const file = path.join(RESULTS, `${stamp}${quick ? '-quick' : ''}.json`);
  const json = `${JSON.stringify(report, null, 2)}\n`;
  writeFileSync(file, json);
  // A quick run keeps its own "latest" so that a CI smoke run never hides the last real measurement.
  const latest = path.join(RESULTS, quick ? 'latest-quick.json' : 'latest.json');
  writeFileSync(latest, json);
  log(
    `\nwrote ${path.relative(ROOT, file)} and ${path.relative(ROOT, latest)} in ${Math.round((Date.now() - t0) / 1000)} s`,
  );

  // Quick mode is a smoke test of the harness: it fails when the harness did, never on the numbers.
  if (quick) {
    const reread = JSON.parse(readFileSync(latest, 'utf8')) as { endpoints: unknown[] };
    if (reread.endpoints.length !== endpoints.length)
      problems.push(`${path.basename(latest)} does not hold every endpoint`);
  }
  if (problems.length) {
    log(`\n${problems.length} harness problem(s):\n  ${problems.join('\n  ')}`);
    process.exitCode = 1;
  }
}

// ---------------------------------------------------------------------------------------------- (c) Datasette

function ensureDatasette(): string {
  const bin = path.join(VENV, 'bin', 'datasette');
  if (existsSync(bin)) return bin;
  log(`  installing datasette==${DATASETTE_VERSION} into ${path.relative(ROOT, VENV)} ...`);
  run('python3', ['-m', 'venv', VENV]);
  run(path.join(VENV, 'bin', 'pip'), ['install', '--quiet', `datasette==${DATASETTE_VERSION}`]);
  return bin;
}

async function runDatasette(api: ServerProcess, uncached?: ServerProcess): Promise<Record<string, unknown>> {
  let bin: string;
  try {
    bin = ensureDatasette();
  } catch (err) {
    log(`  skipped: ${(err as Error).message}`);
    return { skipped: (err as Error).message };
  }
  const port = await freePort();
  const dbName = path.basename(REAL_DB).replace(/\.[^.]+$/, '');
  // `--immutable FILE` alone: passing the file positionally as well serves it twice (db and db_2).
  const settings = [
    '--setting',
    'suggest_facets',
    'off',
    '--setting',
    'default_page_size',
    '100',
    '--setting',
    'sql_time_limit_ms',
    '1000',
    '--setting',
    'num_sql_threads',
    '3',
  ];
  const ds = new ServerProcess(
    'datasette',
    bin,
    ['serve', '--immutable', REAL_DB, '-h', '127.0.0.1', '-p', String(port), ...settings],
    process.env,
    port,
    '/-/versions.json',
    60_000,
  );
  started.push(ds);
  try {
    await ds.start();
  } catch (err) {
    log(`  skipped: ${(err as Error).message}`);
    return { skipped: (err as Error).message };
  }
  const version = (await get(`${ds.base}/-/versions.json`)).body.toString('utf8');
  log(
    `  datasette pid ${ds.pid} on ${ds.base}: datasette serve --immutable ${path.relative(ROOT, REAL_DB)} ${settings.join(' ')}`,
  );
  const pairs = [];
  for (const p of DATASETTE_PAIRS) {
    const dsUrl = p.datasette.replace('{db}', dbName);
    const check = await get(`${ds.base}${dsUrl}`);
    const rows =
      check.status === 200 ? (JSON.parse(check.body.toString('utf8')) as { rows?: unknown[] }).rows?.length : undefined;
    if (check.status !== 200) problem(`datasette ${dsUrl} answered ${check.status}`);
    const ours = await measure(`${api.base}${p.ours}`);
    const theirs = await measure(`${ds.base}${dsUrl}`);
    const oursUncached = uncached ? await measure(`${uncached.base}${p.ours}`) : undefined;
    const row = {
      name: p.name,
      ours: p.ours,
      datasette: dsUrl,
      datasetteRows: rows,
      rps: Math.round(ours.rps),
      datasetteRps: Math.round(theirs.rps),
      ratio: round2(ours.rps / theirs.rps),
      p99: round2(ours.p99),
      datasetteP99: round2(theirs.p99),
      meets: ours.rps / theirs.rps >= GOALS.datasetteRatio,
      uncachedRps: oursUncached ? Math.round(oursUncached.rps) : undefined,
      uncachedRatio: oursUncached ? round2(oursUncached.rps / theirs.rps) : undefined,
      oursDetail: summary(ours),
      datasetteDetail: summary(theirs),
      uncachedDetail: summary(oursUncached),
    };
    pairs.push(row);
    log(
      `  ${p.name.padEnd(14)} ours ${fmt(row.rps).padStart(7)} req/s vs Datasette ${fmt(row.datasetteRps).padStart(6)} (${row.ratio.toFixed(2)}x)` +
        `  p99 ${fmtMs(row.p99)} vs ${fmtMs(row.datasetteP99)} ms${oursUncached ? `  | uncached ${fmt(row.uncachedRps)} req/s (${row.uncachedRatio!.toFixed(2)}x)` : ''}`,
    );
  }
  await ds.stop();
  let datasetteVersion: unknown = version;
  try {
    datasetteVersion = (JSON.parse(version) as { datasette?: { version?: string } }).datasette?.version;
  } catch {
    /* raw */
  }
  return { version: datasetteVersion, settings: settings.join(' '), pairs };
}

// ---------------------------------------------------------------------------------------------- (e) scale

interface Probe {
  samples: number[];
  firstMs?: number;
  status?: number;
  error?: string;
}

/**
 * Sequential requests: the first (cold: what a cache miss costs), then up to 3 timed, at most ~20 s in all.
 * A server that dies or does not answer within --probe-timeout-s is restarted.
 */
async function probe(server: ServerProcess, url: string): Promise<Probe> {
  const samples: number[] = [];
  const until = Date.now() + 20_000;
  try {
    const first = await get(`${server.base}${url}`, {}, opts.probeTimeoutMs);
    if (first.status !== 200)
      return {
        samples: [first.ms],
        firstMs: first.ms,
        status: first.status,
        error: `status ${first.status}: ${first.body.toString('utf8').slice(0, 160)}`,
      };
    if (first.ms > 10_000) return { samples: [first.ms], firstMs: first.ms, status: 200 };
    while (samples.length < 3 && Date.now() < until)
      samples.push((await get(`${server.base}${url}`, {}, opts.probeTimeoutMs)).ms);
    return { samples, firstMs: first.ms, status: 200 };
  } catch (err) {
    const died = !server.alive();
    const msg = `${(err as Error).message}${died ? ` (server ${server.exitInfo ?? 'died'}: ${server.tail().split('\n').slice(-2).join(' ')})` : ''}`;
    log(`    ${server.name}: ${msg}; restarting it`);
    await server.restart();
    return { samples, error: msg };
  }
}

async function ensureScaleStore(seedHash: string): Promise<ScaleReport> {
  const readJson = (p: string) => JSON.parse(readFileSync(p, 'utf8')) as unknown;
  const existing = opts.rebuildScale ? undefined : reusableScaleStore(SCALE_DB, seedHash, opts.scaleParams, readJson);
  if (existing) {
    log(
      `  reusing ${path.relative(ROOT, SCALE_DB)} (built ${existing.builtAt} in ${(existing.buildMs / 1000).toFixed(1)} s, ` +
        `${(existing.sizeBytes / 2 ** 30).toFixed(2)} GiB; --rebuild-scale to regenerate)`,
    );
    return existing;
  }
  // Remove the old one first, so the disk never holds two scaled stores.
  rmSync(SCALE_DB, { force: true });
  rmSync(`${SCALE_DB}.json`, { force: true });
  const free = spawnSync('df', ['-h', DATA], { encoding: 'utf8' }).stdout.trim().split('\n').pop();
  log(`  generating ${path.relative(ROOT, SCALE_DB)} (disk: ${free})`);
  const p = opts.scaleParams;
  run(process.execPath, [
    '--import',
    'tsx',
    path.join(BENCH, 'generate-scale-store.ts'),
    '--from',
    REAL_DB,
    '--out',
    SCALE_DB,
    '--elections',
    String(p.elections),
    '--areas',
    String(p.areas),
    '--contestants',
    String(p.contestants),
    '--districts',
    String(p.districts),
    '--seed',
    String(p.seed),
  ]);
  return readJson(`${SCALE_DB}.json`) as ScaleReport;
}

async function runScale(api: ServerProcess, claimId: string, seedHash: string): Promise<Record<string, unknown>> {
  log(
    `\n== (e) scale: list/filter endpoints on a scaled store vs the real one (goal: p99 within ${GOALS.scaleP99Ratio}x)`,
  );
  log(
    '  both API processes run with RESPONSE_CACHE_MB=0, so every request runs its queries (with the cache on, a load test only replays)',
  );
  const built = await ensureScaleStore(seedHash);
  log(
    `  scaled store: ${Object.entries(built.rows)
      .map(([t, n]) => `${t} ${n.toLocaleString('en')}`)
      .join(', ')}`,
  );
  log(`  built in ${(built.buildMs / 1000).toFixed(1)} s, ${(built.sizeBytes / 2 ** 30).toFixed(2)} GiB`);
  const db = new Database(SCALE_DB, { readonly: true });
  const synth = db.prepare(`select id from elections where name_en like 'Synthetic %' order by date`).all() as {
    id: string;
  }[];
  const area = db.prepare(`select id from regions where id like 'ps-%' order by id`).all() as { id: string }[];
  db.close();
  const synthetic = {
    electionId:
      synth.filter((e) => e.id.endsWith('-mazhilis'))[Math.floor(synth.length / 4)]?.id ?? synth[0]?.id ?? 'none',
    areaId: area[Math.floor(area.length / 2)]?.id ?? 'none',
  };
  let list = scaleEndpoints(claimId, synthetic);
  if (opts.only) list = list.filter((e) => opts.only!.some((o) => e.name.includes(o)));

  const scaled = await apiServer('api-scaled', SCALE_DB, NO_CACHE_ENV);
  // Warm the fresh process on cheap URLs only (a slow one would tie it up for the whole warm-up).
  await runLoad({
    url: `${scaled.base}/`,
    paths: ['/healthz', '/v1/elections?limit=5', '/v1/parties', '/v1/elections/2022-presidential'],
    connections: opts.connections,
    duration: Math.max(1, opts.warmup),
  });
  log(
    `  api-scaled pid ${scaled.pid} on ${scaled.base}; probe threshold ${opts.probeThresholdMs} ms per request (slower: probed, not loaded)`,
  );
  const rows = [];
  for (const e of list) {
    const one = async (server: ServerProcess) => {
      const pr = await probe(server, e.url);
      const median = [...pr.samples].sort((a, b) => a - b)[Math.floor(pr.samples.length / 2)];
      const firstMs = pr.firstMs === undefined ? undefined : round2(pr.firstMs);
      if (pr.error || median === undefined)
        return { mode: 'error' as const, error: pr.error ?? 'no sample', firstMs, probeMs: pr.samples.map(round2) };
      if (median > opts.probeThresholdMs) {
        return {
          mode: 'probe' as const,
          p50: round2(median),
          p99: round2(Math.max(...pr.samples)),
          rps: round2(1000 / median),
          firstMs,
          probeMs: pr.samples.map(round2),
        };
      }
      const m = await measure(`${server.base}${e.url}`);
      return {
        mode: 'load' as const,
        p50: round2(m.p50),
        p99: round2(m.p99),
        rps: Math.round(m.rps),
        firstMs,
        probeMs: pr.samples.map(round2),
        detail: summary(m),
      };
    };
    const real = e.scaleOnly ? undefined : await one(api);
    const big = await one(scaled);
    const realP99 = real && 'p99' in real ? real.p99 : undefined;
    const bigP99 = 'p99' in big ? big.p99 : undefined;
    const row = {
      endpoint: e.name,
      url: e.url,
      note: e.note,
      scaleOnly: e.scaleOnly ?? false,
      real,
      scaled: big,
      p99Ratio: realP99 !== undefined && bigP99 !== undefined ? round2(bigP99 / realP99) : undefined,
    };
    rows.push(row);
    const show = (r: typeof big | undefined) =>
      !r
        ? '-'
        : r.mode === 'error'
          ? `ERROR ${r.error}`
          : `${r.mode === 'probe' ? 'probe ' : ''}${fmt(r.rps, r.mode === 'probe' ? 2 : 0)} req/s p99 ${fmtMs(r.p99)} ms`;
    log(
      `  ${e.name.padEnd(27)} real ${show(real).padEnd(30)} scaled ${show(big)}${row.p99Ratio !== undefined ? `  (${row.p99Ratio}x)` : ''}`,
    );
  }
  const memory = scaled.memory();
  await scaled.stop();
  log('');
  log(
    table(
      [
        'scale endpoint',
        'real req/s',
        'real p99',
        'scaled req/s',
        'scaled p99',
        'p99 ratio',
        '1st req real',
        '1st req scaled',
        'mode',
        'goal',
      ],
      rows.map((r) => {
        const cell = (x: typeof r.scaled | undefined, k: 'rps' | 'p99') =>
          !x || x.mode === 'error'
            ? x
              ? 'ERROR'
              : '-'
            : k === 'rps'
              ? fmt(x.rps, x.mode === 'probe' ? 2 : 0)
              : fmtMs(x.p99);
        return [
          r.endpoint,
          cell(r.real, 'rps'),
          cell(r.real, 'p99'),
          cell(r.scaled, 'rps'),
          cell(r.scaled, 'p99'),
          r.p99Ratio === undefined ? '-' : r.p99Ratio.toFixed(2),
          fmtMs(r.real?.firstMs),
          fmtMs(r.scaled.firstMs),
          `${r.real?.mode ?? '-'}/${r.scaled.mode}`,
          r.scaleOnly ? 'scale-only' : r.p99Ratio !== undefined && r.p99Ratio <= GOALS.scaleP99Ratio ? 'ok' : 'GROWS',
        ];
      }),
    ),
  );
  log(
    '  mode: load = autocannon run (50 connections); probe = sequential requests (p50 = median, p99 = slowest), too slow to load;',
  );
  log('  1st req = the first request for the URL in ms (cold, sequential): what a response-cache miss costs');
  return { store: built, synthetic, memoryAfter: memory, endpoints: rows };
}

main().catch(async (err) => {
  console.error(err);
  await stopAll();
  process.exitCode = 1;
});
