import type { DecisionSnapshot } from '@attesta/attestations';
import { MemberRole, OrganizationKind, type Actor } from '@attesta/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminQuery } from '../../scripts/lib/devstack.js';
import type { TestOrg } from '../setup/factories.js';
import { authHeaders, client, expectProblem, type Client } from '../setup/http.js';
import { streamUpload } from '../setup/multipart.js';
import { assessmentWorkspace } from '../setup/scenario.js';
import { decisionSnapshot, issueSynthetic } from '../setup/synthetic-decision.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { workspaceFactories, type TestWorkspace } from '../setup/workspace-factories.js';

interface Link {
  serial: string;
  url: string;
}
interface AttestationBody {
  id: string;
  serial: string;
  status: string;
  statusReason: string | null;
  credential: string;
  decisionId: string;
  markets: string[];
  frameworks: { id: string; code: string }[];
  components: { id: string; version: string; compatibleRange: string | null }[];
  supersedes: Link[];
  supersededBy: Link | null;
  evidenceEffectiveFrom: string | null;
  evidenceValidUntil: string | null;
}
interface PublicSummary {
  serial: string;
  evidenceEffectiveFrom: string | null;
  status: string;
  statusReason: string | null;
  markets: string[];
  supersedes: Link[];
  supersededBy: Link | null;
}
interface Verification {
  valid: boolean;
  status: string;
  supersedes: Link[];
  supersededBy: Link | null;
  reasons: { code: string; message: string }[];
}

const decode = (jwt: string) =>
  JSON.parse(Buffer.from(jwt.split('.')[1]!, 'base64url').toString('utf8')) as {
    credentialSubject: Record<string, unknown> & { targetMarkets: string[]; assessment: { referenceStandard: { id: string } }[] };
  };

