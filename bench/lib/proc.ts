import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import { waitForHttp } from './http.js';

/** A free loopback port (asked of the OS, then released for the child to take). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as net.AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}

/** A server the benchmark started: only these processes are ever stopped, by their own pid. */
export class ServerProcess {
  private child: ChildProcess | undefined;
  private stderrTail = '';
  exitInfo: string | undefined;

  constructor(
    readonly name: string,
    private readonly command: string,
    private readonly args: string[],
    private readonly env: NodeJS.ProcessEnv,
    readonly port: number,
    private readonly readyPath: string,
    private readonly readyTimeoutMs = 30_000,
  ) {}

  get base(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  get pid(): number | undefined {
    return this.child?.pid;
  }

  alive(): boolean {
    return !!this.child && this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The last lines the process wrote to stderr (for reporting a crash). */
  tail(): string {
    return this.stderrTail.trim().split('\n').slice(-8).join('\n');
  }

  async start(): Promise<void> {
    this.exitInfo = undefined;
    this.stderrTail = '';
    // stdout (request logs at LOG_LEVEL=info) goes to /dev/null: reading it would cost the load generator CPU.
    const child = spawn(this.command, this.args, { env: this.env, stdio: ['ignore', 'ignore', 'pipe'] });
    this.child = child;
    child.stderr!.setEncoding('utf8');
    child.stderr!.on('data', (d: string) => {
      this.stderrTail = (this.stderrTail + d).slice(-8_000);
    });
    child.on('exit', (code, signal) => {
      this.exitInfo = `exited with ${signal ?? `code ${code}`}`;
    });
    try {
      await waitForHttp(`${this.base}${this.readyPath}`, this.readyTimeoutMs, () => this.alive());
    } catch (err) {
      await this.stop();
      throw new Error(`${this.name} did not start: ${(err as Error).message}\n${this.tail()}`, { cause: err });
    }
  }

  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has exited. */
  async stop(graceMs = 5_000): Promise<void> {
    const child = this.child;
    if (!child || !this.alive()) return;
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.kill('SIGTERM');
    const timer = setTimeout(() => {
      if (this.alive()) child.kill('SIGKILL');
    }, graceMs);
    await exited;
    clearTimeout(timer);
  }

  async restart(): Promise<void> {
    await this.stop(2_000);
    await this.start();
  }

  /** Resident and peak resident memory of the process in MiB, from /proc/<pid>/status (Linux). */
  memory(): { rssMiB: number; hwmMiB: number } | undefined {
    if (!this.child?.pid || !this.alive()) return undefined;
    try {
      const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
      const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
      return { rssMiB: kb('VmRSS') / 1024, hwmMiB: kb('VmHWM') / 1024 };
    } catch {
      return undefined;
    }
  }
}
