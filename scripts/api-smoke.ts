/**
 * CI smoke run of the bundled API entry point (dist/bundle/api.js, from npm run build), the way the
 * image starts it: tracing on (to an OTLP/HTTP receiver here), metrics on their own port.
 * Proves what in-process tests cannot: that main.ts starts tracing before the modules it
 * instruments load, that HTTP and PostgreSQL spans leave the process as OTLP protobuf and their trace id is
 * in the log lines, that /metrics answers on METRICS_PORT only, and that SIGTERM ends
 * the process cleanly.
 */
import 'reflect-metadata';
import { buildOpenApiDocument } from '@attesta/core';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { isBuiltin } from 'node:module';
import type { AddressInfo } from 'node:net';
import { isDeepStrictEqual } from 'node:util';
import type { FastifyInstance } from 'fastify';
import { createAllInOneApp } from '../apps/all-in-one/src/all-in-one.js';
import { freePort } from './lib/free-port.js';
import { moduleLog } from './lib/module-log.js';
import { withScratchDatabase } from './lib/scratch-db.js';
import { DEMO_PASSWORD, seedDemoIfEmpty } from './seed/demo-seed.js';

const received: Buffer[] = [];
const receiver = createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (c: Buffer) => chunks.push(c));
  req.on('end', () => {
    if (req.url === '/v1/traces') received.push(Buffer.concat(chunks));
    res.writeHead(200, { 'content-type': 'application/x-protobuf' }).end();
  });
});
await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));

function check(ok: boolean, what: string): void {
  if (!ok) throw new Error(`api smoke: ${what}`);
}

