import { createHook } from 'node:async_hooks';
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import { Writable } from 'node:stream';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import Fastify from 'fastify';
import pg from 'pg';
import { loadConfig, type AppConfig } from '@attesta/core';
import { adminQuery } from '../../scripts/lib/devstack.js';
import { withScratchDatabase } from '../../scripts/lib/scratch-db.js';
import { benchPool, repoRoot } from './db-bench.js';
import { startNestFloor } from './nest-floor.js';

/**
 * The hot-path benchmark: the booted API (row-level security, authentication, rate limiting
 * with raised limits, info logging to a discarding sink) against a bare Fastify + pg server
 * connecting as the same app role, which sends the SAME statements the API sent for one
 * request of the route (recorded from pg, parameters inlined as escaped literals), tenant
 * settings included, as ONE simple-protocol text (one round trip), and answers the body the
 * API answered (serialized per request). So the ratio is what the API's framework, its
 * round trips and its code cost over the database work itself. A third server, the Nest floor
 * (test/bench/nest-floor.ts: Nest on Fastify with the API's request log line, doing what the
 * baseline does), is measured in the same rounds: the part of the ratio the framework alone takes.
 *
 * Load: test/bench/load.mjs in its own process, BENCH_CONNECTIONS (default 16; the issue's load) keep-alive connections × BENCH_SECONDS
 * (default 10) per route and side, after BENCH_WARMUP_SECONDS (default 3, unmeasured) of the same
 * on every side; BENCH_ROUNDS (default 3) interleaved rounds; BENCH_ROUTES narrows the routes; the order of
 * the sides alternating. CPU ms/request is this process's CPU (both servers live here; only
 * one is under load at a time) over the requests answered. BENCH_PROFILE_DIR writes a CPU profile
 * of each side's measured window (`<route>-<side>-round<N>.cpuprofile`, V8's sampling profiler
 * through the inspector), so a side's cost can be read without the other two in it. Before the
 * rounds it prints each side's promises per request (`promisesPerRequest`): a count, steady where
 * the timings are noisy.
 *
 * The cast (made through the public API): a manufacturer with an offering and a workspace, a
 * procurer with an API key, a tender with one bid (without attestations).
 */

const require = createRequire(import.meta.url);
const { prepareValue } = require('pg/lib/utils') as { prepareValue: (v: unknown) => unknown };

interface LoadResult {
  requests: number;
  non2xx: number;
  errors: number;
  seconds: number;
  rps: number;
  p50: number;
  p99: number;
}

interface Route {
  name: string;
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: unknown;
}

