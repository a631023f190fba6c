import { MemberRole, OrganizationKind, type Actor } from '@attesta/core';
import { describe, expect, it } from 'vitest';
import { AccessError } from './access.errors.js';
import { assertCan, buildAbility, buildWorkspaceAbility } from './ability.factory.js';

const org = { organizationId: '0193a5c4-2f7e-7c1a-9d3b-4c2a1e8f9b10', organizationKind: OrganizationKind.Manufacturer };
const user = (role: MemberRole): Actor => ({ kind: 'user', userId: '0193a5c4-2f7e-7c1a-9d3b-4c2a1e8f9b11', role, ...org });

describe('buildAbility', () => {
  it('lets owners and admins manage members, invitations and keys, and read the audit log', () => {
    for (const role of [MemberRole.Owner, MemberRole.Admin]) {
      const a = buildAbility(user(role));
      expect(a.can('create', 'ApiKey')).toBe(true);
      expect(a.can('delete', 'Member')).toBe(true);
      expect(a.can('create', 'Invitation')).toBe(true);
      expect(a.can('read', 'AuditEvent')).toBe(true);
    }
  });

  it('lets plain members read but not administer', () => {
    const a = buildAbility(user(MemberRole.Member));
    expect(a.can('read', 'Member')).toBe(true);
    expect(a.can('create', 'ApiKey')).toBe(false);
    expect(a.can('create', 'Invitation')).toBe(false);
    expect(a.can('read', 'AuditEvent')).toBe(false);
    expect(() => assertCan(user(MemberRole.Member), 'create', 'ApiKey')).toThrow(AccessError);
  });

  it('grants API keys exactly their scopes, and never key or member management', () => {
    const key: Actor = { kind: 'api_key', apiKeyId: 'k', scopes: ['audit:read', 'bogus'], ...org };
    const a = buildAbility(key);
    expect(a.can('read', 'AuditEvent')).toBe(true);
    expect(a.can('read', 'Member')).toBe(false);
    expect(a.can('create', 'ApiKey')).toBe(false);
  });

  it('lets manufacturers submit, leaves review work to the workspace role, and shows observers the decision only', () => {
    const as = (organizationKind: OrganizationKind): Actor => ({ ...user(MemberRole.Member), organizationKind });
    expect(buildAbility(as(OrganizationKind.Manufacturer)).can('create', 'Submission')).toBe(true);
    expect(buildAbility(as(OrganizationKind.Assessor)).can('create', 'Submission')).toBe(false);
    expect(buildAbility(as(OrganizationKind.Assessor)).can('create', 'Verdict')).toBe(true);
    expect(buildWorkspaceAbility('assessor').can('create', 'Decision')).toBe(true);
    expect(buildWorkspaceAbility('owner').can('create', 'Verdict')).toBe(false);
    expect(buildWorkspaceAbility('owner').can('create', 'Decision')).toBe(false);
    expect(buildWorkspaceAbility('contributor').can('create', 'Decision')).toBe(false);
    expect(buildWorkspaceAbility('contributor').can('update', 'Finding')).toBe(true);
    expect(buildWorkspaceAbility('observer').can('read', 'Decision')).toBe(true);
    expect(buildWorkspaceAbility('observer').can('read', 'Submission')).toBe(false);
  });
});
