import { AbilityBuilder, createMongoAbility, type MongoAbility } from '@casl/ability';
import { Actor, MemberRole } from '@attesta/core';
import { AccessError, AccessErrorCode } from './access.errors.js';
import { API_KEY_SCOPES, isApiKeyScope, type Action, type Subject } from './permissions.js';

export type AppAbility = MongoAbility<[Action, Subject]>;

/**
 * All authorization rules in one place, built from the actor: a user by its role in the
 * acting organization, an API key by its scopes, the system for everything. Tenancy
 * itself is enforced below this layer (scoped queries and row-level security); these
 * rules say what an actor may do inside its own organization.
 */
export function buildAbility(actor: Actor): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  switch (actor.kind) {
    case 'system':
      can('manage', 'all');
      break;
    case 'api_key':
      for (const scope of actor.scopes) {
        if (!isApiKeyScope(scope)) continue;
        for (const p of API_KEY_SCOPES[scope].grants) can(p.action, p.subject);
      }
      break;
    case 'user':
      can('read', 'Organization');
      can('read', 'Member');
      if (actor.role === MemberRole.Owner || actor.role === MemberRole.Admin) {
        can('update', 'Organization');
        can('manage', 'Member');
        can('manage', 'Invitation');
        can('manage', 'ApiKey');
        can('read', 'AuditEvent');
      }
      break;
  }
  return build();
}

/** The service-side check: throws a typed 403 when the actor may not. */
export function assertCan(actor: Actor, action: Action, subject: Subject): void {
  if (!buildAbility(actor).can(action, subject)) {
    throw new AccessError(AccessErrorCode.Forbidden, `Not allowed to ${action} ${subject}.`);
  }
}
