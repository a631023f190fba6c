import { MemberRole, OrganizationKind } from '@attesta/core';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlOf } from '../setup/database.js';
import { factories, OPERATOR, type TestOrg } from '../setup/factories.js';
import { client, expectProblem, type Client, type Credentials } from '../setup/http.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { eventually, startReceiver, type Receiver } from '../setup/webhook-receiver.js';

interface EndpointBody {
  id: string;
  url: string;
  enabled: boolean;
  disabledReason: string | null;
  circuitState: string;
  consecutiveFailures: number;
  version: number;
  eventTypes: string[];
}
interface DeliveryBody {
  id: string;
  eventId: string;
  status: string;
  attempts: number;
  lastResponseStatus: number | null;
  lastDurationMs: number | null;
  replayOfId: string | null;
}

describe('Webhooks (HTTP + worker)', () => {
  let t: TestApp;
  let http: Client;
  let f: ReturnType<typeof factories>;
  /** An assessor with an operator-verified accreditation: the operator changing its status raises its events. */
  let a: TestOrg & { accreditationId: string };
  let b: TestOrg;
  let sql: ReturnType<typeof sqlOf>;
  const receivers: Receiver[] = [];

  beforeAll(async () => {
    t = await createTestApp({
      env: {
        API_RUN_PROCESSORS: 'true',
        WEBHOOK_RETRY_BASE_MS: '200',
        WEBHOOK_MAX_ATTEMPTS: '3',
        WEBHOOK_CIRCUIT_THRESHOLD: '2',
        WEBHOOK_CIRCUIT_COOLDOWN_MS: '300',
        WEBHOOK_TIMEOUT_MS: '3000',
        // Delivery outcomes are read from /metrics on the API port.
        METRICS_ENABLED: 'true',
      },
    });
    http = client(t.baseUrl);
    sql = sqlOf(t);
    f = factories(http);
    a = await f.newVerifiedAssessor();
    b = await f.newOrganization(OrganizationKind.Procurer);
  });
  afterAll(async () => {
    for (const r of receivers) await r.close();
    await t?.close();
  });

  async function receiver(respond?: Parameters<typeof startReceiver>[0]): Promise<Receiver> {
    const r = await startReceiver(respond);
    receivers.push(r);
    return r;
  }

  async function register(
    org: TestOrg,
    url: string,
    eventTypes: string[] = ['accreditation.status_changed'],
  ): Promise<{ endpoint: EndpointBody; secret: string }> {
    const res = await http.post<{ endpoint: EndpointBody; secret: string }>(
      '/v1/webhooks/endpoints',
      { url, eventTypes, description: 'test receiver' },
      org.owner.as,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }

  /**
   * Raises a domain event of the organization through the public API: the platform operator
   * suspends its accreditation (or reinstates it, every other time), which the organization
   * hears of as `accreditation.status_changed`. Returns the event id (the outbox row's, which
   * deliveries carry as webhook-id).
   */
  let suspended = false;
  async function emit(org: TestOrg & { accreditationId: string }): Promise<string> {
    suspended = !suspended;
    const res = await http.post(
      `/v1/operator/accreditations/${org.accreditationId}/status`,
      { action: suspended ? 'suspend' : 'reinstate', reason: 'Surveillance audit overdue' },
      OPERATOR,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const [event] = await sql<{ id: string }>(
      `SELECT id FROM outbox_events WHERE type = 'accreditation.status_changed' AND payload->>'accreditationId' = $1 ORDER BY created_at DESC, id DESC LIMIT 1`,
      [org.accreditationId],
    );
    return event!.id;
  }

  /** Webhook deliveries by outcome, as /metrics on the API port counts them. */
  async function deliveryMetrics(): Promise<(outcome: string) => number> {
    const text = await (await fetch(`${t.baseUrl}/metrics`)).text();
    const lines = text.split('\n').filter((l) => l.startsWith('attesta_webhook_deliveries_total{'));
    return (outcome) => lines.filter((l) => l.includes(`outcome="${outcome}"`)).reduce((n, l) => n + Number(l.split(' ').at(-1)), 0);
  }

  async function deliveries(org: TestOrg, endpointId: string): Promise<DeliveryBody[]> {
    const res = await http.get<{ data: DeliveryBody[] }>(`/v1/webhooks/endpoints/${endpointId}/deliveries`, org.owner.as);
    expect(res.status).toBe(200);
    return res.body.data;
  }

  it('registers an endpoint with a whsec_ secret shown once and stored encrypted', async () => {
    const r = await receiver();
    const { endpoint, secret } = await register(a, r.url, ['attestation.suspended', 'attestation.withdrawn']);
    expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]+={0,2}$/);
    expect(Buffer.from(secret.slice(6), 'base64')).toHaveLength(32);
    expect(endpoint).toMatchObject({ enabled: true, circuitState: 'closed', eventTypes: ['attestation.suspended', 'attestation.withdrawn'], version: 1 });
    const listed = await http.get(`/v1/webhooks/endpoints`, a.owner.as);
    const one = await http.get(`/v1/webhooks/endpoints/${endpoint.id}`, a.owner.as);
    for (const res of [listed, one]) expect(JSON.stringify(res.body)).not.toContain(secret.slice(6, 30));
    const [row] = await sql<{ secret_ciphertext: string }>('SELECT secret_ciphertext FROM webhook_endpoints WHERE id = $1', [endpoint.id]);
    expect(row!.secret_ciphertext).toMatch(/^v1\./);
    expect(row!.secret_ciphertext).not.toContain(secret.slice(6, 30));
  });

  it('refuses unknown event types, bad URLs and stale versions', async () => {
    const bad = expectProblem(
      await http.post('/v1/webhooks/endpoints', { url: 'http://127.0.0.1:9/x', eventTypes: ['attestation.exploded'] }, a.owner.as),
      400,
    );
    expect(bad.errors).toEqual([{ field: 'eventTypes', message: 'unknown event type "attestation.exploded"' }]);
    expectProblem(await http.post('/v1/webhooks/endpoints', { url: 'ftp://example.test/x', eventTypes: ['attestation.issued'] }, a.owner.as), 400);
    expectProblem(await http.post('/v1/webhooks/endpoints', { url: 'https://user:pw@example.test/x', eventTypes: ['attestation.issued'] }, a.owner.as), 400);
    const types = await http.get<{ type: string }[]>('/v1/webhooks/event-types', a.owner.as);
    expect(types.body.map((x) => x.type)).toEqual(
      expect.arrayContaining(['attestation.issued', 'bid.compliance_changed', 'finding.due', 'evidence.expiring', 'decision.taken', 'submission.created']),
    );
    const { endpoint } = await register(a, 'http://127.0.0.1:9/never');
    expectProblem(await http.call('PATCH', `/v1/webhooks/endpoints/${endpoint.id}`, { as: a.owner.as, body: { enabled: false } }), 428);
    expectProblem(
      await http.call('PATCH', `/v1/webhooks/endpoints/${endpoint.id}`, { as: a.owner.as, body: { enabled: false }, headers: { 'if-match': '"7"' } }),
      412,
    );
    const off = await http.call<EndpointBody>('PATCH', `/v1/webhooks/endpoints/${endpoint.id}`, {
      as: a.owner.as,
      body: { enabled: false, eventTypes: ['decision.taken'] },
      headers: { 'if-match': '"1"' },
    });
    expect(off.body).toMatchObject({ enabled: false, disabledReason: 'manual', eventTypes: ['decision.taken'], version: 2 });
    expect((await http.del(`/v1/webhooks/endpoints/${endpoint.id}`, a.owner.as)).status).toBe(204);
    expectProblem(await http.get(`/v1/webhooks/endpoints/${endpoint.id}`, a.owner.as), 404);
  });

  it('delivers a signed event from the outbox that standardwebhooks verifies; retries a 500; logs attempts; replays', async () => {
    const r = await receiver((n) => (n === 0 ? 500 : 200));
    const { endpoint, secret } = await register(a, r.url);
    const eventId = await emit(a);
    const [first, second] = await r.waitFor(2);
    expect(first!.headers['webhook-id']).toBe(eventId);
    expect(second!.headers['webhook-id']).toBe(eventId);
    // The package's own verification accepts what was sent.
    const verified = new Webhook(secret).verify(second!.body, second!.headers as Record<string, string>) as {
      type: string;
      data: { eventId: string; accreditationId: string; status: string };
    };
    expect(verified).toMatchObject({ type: 'accreditation.status_changed', data: { eventId, accreditationId: a.accreditationId, status: 'suspended' } });
    // ... and refuses a tampered body or another secret.
    expect(second!.body).toContain('"suspended"');
    expect(() => new Webhook(secret).verify(second!.body.replace('"suspended"', '"withdrawn"'), second!.headers as Record<string, string>)).toThrow();
    expect(() => new Webhook(`whsec_${Buffer.alloc(32, 1).toString('base64')}`).verify(second!.body, second!.headers as Record<string, string>)).toThrow();

    const [delivery] = await eventually(
      async () => {
        const d = await deliveries(a, endpoint.id);
        return d[0]?.status === 'delivered' ? d : undefined;
      },
      10_000,
      'delivered',
    );
    expect(delivery).toMatchObject({ eventId, attempts: 2, lastResponseStatus: 200 });
    expect(delivery!.lastDurationMs).toBeGreaterThanOrEqual(0);
    const detail = await http.get<{ attemptLog: { number: number; responseStatus: number; outcome: string; durationMs: number }[]; body: string }>(
      `/v1/webhooks/endpoints/${endpoint.id}/deliveries/${delivery!.id}`,
      a.owner.as,
    );
    expect(detail.body.attemptLog.map((x) => [x.number, x.responseStatus, x.outcome])).toEqual([
      [1, 500, 'retrying'],
      [2, 200, 'delivered'],
    ]);
    expect(detail.body.body).toBe(second!.body);

    // (Idempotent on event id + endpoint id, fanning the same event out again adds nothing:
    // test/service/webhooks.service-spec.ts.)
    expect(await deliveries(a, endpoint.id)).toHaveLength(1);

    // Manual replay: a new delivery with the same webhook-id.
    const replay = await http.post<DeliveryBody>(`/v1/webhooks/endpoints/${endpoint.id}/deliveries/${delivery!.id}/replay`, undefined, a.owner.as);
    expect(replay.status, JSON.stringify(replay.body)).toBe(202);
    expect(replay.body.replayOfId).toBe(delivery!.id);
    const all = await r.waitFor(3);
    expect(all[2]!.headers['webhook-id']).toBe(eventId);
    expect(() => new Webhook(secret).verify(all[2]!.body, all[2]!.headers as Record<string, string>)).not.toThrow();
    // The receiver may hear the replay just before the app counts its outcome.
    await expect.poll(async () => (await deliveryMetrics())('delivered')).toBeGreaterThanOrEqual(2);
    expect((await deliveryMetrics())('retrying')).toBeGreaterThanOrEqual(1);
  });

  it('signs with both secrets for a day after a rotation', async () => {
    const r = await receiver();
    const { endpoint, secret: oldSecret } = await register(a, r.url);
    const rotated = await http.post<{ secret: string; endpoint: EndpointBody & { previousSecretExpiresAt: string } }>(
      `/v1/webhooks/endpoints/${endpoint.id}/rotate-secret`,
      undefined,
      a.owner.as,
    );
    expect(rotated.status).toBe(200);
    expect(rotated.body.secret).not.toBe(oldSecret);
    expect(Date.parse(rotated.body.endpoint.previousSecretExpiresAt)).toBeGreaterThan(Date.now() + 23 * 3600_000);
    await emit(a);
    const [msg] = await r.waitFor(1);
    expect(String(msg!.headers['webhook-signature']).split(' ')).toHaveLength(2);
    for (const s of [rotated.body.secret, oldSecret]) expect(() => new Webhook(s).verify(msg!.body, msg!.headers as Record<string, string>)).not.toThrow();
  });

  it('opens the circuit, then disables an endpoint that never answers and tells the organization', async () => {
    const failing = await receiver(() => 503);
    const watcher = await receiver();
    const { endpoint } = await register(a, failing.url);
    const { secret: watcherSecret } = await register(a, watcher.url, ['webhook.endpoint_disabled']);
    await emit(a);
    const disabled = await eventually(
      async () => {
        const res = await http.get<EndpointBody>(`/v1/webhooks/endpoints/${endpoint.id}`, a.owner.as);
        return res.body.enabled ? undefined : res.body;
      },
      20_000,
      'the endpoint to be disabled',
    );
    expect(disabled).toMatchObject({ enabled: false, disabledReason: 'failing' });
    expect(disabled.consecutiveFailures).toBe(3);
    expect(failing.received).toHaveLength(3);
    const [d] = await deliveries(a, endpoint.id);
    expect(d).toMatchObject({ status: 'failed', attempts: 3, lastResponseStatus: 503 });
    // After the 2nd consecutive failure the circuit opened: the 3rd attempt waited out the cool-down.
    const gaps = failing.received.slice(1).map((x, i) => x.at - failing.received[i]!.at);
    expect(gaps[1]).toBeGreaterThanOrEqual(250);
    // The organization's other endpoint hears of it (webhook.endpoint_disabled through the outbox).
    const [notice] = await watcher.waitFor(1);
    const body = new Webhook(watcherSecret).verify(notice!.body, notice!.headers as Record<string, string>) as { type: string; data: { endpointId: string } };
    expect(body).toMatchObject({ type: 'webhook.endpoint_disabled', data: { endpointId: endpoint.id } });
    // Replaying to a disabled endpoint is refused until it is enabled again.
    expectProblem(await http.post(`/v1/webhooks/endpoints/${endpoint.id}/deliveries/${d!.id}/replay`, undefined, a.owner.as), 409);
    const failed = (await deliveryMetrics())('failed');
    expect(failed).toBeGreaterThanOrEqual(1);
  });

  it('sends a test message now even while the circuit is open (its success closes it); a new URL starts with a closed circuit', async () => {
    const r = await receiver();
    const { endpoint } = await register(a, r.url);
    const state = async () => (await http.get<EndpointBody & { consecutiveFailures: number }>(`/v1/webhooks/endpoints/${endpoint.id}`, a.owner.as)).body;
    // The circuit open for an hour, as after failures at the old address.
    await sql(`UPDATE webhook_endpoints SET consecutive_failures = 5, circuit_open_until = now() + interval '1 hour' WHERE id = $1`, [endpoint.id]);
    expect((await state()).circuitState).toBe('open');
    expect((await http.post(`/v1/webhooks/endpoints/${endpoint.id}/test`, undefined, a.owner.as)).status).toBe(202);
    const [test] = await r.waitFor(1, 10_000);
    expect(JSON.parse(test!.body)).toMatchObject({ type: 'webhook.test' });
    await eventually(async () => ((await state()).circuitState === 'closed' ? true : undefined), 10_000, 'the circuit to close');
    // Open again, then the owner points the endpoint at another receiver: its breaker starts afresh.
    await sql(`UPDATE webhook_endpoints SET consecutive_failures = 5, circuit_open_until = now() + interval '1 hour' WHERE id = $1`, [endpoint.id]);
    const other = await receiver();
    const moved = await http.call<EndpointBody & { consecutiveFailures: number }>('PATCH', `/v1/webhooks/endpoints/${endpoint.id}`, {
      body: { url: other.url },
      as: a.owner.as,
      headers: { 'if-match': `"${(await state()).version}"` },
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect(moved.body).toMatchObject({ circuitState: 'closed', consecutiveFailures: 0 });
  });

  it('hides every endpoint and delivery from other organizations; members without the role get 403', async () => {
    const r = await receiver();
    const { endpoint } = await register(a, r.url);
    await emit(a);
    const [d] = await eventually(
      async () => {
        const list = await deliveries(a, endpoint.id);
        return list.length ? list : undefined;
      },
      10_000,
      'a delivery',
    );
    const bKey = (await f.newApiKey(b, ['webhooks:read', 'webhooks:write'])).as;
    const aMember = (await f.newMember(a, MemberRole.Member)).as;
    const aKey = (await f.newApiKey(a, ['webhooks:read'])).as;
    const base = `/v1/webhooks/endpoints/${endpoint.id}`;
    const calls: [string, string, unknown?, Record<string, string>?][] = [
      ['GET', base],
      ['PATCH', base, { enabled: false }, { 'if-match': '"1"' }],
      ['POST', `${base}/rotate-secret`],
      ['GET', `${base}/deliveries`],
      ['GET', `${base}/deliveries/${d!.id}`],
      ['POST', `${base}/deliveries/${d!.id}/replay`],
      ['DELETE', base],
    ];
    const status = async (as: Credentials, [method, path, body, headers]: (typeof calls)[number]) =>
      (await http.call(method, path, { as, body, headers })).status;
    for (const c of calls) {
      expect(await status(b.owner.as, c), `${c[0]} ${c[1]} as B's owner`).toBe(404);
      expect(await status(bKey, c), `${c[0]} ${c[1]} as B's key`).toBe(404);
      expect(await status(aMember, c), `${c[0]} ${c[1]} as A's member`).toBe(403);
    }
    // A read-only key reads but does not write.
    expect(await status(aKey, calls[0]!)).toBe(200);
    expect(await status(aKey, calls[3]!)).toBe(200);
    expect(await status(aKey, calls[2]!)).toBe(403);
    // B's list does not show A's endpoint.
    const bList = await http.get<{ data: unknown[] }>('/v1/webhooks/endpoints', bKey);
    expect(bList.body.data).toEqual([]);
    expect((await http.get(base, a.owner.as)).status).toBe(200);
  });
});
