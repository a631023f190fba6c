import { createHash } from 'node:crypto';
import { Agent as HttpAgent, get as httpGet } from 'node:http';
import { Queue } from 'bullmq';
import pg from 'pg';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { adminQuery, freePort, OWNER_ROLE, urlsFor } from '../../scripts/lib/devstack.js';
import { configEnv } from '../faults/processes.js';
import { factories } from '../setup/factories.js';
import { authHeaders, client, type Client, type Credentials } from '../setup/http.js';
import { streamUpload } from '../setup/multipart.js';
import { assessmentCast, issuedAttestation, type AssessmentCast, type IssuedAttestation } from '../setup/scenario.js';
import { registerTestDatabase } from '../setup/test-app.js';
import { createTestDatabase, type TestDatabase } from '../setup/test-env.js';
import { eventually, startReceiver, type Receiver } from '../setup/webhook-receiver.js';
import { metricSum, NodeProcess, RoundRobinProxy } from './cluster.js';

const API_ENTRY = 'dist/bundle/api.js';
const WORKER_ENTRY = 'dist/bundle/worker.js';
const WORKER_READY = /worker started/;

const EVENTS = 500;
const KEY_LIMIT_PER_MINUTE = 120;
/** The per-key limit holds across both APIs within ±10 % (exact while the budget is one Redis counter). */
const RATE_TOLERANCE = 0.1;
const READINESS_DELAY_MS = 1000;
const READ_MAX_LAG_MS = 2000;
const MIN_ROLLING_REQUESTS = 2000;
/** Tables only the public routes read while they are measured (workers and the load generator touch none of them). */
const PUBLIC_TABLES = ['attestations', 'attestation_status_lists', 'signing_keys', 'accreditation_bodies'];

/**
 * One GET on a fresh keep-alive connection (the client asks to keep it), with the raw
 * `Connection` header of the answer (fetch hides hop-by-hop headers).
 */
function rawGet(url: string): Promise<{ status: number; connection: string | undefined }> {
  const agent = new HttpAgent({ keepAlive: true, maxSockets: 1 });
  return new Promise<{ status: number; connection: string | undefined }>((resolve, reject) => {
    const req = httpGet(url, { agent, timeout: 3000 }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, connection: res.headers.connection }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', reject);
  }).finally(() => agent.destroy());
}

const numbers: string[] = [];
const report = (line: string) => {
  numbers.push(line);
  console.log(`scale: ${line}`);
};

/**
 * Scale-out, proven on the compiled processes: two APIs and two workers on one PostgreSQL
 * database, one Redis (own prefix) and fs storage in one shared directory, behind a round-robin
 * load balancer that follows readiness. The public reads go to a second database
 * (DATABASE_READ_URL): the shared test server runs with wal_level=replica, so logical
 * replication cannot be set up by a test, and the test keeps the copy current itself
 * (`syncReplica`, a full snapshot of every table) — what is proven is the routing: the primary
 * sees none of the public queries.
 */
