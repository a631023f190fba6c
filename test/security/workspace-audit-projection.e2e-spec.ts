import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type TestOrg } from '../setup/factories.js';
import { authHeaders, client, type Client } from '../setup/http.js';
import { streamUpload } from '../setup/multipart.js';
import { sqlOf, tenantQuery } from '../setup/database.js';
import { assessmentCast, issuedAttestation } from '../setup/scenario.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import type { TestWorkspace } from '../setup/workspace-factories.js';

interface Event {
  seq: number;
  action: string;
  subjectType: string;
  subjectId: string | null;
  payload: Record<string, unknown>;
}

/**
 * The workspace audit stream is projected by role, in the query and in the row-level policy:
 * observers read decision and attestation events only; a contributor reads no evidence event
 * about another component's evidence; owners and assessors read everything. Every reader can
 * still verify the whole chain (links over the full stream, content of what it may read).
 */
describe('Workspace audit stream, projected by role', () => {
  let t: TestApp;
  let http: Client;
  let maker: TestOrg;
  let vendor: TestOrg;
  let assessor: TestOrg;
  let procurer: TestOrg;
  let ws: TestWorkspace;
  let makerEvidenceId: string;
  let vendorEvidenceId: string;
  let sql: ReturnType<typeof sqlOf>;
  /** What observers read: outcome events. */
  const outcome = /^(decision|attestation)\./;
  const evidenceOrReview = /^(evidence|verdict|finding|comment|submission|review)\./;

  beforeAll(async () => {
    t = await createTestApp();
    http = client(t.baseUrl);
    sql = sqlOf(t);
    ({ maker, vendor, assessor, procurer, ws } = await assessmentCast(http, { accreditedAssessor: true }));

    const base = `/v1/workspaces/${ws.id}/evidence`;
    const hw = await http.post<{ id: string }>(
      base,
      {
        type: 'other',
        title: 'Secret hardware test report',
        confidentiality: 'confidential',
        effectiveDate: '2026-01-01',
        componentId: ws.hardwareComponentId,
      },
      maker.owner.as,
    );
    expect(hw.status, JSON.stringify(hw.body)).toBe(201);
    makerEvidenceId = hw.body.id;
    const up = await streamUpload(`${t.baseUrl}${base}/${makerEvidenceId}/versions`, authHeaders(maker.owner.as), {
      filename: 'hardware-report.txt',
      contentType: 'text/plain',
      size: 64,
    });
    expect(up.status).toBe(201);
    const saas = await http.post<{ id: string }>(
      base,
      { type: 'sla_definition', title: 'SaaS SLA', confidentiality: 'confidential', effectiveDate: '2026-01-01', componentId: ws.saasComponentId },
      vendor.owner.as,
    );
    expect(saas.status, JSON.stringify(saas.body)).toBe(201);
    vendorEvidenceId = saas.body.id;

    // Review and outcome events, through the workflow: verdicts, a finding (the decision's
    // condition rests on it), the decision and the attestation issued from it.
    await issuedAttestation({ http, maker, assessor, ws }, { decision: { condition: 'Renew technician training records' } });
  }, 240_000);
  afterAll(async () => {
    await t?.close();
  });

  const list = async (org: TestOrg): Promise<Event[]> => {
    const res = await http.get<{ data: Event[] }>(`/v1/workspaces/${ws.id}/audit-events?limit=200&order=asc`, org.owner.as);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.data;
  };
  const exported = async (org: TestOrg): Promise<Event[]> => {
    const res = await fetch(`${t.baseUrl}/v1/workspaces/${ws.id}/audit-events/export`, { headers: authHeaders(org.owner.as) });
    expect(res.status).toBe(200);
    return (await res.text())
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Event);
  };
  const evidenceIdOf = (e: Event) => (e.subjectType === 'Evidence' ? e.subjectId : (e.payload.evidenceId as string | undefined));

  it('owner and assessor read the full stream', async () => {
    for (const org of [maker, assessor]) {
      const actions = (await list(org)).map((e) => e.action);
      expect(actions).toEqual(
        expect.arrayContaining([
          'workspace.created',
          'evidence.created',
          'evidence.version_uploaded',
          'verdict.recorded',
          'finding.raised',
          'decision.taken',
          'attestation.issued',
        ]),
      );
    }
    const all = await list(maker);
    expect(all.map((e) => e.seq)).toEqual(all.map((_, i) => i + 1));
  });

  it('an observer lists and exports decision and attestation events only', async () => {
    for (const events of [await list(procurer), await exported(procurer)]) {
      expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['attestation.issued', 'decision.taken']));
      expect(events.filter((e) => !outcome.test(e.action))).toEqual([]);
      expect(events.filter((e) => evidenceOrReview.test(e.action))).toEqual([]);
      expect(JSON.stringify(events)).not.toContain('hardware-report.txt');
    }
  });

  it("a contributor reads its own component's evidence events, none of another component's", async () => {
    for (const events of [await list(vendor), await exported(vendor)]) {
      const evidenceIds = new Set(events.filter((e) => e.action.startsWith('evidence.')).map(evidenceIdOf));
      expect(evidenceIds).toEqual(new Set([vendorEvidenceId]));
      expect(JSON.stringify(events)).not.toContain('Secret hardware test report');
      expect(JSON.stringify(events)).not.toContain('hardware-report.txt');
      // Non-component events stay visible to contributors.
      expect(events.map((e) => e.action)).toEqual(expect.arrayContaining(['workspace.created', 'finding.raised', 'decision.taken']));
    }
  });

  it('the row-level policy hides the same rows from raw SQL in the observer and contributor context', async () => {
    // As the app's database role with the reader's settings: the policy, not the API, decides.
    const raw = (org: TestOrg) =>
      tenantQuery<Event>(
        t,
        { organizationId: org.id, userId: org.owner.userId },
        `SELECT action, subject_type AS "subjectType", subject_id AS "subjectId", payload FROM audit_events WHERE stream_id = $1`,
        [ws.id],
      );
    const observed = await raw(procurer);
    expect(observed.map((e) => e.action).sort()).toEqual((await list(procurer)).map((e) => e.action).sort());
    expect(observed.map((e) => e.action)).toEqual(expect.arrayContaining(['attestation.issued', 'decision.taken']));
    expect(observed.filter((e) => !outcome.test(e.action))).toEqual([]);
    const contributed = await raw(vendor);
    expect(contributed.filter((e) => e.action.startsWith('evidence.') && evidenceIdOf(e) !== vendorEvidenceId)).toEqual([]);
    expect(contributed.some((e) => evidenceIdOf(e) === makerEvidenceId)).toBe(false);
    const owned = await raw(maker);
    expect(owned.length).toBe((await list(maker)).length);
    expect(owned.some((e) => evidenceIdOf(e) === makerEvidenceId)).toBe(true);
  });

  it('every participant verifies the whole chain; a rewrite of an event hidden from the reader is still detected', async () => {
    const length = (await list(maker)).length;
    for (const org of [maker, assessor, vendor, procurer]) {
      const v = await http.get<{ valid: boolean; checked: number; length: number }>(`/v1/workspaces/${ws.id}/audit-events/verify`, org.owner.as);
      expect(v.body, org.kind).toEqual({
        valid: true,
        incremental: false,
        from: 1,
        checked: length,
        length,
        firstBrokenSeq: null,
        reason: null,
        breaks: [],
        breakCount: 0,
        // Every reader checks the stream's signed checkpoints too (its first event is sealed on append).
        checkpoint: expect.objectContaining({ seq: 1, matches: true }),
      });
    }
    // Re-hash an evidence event (hidden from the observer) without re-linking its successor.
    const [target] = (await sql(`SELECT seq, hash FROM audit_events WHERE stream_id = $1 AND action = 'evidence.version_uploaded'`, [ws.id])) as {
      seq: string;
      hash: string;
    }[];
    await sql(`UPDATE audit_events SET hash = repeat('0', 64) WHERE stream_id = $1 AND seq = $2`, [ws.id, target!.seq]);
    try {
      for (const org of [procurer, maker]) {
        const v = await http.get<{ valid: boolean; firstBrokenSeq: number | null }>(`/v1/workspaces/${ws.id}/audit-events/verify`, org.owner.as);
        expect(v.body.valid, org.kind).toBe(false);
        expect(v.body.firstBrokenSeq).toBeLessThanOrEqual(Number(target!.seq) + 1);
      }
    } finally {
      await sql(`UPDATE audit_events SET hash = $3 WHERE stream_id = $1 AND seq = $2`, [ws.id, target!.seq, target!.hash]);
    }
  });
});