async function api<T>(
  baseUrl: string,
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: T }> {
  const res = await fetch(`${baseUrl}${path}`, {
    method,
    headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
}

function expectStatus(step: string, res: { status: number; body: unknown }, status: number): void {
  if (res.status !== status) throw new Error(`${step}: ${res.status} ${JSON.stringify(res.body).slice(0, 500)}`);
}

/** A new organization of `kind` through sign-up and its mailed confirmation (read from the outbox); its owner's bearer header. */
async function signUp(baseUrl: string, ownerUrl: string, kind: string): Promise<Record<string, string>> {
  const tag = randomBytes(3).toString('hex');
  const email = `bench.${kind}.${tag}@example.test`;
  const requested = await api(baseUrl, 'POST', '/v1/auth/signup', {
    organization: { name: `Bench ${kind} ${tag}`, kind },
    user: { email, name: `Bench ${kind}`, password: `Bench-${randomBytes(6).toString('hex')}-Lantern-${randomBytes(4).toString('hex')}` },
  });
  expectStatus('signup', requested, 202);
  const [mail] = await adminQuery<{ url: string }>(
    ownerUrl,
    `SELECT payload->>'confirmUrl' AS url FROM outbox_events WHERE type = 'signup.confirmation_requested' AND payload->>'email' = $1`,
    [email],
  );
  const confirmed = await api<{ session: { accessToken: string } }>(baseUrl, 'POST', '/v1/auth/signup/confirm', {
    token: new URL(mail!.url).searchParams.get('token'),
  });
  expectStatus('signup confirmation', confirmed, 201);
  return { authorization: `Bearer ${confirmed.body.session.accessToken}` };
}

async function seed(baseUrl: string, ownerUrl: string): Promise<Route[]> {
  const maker = await signUp(baseUrl, ownerUrl, 'manufacturer');
  const procurer = await signUp(baseUrl, ownerUrl, 'procurer');
  const offering = await api<{ id: string }>(
    baseUrl,
    'POST',
    '/v1/offerings',
    {
      name: 'VMC-850 with predictive maintenance',
      components: [
        { name: 'VMC-850 machining centre', kind: 'hardware', version: 'rev C' },
        { name: 'Predictive maintenance SaaS', kind: 'saas', version: '4.2.0', serviceCategory: 'predictive_maintenance' },
      ],
    },
    maker,
  );
  expectStatus('offering', offering, 201);
  const frameworks = await api<{ data: { id: string; code: string }[] }>(baseUrl, 'GET', '/v1/frameworks?limit=100', undefined, maker);
  expectStatus('frameworks', frameworks, 200);
  const dser = frameworks.body.data.find((f) => f.code === 'attesta-dser') ?? frameworks.body.data[0]!;
  const workspace = await api<{ id: string }>(
    baseUrl,
    'POST',
    '/v1/workspaces',
    { offeringId: offering.body.id, name: 'Hot-path benchmark', frameworkIds: frameworks.body.data.slice(0, 2).map((f) => f.id), targetMarkets: ['TH', 'VN'] },
    maker,
  );
  expectStatus('workspace', workspace, 201);
  const key = await api<{ key: string }>(
    baseUrl,
    'POST',
    '/v1/organization/api-keys',
    { name: 'bench', scopes: ['tenders:read', 'tenders:write', 'conformity:read'] },
    procurer,
  );
  expectStatus('api key', key, 201);
  const apiKey = { 'x-api-key': key.body.key };
  const tender = await api<{ id: string }>(
    baseUrl,
    'POST',
    '/v1/tenders',
    {
      ocid: `ocds-tiepo1-${randomBytes(6).toString('hex')}`,
      title: 'CNC machining centres with predictive maintenance',
      buyer: 'Thai Industrial Estate Procurement Office',
      deadline: new Date(Date.now() + 14 * 86_400_000).toISOString(),
      requirements: [{ frameworkId: dser.id, minimumOutcome: 'conformant' }],
      markets: ['TH'],
      maxEvidenceAgeDays: 365,
    },
    apiKey,
  );
  expectStatus('tender', tender, 201);
  const bid = await api(baseUrl, 'POST', `/v1/tenders/${tender.body.id}/bids`, { offeringId: offering.body.id, attestationIds: [] }, maker);
  expectStatus('bid', bid, 201);
  return [
    {
      name: 'POST /v1/conformity-checks',
      method: 'POST',
      path: '/v1/conformity-checks',
      headers: apiKey,
      body: { offeringId: offering.body.id, requirements: [{ frameworkId: dser.id, minimumOutcome: 'conformant' }], markets: ['TH'] },
    },
    { name: 'GET /v1/tenders/{id}/bids', method: 'GET', path: `/v1/tenders/${tender.body.id}/bids`, headers: apiKey },
    { name: 'GET /v1/workspaces/{id}', method: 'GET', path: `/v1/workspaces/${workspace.body.id}`, headers: maker },
  ];
}

/** The statements (with their parameters) this process's pg clients send while `work` runs. */
async function recordStatements(work: () => Promise<void>): Promise<{ text: string; values: unknown[] }[]> {
  const sent: { text: string; values: unknown[] }[] = [];
  const proto = pg.Client.prototype as unknown as { query: (...args: unknown[]) => unknown };
  const original = proto.query;
  proto.query = function (this: unknown, ...args: unknown[]) {
    const q = args[0] as string | { text: string; values?: unknown[] };
    if (typeof q === 'string') sent.push({ text: q, values: Array.isArray(args[1]) ? (args[1] as unknown[]) : [] });
    else sent.push({ text: q.text, values: q.values ?? (Array.isArray(args[1]) ? (args[1] as unknown[]) : []) });
    return original.apply(this, args);
  };
  try {
    await work();
  } finally {
    proto.query = original;
  }
  return sent;
}

/**
 * Promises created in this process per request of `route` at `baseUrl` (an async_hooks `init` hook
 * around `count` sequential requests after `warm` unmeasured ones): a count, not a timing, so it
 * does not drift with the machine's load. Each promise pays Node 20's AsyncLocalStorage hooks, a
 * microtask and its garbage. The client here (node:http) makes the same 2 or so on every side.
 */
async function promisesPerRequest(baseUrl: string, route: Route, warm = 50, count = 20): Promise<number> {
  const url = new URL(route.path, baseUrl);
  const body = route.body === undefined ? undefined : JSON.stringify(route.body);
  const headers = { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...route.headers };
  const send = () =>
    new Promise<void>((resolve, reject) => {
      const req = httpRequest({ host: url.hostname, port: url.port, path: url.pathname, method: route.method, headers }, (res) => {
        res.resume();
        res.on('end', resolve);
      });
      req.on('error', reject);
      req.end(body);
    });
  for (let i = 0; i < warm; i++) await send();
  let promises = 0;
  const hook = createHook({
    init: (_id, type) => {
      if (type === 'PROMISE') promises++;
    },
  });
  hook.enable();
  try {
    for (let i = 0; i < count; i++) await send();
  } finally {
    hook.disable();
  }
  return promises / count;
}

/** One simple-protocol text: every recorded statement, its `$n` replaced by the escaped literal. */
function oneRoundTrip(client: pg.Client, statements: { text: string; values: unknown[] }[]): string {
  return statements
    .map(({ text, values }) =>
      text.replace(/\$(\d+)/g, (_, n: string) => {
        const v = prepareValue(values[Number(n) - 1]);
        return v === null || v === undefined ? 'NULL' : client.escapeLiteral(String(v as string));
      }),
    )
    .join(';\n');
}

/**
 * The bare server: per route, one pooled connection's one round trip, then the recorded body. Its
 * pool is as large as the API's (DATABASE_POOL_SIZE), so both put as many PostgreSQL backends to work.
 */
async function startBaseline(
  databaseUrl: string,
  poolSize: number,
  routes: { route: Route; sql: string; body: unknown; status: number }[],
): Promise<{ baseUrl: string; close(): Promise<void> }> {
  const pool = benchPool('baseline', databaseUrl, poolSize);
  const app = Fastify({ logger: false });
  for (const r of routes) {
    const url = new URL(r.route.path, 'http://x').pathname;
    app.route({
      method: r.route.method,
      url,
      handler: async (_req, reply) => {
        const client = await pool.connect();
        try {
          await client.query(r.sql);
        } finally {
          client.release();
        }
        return reply.code(r.status).header('content-type', 'application/json; charset=utf-8').send(JSON.stringify(r.body));
      },
    });
  }
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  return {
    baseUrl: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
    close: async () => {
      await app.close();
      await pool.end();
    },
  };
}

function load(baseUrl: string, route: Route, seconds: number, connections: number): Promise<LoadResult> {
  const script = join(repoRoot, 'test/bench/load.mjs');
  const spec = { url: `${baseUrl}${route.path}`, method: route.method, headers: route.headers, body: route.body ?? null, connections, seconds };
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, JSON.stringify(spec)], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.on('close', (code) => (code === 0 ? resolve(JSON.parse(out) as LoadResult) : reject(new Error(`load generator exited with ${code}`))));
  });
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
};
const range = (xs: number[], digits = 2) => `${Math.min(...xs).toFixed(digits)} / ${median(xs).toFixed(digits)} / ${Math.max(...xs).toFixed(digits)}`;

