import { Processor, WorkerHost, BullModule } from '@nestjs/bullmq';
import { Controller, Get, Module } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { newId, Public } from '@attesta/core';
import { JobName, QueueName } from '@attesta/jobs';
import { Queue, QueueEvents } from 'bullmq';
import { DataSource } from 'typeorm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../scripts/lib/devstack.js';
import { factories } from '../setup/factories.js';
import { client } from '../setup/http.js';
import { enqueueJob } from '../setup/queues.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

const FAILING_QUEUE = 'probe-failing';

/** A processor outside the platform's queues: job metrics must cover any processor. */
@Processor(FAILING_QUEUE)
class FailingProcessor extends WorkerHost {
  async process(): Promise<never> {
    throw new Error('probe job fails on purpose');
  }
}

@Module({ imports: [BullModule.registerQueue({ name: FAILING_QUEUE })], providers: [FailingProcessor] })
class FailingJobsModule {}

/** Series lines of one metric, e.g. `name{a="b"} 1`. */
function series(text: string, name: string): string[] {
  return text.split('\n').filter((l) => l.startsWith(`${name}{`) || l.startsWith(`${name} `));
}

describe('Operations: metrics on the API port', () => {
  let t: TestApp;
  let metricsText: string;

  beforeAll(async () => {
    t = await createTestApp({ imports: [FailingJobsModule], env: { METRICS_ENABLED: 'true', API_RUN_PROCESSORS: 'true' } });
    const http = client(t.baseUrl);
    const { newOrganization, newMember } = factories(http);
    const org = await newOrganization();
    const member = await newMember(org);
    expect((await http.get(`/v1/organization/members/${member.membershipId}`, org.owner.as)).status).toBe(200);
    expect((await http.get(`/v1/organization/members/${newId()}`, org.owner.as)).status).toBe(404);
    expect((await http.get('/v1/no-such-route/0193a5c4-2f7e-7c1a-9d3b-4c2a1e8f9b10')).status).toBe(404);

    // One job that completes (platform queue), one that fails (any processor).
    const events = new QueueEvents('system', { connection: { url: t.config.REDIS_URL }, prefix: t.config.QUEUE_PREFIX });
    const failing = new Queue(FAILING_QUEUE, { connection: { url: t.config.REDIS_URL }, prefix: t.config.QUEUE_PREFIX });
    const failingEvents = new QueueEvents(FAILING_QUEUE, { connection: { url: t.config.REDIS_URL }, prefix: t.config.QUEUE_PREFIX });
    try {
      await Promise.all([events.waitUntilReady(), failingEvents.waitUntilReady()]);
      const { queue: system, jobId } = await enqueueJob(t, JobName.Ping, { eventId: newId(), message: 'metrics' });
      try {
        const job = await system.getJob(jobId);
        await job!.waitUntilFinished(events, 20_000);
      } finally {
        await system.close();
      }
      const bad = await failing.add('probe.fail', {}, { attempts: 1 });
      await expect(bad.waitUntilFinished(failingEvents, 20_000)).rejects.toThrow(/on purpose/);
    } finally {
      await Promise.all([events.close(), failing.close(), failingEvents.close()]);
    }

    const res = await fetch(`${t.baseUrl}/metrics`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    metricsText = await res.text();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('serves /metrics unprefixed and outside OpenAPI', async () => {
    expect((await fetch(`${t.baseUrl}/v1/metrics`)).status).toBe(404);
    const spec = (await (await fetch(`${t.baseUrl}/openapi.json`)).json()) as { paths: Record<string, unknown> };
    expect(Object.keys(spec.paths)).not.toContain('/metrics');
  });

  it('has HTTP request series labelled by route pattern and status, never by raw URL', () => {
    const lines = series(metricsText, 'attesta_http_request_duration_seconds_count');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/method="POST",route="\/v1\/auth\/signup",status_code="202"/),
        expect.stringMatching(/method="POST",route="\/v1\/auth\/signup\/confirm",status_code="201"/),
        expect.stringMatching(/method="GET",route="\/v1\/organization\/members\/:membershipId",status_code="200"/),
        expect.stringMatching(/method="GET",route="\/v1\/organization\/members\/:membershipId",status_code="404"/),
        expect.stringMatching(/method="GET",route="\(unmatched\)",status_code="404"/),
      ]),
    );
    expect(series(metricsText, 'attesta_http_request_duration_seconds_bucket').length).toBeGreaterThan(10);
    // No id of any kind in any label.
    expect(metricsText).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/);
  });

  it('has queue depth per queue and state, collected at scrape time', () => {
    const lines = series(metricsText, 'attesta_queue_jobs');
    for (const queue of ['system', 'events']) {
      for (const state of ['waiting', 'active', 'delayed', 'failed']) {
        expect(lines).toContainEqual(expect.stringMatching(new RegExp(`^attesta_queue_jobs\\{queue="${queue}",state="${state}"\\} \\d+$`)));
      }
    }
  });

  it('has job durations and failures per queue from the processors', () => {
    expect(series(metricsText, 'attesta_job_duration_seconds_count')).toContainEqual(
      expect.stringMatching(/queue="system",name="system\.ping",outcome="completed"\} [1-9]/),
    );
    expect(series(metricsText, 'attesta_job_failures_total')).toContainEqual(expect.stringMatching(/queue="probe-failing",name="probe\.fail"\} 1$/));
  });

  it('has the database pool, the outbox lag, webhook outcomes and process metrics', () => {
    const pool = series(metricsText, 'attesta_db_pool_connections');
    expect(pool).toContainEqual(expect.stringMatching(/state="total"\} [1-9]/));
    expect(pool).toContainEqual(expect.stringMatching(/state="max"\} 5$/));
    expect(pool.some((l) => l.includes('state="idle"'))).toBe(true);
    expect(pool.some((l) => l.includes('state="waiting"'))).toBe(true);
    expect(series(metricsText, 'attesta_outbox_lag_seconds')).toEqual([expect.stringMatching(/^attesta_outbox_lag_seconds \d+(\.\d+)?$/)]);
    const webhooks = series(metricsText, 'attesta_webhook_deliveries_total');
    expect(webhooks).toEqual(expect.arrayContaining(['delivered', 'retrying', 'failed'].map((o) => `attesta_webhook_deliveries_total{outcome="${o}"} 0`)));
    expect(metricsText).toMatch(/^attesta_process_cpu_user_seconds_total /m);
    expect(metricsText).toMatch(/^attesta_nodejs_eventloop_lag_seconds /m);
  });
});

