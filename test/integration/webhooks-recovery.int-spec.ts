import type { INestApplicationContext } from '@nestjs/common';
import { Db, OrganizationKind, systemScope } from '@attesta/core';
import { JobQueue, QueueName } from '@attesta/jobs';
import { OutboxService } from '@attesta/outbox';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createWorker } from '../../apps/worker/src/bootstrap.js';
import { WebhooksProcessor } from '../../apps/worker/src/webhooks/webhooks.processor.js';
import { factories, type TestOrg } from '../setup/factories.js';
import { deleteKeys } from '../setup/global-setup.js';
import { client, type Client } from '../setup/http.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { eventually, startReceiver, type Receiver } from '../setup/webhook-receiver.js';

/**
 * At-least-once: the delivery rows in PostgreSQL are the truth, the queue only carries
 * work. A worker killed mid-delivery and a Redis that lost the queue lose nothing.
 * The API runs without processors; the workers are separate application contexts.
 */
describe('Webhook delivery recovery', () => {
  let t: TestApp;
  let http: Client;
  let org: TestOrg;
  const workers: INestApplicationContext[] = [];
  const receivers: Receiver[] = [];

  beforeAll(async () => {
    t = await createTestApp({
      env: { WEBHOOK_RETRY_BASE_MS: '1500', WEBHOOK_SWEEP_INTERVAL_MS: '300', WEBHOOK_SWEEP_GRACE_MS: '0', WEBHOOK_TIMEOUT_MS: '30000' },
    });
    http = client(t.baseUrl);
    org = await factories(http).newOrganization(OrganizationKind.Procurer);
  });
  afterEach(async () => {
    for (const w of workers.splice(0)) await w.close().catch(() => undefined);
    for (const r of receivers.splice(0)) await r.close();
  });
  afterAll(async () => {
    await t?.close();
  });

  async function startWorker(): Promise<INestApplicationContext> {
    const w = await createWorker(t.config);
    await w.init();
    workers.push(w);
    return w;
  }

  async function setup(respond: Parameters<typeof startReceiver>[0]) {
    const r = await startReceiver(respond);
    receivers.push(r);
    const res = await http.post<{ endpoint: { id: string }; secret: string }>(
      '/v1/webhooks/endpoints',
      { url: r.url, eventTypes: ['attestation.withdrawn'] },
      org.owner.as,
    );
    expect(res.status).toBe(201);
    const eventId = await t.app
      .get(Db)
      .tx(systemScope('test: emitting an outbox event for the organization', { organizationId: org.id }), (em) =>
        t.app.get(OutboxService).emit(em, { type: 'attestation.withdrawn', organizationId: org.id, payload: { serial: 'ATT-9' } }),
      );
    return { receiver: r, endpointId: res.body.endpoint.id, secret: res.body.secret, eventId };
  }

  async function delivery(endpointId: string): Promise<{ id: string; status: string; attempts: number } | undefined> {
    const res = await http.get<{ data: { id: string; status: string; attempts: number }[] }>(`/v1/webhooks/endpoints/${endpointId}/deliveries`, org.owner.as);
    return res.body.data[0];
  }

  it('a worker killed mid-delivery: another worker completes the delivery', async () => {
    const { receiver, endpointId, secret, eventId } = await setup((n) => (n === 0 ? 'hang' : 200));
    const first = await startWorker();
    await receiver.waitFor(1);
    // Kill: the worker stops at once (no waiting for the in-flight job, no more lock renewal),
    // and the process's connections go away; the receiver never answered.
    await first.get(WebhooksProcessor).worker.close(true);
    await first.close().catch(() => undefined);
    workers.splice(workers.indexOf(first), 1);
    const d = await delivery(endpointId);
    expect(d).toMatchObject({ status: 'pending', attempts: 0 });

    await startWorker();
    const got = await receiver.waitFor(2, 45_000);
    expect(got[1]!.headers['webhook-id']).toBe(eventId);
    expect(() => new Webhook(secret).verify(got[1]!.body, got[1]!.headers as Record<string, string>)).not.toThrow();
    const done = await eventually(
      async () => {
        const x = await delivery(endpointId);
        return x?.status === 'delivered' ? x : undefined;
      },
      10_000,
      'delivered',
    );
    expect(done.attempts).toBe(1);
  }, 90_000);

  it('a Redis that lost the queue: the recovery sweep re-enqueues from PostgreSQL and delivers', async () => {
    const { receiver, endpointId, secret, eventId } = await setup((n) => (n === 0 ? 503 : 200));
    const worker = await startWorker();
    await receiver.waitFor(1);
    const pending = await eventually(
      async () => {
        const x = await delivery(endpointId);
        return x?.attempts === 1 ? x : undefined;
      },
      10_000,
      'the failed first attempt',
    );
    expect(pending.status).toBe('pending');
    // The retry waits in Redis (1.5 s backoff). Lose every key of the webhooks queue,
    // as a Redis restart without persistence would; only this test's prefix is touched.
    await deleteKeys(t.config.REDIS_URL, `${t.config.QUEUE_PREFIX}:${QueueName.Webhooks}:*`);
    const queue = await worker.get(JobQueue).queue(QueueName.Webhooks);
    expect(await queue.getJob(pending.id)).toBeUndefined();

    const got = await receiver.waitFor(2, 30_000);
    expect(got[1]!.headers['webhook-id']).toBe(eventId);
    expect(() => new Webhook(secret).verify(got[1]!.body, got[1]!.headers as Record<string, string>)).not.toThrow();
    const done = await eventually(
      async () => {
        const x = await delivery(endpointId);
        return x?.status === 'delivered' ? x : undefined;
      },
      10_000,
      'delivered',
    );
    expect(done.attempts).toBe(2);
    // The job that delivered it was made by the sweep: it carries the attempts the row had left.
    const job = await queue.getJob(pending.id);
    expect(job?.opts.attempts).toBe(t.config.WEBHOOK_MAX_ATTEMPTS - 1);
  }, 60_000);
});
