import { verifyInclusion } from '@attesta/reviews';
import { MemberRole, OrganizationKind } from '@attesta/core';
import { createHash } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestOrg } from '../setup/factories.js';
import { invite } from '../setup/mailbox.js';
import { authHeaders, client, expectProblem, type Client, type Credentials } from '../setup/http.js';
import { streamUpload } from '../setup/multipart.js';
import { judgeAll } from '../setup/review-helpers.js';
import { sqlOf } from '../setup/database.js';
import { assessmentCast, decidedSubmission, isoDay, submitted, workspaceWithEvidence, type AssessmentCast } from '../setup/scenario.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import type { TestWorkspace } from '../setup/workspace-factories.js';

interface Submission {
  id: string;
  number: number;
  status: string;
  version: number;
  manifest: { digest: string; merkleRoot: string; entryCount: number };
}
interface Entry {
  position: number;
  leafHash: string;
  entry: { requirementId: string; evidence: { versionId: string; sha256: string; uploadedBy: string }[] };
}

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('Reviews (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let w: AssessmentCast['factories'];
  let maker: TestOrg;
  let vendor: TestOrg;
  let assessor: TestOrg;
  let procurer: TestOrg;
  let outsider: TestOrg;
  let secondAssessor: { as: Credentials; userId: string };
  /** The vendor's owner, also a member of the assessor organization, acting for it. */
  let dual: { as: Credentials; userId: string };
  let ws: TestWorkspace;
  let r1: string;
  let r2: string;
  let sql: ReturnType<typeof sqlOf>;
  const base = () => `/v1/workspaces/${ws.id}`;

  beforeAll(async () => {
    t = await createTestApp();
    sql = sqlOf(t);
    http = client(t.baseUrl);
    ({ maker, vendor, assessor, procurer, outsider, ws, factories: w } = await assessmentCast(http));
    secondAssessor = await w.newMember(assessor, MemberRole.Member);
    const invited = await invite(http, assessor.owner.as, { email: vendor.owner.email, role: 'member' });
    expect(invited.status).toBe(201);
    const accepted = await http.post<{ accessToken: string; userId: string }>('/v1/invitations/accept', {
      token: invited.token,
      password: vendor.owner.password,
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    dual = { as: { token: accepted.body.accessToken }, userId: accepted.body.userId };
    expect(dual.userId).toBe(vendor.owner.userId);
    const rows = await http.get<{ data: { requirementId: string }[] }>(`${base()}/applicability?limit=2`, maker.owner.as);
    [r1, r2] = rows.body.data.map((r) => r.requirementId) as [string, string];
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  async function evidence(org: TestOrg, componentId: string, requirementId: string | null, title: string) {
    const e = await http.post<{ id: string }>(
      `${base()}/evidence`,
      { type: 'sla_definition', title, confidentiality: 'confidential', effectiveDate: '2026-01-01', componentId },
      org.owner.as,
    );
    expect(e.status, JSON.stringify(e.body)).toBe(201);
    const v = await upload(org, e.body.id);
    if (requirementId) expect((await http.post(`${base()}/evidence/${e.body.id}/links`, { requirementId }, org.owner.as)).status).toBe(201);
    return { evidenceId: e.body.id, versionId: v.id, sha256: v.sha256 };
  }
  async function upload(org: TestOrg, evidenceId: string) {
    const res = await streamUpload(`${t.baseUrl}${base()}/evidence/${evidenceId}/versions`, authHeaders(org.owner.as), {
      filename: `${evidenceId}.txt`,
      contentType: 'text/plain',
      size: 700 + Math.floor(Math.random() * 300),
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return { id: String(res.body.id), sha256: res.sha256 };
  }
  const entries = async (n: number, as: Credentials = assessor.owner.as) =>
    (await http.get<{ data: Entry[] }>(`${base()}/submissions/${n}/entries?limit=200`, as)).body.data;
  const put = (n: number, requirementId: string, body: unknown, as: Credentials, ifMatch?: string) =>
    http.call<{ version: number; outcome: string }>('PUT', `${base()}/submissions/${n}/verdicts/${requirementId}`, {
      body,
      as,
      headers: ifMatch ? { 'if-match': ifMatch } : {},
    });
  /** A query as the app role (row-level security applies) acting for an organization. */
  async function asOrganization(organizationId: string, q: string): Promise<unknown[]> {
    const c = new pg.Client({ connectionString: t.config.DATABASE_URL });
    await c.connect();
    try {
      await c.query('BEGIN');
      await c.query(`SELECT set_config('app.org_id', $1, true), set_config('app.user_id', '', true)`, [organizationId]);
      const rows = (await c.query(q)).rows;
      await c.query('ROLLBACK');
      return rows;
    } finally {
      await c.end();
    }
  }
  /** The assessor's decision on submission 1, for the whole workspace, valid a year from today. */
  const decideFirst = (outcome: string) =>
    http.post(`${base()}/submissions/1/decision`, { outcome, scopeStatement: 'All', validFrom: inDays(0), validUntil: inDays(365) }, assessor.owner.as);
  const outbox = (type: string) =>
    sql<{ payload: Record<string, unknown> }>(`SELECT payload FROM outbox_events WHERE workspace_id = $1 AND type = $2`, [ws.id, type]);

  it('runs the whole path: submit, review with a finding, request changes, answer, resubmit, close, decide (four-eyes)', async () => {
    // Nothing linked yet: nothing to submit.
    const empty = expectProblem(await http.post(`${base()}/submissions`, {}, maker.owner.as), 409);
    expect(empty.code).toBe('reviews.nothing_linked');

    const vendorEvidence = await evidence(vendor, ws.saasComponentId, r1, 'SaaS SLA');
    const makerEvidence = await evidence(maker, ws.hardwareComponentId, r2, 'Machine test report');

    // Only the owner submits.
    expectProblem(await http.post(`${base()}/submissions`, {}, vendor.owner.as), 403);
    const submitOnce = () =>
      http.call<Submission>('POST', `${base()}/submissions`, {
        body: { note: 'First round' },
        as: maker.owner.as,
        headers: { 'idempotency-key': `first-${ws.id}` },
      });
    const first = await submitOnce();
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    // A retried submit with the same Idempotency-Key answers with the same submission.
    expect((await submitOnce()).body.id).toBe(first.body.id);
    expect(first.body).toMatchObject({ number: 1, status: 'submitted' });
    expect(first.body.manifest.digest).toMatch(/^[0-9a-f]{64}$/);
    const busy = expectProblem(await http.post(`${base()}/submissions`, {}, maker.owner.as), 409);
    expect(busy.code).toBe('reviews.under_review');
    expect((await outbox('submission.created')).map((e) => e.payload.number)).toEqual([1]);

    // A later upload changes nothing that was submitted.
    const laterVersion = await upload(vendor, vendorEvidence.evidenceId);
    const frozen = await entries(1);
    const e1 = frozen.find((e) => e.entry.requirementId === r1)!;
    expect(e1.entry.evidence.map((e) => e.versionId)).toEqual([vendorEvidence.versionId]);
    expect(e1.entry.evidence[0]!.sha256).toBe(vendorEvidence.sha256);
    expect(frozen.find((e) => e.entry.requirementId === r2)!.entry.evidence.map((e) => e.versionId)).toEqual([makerEvidence.versionId]);
    expect((await http.get<Submission>(`${base()}/submissions/1`, maker.owner.as)).body.manifest.digest).toBe(first.body.manifest.digest);

    // The contributor sees its own components' evidence in the manifest, not the maker's.
    const vendorView = await entries(1, vendor.owner.as);
    expect(vendorView.find((e) => e.entry.requirementId === r2)!.entry.evidence).toEqual([]);
    expect(vendorView.find((e) => e.entry.requirementId === r1)!.entry.evidence).toHaveLength(1);

    // The assessor downloads exactly what was frozen, and nothing else.
    const file = await fetch(`${t.baseUrl}${base()}/submissions/1/evidence/${vendorEvidence.versionId}/content`, { headers: authHeaders(assessor.owner.as) });
    expect(file.status).toBe(200);
    expect(
      createHash('sha256')
        .update(Buffer.from(await file.arrayBuffer()))
        .digest('hex'),
    ).toBe(vendorEvidence.sha256);
    // Read again with the ETag: 304, no body.
    expect(file.headers.get('etag')).toBe(`"${vendorEvidence.sha256}"`);
    const again = await fetch(`${t.baseUrl}${base()}/submissions/1/evidence/${vendorEvidence.versionId}/content`, {
      headers: { ...authHeaders(assessor.owner.as), 'if-none-match': `"${vendorEvidence.sha256}"` },
    });
    expect(again.status).toBe(304);
    expect((await again.arrayBuffer()).byteLength).toBe(0);
    expectProblem(await http.get(`${base()}/submissions/1/evidence/${laterVersion.id}/content`, assessor.owner.as), 404);
    expectProblem(await http.get(`${base()}/evidence/${vendorEvidence.evidenceId}/versions/${vendorEvidence.versionId}/content`, assessor.owner.as), 404);
    expectProblem(await http.get(`${base()}/evidence/${vendorEvidence.evidenceId}/versions/${laterVersion.id}/content`, assessor.owner.as), 404);
    // Row-level security agrees: as the app role, the assessor sees the submitted versions only.
    expect(await asOrganization(assessor.id, `SELECT id FROM evidence_versions WHERE workspace_id = '${ws.id}' ORDER BY id`)).toEqual(
      [vendorEvidence.versionId, makerEvidence.versionId].sort().map((id) => ({ id })),
    );

    // Every entry can be proven part of the manifest.
    const proof = await http.get<{ leafHash: string; merkleRoot: string; leafIndex: number; treeSize: number; auditPath: string[]; digest: string }>(
      `${base()}/submissions/1/entries/${r1}/proof`,
      assessor.owner.as,
    );
    expect(proof.status, JSON.stringify(proof.body)).toBe(200);
    expect(proof.body).toMatchObject({
      leafHash: e1.leafHash,
      leafIndex: e1.position,
      treeSize: first.body.manifest.entryCount,
      merkleRoot: first.body.manifest.merkleRoot,
      digest: first.body.manifest.digest,
    });
    expect(verifyInclusion(proof.body)).toBe(true);
    expect((await http.get<{ valid: boolean }>(`${base()}/submissions/1/verify`, assessor.owner.as)).body.valid).toBe(true);

    // Verdicts: impartiality, then last write by version.
    const impartial = expectProblem(await put(1, r1, { outcome: 'satisfied' }, dual.as), 403);
    expect(impartial.code).toBe('reviews.impartiality');
    expectProblem(await put(1, r1, { outcome: 'satisfied' }, vendor.owner.as), 403);
    const v1 = await put(1, r1, { outcome: 'needs_information', comment: 'Which window?' }, assessor.owner.as);
    expect(v1.status, JSON.stringify(v1.body)).toBe(200);
    expect(v1.headers.get('etag')).toBe('"1"');
    expect((await http.get<Submission>(`${base()}/submissions/1`, maker.owner.as)).body.status).toBe('in_review');
    // Under review, the submission stays the one being judged: no second one meanwhile.
    expect(expectProblem(await http.post(`${base()}/submissions`, {}, maker.owner.as), 409).code).toBe('reviews.under_review');
    expectProblem(await put(1, r1, { outcome: 'satisfied' }, secondAssessor.as), 428);
    const v2 = await put(1, r1, { outcome: 'satisfied' }, secondAssessor.as, '"1"');
    expect(v2.status, JSON.stringify(v2.body)).toBe(200);
    expect(v2.body.version).toBe(2);
    expectProblem(await put(1, r1, { outcome: 'not_satisfied' }, assessor.owner.as, '"1"'), 412);
    // Two assessors writing on the same version at once: exactly one wins.
    const race = await Promise.all([
      put(1, r1, { outcome: 'satisfied' }, assessor.owner.as, '"2"'),
      put(1, r1, { outcome: 'not_satisfied' }, secondAssessor.as, '"2"'),
    ]);
    expect(race.map((r) => r.status).sort()).toEqual([200, 412]);

    // A major finding blocks a positive decision.
    const raised = await http.post<{ id: string; status: string }>(
      `${base()}/submissions/1/findings`,
      { requirementId: r2, severity: 'major_nonconformity', title: 'No P1 escalation time', dueDate: inDays(3) },
      assessor.owner.as,
    );
    expect(raised.status, JSON.stringify(raised.body)).toBe(201);
    expect(raised.body.status).toBe('open');
    const findingId = raised.body.id;
    expectProblem(await http.post(`${base()}/submissions/1/findings`, { requirementId: r2, severity: 'observation', title: 'x' }, maker.owner.as), 403);
    const blocked = expectProblem(await decideFirst('conformant'), 422);
    expect(blocked.code).toBe('reviews.decision_not_ready');
    expect(blocked.openMajorFindings).toBe(1);
    expect((blocked.readiness as { openMajorFindings: { first: { findingId: string }[] } }).openMajorFindings.first.map((f) => f.findingId)).toEqual([
      findingId,
    ]);

    // The state machine names what is allowed.
    const invalid = expectProblem(await http.post(`${base()}/submissions/1/status`, { status: 'in_review' }, assessor.owner.as), 409);
    expect(invalid.allowed).toEqual(['changes_requested', 'decided']);
    // decided is reached by recording a decision, never by a status change.
    expect(expectProblem(await http.post(`${base()}/submissions/1/status`, { status: 'decided' }, assessor.owner.as), 409).code).toBe(
      'reviews.invalid_transition',
    );
    expectProblem(await http.post(`${base()}/submissions/1/status`, { status: 'changes_requested' }, maker.owner.as), 403);
    const changes = await http.post<Submission>(`${base()}/submissions/1/status`, { status: 'changes_requested' }, assessor.owner.as);
    expect(changes.status, JSON.stringify(changes.body)).toBe(200);
    expect(changes.body.status).toBe('changes_requested');
    // A submission sent back for changes is closed to decisions (negative ones too): the supplier resubmits.
    const closedToDecisions = expectProblem(await decideFirst('nonconformant'), 409);
    expect(closedToDecisions).toMatchObject({ code: 'reviews.invalid_transition', allowed: [] });
    expect((await outbox('review.changes_requested')).length).toBe(1);
    const late = expectProblem(await put(1, r2, { outcome: 'satisfied' }, assessor.owner.as), 409);
    expect(late.allowed).toEqual([]);

    // (The daily due-soon scan that announces it: test/service/reviews.service-spec.ts.)

    // The supplier answers with new evidence; the contributor may not answer for the maker's component.
    const corrected = await upload(maker, makerEvidence.evidenceId);
    expectProblem(await http.post(`${base()}/findings/${findingId}/responses`, { text: 'Fixed' }, vendor.owner.as), 403);
    expectProblem(await http.post(`${base()}/findings/${findingId}/responses`, { text: 'Fixed' }, assessor.owner.as), 403);
    const answered = await http.post<{ status: string; responses: { kind: string; evidenceVersionIds: string[] }[] }>(
      `${base()}/findings/${findingId}/responses`,
      { text: 'Escalation within 30 minutes added; see test report v2.', evidenceVersionIds: [corrected.id] },
      maker.owner.as,
    );
    expect(answered.status, JSON.stringify(answered.body)).toBe(201);
    expect(answered.body.status).toBe('responded');
    expect(answered.body.responses[0]).toMatchObject({ kind: 'corrective_action', evidenceVersionIds: [corrected.id] });
    expect(expectProblem(await http.post(`${base()}/findings/${findingId}/responses`, { text: 'again' }, maker.owner.as), 409).allowed).toEqual([
      'accept',
      'reject',
    ]);

    // Resubmission: number 2, the new version frozen, the open finding carried over.
    const second = await http.post<Submission>(`${base()}/submissions`, {}, maker.owner.as);
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    expect(second.body).toMatchObject({ number: 2, status: 'submitted', openFindings: 1 });
    expect(second.body.manifest.digest).not.toBe(first.body.manifest.digest);
    const e2 = await entries(2);
    expect(e2.find((e) => e.entry.requirementId === r2)!.entry.evidence.map((e) => e.versionId)).toEqual([corrected.id]);
    expect((await http.get<{ submissionNumber: number }>(`${base()}/findings/${findingId}`, vendor.owner.as)).body.submissionNumber).toBe(2);

    // The assessor accepts the corrective action: closed.
    expectProblem(await http.post(`${base()}/findings/${findingId}/review`, { decision: 'accept' }, maker.owner.as), 403);
    const closed = await http.post<{ status: string; closedAt: string | null }>(
      `${base()}/findings/${findingId}/review`,
      { decision: 'accept', comment: 'Verified in v2.' },
      assessor.owner.as,
    );
    expect(closed.status, JSON.stringify(closed.body)).toBe(200);
    expect(closed.body.status).toBe('closed');
    expect(closed.body.closedAt).not.toBeNull();

    // A comment thread on a requirement.
    const c = await http.post<{ id: string }>(`${base()}/submissions/2/requirements/${r1}/comments`, { body: 'Is the 99.9 % monthly?' }, assessor.owner.as);
    expect(c.status, JSON.stringify(c.body)).toBe(201);
    expect(
      (await http.post(`${base()}/submissions/2/requirements/${r1}/comments`, { body: 'Yes, monthly.', parentId: c.body.id }, vendor.owner.as)).status,
    ).toBe(201);
    expectProblem(await http.post(`${base()}/submissions/2/requirements/${r1}/comments`, { body: 'hi' }, procurer.owner.as), 403);
    const thread = await http.get<{ data: { body: string; parentId: string | null }[] }>(`${base()}/submissions/2/requirements/${r1}/comments`, maker.owner.as);
    expect(thread.body.data.map((x) => x.parentId)).toEqual([null, c.body.id]);

    for (const r of [r1, r2]) expect((await put(2, r, { outcome: 'satisfied' }, assessor.owner.as)).status).toBe(200);
    // A positive decision rests on a verdict for every applicable requirement.
    const judged = 2 + (await judgeAll(http, ws.id, 2, assessor.owner.as));

    // Four-eyes on: the decision waits for a second, different assessor.
    const wsNow = await http.get<{ version: number }>(`${base()}`, maker.owner.as);
    expect(
      (await http.call('PATCH', base(), { body: { fourEyes: true }, as: maker.owner.as, headers: { 'if-match': `"${wsNow.body.version}"` } })).status,
    ).toBe(200);
    const decisionBody = {
      outcome: 'conformant',
      scopeStatement: 'VMC-850 rev C with predictive maintenance SaaS 4.2.0',
      validFrom: inDays(0),
      validUntil: inDays(3 * 365),
    };
    expectProblem(await http.post(`${base()}/submissions/2/decision`, decisionBody, vendor.owner.as), 403);
    expectProblem(await http.post(`${base()}/submissions/2/decision`, decisionBody, maker.owner.as), 403);
    expectProblem(await http.post(`${base()}/submissions/2/decision`, decisionBody, procurer.owner.as), 403);
    expect(expectProblem(await http.post(`${base()}/submissions/2/decision`, decisionBody, dual.as), 403).code).toBe('reviews.impartiality');
    const pending = await http.post<{ id: string; status: string }>(`${base()}/submissions/2/decision`, decisionBody, assessor.owner.as);
    expect(pending.status, JSON.stringify(pending.body)).toBe(201);
    expect(pending.body.status).toBe('pending_confirmation');
    expect((await outbox('decision.taken')).length).toBe(0);
    expect(expectProblem(await http.post(`${base()}/submissions/2/decision/confirm`, {}, assessor.owner.as), 403).code).toBe('reviews.four_eyes');
    // The second pair of eyes is impartial too (no evidence of theirs in the submission) and of the deciding organization.
    expect(expectProblem(await http.post(`${base()}/submissions/2/decision/confirm`, {}, dual.as), 403).code).toBe('reviews.impartiality');
    const otherAssessor = await w.newOrganization(OrganizationKind.Assessor);
    await w.join(maker, ws, otherAssessor, 'assessor');
    expect(expectProblem(await http.post(`${base()}/submissions/2/decision/confirm`, {}, otherAssessor.owner.as), 403).code).toBe('reviews.four_eyes');
    const confirmed = await http.post<{ status: string; confirmedBy: string }>(`${base()}/submissions/2/decision/confirm`, {}, secondAssessor.as);
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body).toMatchObject({ status: 'final', confirmedBy: secondAssessor.userId });
    expect((await http.get<Submission>(`${base()}/submissions/2`, maker.owner.as)).body.status).toBe('decided');
    expect((await outbox('decision.taken'))[0]!.payload).toMatchObject({ decisionId: pending.body.id, outcome: 'conformant', number: 2 });
    expectProblem(await http.post(`${base()}/submissions/2/decision`, decisionBody, assessor.owner.as), 409);

    // Observers read the outcome, never the review or the evidence.
    const seen = await http.get<{ outcome: string; submissionNumber: number }>(`${base()}/submissions/2/decision`, procurer.owner.as);
    expect(seen.status).toBe(200);
    expect(seen.body).toMatchObject({ outcome: 'conformant', submissionNumber: 2 });
    expect((await http.get<{ data: unknown[] }>(`${base()}/decisions`, procurer.owner.as)).body.data).toHaveLength(1);
    for (const path of [
      '/submissions',
      '/submissions/2',
      '/submissions/2/entries',
      '/submissions/2/verdicts',
      `/findings/${findingId}`,
      `/submissions/2/evidence/${corrected.id}/content`,
    ]) {
      expectProblem(await http.get(`${base()}${path}`, procurer.owner.as), 404);
    }

    // The gap analysis counts the accepted verdicts of the decided submission.
    const gap = await http.get<{ rows: { requirementId: string; accepted: boolean; openFindings: number }[] }>(`${base()}/gap-analysis`, procurer.owner.as);
    expect(gap.body.rows.find((r) => r.requirementId === r1)).toMatchObject({ accepted: true, openFindings: 0 });
    expect(gap.body.rows.filter((r) => r.accepted).length).toBe(judged);

    // (The read model attestations are issued from: test/service/reviews.service-spec.ts.)

    // Every step is in the workspace's audit stream.
    const actions = (await sql<{ action: string }>(`SELECT action FROM audit_events WHERE stream_id = $1 ORDER BY seq`, [ws.id])).map((r) => r.action);
    for (const a of [
      'submission.created',
      'review.started',
      'verdict.recorded',
      'finding.raised',
      'review.changes_requested',
      'finding.responded',
      'finding.closed',
      'comment.added',
      'decision.recorded',
      'decision.confirmed',
      'decision.taken',
    ]) {
      expect(actions, a).toContain(a);
    }
  }, 120_000);

  it('keeps foreign organizations out (404) and assessors from uploading (403)', async () => {
    const as = outsider.owner.as;
    for (const res of await Promise.all([
      http.get(`${base()}/submissions`, as),
      http.get(`${base()}/submissions/1`, as),
      http.post(`${base()}/submissions`, {}, as),
      http.get(`${base()}/submissions/1/verify`, as),
      http.get(`${base()}/submissions/1/decision`, as),
      http.get(`${base()}/findings`, as),
    ])) {
      expectProblem(res, 404);
    }
    expectProblem(
      await http.post(`${base()}/evidence`, { type: 'other', title: 'x', confidentiality: 'internal', effectiveDate: '2026-01-01' }, assessor.owner.as),
      403,
    );
  });

  it("counts as accepted in the gap analysis only a satisfied verdict of the workspace's latest decided submission", async () => {
    const ws2 = await w.newWorkspace(maker, vendor.id);
    await w.join(maker, ws2, assessor, 'assessor');
    const p = { http, maker, assessor, ws: ws2 };
    // Round one: every requirement satisfied.
    await decidedSubmission(p);
    // Round two: one requirement judged not applicable this time, the rest satisfied again.
    const { number } = await submitted(p);
    const entries = await http.get<{ data: { entry: { requirementId: string } }[] }>(
      `/v1/workspaces/${ws2.id}/submissions/${number}/entries?limit=1`,
      assessor.owner.as,
    );
    const notApplicable = entries.body.data[0]!.entry.requirementId;
    await judgeAll(http, ws2.id, number, assessor.owner.as, { except: [notApplicable] });
    const verdict = await http.put(
      `/v1/workspaces/${ws2.id}/submissions/${number}/verdicts/${notApplicable}`,
      { outcome: 'not_applicable', comment: 'The machine has no remote access since rev C.' },
      assessor.owner.as,
    );
    expect(verdict.status, JSON.stringify(verdict.body)).toBe(200);
    const decided = await http.post(
      `/v1/workspaces/${ws2.id}/submissions/${number}/decision`,
      { outcome: 'conformant', scopeStatement: 'All', validFrom: isoDay(0), validUntil: isoDay(365) },
      assessor.owner.as,
    );
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    const gap = await http.get<{ rows: { requirementId: string; accepted: boolean }[] }>(`/v1/workspaces/${ws2.id}/gap-analysis`, maker.owner.as);
    expect(gap.status, JSON.stringify(gap.body)).toBe(200);
    expect(gap.body.rows.find((r) => r.requirementId === notApplicable)!.accepted).toBe(false);
    expect(gap.body.rows.filter((r) => r.accepted).length).toBeGreaterThan(0);
  });

  it('gives API keys what their reviews scopes grant', async () => {
    const reader = await w.newApiKey(assessor, ['reviews:read']);
    const other = await w.newApiKey(assessor, ['evidence:read']);
    expect((await http.get(`${base()}/submissions/1`, reader.as)).status).toBe(200);
    expect((await http.get(`${base()}/submissions/1/verify`, reader.as)).status).toBe(200);
    expectProblem(await http.call('PUT', `${base()}/submissions/1/verdicts/${r1}`, { body: { outcome: 'satisfied' }, as: reader.as }), 403);
    expectProblem(await http.get(`${base()}/submissions/1`, other.as), 403);
  });

  it("counts an API key as the person who made it: no judging one's own evidence, nor confirming one's own decision, through a key", async () => {
    const own = await assessmentCast(http);
    // The vendor's owner is also an admin of the assessor organization, so it may make the assessor's keys.
    const invited = await invite(http, own.assessor.owner.as, { email: own.vendor.owner.email, role: 'admin' });
    expect(invited.status).toBe(201);
    const accepted = await http.post<{ accessToken: string }>('/v1/invitations/accept', { token: invited.token, password: own.vendor.owner.password });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const dualAdmin = { token: accepted.body.accessToken } as Credentials;
    const keyOf = async (as: Credentials) => {
      const res = await http.post<{ key: string }>('/v1/organization/api-keys', { name: 'review robot', scopes: ['reviews:read', 'reviews:write'] }, as);
      expect(res.status, JSON.stringify(res.body)).toBe(201);
      return { apiKey: res.body.key } as Credentials;
    };
    const b = `/v1/workspaces/${own.ws.id}`;
    const version = (await http.get<{ version: number }>(b, own.maker.owner.as)).body.version;
    expect((await http.call('PATCH', b, { body: { fourEyes: true }, as: own.maker.owner.as, headers: { 'if-match': `"${version}"` } })).status).toBe(200);
    const [uploaded] = await workspaceWithEvidence(own, [{ by: own.vendor, component: 'saas' }]);
    const { number } = await submitted(own);
    const s = `${b}/submissions/${number}`;

    // Through a key of the assessor's that the uploader made, the uploader is still the uploader.
    const dualKey = await keyOf(dualAdmin);
    const verdict = await http.call('PUT', `${s}/verdicts/${uploaded!.requirementId}`, { body: { outcome: 'satisfied' }, as: dualKey });
    expect(expectProblem(verdict, 403).code).toBe('reviews.impartiality');
    await judgeAll(http, own.ws.id, number, own.assessor.owner.as);
    const body = { outcome: 'conformant', scopeStatement: 'VMC-850 rev C with PredictCare 4.2.0', validFrom: inDays(0), validUntil: inDays(365) };
    expect(expectProblem(await http.post(`${s}/decision`, body, dualKey), 403).code).toBe('reviews.impartiality');

    // Four-eyes: the assessor's owner decides through one key; neither its session nor another of its keys confirms.
    const [k1, k2] = [await keyOf(own.assessor.owner.as), await keyOf(own.assessor.owner.as)];
    const pending = await http.post<{ status: string }>(`${s}/decision`, body, k1);
    expect(pending.status, JSON.stringify(pending.body)).toBe(201);
    expect(pending.body.status).toBe('pending_confirmation');
    for (const as of [own.assessor.owner.as, k2, k1])
      expect(expectProblem(await http.post(`${s}/decision/confirm`, {}, as), 403).code).toBe('reviews.four_eyes');
    const colleague = await own.factories.newMember(own.assessor, MemberRole.Member);
    const confirmed = await http.post<{ status: string }>(`${s}/decision/confirm`, {}, colleague.as);
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body.status).toBe('final');
  });

  it("keeps a finding the raising assessor's, conditions on findings still open, and a pending decision to its submission under review", async () => {
    const own = await assessmentCast(http);
    const other = await own.factories.newOrganization(OrganizationKind.Assessor);
    await own.factories.join(own.maker, own.ws, other, 'assessor');
    const b = `/v1/workspaces/${own.ws.id}`;
    const rows = await http.get<{ data: { requirementId: string }[] }>(`${b}/applicability?limit=2`, own.maker.owner.as);
    const [ra, rb] = rows.body.data.map((r) => r.requirementId) as [string, string];
    await workspaceWithEvidence(own, [{ requirementId: ra }, { requirementId: rb, title: 'Escalation procedure' }]);
    const { number } = await submitted(own);
    const s = `${b}/submissions/${number}`;
    const answered = async (requirementId: string, severity: string) => {
      const f = await http.post<{ id: string }>(`${s}/findings`, { requirementId, severity, title: `${severity} on ${requirementId}` }, own.assessor.owner.as);
      expect(f.status, JSON.stringify(f.body)).toBe(201);
      expect((await http.post(`${b}/findings/${f.body.id}/responses`, { text: 'Corrected.' }, own.maker.owner.as)).status).toBe(201);
      return f.body.id;
    };

    // Another assessor organization of the workspace cannot close the first one's major finding.
    const major = await answered(ra, 'major_nonconformity');
    const foreign = expectProblem(await http.post(`${b}/findings/${major}/review`, { decision: 'accept' }, other.owner.as), 403);
    expect(foreign).toMatchObject({ code: 'reviews.wrong_role', raisedByOrganizationId: own.assessor.id });
    expect((await http.get<{ status: string }>(`${b}/findings/${major}`, own.assessor.owner.as)).body.status).toBe('responded');
    expect((await http.post(`${b}/findings/${major}/review`, { decision: 'accept' }, own.assessor.owner.as)).status).toBe(200);

    // A condition cannot rest on a finding already closed: nothing would follow it up.
    const observation = await answered(rb, 'observation');
    expect((await http.post(`${b}/findings/${observation}/review`, { decision: 'accept' }, own.assessor.owner.as)).status).toBe(200);
    expect((await http.call('PUT', `${s}/verdicts/${rb}`, { body: { outcome: 'not_satisfied' }, as: own.assessor.owner.as })).status).toBe(200);
    await judgeAll(http, own.ws.id, number, own.assessor.owner.as, { except: [rb] });
    const onClosed = await http.post(
      `${s}/decision`,
      {
        outcome: 'conformant_with_conditions',
        scopeStatement: 'VMC-850 rev C with PredictCare 4.2.0',
        validFrom: inDays(0),
        validUntil: inDays(365),
        conditions: [{ text: 'Publish the escalation procedure', dueDate: inDays(60), findingId: observation }],
      },
      own.assessor.owner.as,
    );
    expect(expectProblem(onClosed, 422)).toMatchObject({ code: 'reviews.invalid_condition', errors: [{ field: 'conditions[0].findingId' }] });

    // Four-eyes: a decision pending confirmation, then changes requested. It cannot be confirmed any more.
    const fe = await assessmentCast(http);
    const feBase = `/v1/workspaces/${fe.ws.id}`;
    const version = (await http.get<{ version: number }>(feBase, fe.maker.owner.as)).body.version;
    expect((await http.call('PATCH', feBase, { body: { fourEyes: true }, as: fe.maker.owner.as, headers: { 'if-match': `"${version}"` } })).status).toBe(200);
    await workspaceWithEvidence(fe);
    const second = await submitted(fe);
    await judgeAll(http, fe.ws.id, second.number, fe.assessor.owner.as);
    const feS = `${feBase}/submissions/${second.number}`;
    const body = { outcome: 'conformant', scopeStatement: 'VMC-850 rev C with PredictCare 4.2.0', validFrom: inDays(0), validUntil: inDays(365) };
    expect((await http.post<{ status: string }>(`${feS}/decision`, body, fe.assessor.owner.as)).body.status).toBe('pending_confirmation');
    expect((await http.post(`${feS}/status`, { status: 'changes_requested' }, fe.assessor.owner.as)).status).toBe(200);
    const colleague = await fe.factories.newMember(fe.assessor, MemberRole.Member);
    const late = expectProblem(await http.post(`${feS}/decision/confirm`, {}, colleague.as), 409);
    expect(late).toMatchObject({ code: 'reviews.decision_withdrawn', decisionStatus: 'withdrawn', submissionStatus: 'changes_requested' });
    expect((await http.get<Submission>(feS, fe.maker.owner.as)).body.status).toBe('changes_requested');
    // Every reader sees it withdrawn, not waiting for a confirmation that cannot come.
    for (const as of [fe.maker.owner.as, colleague.as]) {
      expect((await http.get<{ status: string }>(`${feS}/decision`, as)).body.status).toBe('withdrawn');
      const listed = await http.get<{ data: { submissionNumber: number; status: string }[] }>(`${feBase}/decisions`, as);
      expect(listed.body.data.find((d) => d.submissionNumber === second.number)?.status).toBe('withdrawn');
    }
  });

  it('keeps an assessor organization from assessing an offering with a component it provides', async () => {
    const own = await assessmentCast(http);
    // Invited to assess a workspace whose SaaS it runs: refused.
    const runsTheSaas = await own.factories.newWorkspace(own.maker, own.assessor.id);
    const invited = await http.post(`/v1/workspaces/${runsTheSaas.id}/participants`, { organizationId: own.assessor.id, role: 'assessor' }, own.maker.owner.as);
    expect(expectProblem(invited, 409)).toMatchObject({ code: 'workspaces.impartiality_conflict', componentIds: [runsTheSaas.saasComponentId] });

    // Made the SaaS provider after joining as assessor: the submission freezes it, and the assessor may not judge or decide.
    const patched = await http.call('PATCH', `/v1/offerings/${own.ws.offeringId}/components/${own.ws.saasComponentId}`, {
      body: { providerOrganizationId: own.assessor.id },
      as: own.maker.owner.as,
    });
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    const [uploaded] = await workspaceWithEvidence(own);
    const { number } = await submitted(own);
    const s = `/v1/workspaces/${own.ws.id}/submissions/${number}`;
    const verdict = await http.call('PUT', `${s}/verdicts/${uploaded!.requirementId}`, { body: { outcome: 'satisfied' }, as: own.assessor.owner.as });
    expect(expectProblem(verdict, 403)).toMatchObject({ code: 'reviews.impartiality', componentIds: [own.ws.saasComponentId] });
    expect((await http.post(`${s}/status`, { status: 'in_review' }, own.assessor.owner.as)).status).toBe(200);
    const body = { outcome: 'nonconformant', scopeStatement: 'VMC-850 rev C with PredictCare 4.2.0', validFrom: inDays(0), validUntil: inDays(365) };
    expect(expectProblem(await http.post(`${s}/decision`, body, own.assessor.owner.as), 403).code).toBe('reviews.impartiality');
  });

  it('detects a tampered manifest and says what broke', async () => {
    const [entry] = await entries(1, maker.owner.as).then((es) => es.filter((e) => e.entry.evidence.length));
    await sql(
      `UPDATE submission_entries SET content = jsonb_set(content, '{evidence,0,sha256}', to_jsonb($2::text)) WHERE submission_id = (SELECT id FROM submissions WHERE workspace_id = $1 AND number = 1) AND position = $3`,
      [ws.id, 'f'.repeat(64), entry!.position],
    );
    const res = await http.get<{
      valid: boolean;
      digest: { matches: boolean };
      merkleRoot: { matches: boolean };
      brokenEntries: { requirementId: string; reason: string }[];
    }>(`${base()}/submissions/1/verify`, assessor.owner.as);
    expect(res.status).toBe(200);
    expect(res.body.valid).toBe(false);
    expect(res.body.digest.matches).toBe(false);
    expect(res.body.brokenEntries).toEqual([expect.objectContaining({ requirementId: entry!.entry.requirementId, reason: 'leaf_hash_mismatch' })]);

    // Re-hashing the leaf to match does not help: the root and the digest still break.
    await sql(
      `UPDATE submission_entries SET leaf_hash = $2 WHERE submission_id = (SELECT id FROM submissions WHERE workspace_id = $1 AND number = 1) AND position = $3`,
      [ws.id, 'a'.repeat(64), entry!.position],
    );
    const { leafHash } = await import('@attesta/reviews');
    const [row] = await sql<{ content: Parameters<typeof leafHash>[0] }>(
      `SELECT content FROM submission_entries WHERE submission_id = (SELECT id FROM submissions WHERE workspace_id = $1 AND number = 1) AND position = $2`,
      [ws.id, entry!.position],
    );
    await sql(
      `UPDATE submission_entries SET leaf_hash = $2 WHERE submission_id = (SELECT id FROM submissions WHERE workspace_id = $1 AND number = 1) AND position = $3`,
      [ws.id, leafHash(row!.content), entry!.position],
    );
    const again = await http.get<typeof res.body>(`${base()}/submissions/1/verify`, assessor.owner.as);
    expect(again.body.brokenEntries).toEqual([]);
    expect(again.body.merkleRoot.matches).toBe(false);
    expect(again.body.valid).toBe(false);
    // The other submission is untouched.
    expect((await http.get<{ valid: boolean }>(`${base()}/submissions/2/verify`, assessor.owner.as)).body.valid).toBe(true);
    // And the app role cannot rewrite a manifest at all (append-only).
    await expect(asOrganization(maker.id, `UPDATE submission_entries SET leaf_hash = leaf_hash`)).rejects.toThrow(/permission denied/);
  });
});
