import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/** Runs a TypeScript entry point to its end, with the environment given on top of this one. */
function run(entry: string, env: Record<string, string>, args: string[] = []) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    env: { ...process.env, LOG_LEVEL: 'silent', ...env },
  });
  let stderr = '';
  child.stderr.on('data', (d) => {
    stderr += d;
  });
  let stdout = '';
  child.stdout.on('data', (d) => {
    stdout += d;
  });
  const exited = new Promise<{ code: number | null; stderr: string; stdout: string }>((resolve) =>
    child.on('close', (code) => resolve({ code, stderr, stdout })),
  );
  return { child, exited };
}

const dir = mkdtempSync(path.join(tmpdir(), 'kz-server-'));

/** The server on a free loopback port with the test store, and whether it became ready within 10 s. */
async function startServer(env: Record<string, string>) {
  const port = await freePort();
  const started = run('src/server.ts', {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATABASE_PATH: inject('databasePath'),
    ...env,
  });
  let ready = false;
  for (let i = 0; i < 100 && !ready; i++) {
    await new Promise((r) => setTimeout(r, 100));
    ready = await fetch(`http://127.0.0.1:${port}/readyz`).then(
      (r) => r.ok,
      () => false,
    );
  }
  return { port, ready, ...started };
}

describe('the server entry', () => {
  it('listens, becomes ready, turns unready on SIGTERM, and exits 0', async () => {
    const { port, ready, child, exited } = await startServer({ SHUTDOWN_DRAIN_MS: '1500' });
    expect(ready).toBe(true);
    child.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 300));
    const during = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(during.status).toBe(503);
    expect((await exited).code).toBe(0);
  }, 30_000);

  it('writes the access line of every request before it exits on SIGTERM (asynchronous log writes lose none)', async () => {
    const { port, ready, child, exited } = await startServer({ LOG_LEVEL: 'info', SHUTDOWN_DRAIN_MS: '0' });
    expect(ready).toBe(true);
    const sent = 500;
    await Promise.all(
      Array.from({ length: sent }, (_, i) => fetch(`http://127.0.0.1:${port}/v1/regions?limit=${1 + (i % 50)}`)),
    );
    child.kill('SIGTERM');
    const { code, stdout } = await exited;
    expect(code).toBe(0);
    const lines = stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as { msg: string; url?: string });
    expect(lines.filter((l) => l.msg === 'request completed' && l.url?.startsWith('/v1/regions?'))).toHaveLength(sent);
    // The last line of the shutdown is there too: nothing was left in the buffer.
    expect(lines.at(-1)?.msg).toBe('closed');
  }, 30_000);

  it('refuses to start on a store it cannot serve, with one clear line and no stack trace', async () => {
    const file = path.join(dir, 'not-a-store.sqlite');
    writeFileSync(file, 'hello');
    const { exited } = run('src/server.ts', { PORT: String(await freePort()), DATABASE_PATH: file });
    const { code, stderr } = await exited;
    expect(code).toBe(1);
    expect(stderr).toMatch(/^cannot start: .*not-a-store\.sqlite.*npm run db:build/);
    expect(stderr).not.toMatch(/\n\s+at /);
  }, 30_000);
});

describe('the store build', () => {
  it('never replaces a file at the store path that it did not build', async () => {
    const file = path.join(dir, 'precious.sqlite');
    writeFileSync(file, "somebody else's data");
    const { code, stderr } = await run('src/loader/cli.ts', { DATABASE_PATH: file }, ['--if-stale']).exited;
    expect(code).toBe(1);
    expect(stderr).toMatch(/not a store built by this project.*left untouched/);
    expect(readFileSync(file, 'utf8')).toBe("somebody else's data");
  }, 30_000);
});
