import { OrganizationKind } from '@attesta/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { factories, OPERATOR, TEST_ACCREDITED_MARKETS } from '../setup/factories.js';
import { client, expectProblem, type Client } from '../setup/http.js';
import { judgeAll, submissionEntries } from '../setup/review-helpers.js';
import { assessmentCast, decidedSubmission, isoDay, submitted, workspaceWithEvidence, type AssessmentCast } from '../setup/scenario.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';

/** What a decision and its attestation say is what the review judged, by the body that judged it, accredited to certify. */
describe('Decisions say what the review judged (HTTP)', () => {
  let t: TestApp;
  let http: Client;

  beforeAll(async () => {
    t = await createTestApp();
    http = client(t.baseUrl);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  const decide = (cast: AssessmentCast, n: number, body: Record<string, unknown>, as = cast.assessor.owner.as) =>
    http.post<{ id: string; scope: { frameworkIds: string[] }; status: string }>(
      `/v1/workspaces/${cast.ws.id}/submissions/${n}/decision`,
      { outcome: 'conformant', scopeStatement: 'VMC-850 rev C with PredictCare 4.2.0', validFrom: isoDay(0), validUntil: isoDay(365), ...body },
      as,
    );

  /** The owner moves the workspace from the baseline onto its own "attesta-dser 9.0", one easy requirement of its own writing; its id. */
  const moveToOwnVersion = async (cast: AssessmentCast, baselineId: string): Promise<string> => {
    const own = await http.post<{ id: string }>(
      '/v1/frameworks',
      {
        code: 'attesta-dser',
        title: 'Digital Service Export Readiness (easy)',
        version: '9.0',
        requirements: [{ ref: 'E-1', title: 'Anything', kind: 'control', parentRef: null, statement: 'Anything goes.' }],
      },
      cast.maker.owner.as,
    );
    expect(own.status, JSON.stringify(own.body)).toBe(201);
    const mapping = await http.post<{ id: string }>(
      '/v1/framework-version-mappings',
      { fromFrameworkId: baselineId, toFrameworkId: own.body.id, entries: [] },
      cast.maker.owner.as,
    );
    expect(mapping.status, JSON.stringify(mapping.body)).toBe(201);
    const moved = await http.post(`/v1/workspaces/${cast.ws.id}/framework-moves`, { mappingId: mapping.body.id }, cast.maker.owner.as);
    expect(moved.status, JSON.stringify(moved.body)).toBe(201);
    return own.body.id;
  };

  it('claims only frameworks the submission froze: one the workspace moved to during the review is not in the default scope and is refused', async () => {
    const cast = await assessmentCast(http, { join: ['assessor'] });
    const base = `/v1/workspaces/${cast.ws.id}`;
    const [baselineId, isoId] = cast.ws.frameworkIds as [string, string];
    await workspaceWithEvidence(cast);
    const { number } = await submitted(cast);
    await judgeAll(http, cast.ws.id, number, cast.assessor.owner.as);

    // While the assessor reviews, the owner moves the workspace onto a "version" of its own with one easy requirement.
    const easyId = await moveToOwnVersion(cast, baselineId);

    // Nothing of the new framework was submitted or judged: readiness and the default scope keep to what was frozen.
    const readiness = await http.get<{ scope: { frameworkIds: string[] }; applicable: number; ready: boolean }>(
      `${base}/submissions/${number}/decision-readiness`,
      cast.assessor.owner.as,
    );
    expect(readiness.status, JSON.stringify(readiness.body)).toBe(200);
    expect(readiness.body.scope.frameworkIds).toEqual([baselineId, isoId].sort());
    expect(readiness.body.ready).toBe(true);
    const asked = await http.get(`${base}/submissions/${number}/decision-readiness?frameworkIds=${easyId}`, cast.assessor.owner.as);
    expect(expectProblem(asked, 422).errors?.map((e) => e.field)).toEqual(['scope.frameworkIds']);
    const claimed = expectProblem(await decide(cast, number, { scope: { frameworkIds: [isoId, easyId] } }), 422);
    expect(claimed.code).toBe('reviews.invalid_scope');
    expect(claimed.errors).toEqual([{ field: 'scope.frameworkIds', message: expect.stringContaining(easyId) }]);

    const decided = await decide(cast, number, {});
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    expect(decided.body.scope.frameworkIds).toEqual([baselineId, isoId].sort());
    const issued = await http.post<{ frameworks: { id: string }[] }>(
      `${base}/attestations`,
      { decisionId: decided.body.id, accredited: false },
      cast.assessor.owner.as,
    );
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    expect(issued.body.frameworks.map((f) => f.id).sort()).toEqual([baselineId, isoId].sort());
  });

  it('claims only the markets the submission was made for: one the owner adds during the review is not in the default scope and is refused', async () => {
    const cast = await assessmentCast(http, { join: ['assessor'] });
    const base = `/v1/workspaces/${cast.ws.id}`;
    await workspaceWithEvidence(cast);
    const { number } = await submitted(cast);
    await judgeAll(http, cast.ws.id, number, cast.assessor.owner.as);
    const current = await http.get<{ version: number; targetMarkets: string[] }>(base, cast.maker.owner.as);
    const submittedFor = [...current.body.targetMarkets].sort();
    expect(submittedFor).not.toContain('SG');

    // While the assessor reviews, the owner adds Singapore to the workspace.
    const widened = await http.call<{ targetMarkets: string[] }>('PATCH', base, {
      body: { targetMarkets: [...current.body.targetMarkets, 'SG'] },
      as: cast.maker.owner.as,
      headers: { 'if-match': `"${current.body.version}"` },
    });
    expect(widened.status, JSON.stringify(widened.body)).toBe(200);
    expect(widened.body.targetMarkets).toContain('SG');

    // Nothing was submitted or judged for SG: readiness and the default scope keep to the submitted markets; asking for it is refused.
    const readiness = await http.get<{ scope: { markets: string[] } }>(`${base}/submissions/${number}/decision-readiness`, cast.assessor.owner.as);
    expect(readiness.status, JSON.stringify(readiness.body)).toBe(200);
    expect(readiness.body.scope.markets).toEqual(submittedFor);
    const claimed = expectProblem(await decide(cast, number, { scope: { markets: ['SG', ...submittedFor] } }), 422);
    expect(claimed.code).toBe('reviews.invalid_scope');
    expect(claimed.errors).toEqual([{ field: 'scope.markets', message: expect.stringContaining('resubmit') }]);

    const decided = await http.post<{ id: string; scope: { markets: string[] } }>(
      `${base}/submissions/${number}/decision`,
      { outcome: 'conformant', scopeStatement: 'VMC-850 rev C with PredictCare 4.2.0', validFrom: isoDay(0), validUntil: isoDay(365) },
      cast.assessor.owner.as,
    );
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    expect(decided.body.scope.markets).toEqual(submittedFor);
    const issued = await http.post<{ markets: string[] }>(`${base}/attestations`, { decisionId: decided.body.id, accredited: false }, cast.assessor.owner.as);
    expect(issued.status, JSON.stringify(issued.body)).toBe(201);
    expect([...issued.body.markets].sort()).toEqual(submittedFor);

    // A new submission is made for SG too.
    const next = await submitted(cast);
    const nextReadiness = await http.get<{ scope: { markets: string[] } }>(`${base}/submissions/${next.number}/decision-readiness`, cast.assessor.owner.as);
    expect(nextReadiness.body.scope.markets).toEqual([...submittedFor, 'SG'].sort());
  });

  it("an accreditation for a catalog standard's code does not cover an organization's own framework under that code", async () => {
    const cast = await assessmentCast(http, { join: ['assessor'], accreditedAssessor: true });
    const base = `/v1/workspaces/${cast.ws.id}`;
    const [baselineId] = cast.ws.frameworkIds as [string, string];
    // Before submitting, the owner moves the workspace onto its own "attesta-dser 9.0", one easy requirement of its own writing.
    const ownId = await moveToOwnVersion(cast, baselineId);
    await workspaceWithEvidence(cast);
    const { number } = await submitted(cast);
    await judgeAll(http, cast.ws.id, number, cast.assessor.owner.as);
    const decided = await decide(cast, number, {});
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    expect(decided.body.scope.frameworkIds).toContain(ownId);

    // The assessor's verified accreditation names attesta-dser (the catalog's): it does not make this attestation accredited.
    const refused = expectProblem(await http.post(`${base}/attestations`, { decisionId: decided.body.id }, cast.assessor.owner.as), 422);
    expect(refused).toMatchObject({ code: 'accreditation.not_accredited', ownFrameworkVersions: [{ id: ownId, code: 'attesta-dser', version: '9.0' }] });
    expect(refused.errors?.map((e) => e.field)).toEqual(['accredited']);
    expect((await http.get<{ data: unknown[] }>(`${base}/attestations`, cast.assessor.owner.as)).body.data).toHaveLength(0);
    // Issued as not accredited, it says so.
    const plain = await http.post<{ accreditation: unknown }>(
      `${base}/attestations`,
      { decisionId: decided.body.id, accredited: false },
      cast.assessor.owner.as,
    );
    expect(plain.status, JSON.stringify(plain.body)).toBe(201);
    expect(plain.body.accreditation).toBeNull();
  });

  it('keeps four-eyes for a submission made with it: the owner turning it off during the review does not waive the second assessor', async () => {
    const cast = await assessmentCast(http, { join: ['assessor'] });
    const base = `/v1/workspaces/${cast.ws.id}`;
    const setFourEyes = async (on: boolean) => {
      const { version } = (await http.get<{ version: number }>(base, cast.maker.owner.as)).body;
      const res = await http.call<{ fourEyes: boolean }>('PATCH', base, {
        body: { fourEyes: on },
        as: cast.maker.owner.as,
        headers: { 'if-match': `"${version}"` },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.fourEyes).toBe(on);
    };
    await setFourEyes(true);
    await workspaceWithEvidence(cast);
    const { number } = await submitted(cast);
    await judgeAll(http, cast.ws.id, number, cast.assessor.owner.as);
    // The assessed owner switches four-eyes off before the assessor decides.
    await setFourEyes(false);
    const decided = await decide(cast, number, {});
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
    expect(decided.body.status).toBe('pending_confirmation');
  });

  it('attests only the latest decision: an earlier positive one is refused once a later submission is decided, whatever its outcome', async () => {
    const cast = await assessmentCast(http, { join: ['assessor'] });
    const base = `/v1/workspaces/${cast.ws.id}`;
    const first = await decidedSubmission(cast);
    const { number } = await submitted(cast);
    await judgeAll(http, cast.ws.id, number, cast.assessor.owner.as);
    const negative = await decide(cast, number, { outcome: 'nonconformant' });
    expect(negative.status, JSON.stringify(negative.body)).toBe(201);

    const refused = expectProblem(await http.post(`${base}/attestations`, { decisionId: first.decisionId, accredited: false }, cast.assessor.owner.as), 409);
    expect(refused).toMatchObject({
      code: 'attestation.decision_superseded',
      laterDecisionId: negative.body.id,
      laterSubmissionNumber: number,
      laterOutcome: 'nonconformant',
    });
    const list = await http.get<{ data: unknown[] }>(`${base}/attestations`, cast.assessor.owner.as);
    expect(list.body.data).toEqual([]);

    // The latest decision, positive, is attested as ever.
    const third = await decidedSubmission(cast, {}, []);
    expect((await http.post(`${base}/attestations`, { decisionId: third.decisionId, accredited: false }, cast.assessor.owner.as)).status).toBe(201);
    expectProblem(await http.post(`${base}/attestations`, { decisionId: first.decisionId, accredited: false }, cast.assessor.owner.as), 409);
  });

  it('a condition falls due while the decision is valid, and a positive decision is not valid before its submission was frozen', async () => {
    const cast = await assessmentCast(http, { join: ['assessor'] });
    const base = `/v1/workspaces/${cast.ws.id}`;
    await workspaceWithEvidence(cast, [{ effectiveDate: '2020-01-01' }]);
    const { number } = await submitted(cast);
    await judgeAll(http, cast.ws.id, number, cast.assessor.owner.as);
    const [entry] = await submissionEntries(http, cast.ws.id, number, cast.assessor.owner.as);
    const finding = await http.post<{ id: string }>(
      `${base}/submissions/${number}/findings`,
      { requirementId: entry!.requirementId, severity: 'minor_nonconformity', title: 'Escalation contact missing' },
      cast.assessor.owner.as,
    );
    expect(finding.status, JSON.stringify(finding.body)).toBe(201);
    const conditional = (dueDate: string, validFrom = isoDay(0)) =>
      decide(cast, number, {
        outcome: 'conformant_with_conditions',
        validFrom,
        validUntil: isoDay(100),
        conditions: [{ text: 'Name the escalation contact', dueDate, findingId: finding.body.id }],
      });

    // Due after the validity ends, the condition would never fall due: the attestation would read it as met throughout.
    const late = expectProblem(await conditional(isoDay(3000)), 422);
    expect(late.code).toBe('reviews.invalid_condition');
    expect(late.errors?.map((e) => e.field)).toEqual(['conditions[0].dueDate']);

    // Evidence in effect since 2020 does not make a validity from 2020 true: what was judged was frozen today.
    const today = isoDay(0);
    const readiness = await http.get<{ validFromNotBefore: string | null }>(`${base}/submissions/${number}/decision-readiness`, cast.assessor.owner.as);
    expect(readiness.body.validFromNotBefore).toBe(today);
    for (const validFrom of ['2020-06-01', isoDay(-1)]) {
      const backdated = expectProblem(await conditional(isoDay(100), validFrom), 400);
      expect(backdated).toMatchObject({ code: 'reviews.invalid_dates', submittedOn: today });
      expect(backdated.errors?.map((e) => e.field)).toEqual(['validFrom']);
    }
    // From the day it was frozen, with the condition due on the last day of the validity: recorded.
    const decided = await conditional(isoDay(100));
    expect(decided.status, JSON.stringify(decided.body)).toBe(201);
  });

  it('one assessor organization reviews a submission: a second one of the workspace can neither judge over its verdicts nor decide on them', async () => {
    const cast = await assessmentCast(http, { join: ['assessor'] });
    const base = `/v1/workspaces/${cast.ws.id}`;
    const friendly = await cast.factories.newOrganization(OrganizationKind.Assessor);
    await cast.factories.join(cast.maker, cast.ws, friendly, 'assessor');
    await workspaceWithEvidence(cast);
    const { number } = await submitted(cast);
    // The friendlier assessor judges everything satisfied first.
    await judgeAll(http, cast.ws.id, number, friendly.owner.as);
    const [entry] = await submissionEntries(http, cast.ws.id, number, cast.assessor.owner.as);

    const verdict = await http.call('PUT', `${base}/submissions/${number}/verdicts/${entry!.requirementId}`, {
      body: { outcome: 'not_satisfied', comment: 'The SLA names no measurement window.' },
      as: cast.assessor.owner.as,
      headers: { 'if-match': '"1"' },
    });
    expect(expectProblem(verdict, 403)).toMatchObject({ code: 'reviews.wrong_role', reviewerOrganizationId: friendly.id });
    const finding = await http.post(
      `${base}/submissions/${number}/findings`,
      { requirementId: entry!.requirementId, severity: 'major_nonconformity', title: 'No measurement window' },
      cast.assessor.owner.as,
    );
    expect(expectProblem(finding, 403).code).toBe('reviews.wrong_role');
    expect(expectProblem(await http.post(`${base}/submissions/${number}/status`, { status: 'changes_requested' }, cast.assessor.owner.as), 403).code).toBe(
      'reviews.wrong_role',
    );
    // Its decision would rest on verdicts it never recorded.
    expect(expectProblem(await decide(cast, number, {}), 403)).toMatchObject({ code: 'reviews.wrong_role', reviewerOrganizationId: friendly.id });
    expect((await http.get(`${base}/submissions/${number}/decision`, cast.assessor.owner.as)).status).toBe(404);

    // The organization that judged it decides.
    const own = await decide(cast, number, {}, friendly.owner.as);
    expect(own.status, JSON.stringify(own.body)).toBe(201);
  });

  it('an accreditation to certify persons (ISO/IEC 17024) does not make an offering attestation accredited', async () => {
    const f = factories(http);
    const cast = await assessmentCast(http, { join: ['assessor'] });
    const frameworks = (await http.get<{ data: { code: string; source: string }[] }>('/v1/frameworks?limit=200', cast.assessor.owner.as)).body.data
      .filter((x) => x.source === 'built_in')
      .map((x) => x.code);
    const declared = await http.post<{ id: string }>(
      '/v1/organization/accreditations',
      {
        bodyId: (await f.testAccreditationBody()).id,
        number: `PERS-${Date.now()}`,
        standard: 'ISO/IEC 17024',
        scope: { frameworkCodes: frameworks, markets: TEST_ACCREDITED_MARKETS, serviceCategories: [] },
        validFrom: '2025-01-01',
        validUntil: '2099-12-31',
      },
      cast.assessor.owner.as,
    );
    expect(declared.status, JSON.stringify(declared.body)).toBe(201);
    const confirmed = await http.post(`/v1/operator/accreditations/${declared.body.id}/confirm`, { evidence: 'register entry checked' }, OPERATOR);
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    const decided = await decidedSubmission(cast);

    const refused = expectProblem(
      await http.post(`/v1/workspaces/${cast.ws.id}/attestations`, { decisionId: decided.decisionId }, cast.assessor.owner.as),
      422,
    );
    expect(refused).toMatchObject({
      code: 'accreditation.not_accredited',
      verifiedActiveAccreditations: 0,
      otherStandards: ['ISO/IEC 17024'],
      acceptedStandards: ['ISO/IEC 17065', 'ISO/IEC 17021-1'],
    });
    expect(refused.detail).toMatch(/verified under ISO\/IEC 17024 only/);
    // Issued as what it is: not accredited.
    const plain = await http.post<{ accredited: boolean }>(
      `/v1/workspaces/${cast.ws.id}/attestations`,
      { decisionId: decided.decisionId, accredited: false },
      cast.assessor.owner.as,
    );
    expect(plain.status, JSON.stringify(plain.body)).toBe(201);
    expect(plain.body.accredited).toBe(false);
  });
});
