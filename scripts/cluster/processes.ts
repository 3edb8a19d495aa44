import { type ChildProcess, spawn } from 'node:child_process';
import { chownSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls a URL until it answers with `status` (any answer when omitted), for at most `ms`. */
export async function waitFor(url: string, ms = 15_000, status?: number): Promise<void> {
  const until = Date.now() + ms;
  for (;;) {
    const got = await fetch(url).then(
      (r) => r.status,
      () => 0,
    );
    if (got !== 0 && (status === undefined || got === status)) return;
    if (Date.now() > until) throw new Error(`${url} did not answer ${status ?? ''} within ${ms} ms`);
    await sleep(50);
  }
}

export interface Proc {
  child: ChildProcess;
  exited: Promise<number | null>;
  log: () => string;
}

function track(child: ChildProcess): Proc {
  let out = '';
  const keep = (d: Buffer) => void (out = (out + d.toString()).slice(-4000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, exited, log: () => out };
}

export interface Replica extends Proc {
  port: number;
}

/** The compiled server as the container runs it (96 MB old-space cap), on a loopback port. */
export async function startReplica(port: number, env: Record<string, string>): Promise<Replica> {
  const child = spawn(process.execPath, ['--max-old-space-size=96', 'dist/server.js'], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const proc = { ...track(child), port };
  await Promise.race([
    waitFor(`http://127.0.0.1:${port}/readyz`, 20_000, 200),
    proc.exited.then((code) => {
      throw new Error(`replica on ${port} exited ${code}: ${proc.log()}`);
    }),
  ]);
  return proc;
}

const NOBODY = 65534;

/**
 * nginx from deploy/nginx/kz-elections.conf.template with loopback replicas, in its own prefix directory
 * (pid, logs, temp files and cache there; the caller removes it), in the foreground, and never as root: when this runs as root,
 * nginx runs as `nobody`.
 */
export async function startNginx(listen: number, upstreamPorts: number[]): Promise<Proc & { dir: string }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kz-nginx-'));
  mkdirSync(path.join(dir, 'cache'), { recursive: true });
  const upstreams = upstreamPorts.map((p) => `server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`).join('\n    ');
  const site = readFileSync('deploy/nginx/kz-elections.conf.template', 'utf8')
    .replaceAll('${LISTEN}', `127.0.0.1:${listen}`)
    .replaceAll('${CACHE_DIR}', path.join(dir, 'cache'))
    .replaceAll('${UPSTREAMS}', upstreams);
  writeFileSync(path.join(dir, 'site.conf'), site);
  const temp = (name: string) => `${name}_temp_path ${path.join(dir, `${name}-temp`)};`;
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    [
      'daemon off;',
      'worker_processes 1;',
      `pid ${path.join(dir, 'nginx.pid')};`,
      `error_log ${path.join(dir, 'error.log')} warn;`,
      'events { worker_connections 1024; }',
      'http {',
      '  access_log off;',
      // autocannon ignores `Connection: close` and writes its next request into the closing connection, which
      // nginx (by default after 1,000 requests on one client connection) answers with a reset: a load-generator
      // artefact that real clients do not have, so the test's own connections are never recycled.
      '  keepalive_requests 1000000;',
      `  ${['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map(temp).join('\n  ')}`,
      `  include ${path.join(dir, 'site.conf')};`,
      '}',
      '',
    ].join('\n'),
  );
  const asRoot = process.getuid?.() === 0;
  if (asRoot) for (const f of ['', ...readdirSync(dir)]) chownSync(path.join(dir, f), NOBODY, NOBODY);
  const child = spawn('nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-e', path.join(dir, 'error.log')], {
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(asRoot ? { uid: NOBODY, gid: NOBODY } : {}),
  });
  const proc = track(child);
  await Promise.race([
    waitFor(`http://127.0.0.1:${listen}/healthz`, 10_000),
    proc.exited.then((code) => {
      throw new Error(`nginx exited ${code}: ${proc.log()}`);
    }),
  ]);
  return { ...proc, dir };
}
