import { MemberRole, OrganizationKind, type Actor } from '@attesta/core';
import { describe, expect, it } from 'vitest';
import { AccessError } from './access.errors.js';
import { assertCan, buildAbility, buildWorkspaceAbility } from './ability.factory.js';

const org = { organizationId: '0193a5c4-2f7e-7c1a-9d3b-4c2a1e8f9b10', organizationKind: OrganizationKind.Manufacturer };
const user = (role: MemberRole): Actor => ({ kind: 'user', userId: '0193a5c4-2f7e-7c1a-9d3b-4c2a1e8f9b11', role, ...org });

describe('buildAbility', () => {
  it('builds one ability per role, organization kind and scope set, shared by every actor that has them, and never another', () => {
    const other = { organizationId: '0193a5c4-2f7e-7c1a-9d3b-4c2a1e8f9b20', organizationKind: OrganizationKind.Manufacturer };
    // Another user of another organization of the same kind and role: the same rules, one ability.
    expect(buildAbility({ kind: 'user', userId: '0193a5c4-2f7e-7c1a-9d3b-4c2a1e8f9b21', role: MemberRole.Owner, ...other })).toBe(
      buildAbility(user(MemberRole.Owner)),
    );
    // An owner's ability, built first, is not what a member of the same organization gets.
    expect(buildAbility(user(MemberRole.Owner)).can('create', 'ApiKey')).toBe(true);
    expect(buildAbility(user(MemberRole.Member))).not.toBe(buildAbility(user(MemberRole.Owner)));
    expect(buildAbility(user(MemberRole.Member)).can('create', 'ApiKey')).toBe(false);
    // Nor is a manufacturer's what an assessor of the same role gets.
    const assessor: Actor = { ...user(MemberRole.Owner), organizationKind: OrganizationKind.Assessor };
    expect(buildAbility(assessor).can('create', 'Workspace')).toBe(false);
    expect(buildAbility(assessor).can('create', 'SigningKey')).toBe(true);
    // Keys: the same scopes in any order share one; a key with fewer scopes gets no more than its own.
    const key = (...scopes: string[]): Actor => ({ kind: 'api_key', apiKeyId: scopes.join(), scopes, ...org });
    expect(buildAbility(key('tenders:read', 'audit:read'))).toBe(buildAbility(key('audit:read', 'tenders:read')));
    expect(buildAbility(key('tenders:read')).can('read', 'AuditEvent')).toBe(false);
    expect(buildAbility(key('tenders:read')).can('read', 'Tender')).toBe(true);
    expect(buildWorkspaceAbility('owner')).toBe(buildWorkspaceAbility('owner'));
    expect(buildWorkspaceAbility('observer').can('read', 'Evidence')).toBe(false);
  });

  it("finds a key's ability by its frozen scope list, and never by a list that can still change", () => {
    const key = (scopes: readonly string[]): Actor => ({ kind: 'api_key', apiKeyId: 'k', scopes, ...org });
    const frozen = Object.freeze(['tenders:read']);
    // The frozen list's ability is the one its scope set has.
    expect(buildAbility(key(frozen))).toBe(buildAbility(key(['tenders:read'])));
    expect(buildAbility(key(Object.freeze(['audit:read', 'tenders:read']))).can('read', 'AuditEvent')).toBe(true);
    expect(buildAbility(key(frozen)).can('read', 'AuditEvent')).toBe(false);
    // A list that is not frozen is read afresh each time: a scope added to it counts.
    const open = ['tenders:read'];
    expect(buildAbility(key(open)).can('read', 'AuditEvent')).toBe(false);
    open.push('audit:read');
    expect(buildAbility(key(open)).can('read', 'AuditEvent')).toBe(true);
  });

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
