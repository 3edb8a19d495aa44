import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const srv = createServer().listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface Served {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the server in its own process, as `npm start` does, from source through tsx, on a loopback port, and waits
 * until it is ready. Its own process: in the test runner's, the runner's work would count as the server's event-loop
 * lag and trip its load shedding. Without `npm start`'s 96 MB heap cap, which is sized for the compiled code: tsx's
 * loader keeps the transformed sources on the heap, and the heap guard answered 503 under the suite.
 */
export async function startServer(env: Record<string, string>): Promise<Served> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server.ts'], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      // No load shedding: it is the resilience suite's subject. Here the browser and the server share a busy
      // two-core machine, and the 503s it still gave now and then (the page retries once after Retry-After, but
      // the browser logs the first answer as a console error) measured the machine, not the dashboard.
      SHED_EVENT_LOOP_DELAY_MS: '0',
      SHED_HEAP_USED_PERCENT: '0',
      ...env,
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  // Ready, and past the start-up's event-loop lag (load shedding answers /v1 with 503 until the lag settles).
  for (let i = 0; i < 300; i++) {
    if (
      await fetch(`${url}/v1/elections`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}
