/** Organization kinds (tenants). */
export enum OrganizationKind {
  Manufacturer = 'manufacturer',
  ServiceVendor = 'service_vendor',
  Assessor = 'assessor',
  Procurer = 'procurer',
  /** An accreditation body on the platform's trust list, confirming assessors' accreditations. */
  AccreditationBody = 'accreditation_body',
}

export enum MemberRole {
  Owner = 'owner',
  Admin = 'admin',
  Member = 'member',
}

interface ActorBase {
  /** The organization this request acts for; every tenant query is scoped to it. */
  organizationId: string;
  organizationKind: OrganizationKind;
}

export interface UserActor extends ActorBase {
  kind: 'user';
  userId: string;
  role: MemberRole;
}

export interface ApiKeyActor extends ActorBase {
  kind: 'api_key';
  apiKeyId: string;
  scopes: readonly string[];
}

/** Work done by the platform itself for an organization (jobs, seeding). */
export interface SystemActor extends ActorBase {
  kind: 'system';
  reason: string;
}

export type Actor = UserActor | ApiKeyActor | SystemActor;

export function actorId(actor: Actor): string {
  switch (actor.kind) {
    case 'user':
      return actor.userId;
    case 'api_key':
      return actor.apiKeyId;
    case 'system':
      return `system:${actor.reason}`;
  }
}

/** The user id for row-level security (null for keys and the system). */
export function actorUserId(actor: Actor): string | null {
  return actor.kind === 'user' ? actor.userId : null;
}
