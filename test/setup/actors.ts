import { MemberRole, type Actor } from '@attesta/core';
import type { TestOrg } from './factories.js';

/** The owner of a test organization as the actor a service method takes (service tier only: e2e files act over HTTP). */
export function ownerActor(org: TestOrg): Actor {
  return { kind: 'user', userId: org.owner.userId, organizationId: org.id, organizationKind: org.kind, role: MemberRole.Owner };
}
