import { AttestationsService } from '@attesta/attestations';
import { MemberRole, newId, OrganizationKind, type Actor } from '@attesta/core';
import { JobQueue, QueueName } from '@attesta/jobs';
import { OutboxService } from '@attesta/outbox';
import { ProcurementService } from '@attesta/procurement';
import { Logger } from '@nestjs/common';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sampleSnapshot } from '../../libs/attestations/src/testing/attestation.factory.js';
import { adminQuery } from '../../scripts/lib/devstack.js';
import type { TestOrg } from '../setup/factories.js';
import { client, type Client, type Credentials } from '../setup/http.js';
import { setAccreditationStatus, verifiedAccreditation } from '../setup/procurement-fixtures.js';
import { issueSynthetic } from '../setup/synthetic-decision.js';
import { openTender, placedBid } from '../setup/scenario.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { builtInFrameworks, workspaceFactories, type TestWorkspace } from '../setup/workspace-factories.js';

interface Reason {
  code: string;
  severity: string;
  message: string;
  expected?: unknown;
  actual?: unknown;
}
interface Report {
  overall: string;
  evaluatedAt: string;
  requirements: { result: string; reasons: Reason[]; evidenceAgeDays: number | null; attestation: { serial: string; status: string } | null }[];
  drift: { componentId: string; offeredVersion: string | null; currentVersion: string | null }[];
  notices: Reason[];
  basis: { attestations: { id: string; status: string; version: number }[] };
}
interface Bid {
  id: string;
  offeredComponents: { id: string; version: string }[];
  compliance: Report;
}

const DAY = 86_400_000;
const isoDay = (offsetDays: number) => new Date(Date.now() + offsetDays * DAY).toISOString().slice(0, 10);

/**
 * Bid compliance stays right when an event is lost: the reconciliation job and the
 * attestation and accreditation event handlers of the procurement service, called directly.
 * The app runs WITHOUT job processors, so an outbox event reaches the queue only when the
 * test relays it — and the test can lose it. Attestations are issued from hand-made decision
 * snapshots (scopes and evidence dates set exactly); tenders and bids go through the API.
 */
