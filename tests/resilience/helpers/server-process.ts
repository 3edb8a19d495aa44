import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { inject } from 'vitest';

export interface ServerProcess {
  port: number;
  child: ChildProcess;
  /** Resident memory of the server process now, in MiB (from /proc). */
  rssMiB(): number;
  /** Sends a signal and resolves with the exit code and how long the exit took. */
  stop(signal?: NodeJS.Signals): Promise<{ code: number | null; ms: number }>;
  exited: Promise<number | null>;
  log: () => string;
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

/**
 * Starts the built server as `npm start` runs it (compiled code, the 96 MB old-space cap) on a loopback port,
 * with every protection at its default unless `env` overrides it, and waits until it is ready.
 */
export async function startServer(env: Record<string, string> = {}): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--max-old-space-size=96', 'dist/server.js'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_PATH: inject('databasePath'),
      LOG_LEVEL: 'warn',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d) => {
    stderr = (stderr + d).slice(-4000);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  for (let i = 0; i < 100; i++) {
    if (
      await fetch(`http://127.0.0.1:${port}/readyz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    port,
    child,
    exited,
    log: () => stderr,
    rssMiB: () => {
      const line = readFileSync(`/proc/${child.pid}/status`, 'utf8')
        .split('\n')
        .find((l) => l.startsWith('VmRSS:'));
      return Math.round(Number(line?.match(/\d+/)?.[0] ?? 0) / 1024);
    },
    stop: async (signal = 'SIGTERM') => {
      const started = performance.now();
      child.kill(signal);
      const code = await exited;
      return { code, ms: Math.round(performance.now() - started) };
    },
  };
}
