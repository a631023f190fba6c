import { OrganizationKind } from '@attesta/core';
import { evidenceFreshness } from '@attesta/evidence';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlOf } from '../setup/database.js';
import type { TestOrg } from '../setup/factories.js';
import { authHeaders, client, type Client } from '../setup/http.js';
import { streamUpload } from '../setup/multipart.js';
import { judgeAll } from '../setup/review-helpers.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { builtInFrameworks, workspaceFactories, type TestWorkspace } from '../setup/workspace-factories.js';

const DAY = 86_400_000;
const isoDay = (days: number) => new Date(Date.now() + days * DAY).toISOString().slice(0, 10);
/** Not the default (30): a route that forgot the setting answers differently. */
const WARNING_DAYS = 10;

/**
 * Rules with one home, seen from every route that applies them: evidence freshness (lists,
 * details and the gap analysis's counts), If-None-Match (polled JSON reads, status lists,
 * downloads) and unique violations mapped by the service that expects them.
 */
describe('one home per rule', () => {
  let t: TestApp;
  let http: Client;
  let maker: TestOrg;
  let assessor: TestOrg & { accreditationId: string };
  let procurer: TestOrg;
  let ws: TestWorkspace;
  let sql: ReturnType<typeof sqlOf>;

  beforeAll(async () => {
    t = await createTestApp({ env: { EVIDENCE_EXPIRY_WARNING_DAYS: String(WARNING_DAYS) } });
    http = client(t.baseUrl);
    sql = sqlOf(t);
    const w = workspaceFactories(http);
    const vendor = await w.newOrganization(OrganizationKind.ServiceVendor);
    maker = await w.newOrganization(OrganizationKind.Manufacturer);
    assessor = await w.newVerifiedAssessor();
    procurer = await w.newOrganization(OrganizationKind.Procurer);
    ws = await w.newWorkspace(maker, vendor.id);
    await w.join(maker, ws, vendor, 'contributor');
    await w.join(maker, ws, assessor, 'assessor');
  }, 120_000);

  afterAll(async () => {
    await t?.close();
  });

  it('evidence freshness: the SQL rule and its TypeScript twin agree on every boundary', async () => {
    const today = '2026-03-10';
    for (const days of [0, 1, WARNING_DAYS, 30]) {
      const cases = [null, '2026-03-09', '2026-03-10', '2026-03-11', isoDayFrom(today, days - 1), isoDayFrom(today, days), isoDayFrom(today, days + 1)];
      const rows = await sql<{ v: string | null; f: string }>(`SELECT v::text AS v, evidence_freshness(v, $1::date, $2::int) AS f FROM unnest($3::date[]) v`, [
        today,
        days,
        cases,
      ]);
      expect(rows.map((r) => [r.v, r.f])).toEqual(cases.map((v) => [v, evidenceFreshness(v, days, new Date(`${today}T12:00:00Z`))]));
    }
  });

  it('evidence freshness: list, detail and gap analysis apply the configured warning window alike', async () => {
    const base = `/v1/workspaces/${ws.id}`;
    const made: Record<string, string> = {};
    for (const [name, validUntil] of [
      ['inside', isoDay(WARNING_DAYS - 3)],
      ['outside', isoDay(WARNING_DAYS + 10)],
      ['past', isoDay(-2)],
    ] as const) {
      const e = await http.post<{ id: string; freshness: string }>(
        `${base}/evidence`,
        {
          type: 'test_report',
          title: `Report ${name}`,
          confidentiality: 'internal',
          effectiveDate: '2026-01-01',
          validUntil,
          componentId: ws.hardwareComponentId,
        },
        maker.owner.as,
      );
      expect(e.status, JSON.stringify(e.body)).toBe(201);
      made[name] = e.body.id;
    }
    const listed = await http.get<{ data: { id: string; freshness: string }[] }>(`${base}/evidence?limit=100`, maker.owner.as);
    const inList = Object.fromEntries(Object.entries(made).map(([name, id]) => [name, listed.body.data.find((e) => e.id === id)?.freshness]));
    expect(inList).toEqual({ inside: 'expiring', outside: 'current', past: 'expired' });
    for (const [name, id] of Object.entries(made)) {
      const one = await http.get<{ freshness: string }>(`${base}/evidence/${id}`, maker.owner.as);
      expect([name, one.body.freshness]).toEqual([name, inList[name]]);
    }
    const gaps = await http.get<{ expiringEvidence: number; expiredEvidence: number }>(`${base}/gap-analysis`, maker.owner.as);
    expect(gaps.status, JSON.stringify(gaps.body)).toBe(200);
    expect({ expiring: gaps.body.expiringEvidence, expired: gaps.body.expiredEvidence }).toEqual({ expiring: 1, expired: 1 });

    // The flagged items come with the analysis (the overview reads no item one by one), soonest end
    // date first, with their linked requirements; the same counts but no items for a reader of no evidence.
    const rows = await http.get<{ data: { requirementId: string }[] }>(`${base}/applicability?limit=1`, maker.owner.as);
    const requirementId = rows.body.data[0]!.requirementId;
    expect((await http.post(`${base}/evidence/${made.inside}/links`, { requirementId }, maker.owner.as)).status).toBe(201);
    type Flagged = { expiringEvidence: number; flaggedEvidence: { id: string; freshness: string; validUntil: string; requirementIds: string[] }[] };
    const flagged = await http.get<Flagged>(`${base}/gap-analysis`, maker.owner.as);
    expect(flagged.body.flaggedEvidence.map((e) => [e.id, e.freshness, e.validUntil, e.requirementIds])).toEqual([
      [made.past, 'expired', isoDay(-2), []],
      [made.inside, 'expiring', isoDay(WARNING_DAYS - 3), [requirementId]],
    ]);
    const asAssessor = await http.get<Flagged>(`${base}/gap-analysis`, assessor.owner.as);
    expect(asAssessor.status, JSON.stringify(asAssessor.body)).toBe(200);
    expect([asAssessor.body.expiringEvidence, asAssessor.body.flaggedEvidence]).toEqual([1, []]);
  });

  it('evidence freshness: the gap analysis flags evidence ending on the last day of the warning window as expiring', async () => {
    const base = `/v1/workspaces/${ws.id}`;
    type Flagged = { expiringEvidence: number; flaggedEvidence: { id: string; freshness: string }[] };
    const before = (await http.get<Flagged>(`${base}/gap-analysis`, maker.owner.as)).body.expiringEvidence;
    const e = await http.post<{ id: string; freshness: string }>(
      `${base}/evidence`,
      {
        type: 'test_report',
        title: 'Report on the edge',
        confidentiality: 'internal',
        effectiveDate: '2026-01-01',
        validUntil: isoDay(WARNING_DAYS),
        componentId: ws.hardwareComponentId,
      },
      maker.owner.as,
    );
    expect(e.status, JSON.stringify(e.body)).toBe(201);
    expect(e.body.freshness).toBe('expiring');
    const after = (await http.get<Flagged>(`${base}/gap-analysis`, maker.owner.as)).body;
    expect(after.expiringEvidence).toBe(before + 1);
    expect(after.flaggedEvidence.find((x) => x.id === e.body.id)?.freshness).toBe('expiring');
  });

  it('If-None-Match: weak comparison and * on the polled reads, the status lists and downloads', async () => {
    // A download (strong ETag: the SHA-256).
    const base = `/v1/workspaces/${ws.id}`;
    const { evidenceId, versionId } = await linkedEvidence();
    const content = `${t.baseUrl}${base}/evidence/${evidenceId}/versions/${versionId}/content`;
    const download = await fetch(content, { headers: authHeaders(maker.owner.as) });
    const strong = download.headers.get('etag')!;
    await download.arrayBuffer();
    expect(strong).toMatch(/^"[0-9a-f]{64}"$/);
    const downloadWith = async (inm: string) => {
      const res = await fetch(content, { headers: { ...authHeaders(maker.owner.as), 'if-none-match': inm } });
      await res.arrayBuffer();
      return res.status;
    };
    expect([await downloadWith(`W/${strong}`), await downloadWith('*'), await downloadWith(`"x", ${strong}`), await downloadWith('"other"')]).toEqual([
      304, 304, 304, 200,
    ]);

    // A polled JSON read (weak ETag of the body).
    const fw = await builtInFrameworks(http, procurer.owner.as);
    const tender = await http.post<{ id: string }>(
      '/v1/tenders',
      {
        ocid: `ocds-shared-${Date.now()}`,
        title: 'Machining centres',
        buyer: 'Estate procurement office',
        deadline: new Date(Date.now() + 14 * DAY).toISOString(),
        requirements: [{ frameworkId: fw['attesta-dser'], minimumOutcome: 'conformant' }],
        markets: ['TH'],
      },
      procurer.owner.as,
    );
    expect(tender.status, JSON.stringify(tender.body)).toBe(201);
    const tenderUrl = `/v1/tenders/${tender.body.id}`;
    const weak = (await http.get(tenderUrl, procurer.owner.as)).headers.get('etag')!;
    expect(weak).toMatch(/^W\/"/);
    const tenderWith = async (inm: string) => (await http.call('GET', tenderUrl, { as: procurer.owner.as, headers: { 'if-none-match': inm } })).status;
    expect([await tenderWith(weak), await tenderWith(weak.slice(2)), await tenderWith('*'), await tenderWith('W/"other"')]).toEqual([304, 304, 304, 200]);

    // A status list credential (strong ETag per list version), once the assessor has issued.
    await issueAttestation();
    const listUrl = `/v1/public/issuers/${assessor.id}/status/revocation`;
    const list = await http.get(listUrl);
    expect(list.status).toBe(200);
    const listTag = list.headers.get('etag')!;
    const listWith = async (inm: string) => (await http.call('GET', listUrl, { headers: { 'if-none-match': inm } })).status;
    expect([await listWith(listTag), await listWith(`W/${listTag}`), await listWith('*'), await listWith('"other"')]).toEqual([304, 304, 304, 200]);
  });

  it('a duplicate tender ocid is the tender service’s 409 naming ocid', async () => {
    const fw = await builtInFrameworks(http, procurer.owner.as);
    const body = {
      ocid: `ocds-dupocd-${Date.now()}`,
      title: 'Spindles',
      buyer: 'Estate procurement office',
      deadline: new Date(Date.now() + 14 * DAY).toISOString(),
      requirements: [{ frameworkId: fw['attesta-dser'], minimumOutcome: 'conformant' }],
      markets: ['TH'],
    };
    expect((await http.post('/v1/tenders', body, procurer.owner.as)).status).toBe(201);
    const again = await http.post<{ code: string; errors: { field: string }[] }>('/v1/tenders', body, procurer.owner.as);
    expect(again.status, JSON.stringify(again.body)).toBe(409);
    expect(again.body).toMatchObject({ code: 'procurement.duplicate_ocid', errors: [{ field: 'ocid' }] });
  });

  it('accredited: the assessor’s record, the public verification and the procurement check read one rule', async () => {
    const issued = await issueAttestation({ accredited: true });
    const fw = await builtInFrameworks(http, procurer.owner.as);
    const views = async () => {
      const record = await http.get<{ counts: boolean }>(`/v1/organization/accreditations/${assessor.accreditationId}`, assessor.owner.as);
      const verified = await http.post<{ issuer: { accreditation: { currentlyValid: boolean } | null } }>('/v1/public/verify', {
        credential: issued.credential,
      });
      const check = await http.post<{ requirements: { attestation: { issuerAccredited: boolean } | null }[] }>(
        '/v1/conformity-checks',
        { offeringId: ws.offeringId, requirements: [{ frameworkId: fw['attesta-dser'], minimumOutcome: 'conformant' }], markets: ['TH'] },
        procurer.owner.as,
      );
      for (const res of [record, verified, check]) expect(res.status, JSON.stringify(res.body)).toBe(200);
      return {
        counts: record.body.counts,
        currentlyValid: verified.body.issuer.accreditation?.currentlyValid,
        issuerAccredited: check.body.requirements[0]?.attestation?.issuerAccredited,
      };
    };
    expect(await views()).toEqual({ counts: true, currentlyValid: true, issuerAccredited: true });
    // A record not in force yet (its validity starts later): not accredited, wherever it is read.
    await sql(`UPDATE accreditations SET valid_from = current_date + 30 WHERE id = $1`, [assessor.accreditationId]);
    expect(await views()).toEqual({ counts: false, currentlyValid: false, issuerAccredited: false });
    await sql(`UPDATE accreditations SET valid_from = '2025-01-01' WHERE id = $1`, [assessor.accreditationId]);
    expect(await views()).toEqual({ counts: true, currentlyValid: true, issuerAccredited: true });
  });

  /** An evidence item with an uploaded version, linked to the first applicable requirement (something to submit). */
  async function linkedEvidence(): Promise<{ evidenceId: string; versionId: string }> {
    const base = `/v1/workspaces/${ws.id}`;
    const e = await http.post<{ id: string }>(
      `${base}/evidence`,
      { type: 'test_report', title: 'Machine test report', confidentiality: 'internal', effectiveDate: '2026-01-01', componentId: ws.hardwareComponentId },
      maker.owner.as,
    );
    expect(e.status, JSON.stringify(e.body)).toBe(201);
    const up = await streamUpload(`${t.baseUrl}${base}/evidence/${e.body.id}/versions`, authHeaders(maker.owner.as), {
      filename: 'report.txt',
      contentType: 'text/plain',
      size: 256,
    });
    expect(up.status, JSON.stringify(up.body)).toBe(201);
    const rows = await http.get<{ data: { requirementId: string }[] }>(`${base}/applicability?limit=1`, maker.owner.as);
    expect((await http.post(`${base}/evidence/${e.body.id}/links`, { requirementId: rows.body.data[0]!.requirementId }, maker.owner.as)).status).toBe(201);
    return { evidenceId: e.body.id, versionId: String(up.body.id) };
  }

  async function issueAttestation(options: { accredited?: boolean } = {}): Promise<{ id: string; credential: string }> {
    const base = `/v1/workspaces/${ws.id}`;
    await linkedEvidence();
    const sub = await http.post<{ number: number }>(`${base}/submissions`, { note: 'For attestation' }, maker.owner.as);
    expect(sub.status, JSON.stringify(sub.body)).toBe(201);
    await judgeAll(http, ws.id, sub.body.number, assessor.owner.as);
    const d = await http.post<{ id: string }>(
      `${base}/submissions/${sub.body.number}/decision`,
      { outcome: 'conformant', scopeStatement: 'VMC-850 rev C with the predictive-maintenance SaaS 4.2.0', validFrom: isoDay(0), validUntil: isoDay(730) },
      assessor.owner.as,
    );
    expect(d.status, JSON.stringify(d.body)).toBe(201);
    const issued = await http.post<{ id: string; credential: string }>(
      `${base}/attestations`,
      { decisionId: d.body.id, accredited: options.accredited ?? false },
      assessor.owner.as,
    );
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    return issued.body;
  }
});

function isoDayFrom(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
}
