import { Db, newId, OrganizationKind, systemScope } from '@attesta/core';
import { JobName, JobQueue, QueueName, type JobPayload } from '@attesta/jobs';
import { OutboxService } from '@attesta/outbox';
import { WebhookDeliveryService } from '@attesta/webhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlOf } from '../setup/database.js';
import { factories } from '../setup/factories.js';
import { client } from '../setup/http.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

/** The fan-out of one outbox event to an organization's endpoints, called directly (no job processors run). */
describe(WebhookDeliveryService.name, () => {
  let t: TestApp;
  let sql: ReturnType<typeof sqlOf>;

  beforeAll(async () => {
    t = await createTestApp();
    sql = sqlOf(t);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('fanOut is idempotent on event id + endpoint id: fanning the same event out again adds no delivery', async () => {
    const http = client(t.baseUrl);
    const org = await factories(http).newOrganization(OrganizationKind.Procurer);
    const registered = await http.post<{ endpoint: { id: string } }>(
      '/v1/webhooks/endpoints',
      { url: 'http://127.0.0.1:9/never', eventTypes: ['attestation.suspended'] },
      org.owner.as,
    );
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    const payload = { attestationId: newId(), serial: 'ATT-1', status: 'suspended' };
    const eventId = await t.app
      .get(Db)
      .tx(systemScope('test: emitting an outbox event for the organization', { organizationId: org.id }), (em) =>
        t.app.get(OutboxService).emit(em, { type: 'attestation.suspended', organizationId: org.id, payload }),
      );
    const fanOut = t.app.get(WebhookDeliveryService);
    const event = { eventId, organizationId: org.id, workspaceId: null, type: 'attestation.suspended', payload };
    const count = async () =>
      (
        await sql<{ n: number }>('SELECT count(*)::int AS n FROM webhook_deliveries WHERE event_id = $1 AND endpoint_id = $2', [
          eventId,
          registered.body.endpoint.id,
        ])
      )[0]!.n;

    expect(await fanOut.fanOut(event)).toBe(1);
    expect(await count()).toBe(1);
    await fanOut.fanOut(event);
    await fanOut.fanOut({ ...event, payload: {} });
    expect(await count()).toBe(1);
  });

  it("leaves the person's address a certification notice carries for its mail out of every webhook delivery", async () => {
    const http = client(t.baseUrl);
    const org = await factories(http).newOrganization(OrganizationKind.ServiceVendor);
    const registered = await http.post<{ endpoint: { id: string } }>(
      '/v1/webhooks/endpoints',
      { url: 'http://127.0.0.1:9/never', eventTypes: ['personnel.certification_expiring'] },
      org.owner.as,
    );
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    const payload = {
      certificationId: newId(),
      personId: newId(),
      scheme: 'CNC service',
      level: 'L2',
      validUntil: '2027-01-31',
      daysLeft: 30,
      notice: 'd30',
      mailTo: 'erin.private@example.org',
    };
    const eventId = await t.app
      .get(Db)
      .tx(systemScope('test: emitting an outbox event for the organization', { organizationId: org.id }), (em) =>
        t.app.get(OutboxService).emit(em, { type: 'personnel.certification_expiring', organizationId: org.id, payload }),
      );
    expect(
      await t.app.get(WebhookDeliveryService).fanOut({ eventId, organizationId: org.id, workspaceId: null, type: 'personnel.certification_expiring', payload }),
    ).toBe(1);
    const [delivery] = await sql<{ body: string }>('SELECT body FROM webhook_deliveries WHERE event_id = $1', [eventId]);
    const sent = JSON.parse(delivery!.body) as { data: Record<string, unknown> };
    expect(sent.data).toMatchObject({ personId: payload.personId, daysLeft: 30 });
    expect(sent.data).not.toHaveProperty('mailTo');
    expect(delivery!.body).not.toContain('erin.private');
  });
  it('dates the message by when the event happened, not by when a lagging relay fanned it out', async () => {
    const http = client(t.baseUrl);
    const org = await factories(http).newOrganization(OrganizationKind.Procurer);
    const registered = await http.post<{ endpoint: { id: string } }>(
      '/v1/webhooks/endpoints',
      { url: 'http://127.0.0.1:9/never', eventTypes: ['attestation.suspended'] },
      org.owner.as,
    );
    expect(registered.status, JSON.stringify(registered.body)).toBe(201);
    const payload = { attestationId: newId(), serial: 'ATT-2', status: 'suspended' };
    const eventId = await t.app
      .get(Db)
      .tx(systemScope('test: emitting an outbox event for the organization', { organizationId: org.id }), (em) =>
        t.app.get(OutboxService).emit(em, { type: 'attestation.suspended', organizationId: org.id, payload }),
      );
    // The suspension happened three hours ago; the worker was down since (the event waited in the outbox).
    const [{ at }] = (await sql<{ at: Date }>(`UPDATE outbox_events SET created_at = now() - interval '3 hours' WHERE id = $1 RETURNING created_at AS at`, [
      eventId,
    ])) as [{ at: Date }];
    await t.app.get(OutboxService).relayAll();
    const job = await (await t.app.get(JobQueue).queue(QueueName.Events)).getJob(eventId);
    const data = job!.data as JobPayload<JobName.DispatchEvent>;
    expect(data.occurredAt).toBe(new Date(at).toISOString());
    expect(await t.app.get(WebhookDeliveryService).fanOut(data)).toBe(1);
    const [delivery] = await sql<{ body: string }>('SELECT body FROM webhook_deliveries WHERE event_id = $1', [eventId]);
    expect((JSON.parse(delivery!.body) as { timestamp: string }).timestamp).toBe(new Date(at).toISOString());
  });
});