describe('Scale-out: 2 APIs + 2 workers, one database, one Redis, one object store', () => {
  let db: TestDatabase;
  let replicaDb: string;
  let replicaAdminUrl: string;
  let primaryAdminUrl: string;
  let proxy: RoundRobinProxy;
  let http: Client;
  let receiver: Receiver;
  let cast: AssessmentCast;
  let attestation: IssuedAttestation;
  const apis = new Map<string, NodeProcess>();
  const workers: { proc: NodeProcess; metricsPort: number }[] = [];
  const all: NodeProcess[] = [];
  let baseEnv: Record<string, string>;

  async function startApi(): Promise<string> {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    // Request logs off (warn): 2,000 requests' lines would cost the two cores more than the requests.
    const ready = async () => (await fetch(`${url}/health/ready`, { signal: AbortSignal.timeout(3000) })).status === 200;
    const p = await NodeProcess.start(`api:${port}`, API_ENTRY, { ...baseEnv, LOG_LEVEL: 'warn', PORT: String(port) }, ready);
    all.push(p);
    apis.set(url, p);
    return url;
  }

  async function startWorker(): Promise<void> {
    const metricsPort = await freePort();
    const proc = await NodeProcess.start(
      `worker:${metricsPort}`,
      WORKER_ENTRY,
      { ...baseEnv, METRICS_ENABLED: 'true', METRICS_PORT: String(metricsPort) },
      WORKER_READY,
    );
    all.push(proc);
    workers.push({ proc, metricsPort });
  }

  /** The test as the replication: every table of the primary copied into the replica in one transaction. */
  async function syncReplica(): Promise<void> {
    const tables = await adminQuery<{ table_name: string; cols: string }>(
      primaryAdminUrl,
      `SELECT table_name, string_agg(quote_ident(column_name), ', ' ORDER BY ordinal_position) AS cols
         FROM information_schema.columns
        WHERE table_schema = 'public' AND is_generated = 'NEVER' AND table_name <> 'schema_migrations'
          AND table_name IN (SELECT tablename FROM pg_tables WHERE schemaname = 'public')
        GROUP BY table_name`,
    );
    const source = new pg.Client({ connectionString: primaryAdminUrl });
    const target = new pg.Client({ connectionString: replicaAdminUrl });
    await source.connect();
    await target.connect();
    try {
      await source.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      await target.query('BEGIN');
      await target.query('SET LOCAL session_replication_role = replica');
      await target.query(`TRUNCATE ${tables.map((t) => `public.${t.table_name}`).join(', ')}`);
      for (const t of tables) {
        const { rows } = await source.query<{ rows: string }>(
          `SELECT coalesce(json_agg(x), '[]')::text AS rows FROM (SELECT ${t.cols} FROM public.${t.table_name}) x`,
        );
        await target.query(
          `INSERT INTO public.${t.table_name} (${t.cols}) OVERRIDING SYSTEM VALUE SELECT ${t.cols} FROM json_populate_recordset(null::public.${t.table_name}, $1::json)`,
          [rows[0]!.rows],
        );
      }
      await target.query('COMMIT');
      await source.query('COMMIT');
    } finally {
      await source.end();
      await target.end();
    }
  }

  /** idx_scan + seq_scan of the public tables (the statistics PostgreSQL keeps per database). */
  async function scans(adminUrl: string): Promise<number> {
    const [row] = await adminQuery<{ n: string }>(
      adminUrl,
      `SELECT coalesce(sum(coalesce(seq_scan, 0) + coalesce(idx_scan, 0)), 0) AS n FROM pg_stat_user_tables WHERE relname = ANY($1)`,
      [PUBLIC_TABLES],
    );
    return Number(row!.n);
  }

  beforeAll(async () => {
    const env = inject('testEnv');
    const dataDirProbe = await createTestDatabase({});
    // The replica: a second database of the same schema, on the same server.
    replicaDb = `${dataDirProbe.database}_read`;
    await adminQuery(env.adminUrl, `CREATE DATABASE ${replicaDb} TEMPLATE ${env.template} OWNER ${OWNER_ROLE}`);
    db = dataDirProbe;
    const replicaUrls = urlsFor(env.adminUrl, replicaDb);
    primaryAdminUrl = env.adminUrl.replace(/\/[^/]*$/, `/${db.database}`);
    replicaAdminUrl = env.adminUrl.replace(/\/[^/]*$/, `/${replicaDb}`);
    baseEnv = configEnv(db.config, {
      LOG_LEVEL: 'info',
      DATABASE_READ_URL: replicaUrls.appUrl,
      DATABASE_READ_MAX_LAG_MS: String(READ_MAX_LAG_MS),
      RATE_LIMIT_API_KEY_PER_MINUTE: String(KEY_LIMIT_PER_MINUTE),
      RATE_LIMIT_USER_PER_MINUTE: '1000000',
      SHUTDOWN_READINESS_DELAY_MS: String(READINESS_DELAY_MS),
      SHUTDOWN_TIMEOUT_MS: '20000',
      WEBHOOK_SWEEP_INTERVAL_MS: '1000',
      WEBHOOK_RETRY_BASE_MS: '200',
      WEBHOOK_TIMEOUT_MS: '5000',
      SCHEDULER_CHECK_INTERVAL_MS: '5000',
      WEB_DIR: '/nonexistent-web-dir',
    });
    const started = Date.now();
    proxy = await RoundRobinProxy.start();
    const [a, b] = await Promise.all([startApi(), startApi(), startWorker(), startWorker()]);
    await Promise.all([proxy.add(a as string), proxy.add(b as string)]);
    report(`4 processes up in ${Date.now() - started} ms (APIs ${a}, ${b}; proxy ${proxy.url})`);
    http = client(proxy.url);
    registerTestDatabase(proxy.url, db);
    receiver = await startReceiver(() => 200);
  }, 300_000);

  afterAll(async () => {
    await Promise.all(all.map((p) => p.kill()));
    await proxy?.close();
    await receiver?.close();
    await db?.dispose();
    if (replicaDb) await adminQuery(inject('testEnv').adminUrl, `DROP DATABASE IF EXISTS ${replicaDb} WITH (FORCE)`).catch(() => undefined);
    console.log(`\nscale-out numbers:\n  ${numbers.join('\n  ')}`);
  });

  afterEach((ctx) => {
    if (ctx.task.result?.state === 'fail') for (const p of all) console.error(`${p.name} log tail:\n${p.log.slice(-3000)}`);
  });

  const apiUrls = () => [...apis.keys()].filter((u) => apis.get(u)!.alive);

  it('an upload through one API downloads through the other (fs storage on a shared directory)', async () => {
    cast = await assessmentCast(http);
    const [a, b] = apiUrls();
    const base = `/v1/workspaces/${cast.ws.id}`;
    const e = await client(a!).post<{ id: string }>(
      `${base}/evidence`,
      { type: 'test_report', title: 'Scale test report', confidentiality: 'internal', effectiveDate: '2026-01-01', componentId: cast.ws.hardwareComponentId },
      cast.maker.owner.as,
    );
    expect(e.status, JSON.stringify(e.body)).toBe(201);
    const up = await streamUpload(`${a}${base}/evidence/${e.body.id}/versions`, authHeaders(cast.maker.owner.as), {
      filename: 'report.txt',
      contentType: 'text/plain',
      size: 300_000,
    });
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    const res = await fetch(`${b}${base}/evidence/${e.body.id}/versions/${String(up.body.id)}/content`, { headers: authHeaders(cast.maker.owner.as) });
    expect(res.status).toBe(200);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(up.sha256);
    report(`upload via ${a} (300,000 bytes) downloaded via ${b}: sha256 equal`);
  });

  it('an API key revoked through one API is refused by the other within 1 s', async () => {
    const [a, b] = apiUrls();
    const key = await factories(http).newApiKey(cast.maker, ['members:read']);
    const onB = client(b!);
    expect((await onB.get('/v1/organization/members', key.as)).status).toBe(200);
    const revoked = await client(a!).del(`/v1/organization/api-keys/${key.id}`, cast.maker.owner.as);
    expect(revoked.status, JSON.stringify(revoked.body)).toBe(200);
    const t0 = Date.now();
    let status = 200;
    while (Date.now() - t0 < 5000) {
      status = (await onB.get('/v1/organization/members', key.as)).status;
      if (status === 401) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    const ms = Date.now() - t0;
    expect(status).toBe(401);
    expect(ms).toBeLessThan(1000);
    report(`API key revoked via ${a}: refused by ${b} after ${ms} ms (limit 1000 ms)`);
  });

  it(`a per-key rate limit (${KEY_LIMIT_PER_MINUTE}/min) holds across both APIs within ±${RATE_TOLERANCE * 100} %`, async () => {
    const key = await factories(http).newApiKey(cast.maker, ['members:read']);
    const before = proxy.counts();
    const statuses: number[] = [];
    const sent = 2 * KEY_LIMIT_PER_MINUTE;
    let next = 0;
    await Promise.all(
      Array.from({ length: 6 }, async () => {
        while (next < sent) {
          next++;
          statuses.push((await http.get('/v1/organization/members?limit=1', key.as)).status);
        }
      }),
    );
    const after = proxy.counts();
    const perApi = Object.keys(after).map((u) => after[u]! - (before[u] ?? 0));
    const accepted = statuses.filter((s) => s === 200).length;
    const limited = statuses.filter((s) => s === 429).length;
    expect(accepted + limited).toBe(sent);
    expect(
      perApi.every((n) => n >= sent / 4),
      `both APIs served (${perApi.join(', ')})`,
    ).toBe(true);
    expect(accepted).toBeGreaterThanOrEqual(Math.floor(KEY_LIMIT_PER_MINUTE * (1 - RATE_TOLERANCE)));
    expect(accepted).toBeLessThanOrEqual(Math.ceil(KEY_LIMIT_PER_MINUTE * (1 + RATE_TOLERANCE)));
    report(`rate limit ${KEY_LIMIT_PER_MINUTE}/min per key: ${sent} requests (${perApi.join(' + ')} per API) → ${accepted} accepted, ${limited} × 429`);
  });

  it('each scheduled job runs once per period across both workers', async () => {
    const metrics = async () => Promise.all(workers.map(async (w) => (await fetch(`http://127.0.0.1:${w.metricsPort}/metrics`)).text()));
    const runs = (texts: string[], name: string) =>
      texts.reduce((n, t) => n + metricSum(t, 'attesta_job_duration_seconds_count', { name, outcome: 'completed' }), 0);
    const m0 = await metrics();
    const t0 = Date.now();
    await new Promise((r) => setTimeout(r, 6000));
    const m1 = await metrics();
    const seconds = (Date.now() - t0) / 1000;
    const relay = runs(m1, 'outbox.relay') - runs(m0, 'outbox.relay');
    const sweep = runs(m1, 'webhooks.sweep') - runs(m0, 'webhooks.sweep');
    const perWorker = m1.map((t, i) => runs([t], 'outbox.relay') - runs([m0[i]!], 'outbox.relay'));
    // Every second each: about `seconds` runs in all, never one per worker per period (2×).
    for (const n of [relay, sweep]) {
      expect(n).toBeGreaterThanOrEqual(Math.floor(seconds) - 2);
      expect(n).toBeLessThanOrEqual(Math.ceil(seconds) + 1);
    }
    // The daily and quarter-hourly scans: one scheduler each and one next run queued, however many workers registered them.
    const system = new Queue('system', { connection: { url: db.config.REDIS_URL }, prefix: db.config.QUEUE_PREFIX });
    try {
      const schedulers = (await system.getJobSchedulers(0, -1)).map((s) => s.key);
      expect(new Set(schedulers).size).toBe(schedulers.length);
      const delayed = await system.getDelayed(0, -1);
      const byScheduler = new Map<string, number>();
      for (const j of delayed) if (j.repeatJobKey) byScheduler.set(j.repeatJobKey, (byScheduler.get(j.repeatJobKey) ?? 0) + 1);
      for (const key of [
        'evidence-freshness',
        'findings-due',
        'accreditation-expiry',
        'attestation-expiry',
        'storage-sweep',
        'idempotency-expiry',
        'bid-reconciliation',
      ]) {
        expect(schedulers).toContain(key);
        expect(byScheduler.get(key) ?? 0, `next runs queued for ${key}`).toBe(1);
      }
      report(
        `schedules over ${seconds.toFixed(1)} s with 2 workers: outbox relay ran ${relay}× (${perWorker.join(' + ')} per worker), webhook sweep ${sweep}× (period 1 s); ${schedulers.length} schedulers, 1 queued run each`,
      );
    } finally {
      await system.close();
    }
  });

  it(`${EVENTS} events give ${EVENTS} webhook deliveries while a worker is replaced (SIGTERM), duplicates only under the same webhook-id`, async () => {
    const endpoint = await http.post<{ secret: string }>(
      '/v1/webhooks/endpoints',
      { url: receiver.url, eventTypes: ['attestation.withdrawn'] },
      cast.maker.owner.as,
    );
    expect(endpoint.status, JSON.stringify(endpoint.body)).toBe(201);
    const t0 = Date.now();
    const ids = (
      await adminQuery<{ id: string }>(
        primaryAdminUrl,
        `INSERT INTO outbox_events (id, organization_id, type, payload, created_at, relay_attempts)
         SELECT gen_random_uuid(), $1, 'attestation.withdrawn', jsonb_build_object('serial', 'SCALE-' || n), now(), 0 FROM generate_series(1, $2) n
         RETURNING id`,
        [cast.maker.id, EVENTS],
      )
    ).map((r) => r.id);
    const delivered = () => new Set(receiver.received.map((r) => String(r.headers['webhook-id'])));
    // A rolling restart of the workers: a replacement boots meanwhile, then the old one gets
    // SIGTERM with work in flight and finishes its active jobs.
    const old = workers.shift()!;
    const replacement = startWorker();
    await eventually(async () => delivered().size >= EVENTS / 5, 60_000, 'the first fifth delivered');
    await replacement;
    const inFlightAt = delivered().size;
    const exit = await old.proc.terminate();
    expect(exit).toBe(0);
    await eventually(async () => ids.every((id) => delivered().has(id)), 120_000, `all ${EVENTS} delivered`);
    const ms = Date.now() - t0;
    const wh = new Webhook(endpoint.body.secret);
    for (const r of receiver.received) {
      const id = String(r.headers['webhook-id']);
      expect(ids).toContain(id);
      expect((JSON.parse(r.body) as { data: { eventId: string } }).data.eventId).toBe(id);
      expect(() => wh.verify(r.body, r.headers as Record<string, string>)).not.toThrow();
    }
    const duplicates = receiver.received.length - EVENTS;
    // A graceful stop lets in-flight jobs finish: nothing runs twice.
    expect(duplicates).toBe(0);
    const [row] = await adminQuery<{ delivered: string; other: string }>(
      primaryAdminUrl,
      `SELECT count(*) FILTER (WHERE status = 'delivered') AS delivered, count(*) FILTER (WHERE status <> 'delivered') AS other FROM webhook_deliveries WHERE event_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(row).toEqual({ delivered: String(EVENTS), other: '0' });
    report(
      `${EVENTS} events → ${delivered().size} distinct webhook-ids, ${receiver.received.length} requests (${duplicates} duplicates), worker SIGTERMed at ${inFlightAt} delivered (exit ${exit}), ${ms} ms`,
    );
  }, 180_000);

  let primaryBefore = 0;
  let replicaBefore = 0;
  let publicRequests = 0;

  it('public reads answer from the read replica with Evaluated-At', async () => {
    attestation = await issuedAttestation(cast, { accredited: false });
    await syncReplica();
    // Statistics are flushed by each backend within seconds; the rolling restart below gives them time.
    // Issuing read these tables on the primary just now: an idle backend reports that up to
    // PostgreSQL's idle flush interval (10 s) later, so the baseline is taken after it.
    await new Promise((r) => setTimeout(r, 11_000));
    primaryBefore = await scans(primaryAdminUrl);
    replicaBefore = await scans(replicaAdminUrl);
    const issuer = cast.assessor.id;
    const paths = [
      `/v1/public/attestations/${attestation.serial}`,
      `/v1/public/issuers/${issuer}/status/revocation`,
      `/v1/public/issuers/${issuer}/status/suspension`,
      `/v1/public/issuers/${issuer}/did.json`,
      `/v1/public/issuers/${issuer}/jwks.json`,
      `/v1/public/accreditation-bodies`,
    ];
    for (let i = 0; i < 20; i++) {
      for (const p of paths) {
        const res = await fetch(`${proxy.url}${p}`);
        await res.arrayBuffer();
        expect(res.status, p).toBe(200);
        const at = Date.parse(res.headers.get('evaluated-at') ?? '');
        expect(Date.now() - at).toBeLessThanOrEqual(READ_MAX_LAG_MS + 1000);
        publicRequests++;
      }
      const v = await http.post<{ valid: boolean }>('/v1/public/verify', { credential: attestation.credential });
      expect(v.status).toBe(200);
      expect(v.body.valid).toBe(true);
      publicRequests++;
    }
  });

  it(`rolling restart of both APIs under load: 0 failed requests, 0 lost writes over ≥ ${MIN_ROLLING_REQUESTS} requests`, async () => {
    const base = `/v1/workspaces/${cast.ws.id}/evidence`;
    const as: Credentials = cast.maker.owner.as;
    const failures: string[] = [];
    const written: string[] = [];
    let requests = 0;
    let reads = 0;
    let stop = false;
    const body = (n: number) =>
      JSON.stringify({
        type: 'test_report',
        title: `rolling ${n}`,
        confidentiality: 'internal',
        effectiveDate: '2026-01-01',
        componentId: cast.ws.hardwareComponentId,
      });
    const loop = async () => {
      while (!stop) {
        const n = requests++;
        const write = n % 4 === 0;
        try {
          const res = await fetch(`${proxy.url}${write ? base : `${base}?limit=5`}`, {
            method: write ? 'POST' : 'GET',
            headers: { ...authHeaders(as), ...(write ? { 'content-type': 'application/json' } : {}) },
            body: write ? body(n) : undefined,
          });
          const text = await res.text();
          if (res.status !== (write ? 201 : 200)) failures.push(`${write ? 'POST' : 'GET'} ${res.status} ${text.slice(0, 200)}`);
          else if (write) written.push((JSON.parse(text) as { id: string }).id);
          else reads++;
        } catch (e) {
          failures.push(`${write ? 'POST' : 'GET'} ${(e as Error).message}`);
        }
        // Bounded: at most about 6 × 40 requests a second, so the load does not starve the restarts of CPU.
        await new Promise((r) => setTimeout(r, 25));
      }
    };
    const t0 = Date.now();
    const running = Promise.all(Array.from({ length: 6 }, loop));
    const restarts: string[] = [];
    await new Promise((r) => setTimeout(r, 1500));
    // A surge of one replacement per API (maxSurge 100 %): they boot while the old ones serve,
    // then each old API in turn is put behind the proxy's back by SIGTERM.
    const olds = apiUrls();
    const replacements = await Promise.all(olds.map(() => startApi()));
    for (const [i, old] of olds.entries()) {
      await proxy.add(replacements[i]!);
      expect((await rawGet(`${old}/health/live`)).connection, 'kept alive before SIGTERM').toBe('keep-alive');
      const exiting = apis.get(old)!.terminate();
      // Draining: readiness is down at once while requests are still served, each closing its connection.
      const ready = await eventually(
        async () => {
          const r = await rawGet(`${old}/health/ready`);
          return r.status === 503 ? r : undefined;
        },
        5000,
        'readiness down after SIGTERM',
      );
      expect(ready.connection).toBe('close');
      const live = await rawGet(`${old}/health/live`);
      expect(live).toEqual({ status: 200, connection: 'close' });
      const exit = await exiting;
      proxy.remove(old);
      restarts.push(`${old} → ${replacements[i]} (exit ${exit}, at request ${requests})`);
      expect(exit).toBe(0);
      await new Promise((r) => setTimeout(r, 1000));
    }
    while (requests < MIN_ROLLING_REQUESTS) await new Promise((r) => setTimeout(r, 100));
    stop = true;
    await running;
    const ms = Date.now() - t0;
    const [row] = await adminQuery<{ n: string }>(primaryAdminUrl, `SELECT count(*) AS n FROM evidence WHERE id = ANY($1::uuid[])`, [written]);
    const lost = written.length - Number(row!.n);
    report(
      `rolling restart: ${requests} requests (${written.length} writes, ${reads} reads) in ${ms} ms across 2 API restarts [${restarts.join('; ')}]: ${failures.length} failed, ${lost} lost writes, ${proxy.errors} proxy errors`,
    );
    expect(failures.slice(0, 5)).toEqual([]);
    expect(lost).toBe(0);
    expect(requests).toBeGreaterThanOrEqual(MIN_ROLLING_REQUESTS);
  }, 420_000);

  it('the primary received none of the public queries; a status change reaches the public answers once the replica has it', async () => {
    // Positive control: the replica's statistics show the public reads (flushed within seconds).
    const replicaScans = await eventually(
      async () => {
        const n = (await scans(replicaAdminUrl)) - replicaBefore;
        return n >= publicRequests / 2 ? n : undefined;
      },
      20_000,
      'the replica statistics',
    );
    const primaryScans = (await scans(primaryAdminUrl)) - primaryBefore;
    report(`${publicRequests} public requests: ${replicaScans} scans of ${PUBLIC_TABLES.join(', ')} on the replica, ${primaryScans} on the primary`);
    expect(primaryScans).toBe(0);

    // Withdrawn on the primary; the public summary shows it once the replica has it.
    const withdrawn = await http.post(`/v1/workspaces/${cast.ws.id}/attestations/${attestation.id}/withdraw`, { reason: 'scale test' }, cast.assessor.owner.as);
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    const stale = await http.get<{ status: string }>(`/v1/public/attestations/${attestation.serial}`);
    expect(stale.body.status).not.toBe('withdrawn');
    await syncReplica();
    const t0 = Date.now();
    const seen = await eventually(
      async () => {
        const r = await http.get<{ status: string }>(`/v1/public/attestations/${attestation.serial}`);
        return r.body.status === 'withdrawn' ? r : undefined;
      },
      READ_MAX_LAG_MS,
      'the withdrawal on the public summary',
    );
    expect(Date.parse(seen.headers.get('evaluated-at')!)).toBeGreaterThanOrEqual(t0 - READ_MAX_LAG_MS);
    report(`withdrawal visible on the public summary ${Date.now() - t0} ms after the replica had it (lag setting ${READ_MAX_LAG_MS} ms)`);
  });
});