describe(ProcurementService.name, () => {
  let t: TestApp;
  let http: Client;
  let w: ReturnType<typeof workspaceFactories>;
  let maker: TestOrg;
  let assessor: TestOrg;
  let procurer: TestOrg;
  let assessorActor: Actor;
  let procurerKey: Credentials;
  let dser: string;
  let dbUrl: string;
  let accreditationId: string;

  /** A workspace whose offering (hardware rev C + SaaS 4.2.0) is attested for TH and VN. */
  async function attested(opts: { evidenceEffectiveFrom?: string; validUntilDays?: number } = {}): Promise<{ ws: TestWorkspace; attestationId: string }> {
    const ws = await w.newWorkspace(maker);
    await w.join(maker, ws, assessor, 'assessor');
    const base = sampleSnapshot();
    const snapshot = sampleSnapshot({
      decisionId: newId(),
      workspaceId: ws.id,
      outcome: 'conformant',
      decidedAt: new Date(Date.now() - 5 * DAY),
      validUntil: new Date(Date.now() + (opts.validUntilDays ?? 400) * DAY),
      manufacturer: { id: maker.id, name: 'Maker' },
      offering: {
        id: ws.offeringId,
        name: 'VMC-850 with predictive maintenance',
        components: [
          { ...base.offering.components[0]!, id: ws.hardwareComponentId, version: 'rev C', providerOrganizationId: null, providerName: null },
          { ...base.offering.components[1]!, id: ws.saasComponentId, version: '4.2.0', providerOrganizationId: null, providerName: null },
        ],
      },
      frameworks: [{ id: dser, code: 'attesta-dser', title: 'Digital service export readiness', version: '1.0', publisher: 'Attesta' }],
      markets: ['TH', 'VN'],
      evidence: { effectiveFrom: opts.evidenceEffectiveFrom ?? isoDay(-30), validUntil: isoDay(300) },
    });
    const a = await issueSynthetic(t, assessorActor, snapshot);
    // The evidence dates the decision relied on (recent, unless the test says otherwise).
    await adminQuery(dbUrl, `UPDATE attestations SET evidence_effective_from = $2, evidence_valid_until = $3 WHERE id = $1`, [
      a.id,
      opts.evidenceEffectiveFrom ?? isoDay(-30),
      isoDay(300),
    ]);
    return { ws, attestationId: a.id };
  }

  const tender = (extra: Record<string, unknown> = {}) => openTender(http, procurerKey, dser, extra);
  const bid = (tenderId: string, x: { ws: TestWorkspace; attestationId: string }) =>
    placedBid<Bid>(http, tenderId, maker, { offeringId: x.ws.offeringId, attestationIds: [x.attestationId] });

  /** Suspends the attestation, relays its event to the queue, then loses the job. */
  async function suspendAndLoseTheJob(x: { ws: TestWorkspace; attestationId: string }): Promise<void> {
    await t.app.get(AttestationsService).suspend(assessorActor, x.ws.id, x.attestationId, 'Complaint under investigation');
    const [event] = await adminQuery<{ id: string }>(
      dbUrl,
      `SELECT id FROM outbox_events WHERE type = 'attestation.suspended' AND payload->>'attestationId' = $1`,
      [x.attestationId],
    );
    expect(event).toBeDefined();
    await t.app.get(OutboxService).relayBatch();
    const queue = await t.app.get(JobQueue).queue(QueueName.Events);
    const job = await queue.getJob(event!.id);
    expect(job, "the relayed event is a job on this test's events queue").toBeDefined();
    await job!.remove();
    expect(await queue.getJob(event!.id)).toBeUndefined();
  }

  const codes = (r: Report) => r.requirements.flatMap((q) => q.reasons.map((x) => x.code));

  beforeAll(async () => {
    t = await createTestApp();
    http = client(t.baseUrl);
    w = workspaceFactories(http);
    [maker, assessor, procurer] = await Promise.all([
      w.newOrganization(OrganizationKind.Manufacturer),
      w.newOrganization(OrganizationKind.Assessor),
      w.newOrganization(OrganizationKind.Procurer),
    ]);
    dser = (await builtInFrameworks(http, maker.owner.as))['attesta-dser']!;
    assessorActor = {
      kind: 'user',
      userId: assessor.owner.userId,
      organizationId: assessor.id,
      organizationKind: OrganizationKind.Assessor,
      role: MemberRole.Owner,
    };
    procurerKey = (await w.newApiKey(procurer, ['tenders:read', 'tenders:write', 'conformity:read'])).as;
    dbUrl = t.db.adminUrl.replace(/\/[^/]*$/, `/${t.db.database}`);
    // The assessor holds a verified accreditation for the framework in TH, VN and MY.
    accreditationId = await verifiedAccreditation(dbUrl, assessor.id, { frameworkCodes: ['attesta-dser'], markets: ['TH', 'VN', 'MY'] });
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('corrects a bid whose attestation event was lost: the reconciliation job recomputes and announces it', async () => {
    const x = await attested();
    const placed = await bid(await tender(), x);
    expect(placed.compliance.overall).toBe('compliant');
    await suspendAndLoseTheJob(x);
    const [before] = await adminQuery<{ overall: string }>(dbUrl, `SELECT overall FROM bids WHERE id = $1`, [placed.id]);
    expect(before!.overall).toBe('compliant');

    const result = await t.app.get(ProcurementService).reconcileOpenBids();
    expect(result.changed).toBeGreaterThanOrEqual(1);
    const [after] = await adminQuery<{ overall: string; announced_overall: string; compliance: Report }>(
      dbUrl,
      `SELECT overall, announced_overall, compliance FROM bids WHERE id = $1`,
      [placed.id],
    );
    expect(after).toMatchObject({ overall: 'non_compliant', announced_overall: 'non_compliant' });
    expect(codes(after!.compliance)).toEqual(['attestation_suspended']);
    const events = await adminQuery<{ organization_id: string; payload: { to: string; trigger: string; codes: string[] } }>(
      dbUrl,
      `SELECT organization_id, payload FROM outbox_events WHERE type = 'bid.compliance_changed' AND payload->>'bidId' = $1`,
      [placed.id],
    );
    expect(events.map((e) => e.organization_id).sort()).toEqual([maker.id, procurer.id].sort());
    expect(events[0]!.payload).toMatchObject({ to: 'non_compliant', trigger: 'reconciliation', codes: ['attestation_suspended'] });
    // Nothing changed since: a second run announces nothing.
    await t.app.get(ProcurementService).reconcileOpenBids();
    expect(await adminQuery(dbUrl, `SELECT 1 FROM outbox_events WHERE type = 'bid.compliance_changed' AND payload->>'bidId' = $1`, [placed.id])).toHaveLength(
      2,
    );
  }, 60_000);

  it('corrects a bid whose attestation event was lost on read, in the list and the single read; the job then announces it', async () => {
    const x = await attested();
    const tenderId = await tender();
    const placed = await bid(tenderId, x);
    const basisVersion = placed.compliance.basis.attestations[0]!.version;
    await suspendAndLoseTheJob(x);

    const listed = await http.get<{ data: Bid[] }>(`/v1/tenders/${tenderId}/bids`, procurerKey);
    expect(listed.body.data[0]!.compliance.overall).toBe('non_compliant');
    const one = (await http.get<Bid>(`/v1/bids/${placed.id}`, maker.owner.as)).body;
    expect(one.compliance.overall).toBe('non_compliant');
    expect(one.compliance.requirements[0]!.attestation!.status).toBe('suspended');
    expect(one.compliance.basis.attestations[0]!.version).toBeGreaterThan(basisVersion);
    expect(Date.parse(one.compliance.evaluatedAt)).toBeGreaterThan(Date.parse(placed.compliance.evaluatedAt));
    // Saved, not only shown; not announced yet (reads do not announce)…
    const [row] = await adminQuery<{ overall: string; announced_overall: string }>(dbUrl, `SELECT overall, announced_overall FROM bids WHERE id = $1`, [
      placed.id,
    ]);
    expect(row).toEqual({ overall: 'non_compliant', announced_overall: 'compliant' });
    // …the reconciliation job announces it.
    await t.app.get(ProcurementService).reconcileOpenBids();
    const events = await adminQuery<{ payload: { from: string; to: string } }>(
      dbUrl,
      `SELECT payload FROM outbox_events WHERE type = 'bid.compliance_changed' AND payload->>'bidId' = $1`,
      [placed.id],
    );
    expect(events).toHaveLength(2);
    expect(events[0]!.payload).toMatchObject({ from: 'compliant', to: 'non_compliant' });
  }, 60_000);

  it('checks the issuer accreditation now: a suspension after issue flips the bid (accreditation event and read), with a structured reason', async () => {
    const x = await attested();
    const placed = await bid(await tender(), x);
    expect(placed.compliance.overall).toBe('compliant');
    expect(placed.compliance.basis.attestations[0]!).toMatchObject({ accreditationUpdatedAt: expect.any(String) });
    await setAccreditationStatus(dbUrl, accreditationId, 'suspended');
    try {
      // The accreditation event's handler re-checks the bids on attestations issued under it and announces the flip.
      expect(await t.app.get(ProcurementService).recomputeForAccreditation(accreditationId, 'evt-accreditation')).toBeGreaterThanOrEqual(1);
      const announced = await adminQuery<{ payload: { to: string; trigger: string; codes: string[] } }>(
        dbUrl,
        `SELECT payload FROM outbox_events WHERE type = 'bid.compliance_changed' AND payload->>'bidId' = $1`,
        [placed.id],
      );
      expect(announced).toHaveLength(2);
      expect(announced[0]!.payload).toMatchObject({ to: 'non_compliant', trigger: 'accreditation_event', codes: ['accreditation_suspended'] });
      const read = (await http.get<Bid>(`/v1/bids/${placed.id}`, procurerKey)).body;
      expect(read.compliance.overall).toBe('non_compliant');
      expect(read.compliance.requirements[0]!.reasons).toEqual([
        expect.objectContaining({ code: 'accreditation_suspended', expected: 'active', actual: 'suspended' }),
      ]);
      // A tender that does not ask for accredited issuers still shows the lapse, as a warning.
      const lenient = await bid(await tender({ accreditedIssuersOnly: false }), x);
      expect(lenient.compliance.overall).toBe('compliant');
      expect(lenient.compliance.requirements[0]!.reasons).toEqual([expect.objectContaining({ code: 'accreditation_suspended', severity: 'warning' })]);
    } finally {
      await setAccreditationStatus(dbUrl, accreditationId, 'active');
    }
  }, 60_000);

  it('logs, with the event id, an attestation event that updates no bid', async () => {
    const log = vi.spyOn(Logger.prototype, 'log');
    try {
      const attestationId = newId();
      expect(await t.app.get(ProcurementService).recomputeForAttestation(attestationId, 'evt-nothing-relies')).toBe(0);
      expect(log).toHaveBeenCalledWith(expect.objectContaining({ eventId: 'evt-nothing-relies', attestationId }), expect.stringContaining('no report updated'));
    } finally {
      log.mockRestore();
    }
  });
});
