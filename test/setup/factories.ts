import { MemberRole, OrganizationKind } from '@attesta/core';
import { expect } from 'vitest';
import { signupBody, strongPassword, uniqueEmail } from '../../libs/identity/src/testing/identity.factory.js';
import type { Client, Credentials } from './http.js';
import { invitationToken, signUpAndConfirm } from './mailbox.js';
import { TEST_OPERATOR_TOKEN } from './test-env.js';

export interface TestOrg {
  id: string;
  name: string;
  kind: OrganizationKind;
  owner: { userId: string; email: string; password: string; as: Credentials; refreshToken: string };
}

/** The platform operator (OPERATOR_TOKEN of the test config) on the operator API. */
export const OPERATOR: Credentials = { token: TEST_OPERATOR_TOKEN };

/** Markets a verified test assessor is accredited for, unless a test asks for others. */
export const TEST_ACCREDITED_MARKETS = ['VN', 'TH', 'MY', 'SG', 'ID', 'PH', 'KH', 'LA', 'MM', 'BN', 'CN', 'DE', 'GB', 'US', 'JP', 'KR', 'IN', 'AU', 'FR'];

export interface AccreditationScopeInput {
  frameworkCodes?: string[];
  markets?: string[];
  serviceCategories?: string[];
}

/** Builds tenants through the public API, the way customers do. */
export function factories(http: Client) {
  async function newOrganization(kind: OrganizationKind = OrganizationKind.Manufacturer): Promise<TestOrg> {
    const body = signupBody(kind);
    // Sign-up is confirmed by e-mail: the request, then the link from the mailbox.
    const res = await signUpAndConfirm(http, body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return {
      id: res.body.organization.id,
      name: body.organization.name,
      kind,
      owner: {
        userId: res.body.session.userId,
        email: body.user.email,
        password: body.user.password,
        as: { token: res.body.session.accessToken },
        refreshToken: res.body.session.refreshToken,
      },
    };
  }

  /** Invites and accepts a new person with the role; returns their credentials. */
  async function newMember(org: TestOrg, role: MemberRole = MemberRole.Member) {
    const email = uniqueEmail(role);
    const invited = await http.post<{ invitation: { id: string } }>('/v1/organization/invitations', { email, role }, org.owner.as);
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    // The token reaches the invitee's mailbox only.
    const token = await invitationToken(http, invited.body.invitation.id);
    const password = strongPassword();
    const accepted = await http.post<{ accessToken: string; userId: string; refreshToken: string }>('/v1/invitations/accept', {
      token,
      name: `${role} person`,
      password,
    });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const members = await http.get<{ data: { id: string; userId: string }[] }>('/v1/organization/members?limit=200', org.owner.as);
    const membershipId = members.body.data.find((m) => m.userId === accepted.body.userId)!.id;
    return {
      userId: accepted.body.userId,
      membershipId,
      email,
      password,
      as: { token: accepted.body.accessToken } as Credentials,
      refreshToken: accepted.body.refreshToken,
    };
  }

  async function newApiKey(org: TestOrg, scopes: string[]) {
    const res = await http.post<{ apiKey: { id: string; prefix: string }; key: string }>(
      '/v1/organization/api-keys',
      { name: `test key (${scopes.length} scopes)`, scopes },
      org.owner.as,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return { id: res.body.apiKey.id, as: { apiKey: res.body.key } as Credentials, key: res.body.key };
  }

  /** A trust-list body (the illustrative seed's first listed one unless a code is given). */
  async function trustListBody(code?: string): Promise<{ id: string; code: string; name: string }> {
    const res = await http.get<{ id: string; code: string; name: string }[]>('/v1/public/accreditation-bodies');
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const body = code ? res.body.find((b) => b.code === code) : res.body[0];
    expect(body, `trust-list body ${code ?? '(any)'}`).toBeDefined();
    return body!;
  }

  /** The harness's own trust-list body ("Test Accreditation Body"), put on the list through the operator API once per database. */
  async function testAccreditationBody(): Promise<{ id: string; name: string }> {
    const find = async () =>
      (await http.get<{ id: string; code: string; name: string }[]>('/v1/operator/accreditation-bodies', OPERATOR)).body.find(
        (b) => b.code === 'test-accreditation-body',
      );
    const found = await find();
    if (found) return found;
    const res = await http.post<{ id: string; name: string }>(
      '/v1/operator/accreditation-bodies',
      { code: 'test-accreditation-body', name: 'Test Accreditation Body', country: 'DE', arrangements: ['GAC MRA'] },
      OPERATOR,
    );
    if (res.status === 409) return (await find())!;
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body;
  }

  /** Declares an accreditation for an assessor (owner); returns its id. By default it covers every built-in framework and the test markets. */
  async function declareAccreditation(org: TestOrg, scope: AccreditationScopeInput = {}, bodyId?: string): Promise<string> {
    const frameworks =
      scope.frameworkCodes ??
      (await http.get<{ data: { code: string; source: string }[] }>('/v1/frameworks?limit=200', org.owner.as)).body.data
        .filter((f) => f.source === 'built_in')
        .map((f) => f.code);
    const res = await http.post<{ id: string }>(
      '/v1/organization/accreditations',
      {
        bodyId: bodyId ?? (await trustListBody()).id,
        number: `TEST-${Date.now()}-${Math.floor(Math.random() * 1e6)}`,
        standard: 'ISO/IEC 17065',
        scope: { frameworkCodes: frameworks, markets: scope.markets ?? TEST_ACCREDITED_MARKETS, serviceCategories: scope.serviceCategories ?? [] },
        validFrom: '2025-01-01',
        validUntil: '2099-12-31',
      },
      org.owner.as,
    );
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body.id;
  }

  /**
   * An assessor whose accreditation the platform operator has verified (operator API,
   * naming the evidence): what issuing an accredited attestation needs.
   */
  async function newVerifiedAssessor(scope: AccreditationScopeInput = {}): Promise<TestOrg & { accreditationId: string }> {
    const org = await newOrganization(OrganizationKind.Assessor);
    const accreditationId = await declareAccreditation(org, scope, (await testAccreditationBody()).id);
    const confirmed = await http.post(`/v1/operator/accreditations/${accreditationId}/confirm`, { evidence: 'test harness: register entry checked' }, OPERATOR);
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    return { ...org, accreditationId };
  }

  return { newOrganization, newMember, newApiKey, trustListBody, testAccreditationBody, declareAccreditation, newVerifiedAssessor };
}
