import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * A compiled entry point (`node dist/bundle/api.js`, `dist/bundle/worker.js`) in a child
 * process, as production runs it: started, waited for, SIGTERMed, its log kept for a failure.
 */
export class NodeProcess {
  private output = '';
  readonly exited: Promise<number | string>;

  private constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    const keep = (c: Buffer) => {
      this.output = (this.output + c.toString('utf8')).slice(-200_000);
    };
    child.stdout?.on('data', keep);
    child.stderr?.on('data', keep);
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')));
  }

  /** `ready`: a line of its log, or a probe (e.g. /health/ready answering 200). */
  static async start(
    name: string,
    entry: string,
    env: Record<string, string>,
    ready: RegExp | (() => Promise<boolean>),
    timeoutMs = 150_000,
  ): Promise<NodeProcess> {
    const child = spawn(process.execPath, [entry], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const p = new NodeProcess(name, child);
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (ready instanceof RegExp ? ready.test(p.output) : await ready().catch(() => false)) return p;
      if (!p.alive) throw new Error(`${name} exited before it was ready:\n${p.output.slice(-4000)}`);
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new Error(`${name}: not ready after ${timeoutMs} ms:\n${p.output.slice(-4000)}`);
      }
      await new Promise((r) => setTimeout(r, ready instanceof RegExp ? 50 : 250));
    }
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  get log(): string {
    return this.output;
  }

  /** SIGTERM, as an orchestrator stops a pod; resolves with the exit code. */
  async terminate(): Promise<number | string> {
    if (this.alive) this.child.kill('SIGTERM');
    return this.exited;
  }

  async kill(): Promise<void> {
    if (this.alive) this.child.kill('SIGKILL');
    await this.exited;
  }
}

interface Backend {
  url: URL;
  ready: boolean;
  requests: number;
  timeouts: number;
}

/**
 * A tiny HTTP load balancer: round robin over the backends whose /health/ready answers 200
 * (polled every `pollMs`, as a Kubernetes Service follows readiness), keep-alive to the
 * backends. A request it cannot forward is answered 502 and counted in `errors`: it retries
 * nothing, so every failure the app causes reaches the client.
 */
export class RoundRobinProxy {
  private readonly backends: Backend[] = [];
  private next = 0;
  errors = 0;
  private poller: NodeJS.Timeout | undefined;
  private readonly agent = new Agent({ keepAlive: true, maxSockets: 64 });

  private constructor(
    private readonly server: Server,
    readonly url: string,
  ) {}

  static async start(pollMs = 100): Promise<RoundRobinProxy> {
    const holder: { self?: RoundRobinProxy } = {};
    const server = createServer((req, res) => holder.self!.forward(req, res));
    server.keepAliveTimeout = 30_000;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const self = new RoundRobinProxy(server, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    holder.self = self;
    self.poller = setInterval(() => void self.poll(), pollMs);
    return self;
  }

  /** Adds a backend once its readiness answers 200. */
  async add(baseUrl: string): Promise<void> {
    const b: Backend = { url: new URL(baseUrl), ready: false, requests: 0, timeouts: 0 };
    this.backends.push(b);
    for (let i = 0; i < 1200 && !b.ready; i++) await new Promise((r) => setTimeout(r, 50));
    if (!b.ready) throw new Error(`${baseUrl} never became ready`);
  }

  remove(baseUrl: string): void {
    const i = this.backends.findIndex((b) => b.url.origin === new URL(baseUrl).origin);
    if (i >= 0) this.backends.splice(i, 1);
  }

  /** Requests forwarded per backend origin. */
  counts(): Record<string, number> {
    return Object.fromEntries(this.backends.map((b) => [b.url.origin, b.requests]));
  }

  private polling = false;

  /**
   * Readiness of every backend: down on a 503 or a refused connection at once, on timeouts
   * (a busy machine) only after three in a row, like a probe's failureThreshold.
   */
  private async poll(): Promise<void> {
    if (this.polling) return;
    this.polling = true;
    try {
      await Promise.all(
        this.backends.map(async (b) => {
          try {
            const res = await fetch(new URL('/health/ready', b.url), { signal: AbortSignal.timeout(3000) });
            await res.arrayBuffer();
            b.ready = res.status === 200;
            b.timeouts = 0;
          } catch (e) {
            const timedOut = (e as Error).name === 'TimeoutError';
            b.timeouts = timedOut ? b.timeouts + 1 : 3;
            if (b.timeouts >= 3) b.ready = false;
          }
        }),
      );
    } finally {
      this.polling = false;
    }
  }

  private pick(): Backend | undefined {
    const ready = this.backends.filter((b) => b.ready);
    if (!ready.length) return undefined;
    return ready[this.next++ % ready.length];
  }

  private forward(req: IncomingMessage, res: ServerResponse): void {
    const b = this.pick();
    const fail = (why: string) => {
      this.errors++;
      if (!res.headersSent) res.writeHead(502, { 'content-type': 'text/plain' });
      res.end(`proxy: ${why}`);
    };
    if (!b) return fail('no ready backend');
    b.requests++;
    const headers = { ...req.headers, host: b.url.host };
    delete headers.connection;
    const upstream = request(
      { host: b.url.hostname, port: b.url.port, method: req.method, path: req.url, headers, agent: this.agent },
      (answer: IncomingMessage) => {
        const out = { ...answer.headers };
        delete out.connection;
        res.writeHead(answer.statusCode ?? 502, out);
        answer.pipe(res);
        answer.on('error', () => res.destroy());
      },
    );
    upstream.on('error', (e) => fail(e.message));
    req.pipe(upstream);
  }

  async close(): Promise<void> {
    clearInterval(this.poller);
    this.agent.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** Sum of a Prometheus counter's samples whose labels contain every `labels` pair. */
export function metricSum(text: string, name: string, labels: Record<string, string>): number {
  let sum = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    const [head, value] = [line.slice(0, line.lastIndexOf(' ')), line.slice(line.lastIndexOf(' ') + 1)];
    if (Object.entries(labels).every(([k, v]) => head.includes(`${k}="${v}"`))) sum += Number(value);
  }
  return sum;
}
