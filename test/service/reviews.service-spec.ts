import { FindingsDueService, ReviewsService } from '@attesta/reviews';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ownerActor } from '../setup/actors.js';
import { sqlOf } from '../setup/database.js';
import { client } from '../setup/http.js';
import { startReview } from '../setup/review-helpers.js';
import { assessmentCast, decidedSubmission, isoDay, submitted, workspaceWithEvidence, type AssessmentCast } from '../setup/scenario.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

// One app and one cast for both services of the file.
let t: TestApp;
let sql: ReturnType<typeof sqlOf>;
let cast: AssessmentCast;

beforeAll(async () => {
  t = await createTestApp();
  sql = sqlOf(t);
  cast = await assessmentCast(client(t.baseUrl));
}, 120_000);
afterAll(async () => {
  await t?.close();
});

/**
 * The reviews lib's read model that attestations are issued from, and the daily due-soon
 * scan of findings, called directly on decisions and findings made over the public API.
 */
describe(ReviewsService.name, () => {
  /** A workspace of the cast's maker (with the vendor's SaaS) the cast's assessor reviews. */
  async function freshWorkspace() {
    const ws = await cast.factories.newWorkspace(cast.maker, cast.vendor.id);
    await cast.factories.join(cast.maker, ws, cast.vendor, 'contributor');
    await cast.factories.join(cast.maker, ws, cast.assessor, 'assessor');
    return { ...cast, ws };
  }

  it('decisionForAttestation: the decision, the decided submission, every target market and the frozen components', async () => {
    const p = await freshWorkspace();
    const decided = await decidedSubmission(p, { outcome: 'conformant' });
    const model = await t.app.get(ReviewsService).decisionForAttestation(ownerActor(cast.assessor), p.ws.id, decided.decisionId);
    expect(model.decision).toMatchObject({ outcome: 'conformant', status: 'final', assessorOrganizationId: cast.assessor.id });
    expect(model.submission).toMatchObject({ number: decided.number, digest: decided.digest });
    expect(model.markets).toEqual(['TH', 'VN']);
    expect(model.components.map((x) => x.version).sort()).toEqual(['4.2.0', 'rev C']);
    expect(model.frameworks).toHaveLength(p.ws.frameworkIds.length);
  });

  it("decisionForAttestation: the decision's scope, conditions and compatible ranges, the relied-on evidence dates, unchanged by later offering edits", async () => {
    const p = await freshWorkspace();
    const rows = await cast.http.get<{ data: { requirementId: string }[] }>(`/v1/workspaces/${p.ws.id}/applicability?limit=3`, cast.maker.owner.as);
    const [r1, r2] = rows.body.data.map((r) => r.requirementId) as [string, string];
    const decided = await decidedSubmission(
      p,
      {
        outcome: 'conformant_with_conditions',
        scope: { markets: ['th'] },
        condition: 'Publish the escalation matrix for remote technicians',
        compatibleRanges: [{ componentId: p.ws.saasComponentId, range: '>=4.2.0 <4.3.0' }],
      },
      [
        { by: cast.vendor, component: 'saas', requirementId: r1, title: 'SaaS SLA', effectiveDate: '2026-02-01', validUntil: isoDay(400) },
        { by: cast.maker, component: 'hardware', requirementId: r2, title: 'Machine test report', effectiveDate: '2025-11-15' },
      ],
    );
    const reviews = t.app.get(ReviewsService);
    const model = await reviews.decisionForAttestation(ownerActor(cast.assessor), p.ws.id, decided.decisionId);
    expect(model.markets).toEqual(['TH']);
    expect(model.decision.scope).toEqual({ frameworkIds: [...p.ws.frameworkIds].sort(), markets: ['TH'] });
    expect(model.decision.conditionDetails).toEqual([
      { text: 'Publish the escalation matrix for remote technicians', dueDate: isoDay(120), findingId: decided.findingId },
    ]);
    expect(model.components.find((c) => c.id === p.ws.saasComponentId)).toMatchObject({ version: '4.2.0', compatibleRange: '>=4.2.0 <4.3.0' });
    expect(model.components.find((c) => c.id === p.ws.hardwareComponentId)).toMatchObject({ version: 'rev C', compatibleRange: null });
    expect(model.evidence).toEqual({ oldestEffectiveDate: '2025-11-15', latestEffectiveDate: '2026-02-01', earliestValidUntil: isoDay(400), count: 2 });

    // Later changes to the live offering do not change what was decided.
    const patched = await cast.http.patch(`/v1/offerings/${p.ws.offeringId}/components/${p.ws.saasComponentId}`, { version: '5.0.0' }, cast.maker.owner.as);
    expect(patched.status, JSON.stringify(patched.body)).toBe(200);
    expect((await sql<{ version: string }>('SELECT version FROM offering_components WHERE id = $1', [p.ws.saasComponentId]))[0]!.version).toBe('5.0.0');
    const again = await reviews.decisionForAttestation(ownerActor(cast.assessor), p.ws.id, decided.decisionId);
    expect(again.components.find((c) => c.id === p.ws.saasComponentId)!.version).toBe('4.2.0');
  });
});

describe(FindingsDueService.name, () => {
  it('scan announces a finding due within the week once', async () => {
    const [e] = await workspaceWithEvidence(cast);
    const { number } = await submitted(cast);
    await startReview(cast.http, cast.ws.id, number, cast.assessor.owner.as);
    const raised = await cast.http.post<{ id: string }>(
      `/v1/workspaces/${cast.ws.id}/submissions/${number}/findings`,
      { requirementId: e!.requirementId, severity: 'major_nonconformity', title: 'No P1 escalation time', dueDate: isoDay(3) },
      cast.assessor.owner.as,
    );
    expect(raised.status, JSON.stringify(raised.body)).toBe(201);
    const due = t.app.get(FindingsDueService);
    expect((await due.scan()).dueSoon).toBe(1);
    expect((await due.scan()).dueSoon).toBe(0);
    const events = await sql<{ payload: Record<string, unknown> }>(`SELECT payload FROM outbox_events WHERE workspace_id = $1 AND type = 'finding.due_soon'`, [
      cast.ws.id,
    ]);
    expect(events).toHaveLength(1);
    expect(events[0]!.payload).toMatchObject({ findingId: raised.body.id, severity: 'major_nonconformity' });
  });
});
