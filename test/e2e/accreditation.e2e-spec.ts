import { MemberRole, newId, OrganizationKind } from '@attesta/core';
import { CompactSign, decodeJwt, exportJWK, generateKeyPair } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OPERATOR, type TestOrg } from '../setup/factories.js';
import { client, expectProblem, type Client, type Credentials } from '../setup/http.js';
import { signUpAndConfirm } from '../setup/mailbox.js';
import { assessmentWorkspace, decidedSubmission, type IssuedAttestation } from '../setup/scenario.js';
import { createTestApp, type TestApp } from '../setup/test-app.js';
import { builtInFrameworks, workspaceFactories } from '../setup/workspace-factories.js';

interface Report {
  overall: string;
  requirements: { result: string; attestation: { serial: string; status: string; issuerAccredited: boolean } | null }[];
}
interface Accreditation {
  id: string;
  verification: string;
  verified: boolean;
  counts: boolean;
  status: string;
  effectiveStatus: string;
  history?: { action: string; actor: string; evidence: string | null }[];
}
interface Summary {
  issuer: { accreditation: { body: string; number: string; status: string; currentlyValid: boolean; verification: string } | null };
}

const claimsOf = (jws: string) => decodeJwt(jws) as { credentialSubject: Record<string, unknown> };

describe('Accreditation you can check (HTTP)', () => {
  let t: TestApp;
  let http: Client;
  let w: ReturnType<typeof workspaceFactories>;
  let dser: string;
  let procurerKey: Credentials;
  let bodyOrg: TestOrg;
  let testBody: { id: string; kid: string; privateKey: Parameters<CompactSign['sign']>[0] };

  /**
   * A new manufacturer's offering on attesta-dser for TH and VN, decided by the assessor through
   * the review workflow; the issue's answer as it came (a 422 when the issuer is not accredited).
   */
  async function issueFor(assessor: TestOrg, options: { accredited?: boolean } = {}) {
    const maker = await w.newOrganization(OrganizationKind.Manufacturer);
    const ws = await assessmentWorkspace(http, maker, { frameworkCodes: ['attesta-dser'], targetMarkets: ['TH', 'VN'] });
    await w.join(maker, ws, assessor, 'assessor');
    const { decisionId } = await decidedSubmission({ http, maker, assessor, ws });
    const res = await http.post<IssuedAttestation>(
      `/v1/workspaces/${ws.id}/attestations`,
      { decisionId, ...(options.accredited === false ? { accredited: false } : {}) },
      assessor.owner.as,
    );
    return { maker, ws, res };
  }
  /** An attestation of a new manufacturer's offering by the assessor, on attesta-dser for TH and VN. */
  async function attest(assessor: TestOrg, options: { accredited?: boolean } = {}) {
    const { maker, ws, res } = await issueFor(assessor, options);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return { maker, ws, attestation: res.body };
  }

  const check = (offeringId: string) =>
    http.post<Report>(
      '/v1/conformity-checks',
      { offeringId, requirements: [{ frameworkId: dser, minimumOutcome: 'conformant' }], markets: ['TH'], accreditedIssuersOnly: true },
      procurerKey,
    );

  beforeAll(async () => {
    t = await createTestApp({ env: { API_RUN_PROCESSORS: 'true' } });
    http = client(t.baseUrl);
    w = workspaceFactories(http);
    const procurer = await w.newOrganization(OrganizationKind.Procurer);
    procurerKey = (await w.newApiKey(procurer, ['conformity:read', 'tenders:read', 'tenders:write'])).as;
    dser = (await builtInFrameworks(http, procurer.owner.as))['attesta-dser']!;

    // A body on the trust list with a signing key, linked to its tenant.
    const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const kid = 'test-body-2026-1';
    const added = await http.post<{ id: string }>(
      '/v1/operator/accreditation-bodies',
      {
        code: `test-body-${Date.now()}`,
        name: 'Test Accreditation Service',
        country: 'VN',
        arrangements: ['GAC MRA', 'ILAC MRA'],
        dids: ['did:web:tas.example.vn'],
        publicKeys: [{ ...(await exportJWK(publicKey)), kid, alg: 'EdDSA' }],
      },
      OPERATOR,
    );
    expect(added.status, JSON.stringify(added.body)).toBe(201);
    testBody = { id: added.body.id, kid, privateKey };
    bodyOrg = await w.newOrganization(OrganizationKind.AccreditationBody);
    const linked = await http.post(`/v1/operator/accreditation-bodies/${testBody.id}/link`, { organizationId: bodyOrg.id }, OPERATOR);
    expect(linked.status, JSON.stringify(linked.body)).toBe(200);
  }, 120_000);
  afterAll(async () => {
    await t?.close();
  });

  it('publishes the trust list (seeded from the illustrative file) and keeps operator routes to the operator (403 otherwise)', async () => {
    const list = await http.get<{ code: string; arrangements: string[] }[]>('/v1/public/accreditation-bodies');
    expect(list.status).toBe(200);
    expect(list.body.map((b) => b.code)).toEqual(expect.arrayContaining(['boa-vn', 'nsc-onac-th', 'dsm-my']));
    expect(list.body.find((b) => b.code === 'boa-vn')!.arrangements).toContain('GAC MRA');

    const someone = await w.newOrganization(OrganizationKind.Assessor);
    const key = (await w.newApiKey(someone, ['accreditations:read', 'accreditations:write'])).as;
    const body = { code: 'rogue-body', name: 'Rogue', country: 'VN' };
    for (const as of [undefined, someone.owner.as, key, { token: 'x'.repeat(48) }] as Credentials[]) {
      expect(expectProblem(await http.post('/v1/operator/accreditation-bodies', body, as), 403).code).toBe('access.forbidden');
      expectProblem(await http.get('/v1/operator/accreditation-bodies', as), 403);
      expectProblem(await http.get('/v1/operator/accreditations', as), 403);
    }
    expect((await http.get('/v1/operator/accreditation-bodies', OPERATOR)).status).toBe(200);
    // Two operators adding the same code at once: one 201, the other a 409 (never a 500).
    const same = { code: `race-${Date.now()}`, name: 'Raced', country: 'DE' };
    const raced = await Promise.all([0, 1, 2].map(() => http.post('/v1/operator/accreditation-bodies', same, OPERATOR)));
    expect(raced.map((r) => r.status).sort()).toEqual([201, 409, 409]);
    expect((await http.get<{ code: string }[]>('/v1/public/accreditation-bodies')).body.map((b) => b.code)).not.toContain('rogue-body');
  });

  it('refuses an accreditation naming no trust-list body (422 naming bodyId) and accreditations for non-assessors', async () => {
    const assessor = await w.newOrganization(OrganizationKind.Assessor);
    const declared = {
      number: 'X-1',
      standard: 'ISO/IEC 17065',
      scope: { frameworkCodes: ['attesta-dser'], markets: ['TH'] },
      validFrom: '2025-01-01',
      validUntil: '2030-01-01',
    };
    const p = expectProblem(await http.post('/v1/organization/accreditations', { ...declared, bodyId: newId() }, assessor.owner.as), 422);
    expect(p.code).toBe('accreditation.body_not_listed');
    expect(p.errors?.[0]?.field).toBe('bodyId');
    const bad = expectProblem(
      await http.post(
        '/v1/organization/accreditations',
        { ...declared, bodyId: testBody.id, standard: 'ISO 9001', scope: { frameworkCodes: [], markets: ['Thailand'] } },
        assessor.owner.as,
      ),
      400,
    );
    expect(bad.errors?.map((e) => e.field)).toEqual(expect.arrayContaining(['standard', 'scope.frameworkCodes', 'scope.markets.0']));
    // Days that are no calendar days are a 400 naming the field, not a database error.
    for (const [validFrom, validUntil] of [
      ['2025-02-30', '2030-01-01'],
      ['0000-01-01', '2030-02-29'],
    ]) {
      const dates = expectProblem(
        await http.post('/v1/organization/accreditations', { ...declared, bodyId: testBody.id, validFrom, validUntil }, assessor.owner.as),
        400,
      );
      expect(dates.errors?.map((e) => e.field)).toEqual(validFrom === '2025-02-30' ? ['validFrom'] : ['validFrom', 'validUntil']);
    }
    const maker = await w.newOrganization(OrganizationKind.Manufacturer);
    expectProblem(await http.post('/v1/organization/accreditations', { ...declared, bodyId: testBody.id }, maker.owner.as), 403);
    // A member (not owner/admin) may read but not declare.
    const member = await w.newMember(assessor, MemberRole.Member);
    expectProblem(await http.post('/v1/organization/accreditations', { ...declared, bodyId: testBody.id }, member.as), 403);
    expect((await http.get('/v1/organization/accreditations', member.as)).status).toBe(200);
  });

  it('a fresh sign-up declaring an accreditation is not accredited: no accredited issue, no claim in its credential, accreditedIssuersOnly not satisfied in a check or a bid', async () => {
    const signup = await signUpAndConfirm<{ organization: { id: string }; session: { accessToken: string; userId: string } }>(http, {
      organization: {
        name: 'Self-Declared Certification Co',
        kind: 'assessor',
        accreditationBody: 'International Accreditation Forum',
        accreditationNumber: 'IAF-0001',
        accreditationScope: 'everything',
      },
      user: { email: `declared-${Date.now()}@example.test`, name: 'Declarer', password: 'Correct-Horse-Battery-Staple-2026' },
    });
    expect(signup.status, JSON.stringify(signup.body)).toBe(201);
    const declarer: TestOrg = {
      id: signup.body.organization.id,
      name: 'Self-Declared Certification Co',
      kind: OrganizationKind.Assessor,
      owner: { userId: signup.body.session.userId, email: '', password: '', as: { token: signup.body.session.accessToken }, refreshToken: '' },
    };
    // It also declares a record naming a listed body: still declared, still counts for nothing.
    const accreditationId = await w.declareAccreditation(declarer, { frameworkCodes: ['attesta-dser'], markets: ['TH', 'VN'] }, testBody.id);
    const record = await http.get<Accreditation>(`/v1/organization/accreditations/${accreditationId}`, declarer.owner.as);
    expect(record.body).toMatchObject({ verification: 'declared', verified: false, counts: false });

    // Issuing as accredited is refused, naming what is missing.
    const refused = expectProblem((await issueFor(declarer)).res, 422);
    expect(refused.code).toBe('accreditation.not_accredited');
    expect(refused.detail).toMatch(/no verified, active accreditation \(1 declared, not verified\)/);

    // Issued explicitly as non-accredited: the credential says so and claims nothing.
    const { attestation, ws, maker } = await attest(declarer, { accredited: false });
    expect(attestation).toMatchObject({ accredited: false, accreditation: null });
    const subject = claimsOf(attestation.credential).credentialSubject;
    expect(subject.assessmentLevel).toBe('Unspecified');
    expect(subject.accredited).toBe(false);
    expect(subject).not.toHaveProperty('authorisation');
    expect(JSON.stringify(subject)).not.toMatch(/International Accreditation Forum|IAF-0001/);
    const summary = await http.get<Summary>(`/v1/public/attestations/${attestation.serial}`);
    expect(summary.body.issuer.accreditation).toBeNull();

    const report = await check(ws.offeringId);
    expect(report.status, JSON.stringify(report.body)).toBe(200);
    expect(report.body.overall).not.toBe('compliant');
    expect(report.body.requirements[0]!.attestation?.issuerAccredited).toBe(false);

    // A bid on a tender that asks for accredited issuers is not compliant either.
    const tender = await http.post<{ id: string }>(
      '/v1/tenders',
      {
        ocid: `ocds-acc123-${Date.now()}`,
        title: 'Accredited only',
        buyer: 'Buyer',
        deadline: new Date(Date.now() + 14 * 86400_000).toISOString(),
        requirements: [{ frameworkId: dser, minimumOutcome: 'conformant' }],
        markets: ['TH'],
        accreditedIssuersOnly: true,
      },
      procurerKey,
    );
    expect(tender.status, JSON.stringify(tender.body)).toBe(201);
    const bid = await http.post<{ compliance: Report }>(
      `/v1/tenders/${tender.body.id}/bids`,
      { offeringId: ws.offeringId, attestationIds: [attestation.id] },
      maker.owner.as,
    );
    expect(bid.status, JSON.stringify(bid.body)).toBe(201);
    expect(bid.body.compliance.overall).not.toBe('compliant');
    expect(bid.body.compliance.requirements[0]!.attestation?.issuerAccredited).toBe(false);
  });

  it('a body-confirmed assessor issues accredited credentials (claim from the verified record); the body suspending it flips the check, and public verification shows it', async () => {
    const assessor = await w.newOrganization(OrganizationKind.Assessor);
    const accreditationId = await w.declareAccreditation(
      assessor,
      { frameworkCodes: ['attesta-dser', 'iso-iec-27001'], markets: ['TH', 'VN', 'MY'] },
      testBody.id,
    );

    // The body sees the record naming it; another body organization (not linked) and other tenants do not.
    const listed = await http.get<Accreditation[]>('/v1/accreditation-body/accreditations', bodyOrg.owner.as);
    expect(listed.body.map((a) => a.id)).toContain(accreditationId);
    const otherBody = await w.newOrganization(OrganizationKind.AccreditationBody);
    expectProblem(await http.post(`/v1/accreditation-body/accreditations/${accreditationId}/confirm`, {}, otherBody.owner.as), 404);
    const stranger = await w.newOrganization(OrganizationKind.Assessor);
    expectProblem(await http.get(`/v1/organization/accreditations/${accreditationId}`, stranger.owner.as), 404);
    expectProblem(await http.post(`/v1/accreditation-body/accreditations/${accreditationId}/confirm`, {}, stranger.owner.as), 404);
    // The assessor cannot confirm its own record.
    expectProblem(await http.post(`/v1/accreditation-body/accreditations/${accreditationId}/confirm`, {}, assessor.owner.as), 403);
    // The body reads the record but presents no credential on the assessor's behalf: as unknown as any other record (not a 500).
    expectProblem(await http.post(`/v1/organization/accreditations/${accreditationId}/credential`, { credential: 'a.b.c' }, bodyOrg.owner.as), 404);

    const confirmed = await http.post<Accreditation>(
      `/v1/accreditation-body/accreditations/${accreditationId}/confirm`,
      { note: 'Register entry matches' },
      bodyOrg.owner.as,
    );
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body).toMatchObject({ verification: 'body_confirmed', verified: true, counts: true });
    // The directory shows it verified (and the stranger's nothing).
    const directory = await http.get<{ data: { id: string; accreditations: { verified: boolean; validUntil: string; bodyName: string }[] }[] }>(
      '/v1/organizations/directory?kind=assessor&limit=200',
      stranger.owner.as,
    );
    expect(directory.body.data.find((o) => o.id === assessor.id)?.accreditations).toEqual([
      expect.objectContaining({ verified: true, validFrom: '2025-01-01', validUntil: '2099-12-31', counts: true, bodyName: 'Test Accreditation Service' }),
    ]);

    const { attestation, ws } = await attest(assessor);
    expect(attestation.accreditation?.accreditationId).toBe(accreditationId);
    const subject = claimsOf(attestation.credential).credentialSubject;
    expect(subject.assessmentLevel).toBe('GlobalMRA');
    expect(subject.accredited).toBe(true);
    expect(subject.authorisation).toEqual([
      expect.objectContaining({ issuingAuthority: { id: `urn:attesta:accreditation-body:${testBody.id}`, name: 'Test Accreditation Service' } }),
    ]);
    expect(subject.accreditation).toMatchObject({ verification: 'body_confirmed', standard: 'ISO/IEC 17065' });

    const before = await check(ws.offeringId);
    expect(before.body.overall, JSON.stringify(before.body)).toBe('compliant');
    expect(before.body.requirements[0]!.attestation?.issuerAccredited).toBe(true);
    const verified = await http.post<{ valid: boolean; issuer: { accreditation: { status: string; currentlyValid: boolean; body: string } | null } }>(
      '/v1/public/verify',
      { credential: attestation.credential },
    );
    expect(verified.body.valid).toBe(true);
    expect(verified.body.issuer.accreditation).toMatchObject({ body: 'Test Accreditation Service', status: 'active', currentlyValid: true });

    // (A scope the accreditation does not cover is refused, naming it: test/service/accreditation.service-spec.ts.)

    const suspended = await http.post<Accreditation>(
      `/v1/accreditation-body/accreditations/${accreditationId}/suspend`,
      { reason: 'Surveillance overdue' },
      bodyOrg.owner.as,
    );
    expect(suspended.status, JSON.stringify(suspended.body)).toBe(200);
    expect(suspended.body.status).toBe('suspended');
    const after = await check(ws.offeringId);
    expect(after.body.overall).not.toBe('compliant');
    expect(after.body.requirements[0]!.attestation?.issuerAccredited).toBe(false);
    const summary = await http.get<Summary>(`/v1/public/attestations/${attestation.serial}`);
    expect(summary.body.issuer.accreditation).toMatchObject({ status: 'suspended', currentlyValid: false, verification: 'body_confirmed' });
    // The history says who did what.
    const history = (await http.get<Accreditation>(`/v1/organization/accreditations/${accreditationId}`, assessor.owner.as)).body.history!;
    expect(history.map((h) => h.action)).toEqual(['declared', 'verified', 'suspended']);

    // A scope reduction issues a new credential now: while the accreditation is suspended it is
    // refused as any issuance is, and the attestation stays as it was.
    const reduceScope = () =>
      http.post<{ issued: { id: string; credential: string; accreditation: { accreditationId: string } | null } }>(
        `/v1/workspaces/${ws.id}/attestations/${attestation.id}/reduce-scope`,
        { scope: 'The same offering, re-worded after surveillance' },
        assessor.owner.as,
      );
    const refusedReduction = expectProblem(await reduceScope(), 422);
    expect(refusedReduction.code).toBe('accreditation.not_accredited');
    expect(refusedReduction.errors?.map((e) => e.field)).toEqual(['accredited']);
    const unchanged = await http.get<{ status: string; replacedById: string | null }>(
      `/v1/workspaces/${ws.id}/attestations/${attestation.id}`,
      assessor.owner.as,
    );
    expect(unchanged.body).toMatchObject({ status: 'active', replacedById: null });

    // Reinstated by the body: accredited again, and the reduction goes through with the claim.
    expect((await http.post(`/v1/accreditation-body/accreditations/${accreditationId}/reinstate`, {}, bodyOrg.owner.as)).status).toBe(200);
    expect((await check(ws.offeringId)).body.requirements[0]!.attestation?.issuerAccredited).toBe(true);
    const reduced = await reduceScope();
    expect(reduced.status, JSON.stringify(reduced.body)).toBe(201);
    expect(reduced.body.issued.accreditation?.accreditationId).toBe(accreditationId);
    expect(claimsOf(reduced.body.issued.credential).credentialSubject.accredited).toBe(true);
  });

  it('verifies a record from a credential signed with a key the trust list holds; refuses one signed with another key', async () => {
    const assessor = await w.newOrganization(OrganizationKind.Assessor);
    const accreditationId = await w.declareAccreditation(assessor, { frameworkCodes: ['attesta-dser'], markets: ['TH', 'VN'] }, testBody.id);
    const number = (await http.get<{ number: string }>(`/v1/organization/accreditations/${accreditationId}`, assessor.owner.as)).body.number;
    const vc = (subjectId: string) => ({
      '@context': ['https://www.w3.org/ns/credentials/v2'],
      id: `urn:uuid:${newId()}`,
      type: ['VerifiableCredential', 'AccreditationCredential'],
      issuer: { id: 'did:web:tas.example.vn', name: 'Test Accreditation Service' },
      validFrom: '2025-01-01T00:00:00Z',
      validUntil: '2100-01-01T00:00:00Z',
      credentialSubject: {
        id: subjectId,
        accreditation: {
          number,
          standard: 'ISO/IEC 17065',
          scope: { frameworkCodes: ['attesta-dser', 'iso-iec-27001'], markets: ['TH', 'VN', 'MY'], serviceCategories: [] },
          validFrom: '2024-06-01',
          validUntil: '2100-01-01',
        },
      },
    });
    const sign = async (payload: unknown, key: Parameters<CompactSign['sign']>[0], kid: string) =>
      new CompactSign(new TextEncoder().encode(JSON.stringify(payload))).setProtectedHeader({ alg: 'EdDSA', kid, typ: 'vc+jwt' }).sign(key);

    const stranger = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const forged = expectProblem(
      await http.post(
        `/v1/organization/accreditations/${accreditationId}/credential`,
        { credential: await sign(vc(`urn:uuid:${assessor.id}`), stranger.privateKey, testBody.kid) },
        assessor.owner.as,
      ),
      422,
    );
    expect(forged.code).toBe('accreditation.credential_rejected');
    const unknownKid = expectProblem(
      await http.post(
        `/v1/organization/accreditations/${accreditationId}/credential`,
        { credential: await sign(vc(`urn:uuid:${assessor.id}`), stranger.privateKey, 'someone-else') },
        assessor.owner.as,
      ),
      422,
    );
    expect(unknownKid.errors?.[0]?.message).toMatch(/key the trust list does not hold/);
    const wrongSubject = expectProblem(
      await http.post(
        `/v1/organization/accreditations/${accreditationId}/credential`,
        { credential: await sign(vc(`urn:uuid:${newId()}`), testBody.privateKey, testBody.kid) },
        assessor.owner.as,
      ),
      422,
    );
    expect(wrongSubject.errors?.map((e) => e.field)).toContain('credential.credentialSubject.id');
    expect((await http.get<Accreditation>(`/v1/organization/accreditations/${accreditationId}`, assessor.owner.as)).body.verified).toBe(false);

    const ok = await http.post<Accreditation>(
      `/v1/organization/accreditations/${accreditationId}/credential`,
      { credential: await sign(vc(`urn:uuid:${assessor.id}`), testBody.privateKey, testBody.kid) },
      assessor.owner.as,
    );
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    expect(ok.body).toMatchObject({ verification: 'credential', verified: true, counts: true });
    const { attestation } = await attest(assessor);
    expect(attestation.accreditation?.accreditationId).toBe(accreditationId);
  });

  it('suspends the attestations issued under a lapsed accreditation when the assessor chose so (and only then)', async () => {
    const auto = await w.newVerifiedAssessor();
    const manual = await w.newVerifiedAssessor();
    // The assessor's systems can hear of its accreditation's status changes.
    expect((await http.get<{ type: string }[]>('/v1/webhooks/event-types', auto.owner.as)).body.map((e) => e.type)).toContain('accreditation.status_changed');
    const settings = await http.put<{ autoSuspendOnAccreditationLapse: boolean }>(
      '/v1/organization/accreditation-settings',
      { autoSuspendOnAccreditationLapse: true },
      auto.owner.as,
    );
    expect(settings.status, JSON.stringify(settings.body)).toBe(200);
    expect(settings.body.autoSuspendOnAccreditationLapse).toBe(true);
    expect(
      (await http.get<{ autoSuspendOnAccreditationLapse: boolean }>('/v1/organization/accreditation-settings', manual.owner.as)).body
        .autoSuspendOnAccreditationLapse,
    ).toBe(false);
    const member = await w.newMember(auto, MemberRole.Member);
    expectProblem(await http.put('/v1/organization/accreditation-settings', { autoSuspendOnAccreditationLapse: false }, member.as), 403);

    const a = await attest(auto);
    const m = await attest(manual);
    for (const org of [auto, manual]) {
      const res = await http.post(
        `/v1/operator/accreditations/${org.accreditationId}/status`,
        { action: 'withdraw', reason: 'Accreditation withdrawn by the body' },
        OPERATOR,
      );
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    let status = '';
    let reason: string | null = null;
    for (let i = 0; i < 100 && status !== 'suspended'; i++) {
      const got = await http.get<{ status: string; statusReason: string | null }>(`/v1/workspaces/${a.ws.id}/attestations/${a.attestation.id}`, auto.owner.as);
      status = got.body.status;
      reason = got.body.statusReason;
      if (status !== 'suspended') await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe('suspended');
    expect(reason).toMatch(/Accreditation withdrawn/);
    // The other issuer kept the default (off): its attestation stays active, though no longer accredited.
    await new Promise((r) => setTimeout(r, 1500));
    expect((await http.get<{ status: string }>(`/v1/workspaces/${m.ws.id}/attestations/${m.attestation.id}`, manual.owner.as)).body.status).toBe('active');
    expect((await check(m.ws.offeringId)).body.requirements[0]!.attestation?.issuerAccredited).toBe(false);
    // The automatic suspension cannot simply be undone while the accreditation does not count.
    const undo = expectProblem(await http.post(`/v1/workspaces/${a.ws.id}/attestations/${a.attestation.id}/reinstate`, { reason: 'back' }, auto.owner.as), 422);
    expect(undo).toMatchObject({ code: 'accreditation.not_accredited', accreditationStatus: 'withdrawn' });
    expect((await http.get<{ status: string }>(`/v1/workspaces/${a.ws.id}/attestations/${a.attestation.id}`, auto.owner.as)).body.status).toBe('suspended');
  });

  it('shows a verified record whose validity has not begun as not counting, in the record and in the directory', async () => {
    const ahead = await w.newOrganization(OrganizationKind.Assessor);
    const validFrom = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
    const declared = await http.post<{ id: string }>(
      '/v1/organization/accreditations',
      {
        bodyId: testBody.id,
        number: `FUT-${Date.now()}`,
        standard: 'ISO/IEC 17065',
        scope: { frameworkCodes: ['attesta-dser'], markets: ['TH'] },
        validFrom,
        validUntil: '2099-12-31',
      },
      ahead.owner.as,
    );
    expect(declared.status, JSON.stringify(declared.body)).toBe(201);
    const confirmed = await http.post(`/v1/operator/accreditations/${declared.body.id}/confirm`, { evidence: 'register entry checked' }, OPERATOR);
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body).toMatchObject({ verified: true, counts: false, validFrom });
    const directory = await http.get<{ data: { id: string; accreditations: { counts: boolean; validFrom: string; verified: boolean }[] }[] }>(
      '/v1/organizations/directory?kind=assessor&limit=200',
      (await w.newOrganization(OrganizationKind.Procurer)).owner.as,
    );
    expect(directory.body.data.find((o) => o.id === ahead.id)?.accreditations).toEqual([
      expect.objectContaining({ verified: true, status: 'active', counts: false, validFrom }),
    ]);
  });

  it('reinstates an accredited attestation only while the accreditation it names counts', async () => {
    const issuer = await w.newVerifiedAssessor();
    const { ws, attestation } = await attest(issuer);
    const path = `/v1/workspaces/${ws.id}/attestations/${attestation.id}`;
    const accreditation = async (action: 'suspend' | 'reinstate') =>
      expect(
        (await http.post(`/v1/operator/accreditations/${issuer.accreditationId}/status`, { action, reason: `${action} by the body` }, OPERATOR)).status,
      ).toBe(200);
    expect((await http.post(`${path}/suspend`, { reason: 'Complaint under investigation' }, issuer.owner.as)).status).toBe(200);
    await accreditation('suspend');
    expect(expectProblem(await http.post(`${path}/reinstate`, { reason: 'Complaint closed' }, issuer.owner.as), 422).code).toBe('accreditation.not_accredited');
    expect((await http.get<{ status: string }>(path, issuer.owner.as)).body.status).toBe('suspended');
    await accreditation('reinstate');
    const back = await http.post<{ status: string }>(`${path}/reinstate`, { reason: 'Complaint closed' }, issuer.owner.as);
    expect(back.status, JSON.stringify(back.body)).toBe(200);
    expect(back.body.status).toBe('active');
  });
  // (The daily expiry scan and its schedule: test/service/accreditation.service-spec.ts.)

  it('a withdrawn record is neither verified nor reinstated, a lapsed one is not reinstated, a delisted body backs no record, and a record covers only its frameworks', async () => {
    const assessor = await w.newOrganization(OrganizationKind.Assessor);
    const scope = { frameworkCodes: ['attesta-dser'], markets: ['TH', 'VN'] };
    const record = (id: string) => http.get<Accreditation>(`/v1/organization/accreditations/${id}`, assessor.owner.as);
    const conflict = async (res: Parameters<typeof expectProblem>[0]) => expect(expectProblem(res, 409).code).toBe('accreditation.invalid_transition');

    // Withdrawn is final: no confirmation by the body or the operator, no reinstatement.
    const withdrawnId = await w.declareAccreditation(assessor, scope, testBody.id);
    const withdrawn = await http.post(`/v1/operator/accreditations/${withdrawnId}/status`, { action: 'withdraw', reason: 'Withdrawn by the body' }, OPERATOR);
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);
    await conflict(await http.post(`/v1/accreditation-body/accreditations/${withdrawnId}/confirm`, {}, bodyOrg.owner.as));
    await conflict(await http.post(`/v1/operator/accreditations/${withdrawnId}/confirm`, { evidence: 'register entry checked' }, OPERATOR));
    await conflict(await http.post(`/v1/accreditation-body/accreditations/${withdrawnId}/reinstate`, {}, bodyOrg.owner.as));
    expect((await record(withdrawnId)).body).toMatchObject({ status: 'withdrawn', verified: false, counts: false });

    // Suspended after its validity ended: it cannot be reinstated.
    const lapsed = await http.post<{ id: string }>(
      '/v1/organization/accreditations',
      { bodyId: testBody.id, number: `LAPSED-${Date.now()}`, standard: 'ISO/IEC 17065', scope, validFrom: '2020-01-01', validUntil: '2021-01-01' },
      assessor.owner.as,
    );
    expect(lapsed.status, JSON.stringify(lapsed.body)).toBe(201);
    expect((await http.post(`/v1/operator/accreditations/${lapsed.body.id}/confirm`, { evidence: 'register entry checked' }, OPERATOR)).status).toBe(200);
    expect((await http.post(`/v1/accreditation-body/accreditations/${lapsed.body.id}/suspend`, { reason: 'Lapsed' }, bodyOrg.owner.as)).status).toBe(200);
    await conflict(await http.post(`/v1/accreditation-body/accreditations/${lapsed.body.id}/reinstate`, {}, bodyOrg.owner.as));
    expect((await record(lapsed.body.id)).body).toMatchObject({ status: 'suspended', counts: false });

    // A body taken off the trust list backs no new record, no credential and no operator confirmation.
    const { publicKey, privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const delisted = await http.post<{ id: string }>(
      '/v1/operator/accreditation-bodies',
      {
        code: `delisted-${Date.now()}`,
        name: 'Delisted Accreditation Service',
        country: 'TH',
        dids: ['did:web:das.example.th'],
        publicKeys: [{ ...(await exportJWK(publicKey)), kid: 'das-1', alg: 'EdDSA' }],
      },
      OPERATOR,
    );
    expect(delisted.status, JSON.stringify(delisted.body)).toBe(201);
    const heldId = await w.declareAccreditation(assessor, scope, delisted.body.id);
    const number = (await http.get<{ number: string }>(`/v1/organization/accreditations/${heldId}`, assessor.owner.as)).body.number;
    expect((await http.patch(`/v1/operator/accreditation-bodies/${delisted.body.id}`, { listed: false }, OPERATOR)).status).toBe(200);
    const declared = expectProblem(
      await http.post(
        '/v1/organization/accreditations',
        { bodyId: delisted.body.id, number: 'DAS-2', standard: 'ISO/IEC 17065', scope, validFrom: '2025-01-01', validUntil: '2030-01-01' },
        assessor.owner.as,
      ),
      422,
    );
    expect(declared.code).toBe('accreditation.body_not_listed');
    const credential = await new CompactSign(
      new TextEncoder().encode(
        JSON.stringify({
          issuer: 'did:web:das.example.th',
          validUntil: '2100-01-01T00:00:00Z',
          credentialSubject: {
            id: `urn:uuid:${assessor.id}`,
            accreditation: { number, standard: 'ISO/IEC 17065', scope, validFrom: '2024-01-01', validUntil: '2100-01-01' },
          },
        }),
      ),
    )
      .setProtectedHeader({ alg: 'EdDSA', kid: 'das-1' })
      .sign(privateKey);
    const presented = expectProblem(await http.post(`/v1/organization/accreditations/${heldId}/credential`, { credential }, assessor.owner.as), 422);
    expect(presented.code).toBe('accreditation.body_not_listed');
    const confirmed = expectProblem(await http.post(`/v1/operator/accreditations/${heldId}/confirm`, { evidence: 'register entry checked' }, OPERATOR), 422);
    expect(confirmed.code).toBe('accreditation.body_not_listed');
    expect((await record(heldId)).body).toMatchObject({ verification: 'declared', verified: false, counts: false });

    // Verified for iso-iec-27001 only: an attesta-dser attestation is not accredited, naming the framework.
    const narrow = await w.newVerifiedAssessor({ frameworkCodes: ['iso-iec-27001'], markets: ['TH', 'VN'] });
    const refused = expectProblem((await issueFor(narrow)).res, 422);
    expect(refused).toMatchObject({ code: 'accreditation.not_accredited', missing: { frameworkCodes: ['attesta-dser'], markets: [] } });

    // A record naming service categories covers only offerings whose components are of those categories
    // (the workspace's SaaS is predictive maintenance); a record naming none is not restricted by category.
    const cloudOnly = await w.newVerifiedAssessor({ frameworkCodes: ['attesta-dser'], markets: ['TH', 'VN'], serviceCategories: ['cloud_om'] });
    const outside = expectProblem((await issueFor(cloudOnly)).res, 422);
    expect(outside).toMatchObject({
      code: 'accreditation.not_accredited',
      missing: { frameworkCodes: [], markets: [], serviceCategories: ['predictive_maintenance'] },
    });
    expect((await issueFor(cloudOnly, { accredited: false })).res.status).toBe(201);
    const covering = await w.newVerifiedAssessor({
      frameworkCodes: ['attesta-dser'],
      markets: ['TH', 'VN'],
      serviceCategories: ['predictive_maintenance', 'cloud_om'],
    });
    expect((await issueFor(covering)).res.status).toBe(201);
  });
});
