import { MemberRole, OrganizationKind } from '@attesta/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestOrg } from '../setup/factories.js';
import { authHeaders, client, expectProblem, type Client } from '../setup/http.js';
import { streamUpload } from '../setup/multipart.js';
import { judgeAll, submissionEntries } from '../setup/review-helpers.js';
import { sqlOf } from '../setup/database.js';
import { assessmentCast, submitted, workspaceWithEvidence, type AssessmentCast } from '../setup/scenario.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import type { TestWorkspace } from '../setup/workspace-factories.js';

interface Readiness {
  applicable: number;
  judged: number;
  ready: boolean;
  readyWithConditions: boolean;
  scope: { frameworkIds: string[]; markets: string[] };
  unjudged: { count: number; first: { requirementId: string; ref: string }[] };
  notSatisfied: { count: number; first: { requirementId: string; ref: string }[] };
  needsInformation: { count: number; first: { requirementId: string; ref: string }[] };
  openMajorFindings: { count: number; first: { findingId: string }[] };
  expiredEvidence: { count: number; first: { evidenceId: string; versionId: string; validUntil: string; requirementId: string }[] };
}

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

describe('Decisions that rest on verdicts (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let w: AssessmentCast['factories'];
  let maker: TestOrg;
  let vendor: TestOrg;
  let assessor: TestOrg;
  let procurer: TestOrg;
  let outsider: TestOrg;
  let ws: TestWorkspace;
  let sql: ReturnType<typeof sqlOf>;
  const base = () => `/v1/workspaces/${ws.id}`;
  const decide = (n: number, body: Record<string, unknown>) =>
    http.post<Record<string, unknown>>(
      `${base()}/submissions/${n}/decision`,
      { scopeStatement: 'VMC-850 rev C with PredictCare 4.2.0', validFrom: inDays(0), validUntil: inDays(365), ...body },
      assessor.owner.as,
    );
  const readiness = (n: number, query = '') => http.get<Readiness>(`${base()}/submissions/${n}/decision-readiness${query}`, assessor.owner.as);
  const put = (n: number, requirementId: string, body: unknown, ifMatch?: string) =>
    http.call<{ version: number }>('PUT', `${base()}/submissions/${n}/verdicts/${requirementId}`, {
      body,
      as: assessor.owner.as,
      headers: ifMatch ? { 'if-match': ifMatch } : {},
    });

  beforeAll(async () => {
    t = await createTestApp();
    sql = sqlOf(t);
    http = client(t.baseUrl);
    ({ maker, vendor, assessor, procurer, outsider, ws, factories: w } = await assessmentCast(http, { outsiderKind: OrganizationKind.Assessor }));
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  async function evidence(org: TestOrg, componentId: string, requirementId: string, title: string, effectiveDate: string, validUntil?: string) {
    const e = await http.post<{ id: string }>(
      `${base()}/evidence`,
      { type: 'sla_definition', title, confidentiality: 'confidential', effectiveDate, ...(validUntil ? { validUntil } : {}), componentId },
      org.owner.as,
    );
    expect(e.status, JSON.stringify(e.body)).toBe(201);
    const v = await streamUpload(`${t.baseUrl}${base()}/evidence/${e.body.id}/versions`, authHeaders(org.owner.as), {
      filename: `${title}.txt`,
      contentType: 'text/plain',
      size: 800,
    });
    expect(v.status, JSON.stringify(v.body)).toBe(201);
    expect((await http.post(`${base()}/evidence/${e.body.id}/links`, { requirementId }, org.owner.as)).status).toBe(201);
  }

  it('refuses positive decisions that do not rest on verdicts, names what is missing, and records scope, conditions and compatible ranges', async () => {
    const rows = await http.get<{ data: { requirementId: string }[] }>(`${base()}/applicability?limit=3`, maker.owner.as);
    const [r1, r2] = rows.body.data.map((r) => r.requirementId) as [string, string];
    await evidence(vendor, ws.saasComponentId, r1, 'SaaS SLA', '2026-02-01', inDays(400));
    await evidence(maker, ws.hardwareComponentId, r2, 'Machine test report', '2025-11-15');
    const submitted = await http.post<{
      number: number;
      manifest: { format: string; digest: string; components: { id: string; version: string; kind: string }[] };
    }>(`${base()}/submissions`, {}, maker.owner.as);
    expect(submitted.status, JSON.stringify(submitted.body)).toBe(201);
    // Manifest format 2 freezes every component of the offering.
    expect(submitted.body.manifest.format).toBe('attesta.submission-manifest/2');
    expect(submitted.body.manifest.components.map((c) => c.version).sort()).toEqual(['4.2.0', 'rev C']);
    const entries = await submissionEntries(http, ws.id, 1, assessor.owner.as);
    const withoutEvidence = entries.filter((e) => !e.evidence.length);
    const last = withoutEvidence.at(-1)!;

    // Not from submitted: the review must start first.
    const early = expectProblem(await decide(1, { outcome: 'conformant' }), 409);
    expect(early.code).toBe('reviews.invalid_transition');
    expect(early.status).toBe(409);
    expect(early.allowed).toEqual(['in_review']);

    // Readiness before any verdict: everything is unjudged. Assessors and the owner read it; observers and outsiders do not.
    const before = await readiness(1);
    expect(before.status, JSON.stringify(before.body)).toBe(200);
    expect(before.body).toMatchObject({
      applicable: entries.length,
      judged: 0,
      ready: false,
      unjudged: { count: entries.length },
      notSatisfied: { count: 0 },
      openMajorFindings: { count: 0 },
    });
    expect(before.body.unjudged.first).toHaveLength(Math.min(10, entries.length));
    expect(before.body.scope.markets).toEqual(['TH', 'VN']);
    expect((await http.get(`${base()}/submissions/1/decision-readiness`, maker.owner.as)).status).toBe(200);
    expectProblem(await http.get(`${base()}/submissions/1/decision-readiness`, procurer.owner.as), 404);
    expectProblem(await http.get(`${base()}/submissions/1/decision-readiness`, outsider.owner.as), 404);

    // satisfied on a requirement with no frozen evidence needs a note saying what it rests on.
    const bare = expectProblem(await put(1, last.requirementId, { outcome: 'satisfied' }), 422);
    expect(bare.code).toBe('reviews.verdict_note_required');
    expect(bare.errors?.map((e) => e.field)).toEqual(['comment']);

    // Every requirement judged but one: conformant is refused, naming it.
    await judgeAll(http, ws.id, 1, assessor.owner.as, { except: [last.requirementId] });
    const oneMissing = expectProblem(await decide(1, { outcome: 'conformant' }), 422);
    expect(oneMissing.code).toBe('reviews.decision_not_ready');
    expect(oneMissing).toMatchObject({ unjudged: 1, notSatisfied: 0, needsInformation: 0, openMajorFindings: 0 });
    expect((oneMissing.readiness as Readiness).unjudged.first).toEqual([expect.objectContaining({ requirementId: last.requirementId, ref: last.ref })]);
    expect(oneMissing.errors?.[0]).toMatchObject({ field: 'verdicts' });
    expect(oneMissing.errors?.[0]?.message).toContain(last.requirementId);

    // not_satisfied without a condition: refused.
    expect((await put(1, last.requirementId, { outcome: 'not_satisfied', comment: 'No escalation matrix for remote technicians.' })).status).toBe(200);
    const notSatisfied = expectProblem(await decide(1, { outcome: 'conformant' }), 422);
    expect(notSatisfied).toMatchObject({ code: 'reviews.decision_not_ready', unjudged: 0, notSatisfied: 1 });
    const numbers = await readiness(1);
    expect(numbers.body).toMatchObject({
      applicable: entries.length,
      judged: entries.length,
      unjudged: { count: 0 },
      notSatisfied: { count: 1, first: [{ requirementId: last.requirementId }] },
      ready: false,
      readyWithConditions: false,
    });

    // A condition must rest on a finding of this workspace and have a due date.
    const minor = await http.post<{ id: string }>(
      `${base()}/submissions/1/findings`,
      { requirementId: last.requirementId, severity: 'minor_nonconformity', title: 'Escalation matrix missing', dueDate: inDays(60) },
      assessor.owner.as,
    );
    expect(minor.status, JSON.stringify(minor.body)).toBe(201);
    const foreign = expectProblem(
      await decide(1, {
        outcome: 'conformant_with_conditions',
        conditions: [{ text: 'Publish the matrix', dueDate: inDays(60), findingId: crypto.randomUUID() }],
      }),
      422,
    );
    expect(foreign.errors?.map((e) => e.field)).toEqual(['conditions[0].findingId']);
    expectProblem(await decide(1, { outcome: 'conformant_with_conditions', conditions: [{ text: 'Publish the matrix', findingId: minor.body.id }] }), 400);
    expect(
      expectProblem(await decide(1, { outcome: 'conformant', conditions: [{ text: 'x', dueDate: inDays(9), findingId: minor.body.id }] }), 422).errors?.map(
        (e) => e.field,
      ),
    ).toEqual(['conditions']);

    // A validity that ends before it starts: refused, whatever the outcome.
    const reversed = expectProblem(await decide(1, { outcome: 'nonconformant', validFrom: inDays(10), validUntil: inDays(5) }), 400);
    expect(reversed.code).toBe('reviews.invalid_dates');
    expect(reversed.errors?.map((e) => e.field)).toEqual(['validUntil']);
    // A positive decision whose validity is already over (today's end included) could never be attested, and would
    // use up the submission: refused before anything else is looked at.
    for (const validUntil of [inDays(-35), inDays(0)]) {
      const over = expectProblem(await decide(1, { outcome: 'conformant', validFrom: inDays(-400), validUntil }), 400);
      expect(over.code).toBe('reviews.invalid_dates');
      expect(over.errors?.map((e) => e.field)).toEqual(['validUntil']);
    }
    // A scope outside the workspace's targets: 422 naming the field.
    expect(expectProblem(await decide(1, { outcome: 'nonconformant', scope: { markets: ['MY'] } }), 422).errors?.map((e) => e.field)).toEqual([
      'scope.markets',
    ]);
    expect(
      expectProblem(await decide(1, { outcome: 'nonconformant', scope: { frameworkIds: [crypto.randomUUID()] } }), 422).errors?.map((e) => e.field),
    ).toEqual(['scope.frameworkIds']);
    // Compatible ranges: valid semver that includes the assessed version.
    expect(
      expectProblem(await decide(1, { outcome: 'nonconformant', compatibleRanges: [{ componentId: ws.saasComponentId, range: 'four-ish' }] }), 422).errors?.map(
        (e) => e.field,
      ),
    ).toEqual(['compatibleRanges[0].range']);
    expect(
      expectProblem(await decide(1, { outcome: 'nonconformant', compatibleRanges: [{ componentId: ws.saasComponentId, range: '>=5.0.0' }] }), 422).code,
    ).toBe('reviews.invalid_compatible_range');

    // The condition resting on the finding covers the not_satisfied verdict.
    const decided = await decide(1, {
      outcome: 'conformant_with_conditions',
      scope: { markets: ['th'] },
      conditions: [{ text: 'Publish the escalation matrix for remote technicians', dueDate: inDays(60), findingId: minor.body.id }],
      compatibleRanges: [{ componentId: ws.saasComponentId, range: '>=4.2.0 <4.3.0' }],
    });
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    expect(decided.body).toMatchObject({
      outcome: 'conformant_with_conditions',
      status: 'final',
      scope: { frameworkIds: [...ws.frameworkIds].sort(), markets: ['TH'] },
      conditions: ['Publish the escalation matrix for remote technicians'],
      conditionDetails: [{ text: 'Publish the escalation matrix for remote technicians', dueDate: inDays(60), findingId: minor.body.id }],
      compatibleRanges: [{ componentId: ws.saasComponentId, range: '>=4.2.0 <4.3.0' }],
    });

    // (The read model attestations are issued from, and its immunity to later offering edits: test/service/reviews.service-spec.ts.)

    // The manifest's digest covers the components: a tampered component version breaks verification.
    expect((await http.get<{ valid: boolean }>(`${base()}/submissions/1/verify`, assessor.owner.as)).body.valid).toBe(true);
    await sql(`UPDATE submission_manifests SET components = jsonb_set(components, '{0,version}', '"9.9.9"') WHERE workspace_id = $1 AND number = 1`, [ws.id]);
    const tampered = await http.get<{ valid: boolean; digest: { matches: boolean; recorded: string; recomputed: string } }>(
      `${base()}/submissions/1/verify`,
      assessor.owner.as,
    );
    expect(tampered.body.valid).toBe(false);
    expect(tampered.body.digest.matches).toBe(false);
    expect(tampered.body.digest.recorded).toBe(submitted.body.manifest.digest);
  }, 180_000);

  it('re-checks the rule when a second assessor confirms (four-eyes), and refuses a major finding left open', async () => {
    const wsNow = await http.get<{ version: number }>(`${base()}`, maker.owner.as);
    expect(
      (await http.call('PATCH', base(), { body: { fourEyes: true }, as: maker.owner.as, headers: { 'if-match': `"${wsNow.body.version}"` } })).status,
    ).toBe(200);
    const second = await http.post<{ number: number }>(`${base()}/submissions`, {}, maker.owner.as);
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    await judgeAll(http, ws.id, 2, assessor.owner.as);
    const entries = await submissionEntries(http, ws.id, 2, assessor.owner.as);
    // The minor finding of submission 1 carried over; a major one blocks.
    const major = await http.post<{ id: string }>(
      `${base()}/submissions/2/findings`,
      { requirementId: entries[0]!.requirementId, severity: 'major_nonconformity', title: 'Backups untested', dueDate: inDays(10) },
      assessor.owner.as,
    );
    expect(major.status).toBe(201);
    const blocked = expectProblem(await decide(2, { outcome: 'conformant' }), 422);
    expect(blocked).toMatchObject({ code: 'reviews.decision_not_ready', openMajorFindings: 1, unjudged: 0 });
    expect((blocked.readiness as Readiness).openMajorFindings.first).toEqual([expect.objectContaining({ findingId: major.body.id })]);
    await sql(`UPDATE findings SET status = 'closed' WHERE id = $1`, [major.body.id]);
    const pending = await decide(2, { outcome: 'conformant' });
    expect(pending.status, JSON.stringify(pending.body)).toBe(201);
    expect(pending.body.status).toBe('pending_confirmation');
    // Meanwhile a verdict turns: the second assessor's confirmation is refused by the same rule.
    await sql(
      `UPDATE verdicts SET outcome = 'needs_information' WHERE submission_id = (SELECT id FROM submissions WHERE workspace_id = $1 AND number = 2) AND requirement_id = $2`,
      [ws.id, entries[1]!.requirementId],
    );
    const second2 = await w.newMember(assessor, MemberRole.Member);
    const refused = expectProblem(await http.post(`${base()}/submissions/2/decision/confirm`, {}, second2.as), 422);
    expect(refused).toMatchObject({ code: 'reviews.decision_not_ready', needsInformation: 1 });
    // A decision still waiting for its second assessor is not attested.
    const unconfirmed = expectProblem(await http.post(`${base()}/attestations`, { decisionId: pending.body.id, accredited: false }, assessor.owner.as), 422);
    expect(unconfirmed.code).toBe('attestation.decision_not_final');
  }, 120_000);

  it('a condition covers only the requirement of its finding; a blank not_applicable justification, a condition due before validFrom and an answered major finding block; only a final positive decision is attested, by its assessor', async () => {
    const ws2 = await w.newWorkspace(maker);
    await w.join(maker, ws2, assessor, 'assessor');
    await workspaceWithEvidence({ http, maker, assessor, ws: ws2 });
    const { number } = await submitted({ http, maker, assessor, ws: ws2 });
    const b = `/v1/workspaces/${ws2.id}`;
    const [rA, rB, rC] = (await submissionEntries(http, ws2.id, number, assessor.owner.as)).map((e) => e.requirementId) as [string, string, string];
    const verdict = (requirementId: string, body: unknown, ifMatch?: string) =>
      http.call('PUT', `${b}/submissions/${number}/verdicts/${requirementId}`, {
        body,
        as: assessor.owner.as,
        headers: ifMatch ? { 'if-match': ifMatch } : {},
      });
    const decideOn = (body: Record<string, unknown>) =>
      http.post<{ id: string; status: string }>(
        `${b}/submissions/${number}/decision`,
        { scopeStatement: 'VMC-850 rev C with PredictCare 4.2.0', validFrom: inDays(0), validUntil: inDays(365), ...body },
        assessor.owner.as,
      );
    const finding = async (requirementId: string, severity: string) => {
      const f = await http.post<{ id: string }>(
        `${b}/submissions/${number}/findings`,
        { requirementId, severity, title: `${severity} raised in review`, dueDate: inDays(30) },
        assessor.owner.as,
      );
      expect(f.status, JSON.stringify(f.body)).toBe(201);
      return f.body.id;
    };
    const condition = (findingId: string, dueDate = inDays(60)) => ({ text: 'Close the gap the finding names', dueDate, findingId });

    await judgeAll(http, ws2.id, number, assessor.owner.as, { except: [rA, rB] });
    expect((await verdict(rA, { outcome: 'not_satisfied', comment: 'No escalation matrix for remote technicians.' })).status).toBe(200);
    expect((await verdict(rB, { outcome: 'not_satisfied', comment: 'No spare-parts plan.' })).status).toBe(200);
    const fA = await finding(rA, 'minor_nonconformity');
    const fB = await finding(rB, 'observation');

    // conformant_with_conditions rests on verdicts too: a condition on rA's finding leaves rB not satisfied.
    const uncovered = expectProblem(await decideOn({ outcome: 'conformant_with_conditions', conditions: [condition(fA)] }), 422);
    expect(uncovered).toMatchObject({ code: 'reviews.decision_not_ready', notSatisfied: 1, unjudged: 0 });
    expect((uncovered.readiness as Readiness).notSatisfied.first).toEqual([expect.objectContaining({ requirementId: rB })]);
    // A condition falls due on or after the decision's validFrom.
    const early = expectProblem(await decideOn({ outcome: 'conformant_with_conditions', conditions: [condition(fA), condition(fB, inDays(-1))] }), 422);
    expect(early.code).toBe('reviews.invalid_condition');
    expect(early.errors?.map((e) => e.field)).toEqual(['conditions[1].dueDate']);

    // not_applicable counts only with a justification; blanks are none.
    expect((await verdict(rB, { outcome: 'not_applicable', comment: '   ' }, '"1"')).status).toBe(200);
    const blank = expectProblem(await decideOn({ outcome: 'conformant_with_conditions', conditions: [condition(fA)] }), 422);
    expect(blank).toMatchObject({ code: 'reviews.decision_not_ready', notApplicableWithoutJustification: 1, notSatisfied: 0 });
    expect((await verdict(rB, { outcome: 'not_applicable', comment: 'The model has no remote access.' }, '"2"')).status).toBe(200);

    // A major nonconformity the supplier answered still blocks until the assessor accepts the answer.
    const major = await finding(rC, 'major_nonconformity');
    expect((await http.post(`${b}/findings/${major}/responses`, { text: 'Backups are now restored weekly.' }, maker.owner.as)).status).toBe(201);
    const answered = expectProblem(await decideOn({ outcome: 'conformant_with_conditions', conditions: [condition(fA)] }), 422);
    expect(answered).toMatchObject({ code: 'reviews.decision_not_ready', openMajorFindings: 1 });
    expect((await http.post(`${b}/findings/${major}/review`, { decision: 'accept' }, assessor.owner.as)).status).toBe(200);
    const decided = await decideOn({ outcome: 'conformant_with_conditions', conditions: [condition(fA)] });
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);

    // Another assessor organization of the workspace does not issue the decision's attestation; its own assessor does.
    await w.join(maker, ws2, outsider, 'assessor');
    const foreign = expectProblem(await http.post(`${b}/attestations`, { decisionId: decided.body.id, accredited: false }, outsider.owner.as), 403);
    expect(foreign.code).toBe('attestation.not_issuer');
    expect((await http.post(`${b}/attestations`, { decisionId: decided.body.id, accredited: false }, assessor.owner.as)).status).toBe(201);

    // A nonconformant decision is final, but there is nothing to attest.
    const ws3 = await w.newWorkspace(maker);
    await w.join(maker, ws3, assessor, 'assessor');
    await workspaceWithEvidence({ http, maker, assessor, ws: ws3 });
    await submitted({ http, maker, assessor, ws: ws3 });
    expect((await http.post(`/v1/workspaces/${ws3.id}/submissions/1/status`, { status: 'in_review' }, assessor.owner.as)).status).toBe(200);
    const negative = await http.post<{ id: string; status: string }>(
      `/v1/workspaces/${ws3.id}/submissions/1/decision`,
      { outcome: 'nonconformant', scopeStatement: 'VMC-850 rev C', validFrom: inDays(0), validUntil: inDays(365) },
      assessor.owner.as,
    );
    expect(negative.status, JSON.stringify(negative.body)).toBe(201);
    expect(negative.body.status).toBe('final');
    const notPositive = expectProblem(
      await http.post(`/v1/workspaces/${ws3.id}/attestations`, { decisionId: negative.body.id, accredited: false }, assessor.owner.as),
      422,
    );
    expect(notPositive.code).toBe('attestation.decision_not_positive');
  }, 120_000);

  it('a decision scoped to one framework rests on its verdicts only, when decided and when a second assessor confirms', async () => {
    const ws4 = await w.newWorkspace(maker);
    await w.join(maker, ws4, assessor, 'assessor');
    await workspaceWithEvidence({ http, maker, assessor, ws: ws4 });
    const b = `/v1/workspaces/${ws4.id}`;
    const version = (await http.get<{ version: number }>(b, maker.owner.as)).body.version;
    expect((await http.call('PATCH', b, { body: { fourEyes: true }, as: maker.owner.as, headers: { 'if-match': `"${version}"` } })).status).toBe(200);
    const { number } = await submitted({ http, maker, assessor, ws: ws4 });
    const [scoped, other] = ws4.frameworkIds as [string, string];
    const entries = await submissionEntries(http, ws4.id, number, assessor.owner.as);
    const otherIds = entries.filter((e) => e.frameworkId === other).map((e) => e.requirementId);
    expect(otherIds.length).toBeGreaterThan(0);
    await judgeAll(http, ws4.id, number, assessor.owner.as, { except: otherIds });

    // The whole workspace is not ready (the other framework is unjudged); the scoped framework is.
    const whole = await http.get<Readiness>(`${b}/submissions/${number}/decision-readiness`, assessor.owner.as);
    expect(whole.body).toMatchObject({ ready: false, unjudged: { count: otherIds.length } });
    const part = await http.get<Readiness>(`${b}/submissions/${number}/decision-readiness?frameworkIds=${scoped}`, assessor.owner.as);
    expect(part.body).toMatchObject({ ready: true, applicable: entries.length - otherIds.length, unjudged: { count: 0 } });

    const pending = await http.post<{ id: string; status: string }>(
      `${b}/submissions/${number}/decision`,
      { outcome: 'conformant', scopeStatement: 'PredictCare 4.2.0', validFrom: inDays(0), validUntil: inDays(365), scope: { frameworkIds: [scoped] } },
      assessor.owner.as,
    );
    expect(pending.status, JSON.stringify(pending.body)).toBe(201);
    expect(pending.body.status).toBe('pending_confirmation');
    const confirmer = await w.newMember(assessor, MemberRole.Member);
    const confirmed = await http.post<{ status: string; scope: { frameworkIds: string[] } }>(`${b}/submissions/${number}/decision/confirm`, {}, confirmer.as);
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body).toMatchObject({ status: 'final', scope: { frameworkIds: [scoped] } });
  }, 120_000);

  it('makes a positive decision valid only from when the evidence it rests on is in effect', async () => {
    const own = await assessmentCast(http);
    const path = `/v1/workspaces/${own.ws.id}/submissions`;
    // The incident-response procedure the decision rests on takes effect in ten days.
    await workspaceWithEvidence(own, [{ effectiveDate: '2026-01-01' }, { title: 'Incident response procedure', effectiveDate: inDays(10) }]);
    const { number } = await submitted(own);
    await judgeAll(http, own.ws.id, number, own.assessor.owner.as);
    const decideOwn = (validFrom: string, outcome = 'conformant') =>
      http.post<{ validFrom: string }>(
        `${path}/${number}/decision`,
        { outcome, scopeStatement: 'VMC-850 rev C with PredictCare 4.2.0', validFrom, validUntil: inDays(365) },
        own.assessor.owner.as,
      );
    // The readiness says so before the assessor tries: the window its validFrom must keep to.
    const readiness = await http.get<{ ready: boolean; validFromNotBefore: string | null }>(`${path}/${number}/decision-readiness`, own.assessor.owner.as);
    expect(readiness.body).toMatchObject({ ready: true, validFromNotBefore: inDays(10) });
    const early = expectProblem(await decideOwn(inDays(0)), 400);
    expect(early).toMatchObject({ code: 'reviews.invalid_dates', evidenceInEffectFrom: inDays(10), errors: [{ field: 'validFrom' }] });
    expect(expectProblem(await decideOwn(inDays(9)), 400).code).toBe('reviews.invalid_dates');
    const decided = await decideOwn(inDays(10));
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    expect(decided.body.validFrom).toBe(inDays(10));
  });

  it('does not let a positive decision rest on evidence that has expired, or begin after evidence it rests on lapses', async () => {
    const own = await assessmentCast(http);
    const path = `/v1/workspaces/${own.ws.id}/submissions`;
    // The service-level definition lapsed yesterday; the test report is valid for a month more.
    const [, lapsed] = await workspaceWithEvidence(own, [
      { effectiveDate: '2026-01-01', validUntil: inDays(30) },
      { title: 'Service-level definition 2025', effectiveDate: '2025-01-01', validUntil: inDays(-1) },
    ]);
    const { number } = await submitted(own);
    await judgeAll(http, own.ws.id, number, own.assessor.owner.as);
    const decideOwn = (outcome: string, validFrom = inDays(0)) =>
      http.post<{ id: string; outcome: string }>(
        `${path}/${number}/decision`,
        { outcome, scopeStatement: 'VMC-850 rev C with PredictCare 4.2.0', validFrom, validUntil: inDays(365) },
        own.assessor.owner.as,
      );

    // Everything is judged satisfied, yet readiness names the lapsed evidence and is not ready.
    const r = await http.get<Readiness>(`${path}/${number}/decision-readiness`, own.assessor.owner.as);
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body).toMatchObject({ unjudged: { count: 0 }, ready: false, readyWithConditions: false });
    expect(r.body.expiredEvidence).toEqual({
      count: 1,
      first: [expect.objectContaining({ evidenceId: lapsed!.evidenceId, versionId: lapsed!.versionId, validUntil: inDays(-1) })],
    });

    const refused = expectProblem(await decideOwn('conformant'), 422);
    expect(refused).toMatchObject({ code: 'reviews.decision_not_ready', expiredEvidence: 1 });
    expect(refused.errors).toEqual([expect.objectContaining({ field: 'evidence' })]);
    // A negative decision may still be recorded on it.
    const negative = await decideOwn('nonconformant');
    expect(negative.status, JSON.stringify(negative.body)).toBe(201);

    // Evidence valid for 30 more days: a decision may begin on its last day, not after it.
    const own2 = await assessmentCast(http);
    await workspaceWithEvidence(own2, [{ effectiveDate: '2026-01-01', validUntil: inDays(30) }]);
    const second = await submitted(own2);
    await judgeAll(http, own2.ws.id, second.number, own2.assessor.owner.as);
    const decide2 = (validFrom: string) =>
      http.post<{ validFrom: string }>(
        `/v1/workspaces/${own2.ws.id}/submissions/${second.number}/decision`,
        { outcome: 'conformant', scopeStatement: 'VMC-850 rev C with PredictCare 4.2.0', validFrom, validUntil: inDays(365) },
        own2.assessor.owner.as,
      );
    const late = expectProblem(await decide2(inDays(31)), 400);
    expect(late).toMatchObject({ code: 'reviews.invalid_dates', evidenceValidUntil: inDays(30), errors: [{ field: 'validFrom' }] });
    const onTime = await decide2(inDays(30));
    expect(onTime.status, JSON.stringify(onTime.body)).toBe(201);
  });
});
