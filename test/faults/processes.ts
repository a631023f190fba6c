import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { AppConfig } from '@attesta/core';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

/** Resolves when `pattern` appears in the child's output; rejects when it exits first or time runs out. */
function waitForOutput(child: ChildProcess, pattern: RegExp, timeoutMs: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => done(new Error(`${what}: not ready after ${timeoutMs} ms\n${seen.slice(-4000)}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      seen += chunk.toString('utf8');
      if (pattern.test(seen)) done();
      else if (seen.length > 200_000) seen = seen.slice(-20_000);
    };
    const onExit = (code: number | null, signal: string | null) =>
      done(new Error(`${what} exited (${code ?? signal}) before it was ready\n${seen.slice(-4000)}`));
    function done(e?: Error) {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      if (e) reject(e);
      else resolve();
    }
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', onExit);
  });
}

async function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill(signal);
  await exited;
}

/** A redis-server of the test's own, without persistence: a restart loses everything, as in production without RDB/AOF. */
export class RedisServer {
  private child: ChildProcess | undefined;

  private constructor(readonly port: number) {}

  static async start(): Promise<RedisServer> {
    const server = new RedisServer(await freePort());
    await server.restart();
    return server;
  }

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  /** Stops it hard (SIGKILL, if running) and starts an empty one on the same port. */
  async restart(): Promise<void> {
    if (this.child) await kill(this.child, 'SIGKILL');
    const child = spawn('redis-server', ['--port', String(this.port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--daemonize', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    await waitForOutput(child, /Ready to accept connections/, 10_000, 'redis-server');
  }

  async stop(): Promise<void> {
    if (this.child) await kill(this.child, 'SIGKILL');
  }
}

/** The configuration as environment variables, for a child process that validates it again. */
export function configEnv(config: AppConfig, extra: Record<string, string> = {}): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(config)) {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') env[k] = String(v);
  }
  return { ...env, ...extra };
}

/** An app entry point (e.g. the worker) run from source in a child process (test/faults/run-ts.mjs). */
export class AppProcess {
  private output = '';

  private constructor(private readonly child: ChildProcess) {
    const keep = (c: Buffer) => {
      this.output = (this.output + c.toString('utf8')).slice(-100_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
  }

  /** Starts `entry` and waits for `ready` in its log. */
  static async start(entry: string, env: Record<string, string>, ready: RegExp, timeoutMs = 90_000): Promise<AppProcess> {
    const child = spawn(process.execPath, ['test/faults/run-ts.mjs', entry], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const app = new AppProcess(child);
    await waitForOutput(child, ready, timeoutMs, entry);
    return app;
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  /** The last 100 kB of its stdout and stderr. */
  get log(): string {
    return this.output;
  }

  /** kill -9: no shutdown hooks, no lock release, connections cut. */
  async sigkill(): Promise<void> {
    await kill(this.child, 'SIGKILL');
  }

  async stop(): Promise<void> {
    await kill(this.child, 'SIGTERM');
  }
}
