import { newId, OrganizationKind } from '@attesta/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestOrg } from '../setup/factories.js';
import { sqlOf } from '../setup/database.js';
import { client, expectProblem, type Client, type Credentials } from '../setup/http.js';
import { countStatements } from '../setup/query-count.js';
import { attestedSupplier, isoDay, openTender, placedBid } from '../setup/scenario.js';
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

/**
 * Compliance checks what was assessed (component versions, markets, relied-on evidence
 * dates, validity over the contract period) and stays right when an event is lost. The app
 * runs WITHOUT job processors, so an attestation event is never handled here: reads must
 * correct what it would have. (The reconciliation job and the event handlers:
 * test/service/procurement-compliance.service-spec.ts.)
 */
describe('Procurement compliance (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let w: ReturnType<typeof workspaceFactories>;
  let maker: TestOrg;
  let assessor: TestOrg;
  let procurer: TestOrg;
  let procurerKey: Credentials;
  let dser: string;
  let sql: ReturnType<typeof sqlOf>;

  /**
   * A workspace whose offering (hardware rev C + SaaS 4.2.0) is attested on attesta-dser for TH
   * and VN through the review workflow, resting on evidence effective 30 days ago (unless the
   * test says otherwise).
   */
  async function attested(opts: { evidenceEffectiveFrom?: string; validUntilDays?: number } = {}): Promise<{ ws: TestWorkspace; attestationId: string }> {
    const { ws, attestation } = await attestedSupplier(http, assessor, {
      maker,
      frameworkCodes: ['attesta-dser'],
      targetMarkets: ['TH', 'VN'],
      decision: { validUntil: isoDay(opts.validUntilDays ?? 400) },
      evidence: [{ effectiveDate: opts.evidenceEffectiveFrom ?? isoDay(-30), validUntil: isoDay(300) }],
    });
    return { ws, attestationId: attestation.id };
  }

  const tender = (extra: Record<string, unknown> = {}) => openTender(http, procurerKey, dser, extra);
  const bid = (tenderId: string, x: { ws: TestWorkspace; attestationId: string }) =>
    placedBid<Bid>(http, tenderId, maker, { offeringId: x.ws.offeringId, attestationIds: [x.attestationId] });

  /**
   * The issuer suspends the attestation through the API. No job processor runs in this app,
   * so its event never reaches the handler that would recompute the bids: it is lost.
   */
  async function suspendAndLoseTheEvent(x: { ws: TestWorkspace; attestationId: string }): Promise<void> {
    const res = await http.post(
      `/v1/workspaces/${x.ws.id}/attestations/${x.attestationId}/suspend`,
      { reason: 'Complaint under investigation' },
      assessor.owner.as,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }

  const codes = (r: Report) => r.requirements.flatMap((q) => q.reasons.map((x) => x.code));

  beforeAll(async () => {
    // Every request looks its API key up (no in-process cache whose 5 s entries may expire between the
    // requests a statement count compares on a loaded runner): the counts below are of the same work each time.
    t = await createTestApp({ env: { AUTH_CACHE_TTL_MS: '0' } });
    sql = sqlOf(t);
    http = client(t.baseUrl);
    w = workspaceFactories(http);
    [maker, assessor, procurer] = await Promise.all([
      w.newOrganization(OrganizationKind.Manufacturer),
      // The issuer holds an operator-verified accreditation (tenders below ask for accredited issuers).
      w.newVerifiedAssessor(),
      w.newOrganization(OrganizationKind.Procurer),
    ]);
    dser = (await builtInFrameworks(http, maker.owner.as))['attesta-dser']!;
    procurerKey = (await w.newApiKey(procurer, ['tenders:read', 'tenders:write', 'conformity:read'])).as;
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('keeps the offered component versions; a later version is drift on the bid and a mismatch for a new bid and a check', async () => {
    const x = await attested();
    const tenderId = await tender();
    const placed = await bid(tenderId, x);
    expect(placed.compliance.overall).toBe('compliant');
    expect(placed.offeredComponents.map((c) => c.version).sort()).toEqual(['4.2.0', 'rev C']);

    const patched = await http.patch(`/v1/offerings/${x.ws.offeringId}/components/${x.ws.saasComponentId}`, { version: '5.0.0' }, maker.owner.as);
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);

    // The bid was placed with 4.2.0, which is what was attested; the change shows as drift.
    const read = (await http.get<Bid>(`/v1/bids/${placed.id}`, procurerKey)).body;
    expect(read.compliance.overall).toBe('compliant');
    expect(read.compliance.drift).toEqual([
      { componentId: x.ws.saasComponentId, name: 'Predictive maintenance SaaS', offeredVersion: '4.2.0', currentVersion: '5.0.0' },
    ]);
    expect(read.compliance.notices).toEqual([expect.objectContaining({ code: 'component_drift', severity: 'info', expected: '4.2.0', actual: '5.0.0' })]);

    // Offered at 5.0.0 now (on another tender: one live bid per offering on a tender): the attestation covers 4.2.0.
    const later = await bid(await tender(), x);
    expect(later.compliance.overall).toBe('non_compliant');
    expect(later.compliance.requirements[0]!.reasons).toEqual([
      expect.objectContaining({
        code: 'component_version_mismatch',
        severity: 'blocking',
        expected: '4.2.0',
        actual: '5.0.0',
        componentId: x.ws.saasComponentId,
      }),
    ]);
    const check = await http.post<Report>(
      '/v1/conformity-checks',
      { offeringId: x.ws.offeringId, requirements: [{ frameworkId: dser, minimumOutcome: 'conformant' }], markets: ['TH'] },
      procurerKey,
    );
    expect(check.status, JSON.stringify(check.body)).toBe(200);
    expect(codes(check.body)).toEqual(['component_version_mismatch']);
  }, 60_000);

  it('measures evidence age from the relied-on evidence, not from the (recent) decision', async () => {
    const x = await attested({ evidenceEffectiveFrom: isoDay(-400) });
    const placed = await bid(await tender({ maxEvidenceAgeDays: 365 }), x);
    expect(placed.compliance.overall).toBe('non_compliant');
    const [reason] = placed.compliance.requirements[0]!.reasons;
    expect(reason).toMatchObject({ code: 'evidence_too_old', expected: 365 });
    expect(reason!.actual).toBeGreaterThanOrEqual(400);
    expect(placed.compliance.requirements[0]!.evidenceAgeDays).toBeGreaterThanOrEqual(400);
  }, 60_000);

  it('names a tender market outside the attested markets', async () => {
    const x = await attested();
    const res = await http.post<Report>(
      '/v1/conformity-checks',
      { offeringId: x.ws.offeringId, requirements: [{ frameworkId: dser, minimumOutcome: 'conformant' }], markets: ['MY', 'th'] },
      procurerKey,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.requirements[0]!.reasons).toEqual([expect.objectContaining({ code: 'market_not_covered', expected: ['MY', 'TH'], actual: ['TH', 'VN'] })]);
    const placed = await bid(await tender({ markets: ['TH', 'MY'] }), x);
    expect(codes(placed.compliance)).toEqual(['market_not_covered']);
  }, 60_000);

  it('asks the validity to cover the contract period the tender states', async () => {
    const x = await attested({ validUntilDays: 400 });
    const contractPeriod = { startDate: isoDay(30), endDate: isoDay(1000) };
    const tenderId = await tender({ contractPeriod });
    expect((await http.get<{ contractPeriod: unknown }>(`/v1/tenders/${tenderId}`, procurerKey)).body.contractPeriod).toEqual(contractPeriod);
    const placed = await bid(tenderId, x);
    expect(placed.compliance.requirements[0]!.reasons).toEqual([
      expect.objectContaining({ code: 'validity_short_of_contract', expected: `${contractPeriod.startDate}/${contractPeriod.endDate}` }),
    ]);
    // A shorter contract is covered.
    expect((await bid(await tender({ contractPeriod: { startDate: isoDay(30), endDate: isoDay(300) } }), x)).compliance.overall).toBe('compliant');
    // An upside-down period is refused, naming the field.
    const bad = expectProblem(
      await http.post(
        '/v1/tenders',
        {
          ocid: `ocds-tiepo1-${newId()}`,
          title: 'x',
          buyer: 'y',
          deadline: new Date(Date.now() + DAY).toISOString(),
          requirements: [{ frameworkId: dser, minimumOutcome: 'conformant' }],
          markets: ['TH'],
          contractPeriod: { startDate: isoDay(300), endDate: isoDay(30) },
        },
        procurerKey,
      ),
      400,
    );
    expect(bad.errors?.[0]?.field).toBe('contractPeriod.endDate');
  }, 60_000);

  it("flags an attestation that ends within 30 days after the tender's deadline as expiring: compliant, with a warning", async () => {
    // The tender closes in 14 days; the attestation ends 26 days after that.
    const placed = await bid(await tender(), await attested({ validUntilDays: 40 }));
    expect(placed.compliance.overall).toBe('compliant_expiring');
    expect(placed.compliance.requirements[0]).toMatchObject({
      result: 'expiring',
      reasons: [expect.objectContaining({ code: 'attestation_expiring', severity: 'warning', actual: isoDay(40) })],
    });
  }, 60_000);

  it('corrects a bid whose attestation event was lost on read, in the list and the single read, and saves it', async () => {
    const x = await attested();
    const tenderId = await tender();
    const placed = await bid(tenderId, x);
    const basisVersion = placed.compliance.basis.attestations[0]!.version;
    await suspendAndLoseTheEvent(x);

    const listed = await http.get<{ data: Bid[] }>(`/v1/tenders/${tenderId}/bids`, procurerKey);
    expect(listed.body.data[0]!.compliance.overall).toBe('non_compliant');
    const one = (await http.get<Bid>(`/v1/bids/${placed.id}`, maker.owner.as)).body;
    expect(one.compliance.overall).toBe('non_compliant');
    expect(one.compliance.requirements[0]!.attestation!.status).toBe('suspended');
    expect(one.compliance.basis.attestations[0]!.version).toBeGreaterThan(basisVersion);
    expect(Date.parse(one.compliance.evaluatedAt)).toBeGreaterThan(Date.parse(placed.compliance.evaluatedAt));
    // Saved, not only shown; not announced yet (reads do not announce: the reconciliation job
    // does, test/service/procurement-compliance.service-spec.ts).
    const [row] = await sql<{ overall: string; announced_overall: string }>(`SELECT overall, announced_overall FROM bids WHERE id = $1`, [placed.id]);
    expect(row).toEqual({ overall: 'non_compliant', announced_overall: 'compliant' });
  }, 60_000);

  it('recomputes a report computed from an older version of its attestation even when it was stamped after the change (a recompute racing a reinstatement)', async () => {
    const x = await attested();
    const tenderId = await tender();
    const placed = await bid(tenderId, x);
    await suspendAndLoseTheEvent(x);
    const suspendedReport = (await http.get<Bid>(`/v1/bids/${placed.id}`, maker.owner.as)).body.compliance;
    expect(suspendedReport.overall).toBe('non_compliant');
    const reinstated = await http.post(
      `/v1/workspaces/${x.ws.id}/attestations/${x.attestationId}/reinstate`,
      { reason: 'Finding closed after re-audit' },
      assessor.owner.as,
    );
    expect(reinstated.status, JSON.stringify(reinstated.body)).toBe(200);
    // What a recompute that read the attestation just before the reinstatement committed saves: the
    // suspended answer and its basis, stamped (by its own clock) after the reinstatement's updated_at.
    await sql(`UPDATE bids SET compliance = $2::jsonb, overall = 'non_compliant', computed_at = now() + interval '1 minute' WHERE id = $1`, [
      placed.id,
      JSON.stringify(suspendedReport),
    ]);
    const read = (await http.get<Bid>(`/v1/bids/${placed.id}`, maker.owner.as)).body.compliance;
    expect(read.overall).toBe('compliant');
    expect(read.requirements[0]!.attestation!.status).toBe('active');
    expect(read.basis.attestations[0]!.version).toBeGreaterThan(suspendedReport.basis.attestations[0]!.version);
  }, 60_000);

  it('answers a report recomputed on read with the bytes (and ETag) every later read gets: a poll with that ETag is 304', async () => {
    const x = await attested();
    const tenderId = await tender();
    const placed = await bid(tenderId, x);
    await suspendAndLoseTheEvent(x);
    const recomputed = await http.get<Bid>(`/v1/bids/${placed.id}`, procurerKey);
    expect(recomputed.body.compliance.overall).toBe('non_compliant');
    const again = await http.call('GET', `/v1/bids/${placed.id}`, { as: procurerKey, headers: { 'if-none-match': recomputed.headers.get('etag')! } });
    expect(again.status).toBe(304);
  }, 60_000);

  it('recomputes stale reports on read in a fixed number of queries, whatever the number of bids', async () => {
    const x = await attested();
    const [one, five] = [await tender(), await tender()];
    await bid(one, x);
    // Five bids on the second tender: the one placed and four copies of its row standing for other suppliers'
    // (a supplier has one live bid per offering on a tender; what the read costs does not depend on who bid).
    const placed = await bid(five, x);
    await sql(
      `INSERT INTO bids SELECT (jsonb_populate_record(b, jsonb_build_object('id', gen_random_uuid()))).* FROM bids b, generate_series(1, 4) WHERE b.id = $1`,
      [placed.id],
    );
    const counter = countStatements();
    const queriesFor = async (tenderId: string, stale: boolean) => {
      if (stale) await sql(`UPDATE bids SET computed_at = to_timestamp(0) WHERE tender_id = $1`, [tenderId]);
      counter.reset();
      const res = await http.get<{ data: Bid[] }>(`/v1/tenders/${tenderId}/bids`, procurerKey);
      expect(res.status).toBe(200);
      expect(res.body.data.every((b) => Date.parse(b.compliance.evaluatedAt) > 0 && b.compliance.overall === 'compliant')).toBe(true);
      return counter.count;
    };
    try {
      await queriesFor(one, false); // warm-up (key look-up caches)
      const fresh = [await queriesFor(one, false), await queriesFor(five, false)];
      const stale = [await queriesFor(one, true), await queriesFor(five, true)];
      expect(fresh[0]).toBe(fresh[1]);
      expect(stale[0]).toBe(stale[1]);
      // Stale bids cost the same few more round trips, however many there are: the fresh read is one text
      // (tender, page, staleness); recomputing opens a transaction of its own (tenders, attestations, live
      // components and the other inputs of the report, one update, commit).
      expect(stale[0]! - fresh[0]!).toBeGreaterThan(0);
      expect(stale[0]! - fresh[0]!).toBeLessThanOrEqual(8);
      counter.restore();
      const [row] = await sql<{ n: number }>(`SELECT count(*)::int AS n FROM bids WHERE tender_id = $1 AND computed_at > now() - interval '1 minute'`, [five]);
      expect(row!.n).toBe(5);
    } finally {
      counter.restore();
    }
  }, 60_000);

  it('lists every reason code in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${t.baseUrl}/openapi.json`)).json()) as { components: { schemas: Record<string, { enum?: string[] }> } };
    const reasonCodes = doc.components.schemas.ComplianceReasonCode?.enum ?? [];
    for (const c of [
      'component_version_mismatch',
      'evidence_too_old',
      'market_not_covered',
      'validity_short_of_contract',
      'issuer_not_accredited',
      'attestation_superseded',
      'component_drift',
    ])
      expect(reasonCodes).toContain(c);
  });
});
