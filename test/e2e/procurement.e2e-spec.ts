import { newId, OrganizationKind } from '@attesta/core';
import { JobName, QueueName } from '@attesta/jobs';
import type { Queue } from 'bullmq';
import { createHash } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestOrg } from '../setup/factories.js';
import { client, expectProblem, type Client, type Credentials } from '../setup/http.js';
import { sqlOf } from '../setup/database.js';
import { platformQueue } from '../setup/queues.js';
import { attestedSupplier, isoDay, openTender, placedBid } from '../setup/scenario.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { startReceiver, type Receiver } from '../setup/webhook-receiver.js';
import { builtInFrameworks, workspaceFactories } from '../setup/workspace-factories.js';

interface Report {
  overall: string;
  requirements: { result: string; reasons: { code: string; message: string }[]; attestation: { serial: string; status: string } | null }[];
}

describe('Procurement (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let w: ReturnType<typeof workspaceFactories>;
  let supplierA: TestOrg;
  let supplierB: TestOrg;
  let assessor: TestOrg;
  let procurer: TestOrg;
  let otherProcurer: TestOrg;
  let dser: string;
  let offerings: { a: string; b: string };
  let attestations: { a: string; b: string };
  let workspaces: { a: string; b: string };
  let procurerKey: Credentials;
  let tenderId: string;
  let receiver: Receiver;
  let webhookSecret: string;
  let sql: ReturnType<typeof sqlOf>;
  const queues: Queue[] = [];
  /** The issuer suspends an attestation through the API. */
  const suspend = async (workspaceId: string, attestationId: string, reason: string) => {
    const res = await http.post(`/v1/workspaces/${workspaceId}/attestations/${attestationId}/suspend`, { reason }, assessor.owner.as);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  };

  beforeAll(async () => {
    t = await createTestApp({ env: { API_RUN_PROCESSORS: 'true', WEBHOOK_ALLOW_PRIVATE_TARGETS: 'true', WEBHOOK_ALLOW_HTTP: 'true' } });
    receiver = await startReceiver();
    sql = sqlOf(t);
    http = client(t.baseUrl);
    w = workspaceFactories(http);
    [supplierA, supplierB, assessor, procurer, otherProcurer] = await Promise.all([
      w.newOrganization(OrganizationKind.Manufacturer),
      w.newOrganization(OrganizationKind.Manufacturer),
      // Accredited-only tenders below: the issuer's accreditation is verified.
      w.newVerifiedAssessor(),
      w.newOrganization(OrganizationKind.Procurer),
      w.newOrganization(OrganizationKind.Procurer),
    ]);
    const fw = await builtInFrameworks(http, supplierA.owner.as);
    dser = fw['attesta-dser']!;
    // Each supplier's offering attested through the review workflow on attesta-dser for TH and VN,
    // resting on evidence 40 days old (the tender accepts evidence up to a year old).
    const issueFor = async (maker: TestOrg) => {
      const { ws, attestation } = await attestedSupplier(http, assessor, {
        maker,
        frameworkCodes: ['attesta-dser'],
        targetMarkets: ['TH', 'VN'],
        decision: { validUntil: isoDay(400) },
        evidence: [{ effectiveDate: isoDay(-40), validUntil: isoDay(300) }],
      });
      return { ws: ws.id, offering: ws.offeringId, attestation: attestation.id };
    };
    const [a, b] = [await issueFor(supplierA), await issueFor(supplierB)];
    offerings = { a: a.offering, b: b.offering };
    attestations = { a: a.attestation, b: b.attestation };
    workspaces = { a: a.ws, b: b.ws };
    procurerKey = (await w.newApiKey(procurer, ['tenders:read', 'tenders:write', 'conformity:read'])).as;
    // The procurement system listens for changes of the bids it is evaluating.
    const endpoint = await http.post<{ secret: string }>(
      '/v1/webhooks/endpoints',
      { url: receiver.url, eventTypes: ['bid.compliance_changed'] },
      procurer.owner.as,
    );
    expect(endpoint.status, JSON.stringify(endpoint.body)).toBe(201);
    webhookSecret = endpoint.body.secret;
  }, 240_000);
  afterAll(async () => {
    for (const q of queues) await q.close();
    await receiver?.close();
    await t?.close();
  });

  it('publishes a tender; a competing procurer cannot read it', async () => {
    const res = await http.post<{ id: string; status: string }>(
      '/v1/tenders',
      {
        ocid: `ocds-tiepo1-${Date.now()}`,
        title: 'CNC machining centres with predictive maintenance',
        buyer: 'Thai Industrial Estate Procurement Office',
        deadline: new Date(Date.now() + 14 * 86400_000).toISOString(),
        requirements: [{ frameworkId: dser, minimumOutcome: 'conformant_with_conditions' }],
        markets: ['TH'],
        maxEvidenceAgeDays: 365,
        accreditedIssuersOnly: true,
      },
      procurerKey,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.status).toBe('open');
    tenderId = res.body.id;
    expectProblem(await http.get(`/v1/tenders/${tenderId}`, otherProcurer.owner.as), 404);
    const otherKey = (await w.newApiKey(otherProcurer, ['tenders:read'])).as;
    expectProblem(await http.get(`/v1/tenders/${tenderId}`, otherKey), 404);
    expectProblem(await http.get(`/v1/tenders/${tenderId}/bids`, otherKey), 404);
    expect((await http.get(`/v1/tenders/${tenderId}`, supplierA.owner.as)).status).toBe(200);
  });

  it('reports one bid compliant and one relying on a suspended attestation not compliant; a suspension flips the first', async () => {
    await suspend(workspaces.b, attestations.b, 'Open major finding');
    const bidA = await http.post<{ id: string; compliance: Report }>(
      `/v1/tenders/${tenderId}/bids`,
      { offeringId: offerings.a, attestationIds: [attestations.a] },
      supplierA.owner.as,
    );
    expect(bidA.status, JSON.stringify(bidA.body)).toBe(201);
    expect(bidA.body.compliance.overall).toBe('compliant');
    const bidB = await http.post<{ id: string; compliance: Report }>(
      `/v1/tenders/${tenderId}/bids`,
      { offeringId: offerings.b, attestationIds: [attestations.b] },
      supplierB.owner.as,
    );
    expect(bidB.body.compliance.overall).toBe('non_compliant');
    expect(bidB.body.compliance.requirements[0]!.reasons.map((r) => r.code)).toContain('attestation_suspended');

    // The procurer's system reads both through its API key; suppliers see only their own.
    const listed = await http.get<{ data: { id: string; compliance: Report }[] }>(`/v1/tenders/${tenderId}/bids`, procurerKey);
    expect(listed.body.data.map((b) => b.compliance.overall).sort()).toEqual(['compliant', 'non_compliant']);
    // Polling is cheap: an unchanged list answers 304 to its ETag (the worker may still be
    // recomputing reports from the earlier suspension, so poll until the list settles).
    let etag = listed.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    let status = 0;
    for (let i = 0; i < 20 && status !== 304; i++) {
      const again = await http.call('GET', `/v1/tenders/${tenderId}/bids`, { as: procurerKey, headers: { 'if-none-match': etag } });
      status = again.status;
      etag = again.headers.get('etag') ?? etag;
      if (status !== 304) await new Promise((r) => setTimeout(r, 200));
    }
    expect(status).toBe(304);
    // The ETag is of the bytes sent; `*` matches any; the 304 carries neither body nor content type.
    const one = await http.call('GET', `/v1/bids/${bidA.body.id}`, { as: procurerKey });
    expect(one.status).toBe(200);
    const sent = JSON.stringify(one.body);
    expect(one.headers.get('etag')).toBe(`W/"${createHash('sha256').update(sent).digest('base64url').slice(0, 27)}"`);
    expect(one.headers.get('cache-control')).toBe('private, no-cache');
    const unchanged = await http.call('GET', `/v1/bids/${bidA.body.id}`, { as: procurerKey, headers: { 'if-none-match': '*' } });
    expect([unchanged.status, unchanged.body, unchanged.headers.get('content-type')]).toEqual([304, '', null]);
    expect(unchanged.headers.get('etag')).toBe(one.headers.get('etag'));
    const stale = await http.call('GET', `/v1/bids/${bidA.body.id}`, { as: procurerKey, headers: { 'if-none-match': 'W/"not-this-one"' } });
    expect(stale.status).toBe(200);
    // An error is never tagged: a foreign bid is 404 with no ETag.
    const foreign = await http.call('GET', `/v1/bids/${bidA.body.id}`, { as: supplierB.owner.as, headers: { 'if-none-match': '*' } });
    expectProblem(foreign, 404);
    expect(foreign.headers.get('etag')).toBeNull();
    expect((await http.get<{ data: unknown[] }>(`/v1/tenders/${tenderId}/bids`, supplierA.owner.as)).body.data).toHaveLength(1);
    expectProblem(await http.get(`/v1/bids/${bidA.body.id}`, supplierB.owner.as), 404);

    await suspend(workspaces.a, attestations.a, 'Complaint under investigation');
    let report: Report | undefined;
    for (let i = 0; i < 100; i++) {
      report = (await http.get<{ compliance: Report }>(`/v1/bids/${bidA.body.id}`, procurerKey)).body.compliance;
      if (report.overall === 'non_compliant') break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(report!.overall).toBe('non_compliant');
    expect(report!.requirements[0]!.attestation!.status).toBe('suspended');
    // The read already shows the recomputed report; the announcement comes from the event's handler.
    let events: { organization_id: string }[] = [];
    for (let i = 0; i < 100 && events.length < 2; i++) {
      events = await sql<{ organization_id: string }>(
        `SELECT organization_id FROM outbox_events WHERE type = 'bid.compliance_changed' AND payload->>'bidId' = $1`,
        [bidA.body.id],
      );
      if (events.length < 2) await new Promise((r) => setTimeout(r, 200));
    }
    expect(events.map((e) => e.organization_id).sort()).toEqual([procurer.id, supplierA.id].sort());

    // …and the procurer's system receives it as a signed Standard Webhooks message.
    const [delivery] = await receiver.waitFor(1, 30_000);
    const payload = new Webhook(webhookSecret).verify(delivery!.body, {
      'webhook-id': String(delivery!.headers['webhook-id']),
      'webhook-timestamp': String(delivery!.headers['webhook-timestamp']),
      'webhook-signature': String(delivery!.headers['webhook-signature']),
    }) as { type: string; data: { bidId: string; to: string } };
    expect(payload.type).toBe('bid.compliance_changed');
    expect(payload.data).toMatchObject({ bidId: bidA.body.id, to: 'non_compliant' });
  }, 60_000);

  it('re-checks open bids every 15 minutes on the system queue; the job runs through the worker', async () => {
    const system = platformQueue(t, QueueName.System);
    queues.push(system);
    const schedulers = await system.getJobSchedulers();
    expect(schedulers.find((s) => s.key === 'bid-reconciliation')).toMatchObject({ name: JobName.ReconcileBidCompliance, pattern: '*/15 * * * *' });
    const job = await system.add(JobName.ReconcileBidCompliance, { eventId: `reconcile-${newId()}` });
    let state = await job.getState();
    for (let i = 0; i < 100 && state !== 'completed' && state !== 'failed'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      state = await job.getState();
    }
    expect(state).toBe('completed');
    const done = await system.getJob(job.id!);
    // Both bids are open; their verdicts were already announced, so nothing new is.
    expect(done!.returnvalue).toEqual({ checked: 2, changed: 0 });
  });

  it('takes a bid relying only on attestations of the offering it offers: one of another offering is refused, naming the field', async () => {
    const before = (await http.get<{ data: unknown[] }>(`/v1/tenders/${tenderId}/bids`, procurerKey)).body.data.length;
    const borrowed = expectProblem(
      await http.post(`/v1/tenders/${tenderId}/bids`, { offeringId: offerings.a, attestationIds: [attestations.a, attestations.b] }, supplierA.owner.as),
      404,
    );
    expect(borrowed).toMatchObject({ code: 'procurement.unknown_attestation', errors: [expect.objectContaining({ field: 'attestationIds' })] });
    expect(borrowed.detail).toContain(attestations.b);
    expect((await http.get<{ data: unknown[] }>(`/v1/tenders/${tenderId}/bids`, procurerKey)).body.data).toHaveLength(before);
  });

  it('takes one live bid per supplier and offering on a tender: a second is 409 naming the first, also when both come at once; after a withdrawal it bids again', async () => {
    const tender = await openTender(http, procurerKey, dser);
    const offer = { offeringId: offerings.a, attestationIds: [attestations.a] };
    const first = await placedBid<{ id: string }>(http, tender, supplierA, offer);
    const again = expectProblem(await http.post(`/v1/tenders/${tender}/bids`, offer, supplierA.owner.as), 409);
    expect(again).toMatchObject({ code: 'procurement.bid_exists', bidId: first.id, errors: [expect.objectContaining({ field: 'offeringId' })] });
    // Another supplier's bid on the same tender is its own.
    await placedBid(http, tender, supplierB, { offeringId: offerings.b, attestationIds: [attestations.b] });
    const listed = async () => (await http.get<{ data: { id: string; status: string }[] }>(`/v1/tenders/${tender}/bids`, procurerKey)).body.data;
    expect(await listed()).toHaveLength(2);

    expect((await http.post(`/v1/bids/${first.id}/withdraw`, {}, supplierA.owner.as)).status).toBe(200);
    // Two submissions at once (no idempotency key): one bid, one refusal.
    const racing = await Promise.all([1, 2].map(() => http.post<{ id: string }>(`/v1/tenders/${tender}/bids`, offer, supplierA.owner.as)));
    expect(racing.map((r) => r.status).sort()).toEqual([201, 409]);
    const landed = racing.find((r) => r.status === 201)!.body.id;
    const open = (await listed()).filter((b) => b.status === 'submitted').map((b) => b.id);
    expect(open).toHaveLength(2);
    expect(open).toContain(landed);
    expect(open).not.toContain(first.id);
  });

  it("refuses bids after the deadline and withdrawals of others' bids", async () => {
    const bids = (await http.get<{ data: { id: string }[] }>(`/v1/tenders/${tenderId}/bids`, supplierA.owner.as)).body.data;
    expectProblem(await http.post(`/v1/bids/${bids[0]!.id}/withdraw`, {}, supplierB.owner.as), 404);
    await sql(`UPDATE tenders SET deadline = now() - interval '1 minute' WHERE id = $1`, [tenderId]);
    expectProblem(await http.post(`/v1/tenders/${tenderId}/bids`, { offeringId: offerings.a, attestationIds: [attestations.a] }, supplierA.owner.as), 409);
    expectProblem(await http.post(`/v1/bids/${bids[0]!.id}/withdraw`, {}, supplierA.owner.as), 409);
  });

  it('answers a conformity check for an offering without a tender', async () => {
    const res = await http.post<Report>(
      '/v1/conformity-checks',
      { offeringId: offerings.b, requirements: [{ frameworkId: dser, minimumOutcome: 'conformant' }], markets: ['VN'] },
      procurerKey,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.overall).toBe('non_compliant');
    expect(res.body.requirements[0]!.attestation!.status).toBe('suspended');
    const bad = expectProblem(await http.post('/v1/conformity-checks', { offeringId: offerings.b, requirements: [], markets: ['VN'] }, procurerKey), 400);
    expect(bad.errors?.[0]?.field).toBe('requirements');
  });

  it('requires a tender and a check to name markets that are countries, and each framework once; nothing is stored when refused', async () => {
    const tender = (over: Record<string, unknown>) => ({
      ocid: `ocds-tiepo1-${crypto.randomUUID()}`,
      title: 'CNC machining centres',
      buyer: 'Thai Industrial Estate Procurement Office',
      deadline: new Date(Date.now() + 14 * 86400_000).toISOString(),
      requirements: [{ frameworkId: dser, minimumOutcome: 'conformant' }],
      markets: ['TH'],
      ...over,
    });
    const listed = async () => (await http.get<{ data: unknown[] }>('/v1/tenders?limit=200', procurerKey)).body.data.length;
    const before = await listed();
    const fields = async (body: Record<string, unknown>, status: number, path = '/v1/tenders') =>
      expectProblem(await http.post(path, body, procurerKey), status).errors?.map((e) => e.field);
    // No market would turn the market check off: refused.
    expect(await fields(tender({ markets: [] }), 400)).toEqual(['markets']);
    expect(await fields(tender({ markets: ['TH', 'XX'] }), 400)).toEqual(['markets[1]']);
    expect(
      await fields(
        tender({
          requirements: [
            { frameworkId: dser, minimumOutcome: 'conformant' },
            { frameworkId: dser, minimumOutcome: 'conformant_with_conditions' },
          ],
        }),
        400,
      ),
    ).toEqual(['requirements[1].frameworkId']);
    expect(await fields(tender({ requirements: [{ frameworkId: dser, minimumOutcome: 'conformant', orRecognisedIn: 'ZZ' }] }), 400)).toEqual([
      'requirements[0].orRecognisedIn',
    ]);
    const rule = { minPeople: 1, scheme: 'Remote diagnostics technician', market: 'TH' };
    expect(
      await fields(
        tender({
          competenceRules: [
            { ...rule, timeZone: 'Not/AZone' },
            { ...rule, market: 'XX', timeZone: 'Asia/Bangkok' },
          ],
        }),
        400,
      ),
    ).toEqual(['competenceRules[0].timeZone', 'competenceRules[1].market']);
    // A contract period over before the deadline could never be met.
    expect(await fields(tender({ contractPeriod: { startDate: '2019-01-01', endDate: '2019-12-31' } }), 400)).toEqual(['contractPeriod.endDate']);
    // Accepted issuers are assessor organizations: not an unknown id, not a supplier.
    expect(await fields(tender({ allowedIssuerIds: [assessor.id, newId(), supplierA.id] }), 400)).toEqual(['allowedIssuerIds[1]', 'allowedIssuerIds[2]']);
    expect(await listed()).toBe(before);

    const check = (markets: string[]) => ({ offeringId: offerings.a, requirements: [{ frameworkId: dser, minimumOutcome: 'conformant' }], markets });
    expect(await fields(check([]), 400, '/v1/conformity-checks')).toEqual(['markets']);
    expect(await fields(check(['xx']), 400, '/v1/conformity-checks')).toEqual(['markets[0]']);
    const twice = expectProblem(
      await http.post(
        '/v1/conformity-checks',
        { ...check(['TH']), requirements: [0, 1].map(() => ({ frameworkId: dser, minimumOutcome: 'conformant' })) },
        procurerKey,
      ),
      400,
    );
    expect(twice).toMatchObject({ code: 'procurement.invalid_check', errors: [{ field: 'requirements[1].frameworkId' }] });
    // Lower case is a country code too.
    expect((await http.post('/v1/conformity-checks', check(['th']), procurerKey)).status).toBe(200);
  });

  it('counts only the issuers a tender accepts', async () => {
    const reinstated = await http.post(
      `/v1/workspaces/${workspaces.a}/attestations/${attestations.a}/reinstate`,
      { reason: 'Finding closed after re-audit' },
      assessor.owner.as,
    );
    expect(reinstated.status, JSON.stringify(reinstated.body)).toBe(200);
    const otherAssessor = await w.newVerifiedAssessor();
    const bidOn = async (allowedIssuerIds: string[]) => {
      const tenderId = await openTender(http, procurerKey, dser, { allowedIssuerIds, accreditedIssuersOnly: false });
      expect((await http.get<{ allowedIssuerIds: string[] }>(`/v1/tenders/${tenderId}`, procurerKey)).body.allowedIssuerIds).toEqual([
        ...new Set(allowedIssuerIds),
      ]);
      return (await placedBid<{ compliance: Report }>(http, tenderId, supplierA, { offeringId: offerings.a, attestationIds: [attestations.a] })).compliance;
    };
    const elsewhere = await bidOn([otherAssessor.id]);
    expect(elsewhere.overall).toBe('non_compliant');
    expect(elsewhere.requirements[0]!.reasons.map((r) => r.code)).toContain('issuer_not_accepted');
    expect((await bidOn([otherAssessor.id, assessor.id, assessor.id])).overall).toBe('compliant');

    // A procurement system's ad-hoc check says what the tender would say with the same accepted issuers.
    const checked = async (allowedIssuerIds: string[]) => {
      const res = await http.post<Report>(
        '/v1/conformity-checks',
        { offeringId: offerings.a, requirements: [{ frameworkId: dser, minimumOutcome: 'conformant' }], markets: ['TH'], allowedIssuerIds },
        procurerKey,
      );
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      return res.body;
    };
    const notAccepted = await checked([otherAssessor.id]);
    expect(notAccepted.overall).toBe('non_compliant');
    expect(notAccepted.requirements[0]!.reasons.map((r) => r.code)).toContain('issuer_not_accepted');
    expect((await checked([otherAssessor.id, assessor.id])).overall).toBe('compliant');
    expect((await checked([])).overall).toBe('compliant');
    // As on a tender: only assessor organizations, each bad entry named.
    const bad = expectProblem(
      await http.post(
        '/v1/conformity-checks',
        {
          offeringId: offerings.a,
          requirements: [{ frameworkId: dser, minimumOutcome: 'conformant' }],
          markets: ['TH'],
          allowedIssuerIds: [assessor.id, newId(), supplierA.id],
        },
        procurerKey,
      ),
      400,
    );
    expect(bad).toMatchObject({ code: 'procurement.invalid_check' });
    expect((bad.errors as { field: string }[]).map((e) => e.field)).toEqual(['allowedIssuerIds[1]', 'allowedIssuerIds[2]']);
  });
});
