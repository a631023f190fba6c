import type { INestApplicationContext } from '@nestjs/common';
import { Db, OrganizationKind, systemScope } from '@attesta/core';
import { JobQueue, QueueName } from '@attesta/jobs';
import { Metrics } from '@attesta/observability';
import { OutboxService } from '@attesta/outbox';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery } from '../../scripts/lib/devstack.js';
import { createWorker } from '../../apps/worker/src/bootstrap.js';
import { factories, type TestOrg } from '../setup/factories.js';
import { client, type Client } from '../setup/http.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { eventually, startReceiver, type Receiver } from '../setup/webhook-receiver.js';

/**
 * At-least-once outbox: an event counts as published once its fan-out ran, not when it was
 * queued. An event whose job Redis lost is queued again when the relay's lease ends. The API
 * runs without processors; the worker is a separate application context.
 */
describe('OutboxService relay', () => {
  let t: TestApp;
  let http: Client;
  let org: TestOrg;
  let dbUrl: string;
  const workers: INestApplicationContext[] = [];
  const receivers: Receiver[] = [];

  beforeAll(async () => {
    t = await createTestApp({ env: { OUTBOX_RELAY_LEASE_MS: '3000' } });
    http = client(t.baseUrl);
    org = await factories(http).newOrganization(OrganizationKind.Procurer);
    dbUrl = t.config.DATABASE_MIGRATION_URL;
  });
  afterEach(async () => {
    for (const w of workers.splice(0)) await w.close().catch(() => undefined);
    for (const r of receivers.splice(0)) await r.close();
  });
  afterAll(async () => {
    await t?.close();
  });

  async function endpointAndEvent(): Promise<{ receiver: Receiver; eventId: string }> {
    const receiver = await startReceiver();
    receivers.push(receiver);
    const res = await http.post('/v1/webhooks/endpoints', { url: receiver.url, eventTypes: ['attestation.withdrawn'] }, org.owner.as);
    expect(res.status).toBe(201);
    const eventId = await t.app
      .get(Db)
      .tx(systemScope('test: emitting an outbox event for the organization', { organizationId: org.id }), (em) =>
        t.app.get(OutboxService).emit(em, { type: 'attestation.withdrawn', organizationId: org.id, payload: { serial: 'ATT-7' } }),
      );
    return { receiver, eventId };
  }

  async function row(eventId: string) {
    const [r] = await adminQuery<{ published_at: Date | null; relay_attempts: number }>(
      dbUrl,
      'SELECT published_at, relay_attempts FROM outbox_events WHERE id = $1',
      [eventId],
    );
    return r!;
  }

  it('queued is not published: the row stays pending until the fan-out ran', async () => {
    const { receiver, eventId } = await endpointAndEvent();
    expect(await t.app.get(OutboxService).relayBatch()).toBeGreaterThanOrEqual(1);
    expect(await (await t.app.get(JobQueue).queue(QueueName.Events)).getJob(eventId)).toBeDefined();
    expect((await row(eventId)).published_at).toBeNull();

    const w = await createWorker(t.config);
    await w.init();
    workers.push(w);
    const [got] = await receiver.waitFor(1, 30_000);
    expect(got!.headers['webhook-id']).toBe(eventId);
    await eventually(async () => (await row(eventId)).published_at !== null, 15_000, 'the event marked published');
  }, 60_000);

  it('a job lost between queueing and fan-out: the relay queues the event again after the lease and it is delivered', async () => {
    const { receiver, eventId } = await endpointAndEvent();
    const outbox = t.app.get(OutboxService);
    expect(await outbox.relayBatch()).toBeGreaterThanOrEqual(1);
    // Redis loses the job before any worker took it (a restart without persistence).
    const queue = await t.app.get(JobQueue).queue(QueueName.Events);
    await (await queue.getJob(eventId))!.remove();
    expect(await queue.getJob(eventId)).toBeUndefined();
    // Within the lease the relay leaves it alone.
    expect(await outbox.relayBatch()).toBe(0);
    expect(await row(eventId)).toMatchObject({ published_at: null, relay_attempts: 1 });

    const w = await createWorker(t.config);
    await w.init();
    workers.push(w);
    const got = await receiver.waitFor(1, 30_000);
    expect(got[0]!.headers['webhook-id']).toBe(eventId);
    const done = await eventually(
      async () => {
        const r = await row(eventId);
        return r.published_at ? r : undefined;
      },
      15_000,
      'the event marked published',
    );
    expect(done.relay_attempts).toBeGreaterThanOrEqual(2);
    const requeued = (await w.get(Metrics).outboxRequeued.get()).values[0]?.value ?? 0;
    expect(requeued).toBeGreaterThanOrEqual(1);
    // Published: the relay stops queueing it, and the receiver heard it once.
    await new Promise((r) => setTimeout(r, 4000));
    expect((await row(eventId)).relay_attempts).toBe(done.relay_attempts);
    expect(receiver.received.filter((x) => x.headers['webhook-id'] === eventId)).toHaveLength(1);
  }, 60_000);

  it('redrive queues every unpublished event at once, leased or not, without duplicating a live job', async () => {
    const { eventId } = await endpointAndEvent();
    const outbox = t.app.get(OutboxService);
    await outbox.relayBatch();
    expect(await outbox.relayBatch()).toBe(0);
    expect(await outbox.releaseLeases()).toBeGreaterThanOrEqual(1);
    const again = await outbox.relayAll();
    expect(again.relayed).toBeGreaterThanOrEqual(1);
    expect(again.requeued).toBeGreaterThanOrEqual(1);
    const queue = await t.app.get(JobQueue).queue(QueueName.Events);
    const jobs = await queue.getJobs(['waiting', 'delayed', 'active']);
    expect(jobs.filter((j) => j.id === eventId)).toHaveLength(1);
    expect((await row(eventId)).relay_attempts).toBe(2);
  });
});
