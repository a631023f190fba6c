import { Db, OrganizationKind, systemScope } from '@attesta/core';
import { OutboxService } from '@attesta/outbox';
import { Queue } from 'bullmq';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import { adminQuery } from '../../scripts/lib/devstack.js';
import { factories, type TestOrg } from '../setup/factories.js';
import { client } from '../setup/http.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { eventually, startReceiver, type Receiver } from '../setup/webhook-receiver.js';
import { AppProcess, configEnv, freePort, RedisServer } from './processes.js';

const EVENTS = 200;
const WORKER_READY = /worker started/;

/**
 * Losing the worker and Redis while webhooks flow: the worker (a child process, run from
 * source) is killed with SIGKILL, and the test's own redis-server (no persistence) is killed
 * and started empty while the replacement worker runs. PostgreSQL is the truth: every event
 * is delivered (duplicates only under the same webhook-id), and the job schedulers come back
 * without restarting the worker.
 */
describe('Fault: worker SIGKILL and a Redis restart without persistence', () => {
  let redis: RedisServer;
  let t: TestApp;
  let org: TestOrg;
  let receiver: Receiver;
  let secret: string;
  const workers: AppProcess[] = [];

  beforeAll(async () => {
    redis = await RedisServer.start();
    t = await createTestApp({
      env: {
        REDIS_URL: redis.url,
        OUTBOX_RELAY_LEASE_MS: '2000',
        SCHEDULER_CHECK_INTERVAL_MS: '1000',
        WEBHOOK_SWEEP_INTERVAL_MS: '1000',
        WEBHOOK_SWEEP_GRACE_MS: '1000',
        WEBHOOK_RETRY_BASE_MS: '200',
        WEBHOOK_TIMEOUT_MS: '5000',
      },
    });
    const http = client(t.baseUrl);
    org = await factories(http).newOrganization(OrganizationKind.Procurer);
    receiver = await startReceiver(() => 200);
    const res = await http.post<{ secret: string }>('/v1/webhooks/endpoints', { url: receiver.url, eventTypes: ['attestation.withdrawn'] }, org.owner.as);
    expect(res.status).toBe(201);
    secret = res.body.secret;
  });
  afterAll(async () => {
    for (const w of workers) await w.sigkill();
    await receiver?.close();
    await t?.close();
    await redis?.stop();
  });

  async function startWorker(metricsPort: number): Promise<AppProcess> {
    const w = await AppProcess.start(
      'apps/worker/src/main.ts',
      configEnv(t.config, { LOG_LEVEL: 'info', METRICS_ENABLED: 'true', METRICS_PORT: String(metricsPort) }),
      WORKER_READY,
    );
    workers.push(w);
    return w;
  }

  async function emit(from: number, to: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = from; i < to; i++) {
      ids.push(
        await t.app
          .get(Db)
          .tx(systemScope('fault test: an event for the organization', { organizationId: org.id }), (em) =>
            t.app.get(OutboxService).emit(em, { type: 'attestation.withdrawn', organizationId: org.id, payload: { serial: `ATT-${i}` } }),
          ),
      );
    }
    return ids;
  }

  const deliveredIds = () => new Set(receiver.received.map((r) => String(r.headers['webhook-id'])));

  it('delivers every event of 200 after a worker SIGKILL and a Redis restart; the schedulers come back in the running worker', async () => {
    const started = Date.now();
    // A failure shows what the workers logged last.
    onTestFailed(() => workers.forEach((w, i) => console.error(`worker ${i + 1} (pid ${w.pid}) log tail:\n${w.log.slice(-5000)}`)));
    const ids: string[] = [];
    const first = await startWorker(await freePort());

    // A quarter flows normally, then the worker dies with work in flight.
    ids.push(...(await emit(0, 50)));
    await eventually(async () => deliveredIds().size >= 20, 60_000, 'the first deliveries');
    await first.sigkill();
    ids.push(...(await emit(50, 100)));

    // The orchestrator starts a new worker; Redis restarts empty while it runs and events keep coming.
    const metricsPort = await freePort();
    const second = await startWorker(metricsPort);
    ids.push(...(await emit(100, 150)));
    await eventually(async () => deliveredIds().size >= 110, 60_000, 'deliveries by the second worker');
    const beforeRestart = deliveredIds().size;
    await redis.restart();
    ids.push(...(await emit(150, EVENTS)));

    // 0 lost: every event reaches the receiver, with its own id as webhook-id.
    await eventually(async () => ids.every((id) => deliveredIds().has(id)), 90_000, `all ${EVENTS} events delivered`);
    expect(second.alive, 'the second worker was never restarted').toBe(true);
    expect(beforeRestart).toBeLessThan(EVENTS);

    // Duplicates only under the same webhook-id: every request for an event carries that event's id and body.
    const wh = new Webhook(secret);
    const byId = new Map<string, Set<string>>();
    for (const r of receiver.received) {
      const id = String(r.headers['webhook-id']);
      expect(ids).toContain(id);
      const body = JSON.parse(r.body) as { data: { eventId: string } };
      expect(body.data.eventId).toBe(id);
      expect(() => wh.verify(r.body, r.headers as Record<string, string>)).not.toThrow();
      byId.set(id, (byId.get(id) ?? new Set()).add(body.data.eventId));
    }
    expect(byId.size).toBe(EVENTS);
    for (const events of byId.values()) expect(events.size).toBe(1);

    // PostgreSQL agrees: every event published and every delivery delivered.
    const dbUrl = t.config.DATABASE_MIGRATION_URL;
    await eventually(
      async () => {
        const [row] = await adminQuery<{ n: string }>(
          dbUrl,
          `SELECT count(*) AS n FROM outbox_events WHERE id = ANY($1::uuid[]) AND published_at IS NOT NULL`,
          [ids],
        );
        return Number(row!.n) === EVENTS;
      },
      30_000,
      'every event published',
    );
    const [deliveries] = await adminQuery<{ delivered: string; other: string }>(
      dbUrl,
      `SELECT count(*) FILTER (WHERE status = 'delivered') AS delivered, count(*) FILTER (WHERE status <> 'delivered') AS other
         FROM webhook_deliveries WHERE event_id = ANY($1::uuid[])`,
      [ids],
    );
    expect(deliveries).toEqual({ delivered: String(EVENTS), other: '0' });

    // The schedulers are back in the new Redis, registered by the worker that was running all along.
    const system = new Queue('system', { connection: { url: redis.url }, prefix: t.config.QUEUE_PREFIX });
    try {
      const keys = (await system.getJobSchedulers(0, -1)).map((s) => s.key);
      expect(keys).toEqual(expect.arrayContaining(['outbox-relay', 'webhook-sweep', 'storage-sweep', 'bid-reconciliation', 'accreditation-expiry']));
    } finally {
      await system.close();
    }
    const metrics = await (await fetch(`http://127.0.0.1:${metricsPort}/metrics`)).text();
    const restored = [...metrics.matchAll(/^attesta_job_schedulers_restored_total\{[^}]*scheduler="outbox-relay"[^}]*\} (\d+)/gm)].reduce(
      (n, m) => n + Number(m[1]),
      0,
    );
    expect(restored, 'the running worker re-registered the relay').toBeGreaterThanOrEqual(1);

    const duplicates = receiver.received.length - EVENTS;
    console.log(`fault test: ${EVENTS} events, ${receiver.received.length} requests (${duplicates} duplicates), ${Date.now() - started} ms`);
  }, 240_000);
});
