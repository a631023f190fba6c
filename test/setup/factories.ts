import { MemberRole, OrganizationKind } from '@attesta/core';
import { expect } from 'vitest';
import { signupBody, strongPassword, uniqueEmail } from '../../libs/identity/src/testing/identity.factory.js';
import type { Client, Credentials } from './http.js';

export interface TestOrg {
  id: string;
  kind: OrganizationKind;
  owner: { userId: string; email: string; password: string; as: Credentials; refreshToken: string };
}

/** Builds tenants through the public API, the way customers do. */
export function factories(http: Client) {
  async function newOrganization(kind: OrganizationKind = OrganizationKind.Manufacturer): Promise<TestOrg> {
    const body = signupBody(kind);
    const res = await http.post<{ organization: { id: string }; session: { accessToken: string; refreshToken: string; userId: string } }>('/v1/auth/signup', body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return {
      id: res.body.organization.id,
      kind,
      owner: { userId: res.body.session.userId, email: body.user.email, password: body.user.password, as: { token: res.body.session.accessToken }, refreshToken: res.body.session.refreshToken },
    };
  }

  /** Invites and accepts a new person with the role; returns their credentials. */
  async function newMember(org: TestOrg, role: MemberRole = MemberRole.Member) {
    const email = uniqueEmail(role);
    const invited = await http.post<{ token: string }>('/v1/organization/invitations', { email, role }, org.owner.as);
    expect(invited.status, JSON.stringify(invited.body)).toBe(201);
    const password = strongPassword();
    const accepted = await http.post<{ accessToken: string; userId: string; refreshToken: string }>('/v1/invitations/accept', { token: invited.body.token, name: `${role} person`, password });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const members = await http.get<{ data: { id: string; userId: string }[] }>('/v1/organization/members?limit=200', org.owner.as);
    const membershipId = members.body.data.find((m) => m.userId === accepted.body.userId)!.id;
    return { userId: accepted.body.userId, membershipId, email, password, as: { token: accepted.body.accessToken } as Credentials, refreshToken: accepted.body.refreshToken };
  }

  async function newApiKey(org: TestOrg, scopes: string[]) {
    const res = await http.post<{ apiKey: { id: string; prefix: string }; key: string }>('/v1/organization/api-keys', { name: `test key (${scopes.length} scopes)`, scopes }, org.owner.as);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return { id: res.body.apiKey.id, as: { apiKey: res.body.key } as Credentials, key: res.body.key };
  }

  return { newOrganization, newMember, newApiKey };
}