export async function runHotPathBench(): Promise<void> {
  const seconds = Number(process.env.BENCH_SECONDS ?? 10);
  // 16 is the issue's load (the servers saturated); fewer measure CPU per request without the contention.
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
  const rounds = Number(process.env.BENCH_ROUNDS ?? 3);
  if (!(seconds > 0)) throw new Error('BENCH_SECONDS must be a positive number');
  if (!Number.isInteger(rounds) || rounds < 1) throw new Error('BENCH_ROUNDS must be a positive integer');
  const queuePrefix = `attesta_bench_hot_${process.pid}`;
  const env: Record<string, string | undefined> = {
    ...process.env,
    LOG_LEVEL: 'info',
    QUEUE_PREFIX: queuePrefix,
    OPENAPI_DOCS_ENABLED: 'false',
    METRICS_ENABLED: 'false',
    RATE_LIMIT_API_KEY_PER_MINUTE: '10000000',
    RATE_LIMIT_USER_PER_MINUTE: '10000000',
    RATE_LIMIT_SIGNUP_PER_IP_PER_HOUR: '100000',
  };
  await withScratchDatabase(env, async (scratch) => {
    const config: AppConfig = loadConfig({
      ...env,
      DATABASE_URL: scratch.DATABASE_URL,
      DATABASE_MIGRATION_URL: scratch.DATABASE_MIGRATION_URL,
      REDIS_URL: scratch.REDIS_URL,
    });
    const { createApiApp } = await import('../../apps/api/src/bootstrap.js');
    // Info logging on, written to a sink: the cost of building and serializing each line stays.
    const sink = new Writable({ write: (_c, _e, done) => done() });
    const app = await createApiApp(config, { logDestination: sink as never });
    let baseline: { baseUrl: string; close(): Promise<void> } | undefined;
    let floor: { baseUrl: string; close(): Promise<void> } | undefined;
    try {
      await app.listen({ port: 0, host: '127.0.0.1' });
      const address = app.getHttpServer().address();
      const productUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
      // BENCH_ROUTES (a comma-separated list of substrings of the route names) narrows the run, e.g. for a profile.
      const only = (process.env.BENCH_ROUTES ?? '').split(',').filter(Boolean);
      const routes = (await seed(productUrl, scratch.DATABASE_MIGRATION_URL)).filter((r) => !only.length || only.some((o) => r.name.includes(o)));

      // What the API sends and answers for one (warm) request of each route.
      const recorded = [];
      const escaper = new pg.Client({ connectionString: config.DATABASE_URL });
      await escaper.connect();
      try {
        for (const route of routes) {
          const send = () => api(productUrl, route.method, route.path, route.body, route.headers);
          expectStatus(`${route.name} (warm-up)`, await send(), 200);
          let res: { status: number; body: unknown } | undefined;
          const statements = await recordStatements(async () => {
            res = await send();
          });
          expectStatus(route.name, res!, 200);
          process.stdout.write(`${route.name}: the API sends ${statements.length} round trips; the baseline sends them as 1\n`);
          recorded.push({ route, sql: oneRoundTrip(escaper, statements), body: res!.body, status: res!.status });
        }
      } finally {
        await escaper.end();
      }
      baseline = await startBaseline(config.DATABASE_URL, config.DATABASE_POOL_SIZE, recorded);
      floor = await startNestFloor(
        config.DATABASE_URL,
        config.DATABASE_POOL_SIZE,
        recorded.map((r) => ({ method: r.route.method, path: r.route.path, sql: r.sql, body: r.body, status: r.status })),
      );
      for (const r of routes) {
        expectStatus(`${r.name} (baseline)`, await api(baseline.baseUrl, r.method, r.path, r.body, r.headers), 200);
        expectStatus(`${r.name} (Nest floor)`, await api(floor.baseUrl, r.method, r.path, r.body, r.headers), 200);
      }
      for (const r of routes) {
        const [onApi, onFloor, onBase] = [
          await promisesPerRequest(productUrl, r),
          await promisesPerRequest(floor.baseUrl, r),
          await promisesPerRequest(baseline.baseUrl, r),
        ];
        process.stdout.write(`${r.name}: promises per request (the client's included): API ${onApi}, Nest floor ${onFloor}, baseline ${onBase}\n`);
      }

      // Unmeasured load on every side first, so the rounds compare code the JIT has compiled, not its warm-up.
      const warmup = Number(process.env.BENCH_WARMUP_SECONDS ?? 3);
      if (warmup > 0) for (const r of routes) for (const url of [productUrl, floor.baseUrl, baseline.baseUrl]) await load(url, r, warmup, connections);

      const profileDir = process.env.BENCH_PROFILE_DIR;
      const profiler = profileDir ? new Session() : undefined;
      if (profiler) {
        profiler.connect();
        await profiler.post('Profiler.enable');
        await profiler.post('Profiler.setSamplingInterval', { interval: 200 });
      }
      type Side = 'api' | 'floor' | 'base';
      type Entry = Record<Side, LoadResult & { cpuMs: number }> & { load: number[] };
      const results = new Map<string, Entry[]>();
      for (let round = 0; round < rounds; round++) {
        for (const route of routes) {
          const sides: [Side, string][] = [
            ['api', productUrl],
            ['floor', floor.baseUrl],
            ['base', baseline.baseUrl],
          ];
          // Each side goes first in turn, so no side always runs on the warmest (or most tired) machine.
          for (let r = 0; r < round % sides.length; r++) sides.push(sides.shift()!);
          const entry = { load: loadavg() } as Entry;
          for (const [side, url] of sides) {
            if (profiler) await profiler.post('Profiler.start');
            const cpu0 = process.cpuUsage();
            const r = await load(url, route, seconds, connections);
            const cpu = process.cpuUsage(cpu0);
            if (profiler) {
              const { profile } = await profiler.post('Profiler.stop');
              const file = `${route.name.replace(/[^A-Za-z0-9]+/g, '_').replace(/^_|_$/g, '')}-${side}-round${round + 1}.cpuprofile`;
              writeFileSync(join(profileDir!, file), JSON.stringify(profile));
            }
            if (r.non2xx || r.errors) throw new Error(`${route.name} (${side}): ${r.non2xx} non-2xx, ${r.errors} errors`);
            entry[side] = { ...r, cpuMs: (cpu.user + cpu.system) / 1000 / Math.max(1, r.requests) };
          }
          (results.get(route.name) ?? results.set(route.name, []).get(route.name)!).push(entry);
          process.stdout.write(
            `  round ${round + 1} ${route.name}: API ${entry.api.rps.toFixed(0)} req/s p99 ${entry.api.p99.toFixed(1)} ms ${entry.api.cpuMs.toFixed(2)} CPU ms/req | Nest floor ${entry.floor.rps.toFixed(0)} req/s p99 ${entry.floor.p99.toFixed(1)} ms ${entry.floor.cpuMs.toFixed(2)} CPU ms/req | baseline ${entry.base.rps.toFixed(0)} req/s p99 ${entry.base.p99.toFixed(1)} ms ${entry.base.cpuMs.toFixed(2)} CPU ms/req | load ${entry.load.map((l) => l.toFixed(1)).join(' ')}\n`,
          );
        }
      }

      profiler?.disconnect();

      process.stdout.write(
        `\nhot-path benchmark: ${connections} connections × ${seconds} s, ${rounds} interleaved round(s), a pool of ${config.DATABASE_POOL_SIZE} PostgreSQL connections on each side, Node ${process.version}, ${cpus().length} CPUs, load average at start of rounds ${[
          ...results.values(),
        ]
          .flat()
          .map((e) => e.load[0]!.toFixed(1))
          .join(' ')}\n`,
      );
      process.stdout.write(
        `${'route'.padEnd(30)} ${'req/s ratio min/med/max'.padStart(26)} ${'p99 ratio min/med/max'.padStart(24)} ${'CPU ms/req API vs base'.padStart(24)} ${'floor req/s ratio'.padStart(20)} ${'floor p99 ratio'.padStart(20)}\n`,
      );
      const summary = [];
      for (const [name, es] of results) {
        const rps = es.map((e) => e.api.rps / e.base.rps);
        const p99 = es.map((e) => e.api.p99 / e.base.p99);
        const cpuApi = median(es.map((e) => e.api.cpuMs));
        const cpuBase = median(es.map((e) => e.base.cpuMs));
        const floorRps = es.map((e) => e.floor.rps / e.base.rps);
        const floorP99 = es.map((e) => e.floor.p99 / e.base.p99);
        summary.push({
          route: name,
          rpsRatio: rps,
          p99Ratio: p99,
          cpuMsPerRequest: { api: cpuApi, floor: median(es.map((e) => e.floor.cpuMs)), baseline: cpuBase },
          floorRpsRatio: floorRps,
          floorP99Ratio: floorP99,
        });
        process.stdout.write(
          `${name.padEnd(30)} ${range(rps).padStart(26)} ${range(p99).padStart(24)} ${`${cpuApi.toFixed(2)} vs ${cpuBase.toFixed(2)}`.padStart(24)} ${range(floorRps).padStart(20)} ${range(floorP99).padStart(20)}\n`,
        );
      }
      process.stdout.write(
        `\n${JSON.stringify({ bench: 'hot-path', seconds, rounds, poolSize: config.DATABASE_POOL_SIZE, node: process.version, cpus: cpus().length, summary })}\n`,
      );
    } finally {
      await baseline?.close();
      await floor?.close();
      await app.close();
    }
  });
}
