import { AttestationsService, SigningKeysService, type DecisionSnapshot } from '@attesta/attestations';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerActor } from '../setup/actors.js';
import { sqlOf } from '../setup/database.js';
import { client } from '../setup/http.js';
import { assessmentCast, decidedSubmission, issuedAttestation, type AssessmentCast } from '../setup/scenario.js';
import { decisionSnapshot, issueSynthetic, recordSyntheticDecision } from '../setup/synthetic-decision.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

/**
 * The attestation service's own rules, called directly: the hourly expiry and supersession scans, one
 * attestation per decision under concurrent issues, and signing keys that never leave
 * with their private part. The cast is built over the public API.
 */
describe(AttestationsService.name, () => {
  let t: TestApp;
  let cast: AssessmentCast;
  let service: AttestationsService;
  let sql: ReturnType<typeof sqlOf>;

  beforeAll(async () => {
    t = await createTestApp();
    sql = sqlOf(t);
    // The issuer holds a verified accreditation (operator-confirmed): issuing needs one.
    cast = await assessmentCast(client(t.baseUrl), { accreditedAssessor: true });
    service = t.app.get(AttestationsService);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  /** The decision read model (the reviews lib's shape) for the cast's workspace. */
  const snapshot = (overrides: Partial<DecisionSnapshot> = {}) => decisionSnapshot(t, cast, overrides);
  const issue = async (overrides: Partial<DecisionSnapshot> = {}) => issueSynthetic(t, ownerActor(cast.assessor), await snapshot(overrides));
  const statusOf = async (id: string) => (await sql<{ status: string }>('SELECT status FROM attestations WHERE id = $1', [id]))[0]!.status;

  it('expiryScan marks attestations past validUntil expired and announces those expiring soon once', async () => {
    // Markets of their own: an overlapping scope would supersede the earlier one.
    const shortLived = await issue({ validUntil: new Date(Date.now() + 1500), markets: ['MY'] });
    await new Promise((r) => setTimeout(r, 1800));
    const expiring = await issue({ validUntil: new Date(Date.now() + 10 * 86_400_000), markets: ['SG'] });
    const scan = await service.expiryScan();
    expect(scan.expired).toBeGreaterThanOrEqual(1);
    expect(scan.expiring).toBeGreaterThanOrEqual(1);
    expect(await statusOf(shortLived.id)).toBe('expired');
    expect(await statusOf(expiring.id)).toBe('active');
    expect((await sql(`SELECT 1 FROM outbox_events WHERE type = 'attestation.expiring' AND payload->>'attestationId' = $1`, [expiring.id])).length).toBe(1);
    expect((await service.expiryScan()).expiring).toBe(0);
  });

  it('conditionsScan suspends a conditional attestation whose condition is overdue while its finding is open, once; it is reinstated only once the finding is closed', async () => {
    const own = await assessmentCast(client(t.baseUrl));
    const http = own.http;
    const decided = await decidedSubmission(own, { condition: 'Renew technician training records' });
    const issued = await issuedAttestation(own, { decisionId: decided.decisionId, accredited: false });
    const base = `/v1/workspaces/${own.ws.id}`;
    // Nothing is due yet: the scan leaves it alone.
    await service.conditionsScan();
    expect(await statusOf(issued.id)).toBe('active');
    // The due date passes (120 days on): the finding is still open.
    await sql(`UPDATE decisions SET condition_details = jsonb_set(condition_details, '{0,dueDate}', to_jsonb((current_date - 1)::text)) WHERE id = $1`, [
      decided.decisionId,
    ]);
    expect((await service.conditionsScan()).conditionsOverdue).toBeGreaterThanOrEqual(1);
    expect(await statusOf(issued.id)).toBe('suspended');
    expect((await service.conditionsScan()).conditionsOverdue).toBe(0);
    const suspendedEvents = await sql<{ payload: { reason: string; conditionsOverdue: { findingId: string }[] } }>(
      `SELECT payload FROM outbox_events WHERE type = 'attestation.suspended' AND payload->>'attestationId' = $1`,
      [issued.id],
    );
    expect(suspendedEvents).toHaveLength(1);
    expect(suspendedEvents[0]!.payload.reason).toMatch(
      /^Condition “Renew technician training records” was due on \d{4}-\d{2}-\d{2} and its finding is not closed/,
    );
    expect(suspendedEvents[0]!.payload.conditionsOverdue).toEqual([expect.objectContaining({ findingId: decided.findingId })]);
    // What a relying party reads: suspended, with the reason.
    const pub = await http.get<{ status: string; statusReason: string; conditionDetails: { text: string; dueDate: string | null }[] }>(
      `/v1/public/attestations/${issued.serial}`,
    );
    expect(pub.body).toMatchObject({ status: 'suspended', statusReason: expect.stringMatching(/Renew technician training records/) });
    // The condition with the date it fell due.
    const [{ due }] = await sql<{ due: string }>(`SELECT (current_date - 1)::text AS due`);
    expect(pub.body.conditionDetails).toEqual([{ text: 'Renew technician training records', dueDate: due }]);
    // Not reinstated while the condition stays overdue…
    const early = await http.post(`${base}/attestations/${issued.id}/reinstate`, { reason: 'Finding closed after re-audit' }, own.assessor.owner.as);
    expect(early.status).toBe(422);
    expect(early.body).toMatchObject({ code: 'attestation.conditions_overdue', conditionsOverdue: [{ findingId: decided.findingId }] });
    // …but once the maker answers and the assessor closes the finding.
    expect((await http.post(`${base}/findings/${decided.findingId}/responses`, { text: 'Records renewed' }, own.maker.owner.as)).status).toBe(201);
    expect((await http.post(`${base}/findings/${decided.findingId}/review`, { decision: 'accept' }, own.assessor.owner.as)).status).toBe(200);
    const reinstated = await http.post(`${base}/attestations/${issued.id}/reinstate`, { reason: 'Finding closed after re-audit' }, own.assessor.owner.as);
    expect(reinstated.status, JSON.stringify(reinstated.body)).toBe(200);
    expect((await service.conditionsScan()).conditionsOverdue).toBe(0);
    expect(await statusOf(issued.id)).toBe('active');
  }, 120_000);

  it('an attestation dated ahead supersedes the older one only once its validFrom comes; a suspended one supersedes nothing', async () => {
    const DAY = 86_400_000;
    const ahead = new Date(Date.now() + 10 * DAY);
    const current = await issue({ markets: ['KH'] });
    const next = await issue({ markets: ['KH'], validFrom: ahead, validUntil: new Date(Date.now() + 400 * DAY) });
    // Until then the supplier keeps a valid attestation: the older one stays active.
    expect(await statusOf(current.id)).toBe('active');
    expect(next.supersedesIds).toEqual([current.id]);
    const payload = JSON.parse(Buffer.from(next.credential.split('.')[1]!, 'base64url').toString('utf8')) as {
      credentialSubject: { supersedes?: { serialNumber: string }[] };
    };
    expect(payload.credentialSubject.supersedes?.map((x) => x.serialNumber)).toEqual([current.serial]);
    expect((await service.supersessionScan(new Date(ahead.getTime() - 60_000))).superseded).toBe(0);
    expect(await statusOf(current.id)).toBe('active');

    // A second pair whose newer attestation is suspended when its day comes.
    const kept = await issue({ markets: ['LA'] });
    const suspendedNext = await issue({ markets: ['LA'], validFrom: ahead, validUntil: new Date(Date.now() + 400 * DAY) });
    await service.suspend(ownerActor(cast.assessor), cast.ws.id, suspendedNext.id, 'Under investigation');

    const scan = await service.supersessionScan(new Date(ahead.getTime() + 60_000));
    expect(scan.superseded).toBe(1);
    const [row] = await sql<{ status: string; superseded_by_id: string }>('SELECT status, superseded_by_id FROM attestations WHERE id = $1', [current.id]);
    expect(row).toEqual({ status: 'superseded', superseded_by_id: next.id });
    expect(await sql(`SELECT 1 FROM outbox_events WHERE type = 'attestation.superseded' AND payload->>'attestationId' = $1`, [current.id])).toHaveLength(1);
    expect(await statusOf(kept.id)).toBe('active');
    // Done once: the next scan finds nothing due.
    expect((await service.supersessionScan(new Date(ahead.getTime() + 120_000))).superseded).toBe(0);
  });

  it('two concurrent issues of one decision give one attestation; the other is refused as already issued', async () => {
    const unrecorded = await snapshot({ markets: ['ID'] });
    const s = { ...unrecorded, submission: { ...unrecorded.submission, id: await recordSyntheticDecision(t, unrecorded, cast.assessor.id) } };
    const results = await Promise.allSettled([service.issue(ownerActor(cast.assessor), s), service.issue(ownerActor(cast.assessor), s)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toMatchObject({
      code: 'attestation.already_issued',
      kind: 'conflict',
    });
    expect(await sql('SELECT 1 FROM attestations WHERE decision_id = $1', [s.decisionId])).toHaveLength(1);
  });

  it('hands out public signing keys only, never the private part', async () => {
    await issue({ markets: ['PH'] });
    const keys = await t.app.get(SigningKeysService).publicKeys(cast.assessor.id);
    expect(keys.length).toBeGreaterThanOrEqual(1);
    expect(JSON.stringify(keys)).toMatch(/"x"/);
    expect(JSON.stringify(keys)).not.toMatch(/"d"/);
  });

  it('maps the unique index on the decision (a row the issuer cannot see) to a conflict, not a database error', async () => {
    const a = await issue({ markets: ['BN'] });
    const otherAssessor = await cast.factories.newVerifiedAssessor();
    // Another issuer's attestation of the same decision, in a workspace this issuer does not take part in.
    const other = await cast.factories.newWorkspace(cast.maker);
    const decisionId = crypto.randomUUID();
    await recordSyntheticDecision(t, { ...(await snapshot({ decisionId })), workspaceId: other.id }, otherAssessor.id);
    await sql(
      `INSERT INTO attestations (id, serial, organization_id, workspace_id, subject_organization_id, subject_organization_name, decision_id, outcome, decided_at, submission_id,
         submission_number, submission_digest, offering_id, offering_name, components, frameworks, markets, scope, conditions, valid_from, valid_until, status, status_index,
         signing_key_id, credential, issued_by, issued_at, updated_at)
       SELECT gen_random_uuid(), 'AT-2026-BACKSTOP00', $1, $2, subject_organization_id, subject_organization_name, $3, outcome, decided_at, submission_id, submission_number,
         submission_digest, offering_id, offering_name, components, frameworks, markets, scope, conditions, valid_from, valid_until, 'active', 999, signing_key_id, credential,
         issued_by, issued_at, updated_at FROM attestations WHERE id = $4`,
      [otherAssessor.id, other.id, decisionId, a.id],
    );
    const err = await issueSynthetic(t, ownerActor(cast.assessor), await snapshot({ decisionId, markets: ['BN'] })).then(
      () => null,
      (e: unknown) => e,
    );
    // A domain conflict (409 over HTTP, like every `conflict` code), not a database error; nothing changed.
    expect(err).toMatchObject({ code: 'attestation.already_issued', kind: 'conflict' });
    expect(await statusOf(a.id)).toBe('active');
  });
});