describe('Operations: metrics on a separate port', () => {
  let t: TestApp;
  let metricsPort: number;

  beforeAll(async () => {
    metricsPort = await freePort();
    t = await createTestApp({ env: { METRICS_ENABLED: 'true', METRICS_PORT: String(metricsPort) } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('serves /metrics only on METRICS_PORT, not on the API port', async () => {
    await fetch(`${t.baseUrl}/health/live`);
    const port = metricsPort;
    expect(port).toBeGreaterThan(0);
    expect(port).not.toBe(Number(new URL(t.baseUrl).port));
    const res = await fetch(`http://127.0.0.1:${port}/metrics`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(series(text, 'attesta_http_request_duration_seconds_count')).toContainEqual(expect.stringMatching(/route="\/health\/live",status_code="200"/));
    // Every platform queue, in each of its four states.
    expect(series(text, 'attesta_queue_jobs').length).toBe(Object.values(QueueName).length * 4);
    expect((await fetch(`http://127.0.0.1:${port}/other`)).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/metrics`)).status).toBe(404);
  });
});

describe('Operations: metrics off by default, dashboard off without OPERATOR_TOKEN', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { OPERATOR_TOKEN: '' } });
  });
  afterAll(async () => {
    await t?.close();
  });

  it('serves neither /metrics nor /admin/queues', async () => {
    expect(t.config.METRICS_ENABLED).toBe(false);
    expect((await fetch(`${t.baseUrl}/metrics`)).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/admin/queues`)).status).toBe(404);
    expect((await fetch(`${t.baseUrl}/admin/queues`, { headers: { authorization: 'Bearer ' + 'x'.repeat(40) } })).status).toBe(404);
  });
});

describe('Operations: queue dashboard behind operator authentication', () => {
  const operatorToken = 'op-' + 'k'.repeat(45);
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp({ env: { OPERATOR_TOKEN: operatorToken } });
  });
  afterAll(async () => {
    await t?.close();
  });

  const basic = (user: string, password: string) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
  const get = (path: string, authorization?: string) => fetch(`${t.baseUrl}${path}`, { headers: authorization ? { authorization } : {} });

  it('refuses requests without credentials with 401 and a Basic challenge', async () => {
    for (const path of ['/admin/queues', '/admin/queues/api/queues', '/admin/queues/static/favicon-32x32.png']) {
      const res = await get(path);
      expect(res.status, path).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Basic realm="attesta-operator"/);
      expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    }
  });

  it("refuses a tenant user's access token, an API key and a wrong operator password", async () => {
    const http = client(t.baseUrl);
    const { newOrganization, newApiKey } = factories(http);
    const org = await newOrganization();
    const key = await newApiKey(org, ['organization:read']);
    expect((await get('/admin/queues', `Bearer ${(org.owner.as as { token: string }).token}`)).status).toBe(401);
    expect((await fetch(`${t.baseUrl}/admin/queues/api/queues`, { headers: { 'x-api-key': key.key } })).status).toBe(401);
    expect((await get('/admin/queues', basic('operator', key.key))).status).toBe(401);
    expect((await get('/admin/queues', basic('operator', operatorToken.slice(0, -1)))).status).toBe(401);
    expect((await get('/admin/queues', `Bearer ${operatorToken}x`)).status).toBe(401);
  });

  it('lets the operator in (bearer or Basic), with the platform queues listed', async () => {
    const page = await get('/admin/queues', basic('operator', operatorToken));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toMatch(/Attesta queues|bull/i);
    const api = await get('/admin/queues/api/queues', `Bearer ${operatorToken}`);
    expect(api.status).toBe(200);
    const body = (await api.json()) as { queues: { name: string }[] };
    expect(body.queues.map((q) => q.name).sort()).toEqual(Object.values(QueueName).sort());
  });
});

