import { MemberRole } from '@attesta/core';
import type { factories, TestOrg } from '../setup/factories.js';
import type { Client } from '../setup/http.js';

export interface MatrixContext {
  http: Client;
  f: ReturnType<typeof factories>;
  /** The organization that owns every object under test. */
  a: TestOrg;
}

/**
 * How to make, as organization A, the object a path parameter names. Every path
 * parameter of every operation needs an entry: the matrix fails on one it cannot fill.
 */
export const RESOURCE_FACTORIES: Record<string, (ctx: MatrixContext) => Promise<string>> = {
  membershipId: async ({ f, a }) => (await f.newMember(a, MemberRole.Member)).membershipId,
  invitationId: async ({ http, a }) => {
    const res = await http.post<{ invitation: { id: string } }>('/v1/organization/invitations', { email: `m${Date.now()}${Math.random()}@example.test`, role: 'member' }, a.owner.as);
    return res.body.invitation.id;
  },
  apiKeyId: async ({ f, a }) => (await f.newApiKey(a, ['audit:read'])).id,
};

/** A valid body for each operation that takes one (by operationId). */
export const REQUEST_BODIES: Record<string, (ctx: MatrixContext) => unknown> = {
  organization_update: () => ({ name: 'Renamed by the matrix' }),
  organization_changeRole: () => ({ role: 'admin' }),
  organization_invite: () => ({ email: `matrix${Date.now()}${Math.random()}@example.test`, role: 'member' }),
  organization_createApiKey: () => ({ name: 'matrix key', scopes: ['audit:read'] }),
  auth_changePassword: () => ({ currentPassword: 'not-the-password', newPassword: 'Another-Long-Passphrase-2026' }),
  auth_switchOrganization: ({ a }) => ({ organizationId: a.id }),
};

/**
 * Operations that need no credentials, on purpose. A new public operation fails the
 * matrix until it is listed here.
 */
export const PUBLIC_OPERATIONS = new Set([
  'health_live',
  'health_ready',
  'auth_signup',
  'auth_login',
  'auth_refresh',
  'auth_logout',
  'invitationAcceptance_accept',
]);

/**
 * Operations whose success for the allowed actor is not a 2xx by design, with the
 * status expected instead (e.g. a wrong current password is the body the matrix sends).
 */
export const EXPECTED_FOR_ALLOWED: Record<string, number> = {
  auth_changePassword: 401,
};