/** Polls `GET /health/ready` every 200 ms, for up to 30 s. */
async function untilReady(base: string, what: string): Promise<void> {
  for (let i = 0; ; i++) {
    const ready = await fetch(`${base}/health/ready`).then(
      (r) => r.ok,
      () => false,
    );
    if (ready) return;
    check(i < 150, `${what} did not become ready in 30 s`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

// Every package the bundle leaves to Node (dist/bundle/externals.json, written by the build) is one
// a production install (npm ci --omit=dev) provides: Node finds it from dist/bundle/ in the top
// node_modules, so package-lock.json must have it there and not as a dev dependency. (A bundled
// package's own nested copy of a dependency is bundled for that reason: rolldown.config.ts.)
const lock = JSON.parse(readFileSync('package-lock.json', 'utf8')) as { packages: Record<string, { dev?: boolean }> };
const externals = JSON.parse(readFileSync('dist/bundle/externals.json', 'utf8')) as string[];
for (const id of externals.filter((x) => !isBuiltin(x))) {
  const entry = lock.packages[`node_modules/${id.split('/', id.startsWith('@') ? 2 : 1).join('/')}`];
  check(
    entry !== undefined && entry.dev !== true,
    `the bundle imports ${id}, which a production install lacks (${entry ? 'a dev dependency' : 'not in package-lock.json'})`,
  );
}
console.log(`api smoke: the ${externals.length} packages the bundle leaves to Node are production dependencies`);

/** What a validation probe compares: the status, the fields a 400 names, the length of a list. */
interface ProbeAnswer {
  status: number;
  fields: string[] | null;
  listed: number | null;
}

type Send = (method: 'GET' | 'POST', url: string, headers: Record<string, string>, body?: string) => Promise<{ status: number; body: unknown }>;

/** Bodies (nested ones too) and queries through class-validator's rules (IsEmail, IsEnum, IsUUID, IsInt, Min and more); signed in as the demo's manufacturer where marked. */
const VALIDATION_PROBES: { method: 'GET' | 'POST'; url: string; body?: unknown; signedIn?: boolean }[] = [
  {
    method: 'POST',
    url: '/v1/auth/signup',
    body: { organization: { name: '', kind: 'guild' }, user: { email: 'not-an-e-mail', name: 'N', password: 1 }, extra: true },
  },
  { method: 'POST', url: '/v1/organization/invitations', body: { email: 'a@b', role: 'emperor' }, signedIn: true },
  { method: 'GET', url: '/v1/workspaces?limit=0', signedIn: true },
  { method: 'GET', url: '/v1/workspaces?limit=abc&cursor=', signedIn: true },
  { method: 'POST', url: '/v1/workspaces', body: { offeringId: 'x', name: '', frameworkIds: ['y'], targetMarkets: [], fourEyes: 'yes' }, signedIn: true },
  { method: 'GET', url: '/v1/workspaces?limit=2', signedIn: true },
];

async function probeValidation(send: Send): Promise<ProbeAnswer[]> {
  const json = { 'content-type': 'application/json' };
  const login = await send('POST', '/v1/auth/login', json, JSON.stringify({ email: 'lan@hpm.demo', password: DEMO_PASSWORD }));
  check(login.status === 200, `sign-in for the validation probes answered ${login.status}`);
  const bearer = { authorization: `Bearer ${(login.body as { accessToken: string }).accessToken}` };
  const answers: ProbeAnswer[] = [];
  for (const probe of VALIDATION_PROBES) {
    const headers = { ...(probe.body === undefined ? {} : json), ...(probe.signedIn ? bearer : {}) };
    const { status, body } = await send(probe.method, probe.url, headers, probe.body === undefined ? undefined : JSON.stringify(probe.body));
    const { errors, data } = body as { errors?: { field: string }[]; data?: unknown[] };
    answers.push({ status, fields: errors ? [...new Set(errors.map((e) => e.field))].sort() : null, listed: Array.isArray(data) ? data.length : null });
  }
  return answers;
}

try {
  await withScratchDatabase({ ...process.env, QUEUE_PREFIX: `attesta_api_smoke_${process.pid}` }, async (config) => {
    const [port, metricsPort] = [await freePort(), await freePort()];
    const modulesLoaded = moduleLog();
    const child = spawn(process.execPath, [...modulesLoaded.nodeArgs, 'dist/bundle/api.js'], {
      env: {
        ...process.env,
        DATABASE_URL: config.DATABASE_URL,
        REDIS_URL: config.REDIS_URL,
        QUEUE_PREFIX: config.QUEUE_PREFIX,
        HOST: '127.0.0.1',
        PORT: String(port),
        LOG_LEVEL: 'info',
        METRICS_ENABLED: 'true',
        METRICS_PORT: String(metricsPort),
        OTEL_EXPORTER_OTLP_ENDPOINT: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`,
        OTEL_SERVICE_NAME: 'attesta-api-smoke',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const base = `http://127.0.0.1:${port}`;
    /** The first module loaded so far whose URL contains `path`. */
    const loadedFrom = (path: string) => modulesLoaded.loaded().find((url) => url.includes(path));
    const loadsBullMq = () => loadedFrom('/node_modules/bullmq/') !== undefined;
    try {
      await untilReady(base, 'the API');
      // BullMQ (and a queue's Redis connection) is loaded on the first enqueue or queue read, not at
      // start-up (JobQueue): ready, and answering requests that enqueue nothing, without it.
      check(loadedFrom('/dist/bundle/bootstrap-') !== undefined, 'the module log recorded nothing');
      const correlationId = 'api-smoke-request-0001';
      const res = await fetch(`${base}/v1/organization`, { headers: { 'x-request-id': correlationId } });
      check(res.status === 401, `GET /v1/organization without credentials answered ${res.status}`);
      // An API key of the right form that no organization holds: looked up in PostgreSQL.
      const unknownKey = await fetch(`${base}/v1/organization`, { headers: { 'x-api-key': `atk_000000000000.${'A'.repeat(43)}` } });
      check(unknownKey.status === 401, `GET /v1/organization with an unknown API key answered ${unknownKey.status}`);
      check(!loadsBullMq(), 'the API loaded BullMQ before anything was enqueued or a queue read');
      // class-validator comes bundled (its ES module build); Nest's ValidationPipe is handed that copy.
      const validatorCopy = loadedFrom('/node_modules/class-validator/');
      check(validatorCopy === undefined, `the API loaded class-validator from node_modules beside the bundled one: ${validatorCopy}`);

      const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
      check(
        /^attesta_http_request_duration_seconds_count\{method="GET",route="\/v1\/organization",status_code="401"\} 2$/m.test(metrics),
        'no request series on the metrics port',
      );
      check(/^attesta_queue_jobs\{queue="system",state="waiting"\} \d+$/m.test(metrics), 'no queue series on the metrics port');
      // The scrape read the queues' depth: that loaded BullMQ (so the check above can fail).
      check(loadsBullMq(), 'reading the queue depth did not load BullMQ, or the module log missed it');
      check((await fetch(`${base}/metrics`)).status === 404, '/metrics is served on the API port too');

      child.kill('SIGTERM');
      const code = await Promise.race([exited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 30_000))]);
      check(code === 0, `the API exited with ${code} after SIGTERM`);

      const lines = output
        .split('\n')
        .filter((l) => l.includes(correlationId))
        .map((l) => JSON.parse(l) as { traceId?: string });
      const traceId = lines.find((l) => l.traceId)?.traceId;
      check(Boolean(traceId && /^[0-9a-f]{32}$/.test(traceId)), 'the request log lines carry no trace id');
      const spans = Buffer.concat(received);
      check(received.length > 0, 'no OTLP export arrived');
      check(spans.includes('attesta-api-smoke') && spans.includes('GET /v1/organization'), 'the export lacks the service or the request span');
      check(spans.includes(Buffer.from(traceId!, 'hex')), 'the exported spans do not carry the logged trace id');
      // The unknown key's look-up: PostgreSQL queries inside a request are traced from the bundle too.
      check(spans.includes('pg.query'), 'the export has no PostgreSQL span');
      console.log(
        'api smoke: ready without BullMQ (loaded on the first queue read) or a second class-validator; traced (OTLP export, trace id in logs), metrics on their own port, SIGTERM handled, exit 0',
      );
    } finally {
      child.kill('SIGKILL');
      modulesLoaded.dispose();
    }

    // The plain API entry point refuses API_RUN_PROCESSORS (it knows no processors); the
    // all-in-one entry point (apps/all-in-one) serves the API with the processors.
    const env = {
      ...process.env,
      DATABASE_URL: config.DATABASE_URL,
      REDIS_URL: config.REDIS_URL,
      QUEUE_PREFIX: config.QUEUE_PREFIX,
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      API_RUN_PROCESSORS: 'true',
    };
    const refused = spawn(process.execPath, ['dist/bundle/api.js'], {
      env: { ...env, PORT: String(await freePort()) },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let refusal = '';
    refused.stderr.on('data', (d: Buffer) => (refusal += d.toString()));
    const refusedCode = await new Promise<number | null>((resolve) => refused.on('exit', (code) => resolve(code)));
    check(refusedCode === 1 && refusal.includes('all-in-one'), `the API entry point with API_RUN_PROCESSORS=true exited ${refusedCode} (${refusal.trim()})`);

    const allPort = await freePort();
    const all = spawn(process.execPath, ['dist/bundle/all-in-one.js'], {
      env: { ...env, PORT: String(allPort) },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    const allExited = new Promise<number | null>((resolve) => all.on('exit', (code) => resolve(code)));
    try {
      await untilReady(`http://127.0.0.1:${allPort}`, 'the all-in-one process');
      all.kill('SIGTERM');
      const code = await Promise.race([allExited, new Promise<'timeout'>((r) => setTimeout(() => r('timeout'), 30_000))]);
      check(code === 0, `the all-in-one process exited with ${code} after SIGTERM`);
      console.log('api smoke: the all-in-one process (API + job processors) serves and stops cleanly; the API entry point refuses API_RUN_PROCESSORS');
    } finally {
      all.kill('SIGKILL');
    }

    // The bundle on a seeded organization, against what the compiled modules do: sign-in
    // (Passport), authorization (CASL reads class names), the OpenAPI document (Swagger reads
    // class names and decorator metadata) and an audit verification in the verifier worker,
    // whose script the bundle must ship beside the chunk that starts it.
    const modules = await createAllInOneApp({ ...config, LOG_LEVEL: 'warn' });
    let expected: unknown;
    let expectedAnswers: ProbeAnswer[];
    try {
      await seedDemoIfEmpty(modules);
      // As a client reads it: JSON (the document object holds undefined members that JSON drops).
      expected = JSON.parse(JSON.stringify(buildOpenApiDocument(modules, config)));
      const fastify = modules.getHttpAdapter().getInstance() as unknown as FastifyInstance;
      await fastify.ready();
      expectedAnswers = await probeValidation(async (method, url, headers, body) => {
        const res = await fastify.inject({ method, url, headers, ...(body === undefined ? {} : { payload: body }) });
        return { status: res.statusCode, body: res.json() };
      });
    } finally {
      await modules.close();
    }
    const [seededPort, seededMetricsPort] = [await freePort(), await freePort()];
    const seeded = spawn(process.execPath, ['dist/bundle/api.js'], {
      env: {
        ...env,
        API_RUN_PROCESSORS: 'false',
        PORT: String(seededPort),
        PUBLIC_BASE_URL: config.PUBLIC_BASE_URL,
        METRICS_ENABLED: 'true',
        METRICS_PORT: String(seededMetricsPort),
        AUDIT_VERIFY_WORKER_MIN_EVENTS: '1',
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    try {
      const seededBase = `http://127.0.0.1:${seededPort}`;
      await untilReady(seededBase, 'the API on the seeded database');
      const served: unknown = await (await fetch(`${seededBase}/openapi.json`)).json();
      check(isDeepStrictEqual(served, expected), 'the bundle serves another OpenAPI document than the compiled modules build');
      // Request validation in the bundle (class-validator's ES module build: rolldown.config.ts)
      // decides as in the compiled modules (its CommonJS build): the same statuses and fields.
      const answers = await probeValidation(async (method, url, headers, body) => {
        const res = await fetch(`${seededBase}${url}`, { method, headers, ...(body === undefined ? {} : { body }) });
        return { status: res.status, body: await res.json() };
      });
      check(
        isDeepStrictEqual(answers, expectedAnswers),
        `the bundle validates requests otherwise: ${JSON.stringify(answers)} != ${JSON.stringify(expectedAnswers)}`,
      );
      check(
        answers.filter((a) => a.status === 400).length === VALIDATION_PROBES.length - 1,
        `the invalid requests were not all refused: ${JSON.stringify(answers)}`,
      );
      const login = await fetch(`${seededBase}/v1/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'lan@hpm.demo', password: DEMO_PASSWORD }),
      });
      check(login.status === 200, `sign-in answered ${login.status}`);
      const { accessToken } = (await login.json()) as { accessToken: string };
      const verify = await fetch(`${seededBase}/v1/organization/audit-events/verify`, { headers: { authorization: `Bearer ${accessToken}` } });
      check(verify.status === 200, `audit verify answered ${verify.status}`);
      const chain = (await verify.json()) as { valid: boolean; checked: number };
      check(chain.valid && chain.checked > 0, `audit verify found ${JSON.stringify(chain)}`);
      const metrics = await (await fetch(`http://127.0.0.1:${seededMetricsPort}/metrics`)).text();
      check(/^attesta_audit_verifications_total\{where="worker"\} [1-9]\d*$/m.test(metrics), 'the verification did not run in a verifier worker');
      console.log(
        `api smoke: on a seeded organization the bundle validates ${VALIDATION_PROBES.length} requests as the compiled modules do, signs in, authorizes, serves the same OpenAPI document and verifies the audit chain (${chain.checked} events) in a verifier worker`,
      );
    } finally {
      seeded.kill('SIGKILL');
    }
  });
} finally {
  receiver.close();
}