@Public()
@Controller('slow')
class SlowController {
  static started: () => void = () => undefined;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Get()
  async slow(): Promise<{ done: boolean; db: number }> {
    SlowController.started();
    await new Promise((r) => setTimeout(r, 1500));
    // The database is still there while in-flight requests drain.
    const [row] = (await this.db.query('SELECT 1 AS one')) as { one: number }[];
    return { done: true, db: row!.one };
  }
}

@Module({ controllers: [SlowController] })
class SlowModule {}

describe('Operations: graceful shutdown of the API', () => {
  it('lets an in-flight request finish with 200 while refusing new connections', async () => {
    const t = await createTestApp({ imports: [SlowModule] });
    let closed = false;
    try {
      const started = new Promise<void>((resolve) => (SlowController.started = resolve));
      const inFlight = fetch(`${t.baseUrl}/v1/slow`, { headers: { connection: 'close' } });
      await started;
      // app.close() is what the SIGTERM handler (installGracefulShutdown) calls.
      const closing = t.app.close();
      await new Promise((r) => setTimeout(r, 200));
      await expect(fetch(`${t.baseUrl}/health/live`)).rejects.toThrow();
      const res = await inFlight;
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ done: true, db: 1 });
      await closing;
      closed = true;
    } finally {
      if (!closed) await t.app.close().catch(() => undefined);
      await t.db.dispose();
    }
  });
});