describe('Attestations no wider than their decision (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let w: ReturnType<typeof workspaceFactories>;
  let maker: TestOrg;
  let assessor: TestOrg;
  let procurer: TestOrg;
  let ws: TestWorkspace;
  let dbUrl: string;
  const sql = <T = Record<string, unknown>>(q: string, p: unknown[] = []) => adminQuery<T>(dbUrl, q, p);
  const base = () => `/v1/workspaces/${ws.id}/attestations`;
  const assessorActor = (): Actor => ({
    kind: 'user',
    userId: assessor.owner.userId,
    organizationId: assessor.id,
    organizationKind: OrganizationKind.Assessor,
    role: MemberRole.Owner,
  });

  beforeAll(async () => {
    // The job processors run in-process: bids relying on a superseded attestation are recomputed.
    t = await createTestApp({ env: { API_RUN_PROCESSORS: 'true' } });
    dbUrl = t.db.adminUrl.replace(/\/[^/]*$/, `/${t.db.database}`);
    http = client(t.baseUrl);
    w = workspaceFactories(http);
    [maker, assessor, procurer] = await Promise.all([
      w.newOrganization(OrganizationKind.Manufacturer),
      // The issuer holds a verified accreditation (operator-confirmed): issuing needs one.
      w.newVerifiedAssessor(),
      w.newOrganization(OrganizationKind.Procurer),
    ]);
    // A workspace for three markets: the decisions below cover only two of them.
    ws = await assessmentWorkspace(http, maker, { targetMarkets: ['MY', 'TH', 'VN'] });
    await w.join(maker, ws, assessor, 'assessor');
    await w.join(maker, ws, procurer, 'observer');
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  /** A decision read model for the workspace above (the reviews lib's shape), for direct issues. */
  const snapshot = (overrides: Partial<DecisionSnapshot> = {}) => decisionSnapshot(t, { maker, ws }, { markets: ['TH', 'VN'], ...overrides });

  async function issue(overrides: Partial<DecisionSnapshot> = {}): Promise<AttestationBody> {
    const a = await issueSynthetic(t, assessorActor(), await snapshot(overrides));
    return get(a.id);
  }
  async function get(id: string): Promise<AttestationBody> {
    const res = await http.get<AttestationBody>(`${base()}/${id}`, assessor.owner.as);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  }
  const publicSummary = async (serial: string) => {
    const res = await http.get<PublicSummary>(`/v1/public/attestations/${serial}`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };
  const verify = async (credential: string) => {
    const res = await http.post<Verification>('/v1/public/verify', { credential });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body;
  };
  const urlOf = (serial: string) => `${t.config.PUBLIC_BASE_URL}/v1/public/attestations/${serial}`;

  /**
   * Evidence, a submission, a verdict on every requirement of the scoped framework, and the
   * assessor's positive decision for `scope`.
   */
  async function decide(scope: { frameworkIds: string[]; markets: string[] }): Promise<string> {
    const wsBase = `/v1/workspaces/${ws.id}`;
    const rows = await http.get<{ data: { requirementId: string }[] }>(`${wsBase}/applicability?limit=1`, maker.owner.as);
    const e = await http.post<{ id: string }>(
      `${wsBase}/evidence`,
      { type: 'test_report', title: 'Machine test report', confidentiality: 'internal', effectiveDate: '2026-01-01', componentId: ws.hardwareComponentId },
      maker.owner.as,
    );
    expect(e.status, JSON.stringify(e.body)).toBe(201);
    const up = await streamUpload(`${t.baseUrl}${wsBase}/evidence/${e.body.id}/versions`, authHeaders(maker.owner.as), {
      filename: 'report.txt',
      contentType: 'text/plain',
      size: 256,
    });
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    expect((await http.post(`${wsBase}/evidence/${e.body.id}/links`, { requirementId: rows.body.data[0]!.requirementId }, maker.owner.as)).status).toBe(201);
    const sub = await http.post<{ number: number }>(`${wsBase}/submissions`, { note: 'For attestation' }, maker.owner.as);
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    const n = sub.body.number;
    let cursor: string | null = null;
    do {
      const page: { status: number; body: { data: { entry: { requirementId: string; frameworkId: string } }[]; nextCursor: string | null } } = await http.get(
        `${wsBase}/submissions/${n}/entries?limit=100${cursor ? `&cursor=${cursor}` : ''}`,
        assessor.owner.as,
      );
      expect(page.status).toBe(200);
      for (const { entry } of page.body.data.filter((x) => scope.frameworkIds.includes(x.entry.frameworkId))) {
        const v = await http.call('PUT', `${wsBase}/submissions/${n}/verdicts/${entry.requirementId}`, {
          as: assessor.owner.as,
          body: { outcome: 'satisfied', comment: 'Observed during the witness test on site.' },
        });
        expect([200, 201], JSON.stringify(v.body)).toContain(v.status);
      }
      cursor = page.body.nextCursor;
    } while (cursor);
    const today = new Date().toISOString().slice(0, 10);
    const until = new Date(Date.now() + 730 * 86_400_000).toISOString().slice(0, 10);
    const d = await http.post<{ id: string; status: string }>(
      `${wsBase}/submissions/${n}/decision`,
      {
        outcome: 'conformant',
        scopeStatement: 'VMC-850 rev C with the predictive-maintenance SaaS 4.2.0, Thailand and Vietnam',
        validFrom: today,
        validUntil: until,
        scope,
      },
      assessor.owner.as,
    );
    expect(d.status, JSON.stringify(d.body)).toBe(201);
    expect(d.body.status).toBe('final');
    return d.body.id;
  }

  it('a decision scoped to TH and VN gives a credential for exactly TH and VN, with the frozen component versions; re-issue after withdrawal is a 409', async () => {
    const dser = ws.frameworkIds[0]!;
    const decisionId = await decide({ frameworkIds: [dser], markets: ['TH', 'VN'] });
    const issued = await http.post<AttestationBody>(base(), { decisionId }, assessor.owner.as);
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    const a = issued.body;
    expect(a.markets.sort()).toEqual(['TH', 'VN']);
    expect(a.frameworks.map((f) => f.id)).toEqual([dser]);
    expect(a.components.map((c) => c.version)).toEqual(['rev C', '4.2.0']);
    expect(a.components.every((c) => 'compatibleRange' in c)).toBe(true);
    expect(a.evidenceEffectiveFrom).toBe('2026-01-01');
    const subject = decode(a.credential).credentialSubject;
    expect(subject.targetMarkets.sort()).toEqual(['TH', 'VN']);
    expect(subject.assessment).toHaveLength(1);
    expect((await publicSummary(a.serial)).markets.sort()).toEqual(['TH', 'VN']);
    expect((await publicSummary(a.serial)).evidenceEffectiveFrom).toBe('2026-01-01');

    // One decision, one attestation: not while it lives, not after it is withdrawn.
    expect(expectProblem(await http.post(base(), { decisionId }, assessor.owner.as), 409).code).toBe('attestation.already_issued');
    expect((await http.post(`${base()}/${a.id}/withdraw`, { reason: 'Issued in error' }, assessor.owner.as)).status).toBe(200);
    const again = expectProblem(await http.post(base(), { decisionId }, assessor.owner.as), 409);
    expect(again).toMatchObject({ code: 'attestation.already_issued', serial: a.serial, attestationStatus: 'withdrawn' });
    expect((await sql('SELECT 1 FROM attestations WHERE decision_id = $1', [decisionId])).length).toBe(1);
  });

  it('a second attestation for an overlapping scope supersedes the first: status, revocation bit, links both ways, events', async () => {
    const first = await issue({ markets: ['TH', 'VN'] });
    // An attestation with a disjoint scope (no shared market) is untouched.
    const disjoint = await issue({ markets: ['MY'] });
    const second = await issue({ markets: ['VN'] });

    const old = await get(first.id);
    expect(old).toMatchObject({
      status: 'superseded',
      statusReason: `superseded by ${second.serial}`,
      supersededBy: { serial: second.serial, url: urlOf(second.serial) },
    });
    expect(second.supersedes).toEqual([{ serial: first.serial, url: urlOf(first.serial) }]);
    expect(second.supersededBy).toBeNull();
    expect((await get(disjoint.id)).status).toBe('active');
    // The new credential says what it supersedes.
    expect(decode(second.credential).credentialSubject.supersedes).toEqual([{ id: `urn:uuid:${first.id}`, serialNumber: first.serial }]);

    // Public verification of the first: superseded, linking the second; and the second links back.
    const summary = await publicSummary(first.serial);
    expect(summary).toMatchObject({ status: 'superseded', supersededBy: { serial: second.serial, url: urlOf(second.serial) }, supersedes: [] });
    expect((await publicSummary(second.serial)).supersedes).toEqual([{ serial: first.serial, url: urlOf(first.serial) }]);
    let v = await verify(first.credential);
    expect(v).toMatchObject({ valid: false, status: 'superseded', supersededBy: { serial: second.serial } });
    expect(v.reasons.map((r) => r.code)).toEqual(['superseded']);
    v = await verify(second.credential);
    expect(v).toMatchObject({ valid: true, status: 'active', supersededBy: null, supersedes: [{ serial: first.serial }] });

    // Observers see the status and the links; a superseded attestation cannot be revived.
    expect((await http.get<{ data: AttestationBody[] }>(`${base()}?status=superseded`, procurer.owner.as)).body.data.map((x) => x.id)).toContain(first.id);
    expectProblem(await http.post(`${base()}/${first.id}/suspend`, { reason: 'x' }, assessor.owner.as), 422);
    expectProblem(await http.post(`${base()}/${first.id}/withdraw`, { reason: 'x' }, assessor.owner.as), 422);

    const events = await sql<{ type: string; payload: { supersededBy?: string } }>(
      `SELECT type, payload FROM outbox_events WHERE payload->>'attestationId' = $1 ORDER BY id`,
      [first.id],
    );
    expect(events.map((e) => e.type)).toEqual(['attestation.issued', 'attestation.superseded']);
    expect(events[1]!.payload.supersededBy).toBe(second.serial);
    const audit = await sql<{ action: string }>(`SELECT action FROM audit_events WHERE subject_id = $1 ORDER BY seq`, [first.id]);
    expect(audit.map((e) => e.action)).toEqual(['attestation.issued', 'attestation.superseded']);
    // Webhook subscribers may ask for it.
    const catalogue = await http.get<{ type: string }[]>('/v1/webhooks/event-types', procurer.owner.as);
    expect(catalogue.body.map((e) => e.type)).toContain('attestation.superseded');
  });

  it('a bid relying on an attestation that gets superseded is recomputed: no longer compliant', async () => {
    const relied = await issue({ markets: ['TH', 'VN'] });
    const tender = await http.post<{ id: string }>(
      '/v1/tenders',
      {
        ocid: `ocds-tiepo1-${Date.now()}`,
        title: 'CNC machining centres with predictive maintenance',
        buyer: 'Thai Industrial Estate Procurement Office',
        deadline: new Date(Date.now() + 14 * 86_400_000).toISOString(),
        requirements: [{ frameworkId: ws.frameworkIds[0]!, minimumOutcome: 'conformant_with_conditions' }],
        markets: ['TH'],
      },
      procurer.owner.as,
    );
    expect(tender.status, JSON.stringify(tender.body)).toBe(201);
    const bid = await http.post<{ id: string; compliance: { overall: string } }>(
      `/v1/tenders/${tender.body.id}/bids`,
      { offeringId: ws.offeringId, attestationIds: [relied.id] },
      maker.owner.as,
    );
    expect(bid.status, JSON.stringify(bid.body)).toBe(201);
    expect(bid.body.compliance.overall, JSON.stringify(bid.body.compliance)).toBe('compliant');

    const newer = await issue({ markets: ['TH'] });
    expect((await get(relied.id)).supersededBy?.serial).toBe(newer.serial);
    let report: { overall: string; requirements: { reasons: { code: string }[] }[] } | undefined;
    for (let i = 0; i < 100 && report?.overall !== 'non_compliant'; i++) {
      report = (await http.get<{ compliance: NonNullable<typeof report> }>(`/v1/bids/${bid.body.id}`, procurer.owner.as)).body.compliance;
      if (report.overall !== 'non_compliant') await new Promise((r) => setTimeout(r, 100));
    }
    expect(report?.overall).toBe('non_compliant');
    expect(report!.requirements.flatMap((r) => r.reasons.map((x) => x.code))).toContain('attestation_superseded');
  });

  it('supersedes a suspended one too, and every overlapping one at once', async () => {
    const th = await issue({ markets: ['TH'] });
    const vn = await issue({ markets: ['VN'] });
    expect((await http.post(`${base()}/${vn.id}/suspend`, { reason: 'Surveillance audit pending' }, assessor.owner.as)).status).toBe(200);
    const both = await issue({ markets: ['TH', 'VN'] });
    expect(both.supersedes.map((l) => l.serial).sort()).toEqual([th.serial, vn.serial].sort());
    for (const id of [th.id, vn.id]) expect((await get(id)).supersededBy?.serial).toBe(both.serial);
  });

  it('attests only a positive decision that names a framework and a market; a refused issue leaves no attestation', async () => {
    const refused = async (overrides: Partial<DecisionSnapshot>, code: string) => {
      const s = await snapshot(overrides);
      await expect(issueSynthetic(t, assessorActor(), s)).rejects.toMatchObject({ code });
      expect(await sql('SELECT 1 FROM attestations WHERE decision_id = $1', [s.decisionId])).toEqual([]);
    };
    await refused({ outcome: 'nonconformant', markets: ['MY'] }, 'attestation.decision_not_positive');
    await refused({ markets: [] }, 'attestation.empty_scope');
    await refused({ frameworks: [] }, 'attestation.empty_scope');
    // A validity that has already ended attests nothing.
    await refused(
      { markets: ['MY'], validFrom: new Date(Date.now() - 30 * 86_400_000), validUntil: new Date(Date.now() - 86_400_000) },
      'attestation.invalid_validity',
    );
    // With conditions is positive.
    expect((await issue({ outcome: 'conformant_with_conditions', markets: ['MY'] })).status).toBe('active');
  });

  it('re-scopes only a live attestation: a withdrawn one is not brought back under a narrower scope', async () => {
    const a = await issue({ markets: ['MY'] });
    expect((await http.post(`${base()}/${a.id}/withdraw`, { reason: 'Issued in error' }, assessor.owner.as)).status).toBe(200);
    const refused = expectProblem(await http.post(`${base()}/${a.id}/reduce-scope`, { scope: 'Malaysia only', markets: ['MY'] }, assessor.owner.as), 422);
    expect(refused.code).toBe('attestation.invalid_transition');
    expect(await sql('SELECT status FROM attestations WHERE decision_id = $1', [a.decisionId])).toEqual([{ status: 'withdrawn' }]);
    expect((await verify(a.credential)).status).toBe('withdrawn');
  });

  // (The unique index on the decision, hit through a row the issuer cannot see, maps to a conflict:
  // test/service/attestations.service-spec.ts.)
  // (Two concurrent issues of one decision give one attestation: test/service/attestations.service-spec.ts.)

  it('a scope reduction re-issues for the same decision (not a fresh issue) and keeps the lineage', async () => {
    const a = await issue({ markets: ['TH', 'VN'] });
    const res = await http.post<{ issued: AttestationBody & { replacesId: string }; withdrawn: AttestationBody }>(
      `${base()}/${a.id}/reduce-scope`,
      { scope: 'Vietnam only', markets: ['VN'] },
      assessor.owner.as,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.issued).toMatchObject({ status: 'active', markets: ['VN'], replacesId: a.id, decisionId: a.decisionId });
    expect(res.body.withdrawn.status).toBe('withdrawn');
    // The decision still gives no fresh attestation.
    await expect(issueSynthetic(t, assessorActor(), await snapshot({ decisionId: a.decisionId }))).rejects.toMatchObject({
      code: 'attestation.already_issued',
    });
  });

  const after = (ms: number) => new Promise((done) => setTimeout(done, Math.max(0, ms)));

  it('a scope reduction and a new issue at the same moment leave one live attestation for the shared market, not two', async () => {
    // One starts up to 24 ms after the other (a negative delay: the reduction after the issue).
    for (const delay of [-24, -20, -16, -12, -8, -4, 0, 4, 8]) {
      const first = await issue({ markets: ['TH', 'VN'] });
      const next = await snapshot({ markets: ['TH', 'VN'] });
      // The narrower re-issue and a new attestation of the issuer for the same offering race.
      const [reduced, fresh] = await Promise.all([
        after(-delay).then(() =>
          http.post<{ issued: { id: string } }>(`${base()}/${first.id}/reduce-scope`, { scope: 'Vietnam only', markets: ['VN'] }, assessor.owner.as),
        ),
        after(delay).then(() => issueSynthetic(t, assessorActor(), next)),
      ]);
      // Whichever went first, the other saw it: the reduction superseded by the new one, or refused.
      expect([201, 422], JSON.stringify(reduced.body)).toContain(reduced.status);
      const ids = [first.id, fresh.id, ...(reduced.status === 201 ? [reduced.body.issued.id] : [])];
      const live = (await Promise.all(ids.map(get))).filter((a) => a.status === 'active' || a.status === 'suspended');
      expect(live.map((a) => a.id)).toEqual([fresh.id]);
    }
  });
});
