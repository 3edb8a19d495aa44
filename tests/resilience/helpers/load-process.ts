import { spawn } from 'node:child_process';
import type { LoadOptions, LoadResult } from './load.js';

/** LoadOptions that survive JSON: the URL is a template where `{i}` is the request's number. */
export type RemoteLoadOptions = Omit<LoadOptions, 'url' | 'headers'> & { urlTemplate: string };

/**
 * Runs a load in a child process, so a flood's own client-side work does not slow the clients this process
 * measures (they would share one event loop otherwise).
 */
export function runLoadInChild(opts: RemoteLoadOptions): Promise<LoadResult> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'tests/resilience/helpers/load-main.ts', JSON.stringify(opts)],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (d) => {
    out += d;
  });
  return new Promise((resolve, reject) =>
    child.on('exit', (code) =>
      code === 0 ? resolve(JSON.parse(out) as LoadResult) : reject(new Error(`load exited ${code}`)),
    ),
  );
}
