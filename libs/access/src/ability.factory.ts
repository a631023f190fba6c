import { AbilityBuilder, createMongoAbility, type MongoAbility } from '@casl/ability';
import { Actor, MemberRole, OrganizationKind } from '@attesta/core';
import { AccessError, AccessErrorCode } from './access.errors.js';
import { API_KEY_SCOPES, isApiKeyScope, type Action, type Subject, type WorkspaceRole } from './permissions.js';

export type AppAbility = MongoAbility<[Action, Subject]>;

/**
 * All authorization rules in one place, built from the actor: a user by its role in the
 * acting organization, an API key by its scopes, the system for everything. Tenancy
 * itself is enforced below this layer (scoped queries and row-level security); these
 * rules say what an actor may do inside its own organization.
 */
export function buildAbility(actor: Actor): AppAbility {
  // An API key's frozen scope list (the authentication cache freezes one per cached key and hands
  // it to each of that key's requests) finds its ability without building the memo key; frozen,
  // the list cannot change under it. A list that is not frozen is read afresh.
  if (actor.kind === 'api_key' && Object.isFrozen(actor.scopes)) {
    let ability = byScopeList.get(actor.scopes);
    if (!ability) byScopeList.set(actor.scopes, (ability = memoized(abilityInput(actor))));
    return ability;
  }
  return memoized(abilityInput(actor));
}

function memoized(input: AbilityInput): AppAbility {
  // A user's key is built without serializing an object: it is the key of every session request.
  const key = input.kind === 'user' ? `user:${input.role}:${input.organizationKind}` : JSON.stringify(input);
  let ability = abilities.get(key);
  if (!ability) {
    // Bounded: roles × organization kinds, and the sets of scopes keys are issued with.
    if (abilities.size >= MAX_MEMOIZED) abilities.clear();
    ability = rulesFor(input);
    abilities.set(key, ability);
  }
  return ability;
}

/**
 * What the rules may depend on, and nothing else: the memo key. A rule that needs another field
 * of the actor has to add it here, so it can never be served from an ability built for someone else.
 */
type AbilityInput =
  { kind: 'system' } | { kind: 'api_key'; scopes: readonly string[] } | { kind: 'user'; role: MemberRole; organizationKind: OrganizationKind };

function abilityInput(actor: Actor): AbilityInput {
  switch (actor.kind) {
    case 'system':
      return { kind: 'system' };
    case 'api_key':
      return { kind: 'api_key', scopes: [...new Set(actor.scopes)].sort() };
    case 'user':
      return { kind: 'user', role: actor.role, organizationKind: actor.organizationKind };
  }
}

/**
 * Abilities are built once per distinct input and shared: built from ~60 rules, an ability cost
 * more per request than the rest of the access check (twice on most routes: guard and service).
 * Nothing changes an ability once built (no `update()` anywhere).
 */
const abilities = new Map<string, AppAbility>();
const byScopeList = new WeakMap<readonly string[], AppAbility>();
const workspaceAbilities = new Map<WorkspaceRole, AppAbility>();
const MAX_MEMOIZED = 256;

function rulesFor(actor: AbilityInput): AppAbility {
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
      // Built-in frameworks are shared; imported and custom ones are the organization's own.
      can('read', 'Framework');
      can('read', 'Mapping');
      can('read', 'Offering');
      can('read', 'Workspace');
      can('read', 'Participant');
      can('read', 'Applicability');
      // Members do the daily work; the workspace role decides what they may do inside one.
      can('update', 'Workspace');
      can('update', 'Applicability');
      can('read', 'GapAnalysis');
      can(['read', 'create', 'update'], 'Evidence');
      can(['read', 'create', 'delete'], 'EvidenceLink');
      // Issuing and changing an attestation needs the assessor role in its workspace (and
      // being its issuer); the workspace role decides, so outsiders get 404, not 403.
      can(['read', 'create', 'update'], 'Attestation');
      // Reviews: members do the review work their organization's workspace role allows
      // (assessor only ever for assessor organizations, checked at invitation), so outside
      // a workspace the answer stays "not found", never "forbidden". Submitting is a
      // manufacturer's act.
      can('read', ['Submission', 'Verdict', 'Finding', 'Comment', 'Decision']);
      can('create', 'Comment');
      can('update', ['Submission', 'Finding']);
      can(['create', 'update'], ['Verdict', 'Finding', 'Decision']);
      if (actor.organizationKind === OrganizationKind.Manufacturer) can('create', 'Submission');
      // Procurement: procurers publish tenders; manufacturers and vendors bid. Which tenders
      // and bids are visible is decided by row-level security.
      can('read', ['Tender', 'Bid', 'ConformityCheck']);
      // Accreditations speak for the organization: members read them; owners and admins declare,
      // present credentials, confirm or change them (bodies) and set the lapse policy.
      can('read', ['Accreditation', 'AccreditationSettings']);
      // The roster: members keep it; erasing a person speaks for the organization (owners and admins).
      can(['read', 'create', 'update'], 'Person');
      // Credentials from other issuers the organization holds: members read them; owners and admins import (below).
      can('read', 'ForeignCredential');
      if (actor.organizationKind === OrganizationKind.Procurer) can('create', 'Tender');
      if (actor.organizationKind === OrganizationKind.Manufacturer || actor.organizationKind === OrganizationKind.ServiceVendor)
        can(['create', 'update'], 'Bid');
      if (actor.organizationKind === OrganizationKind.Manufacturer) {
        can('create', 'Offering');
        can('update', 'Offering');
        can('delete', 'Offering');
        can('create', 'Workspace');
        can('create', 'Participant');
        can('delete', 'Participant');
      }
      if (actor.role === MemberRole.Owner || actor.role === MemberRole.Admin) {
        can('update', 'Organization');
        can('manage', 'Member');
        can('manage', 'Invitation');
        can('manage', 'ApiKey');
        can('read', 'AuditEvent');
        // Own frameworks: import, edit metadata, retire, delete while nothing cites them.
        can(['create', 'update', 'delete'], 'Framework');
        can('create', 'Mapping');
        // Webhook endpoints hold the organization's signing secrets and reach out of the platform.
        can('manage', ['WebhookEndpoint', 'WebhookDelivery']);
        // Accepting or declining a workspace invitation speaks for the organization.
        can('update', 'Participant');
        // The organization's attestation signing keys (assessors): list and rotate.
        if (actor.organizationKind === OrganizationKind.Assessor) can(['read', 'create'], 'SigningKey');
        can(['create', 'update'], 'Accreditation');
        can('update', 'AccreditationSettings');
        can('delete', 'Person');
        can(['create', 'update', 'delete'], 'ForeignCredential');
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

/**
 * What a participant organization's role allows inside one workspace. A request
 * needs both: the actor's own permission (above) and its organization's workspace role.
 */
export function buildWorkspaceAbility(role: WorkspaceRole): AppAbility {
  let ability = workspaceAbilities.get(role);
  if (!ability) workspaceAbilities.set(role, (ability = workspaceRulesFor(role)));
  return ability;
}

function workspaceRulesFor(role: WorkspaceRole): AppAbility {
  const { can, build } = new AbilityBuilder<AppAbility>(createMongoAbility);
  can('read', 'Workspace');
  can('read', 'Participant');
  can('read', 'Offering');
  can('read', 'GapAnalysis');
  // Outcomes: every participant sees the workspace's attestations (observers included).
  can('read', 'Attestation');
  switch (role) {
    case 'owner':
      can('manage', 'Workspace');
      can('manage', 'Participant');
      can('manage', 'Applicability');
      can('manage', 'Evidence');
      can('manage', 'EvidenceLink');
      can('read', ['Submission', 'Verdict', 'Finding', 'Comment', 'Decision']);
      can('create', ['Submission', 'Comment']);
      // Answers findings with corrective actions.
      can('update', 'Finding');
      break;
    case 'contributor':
      can('read', 'Applicability');
      can('read', ['Submission', 'Verdict', 'Finding', 'Comment', 'Decision']);
      can('create', 'Comment');
      // Answers findings on requirements its components concern.
      can('update', 'Finding');
      // Scoped to the components it provides (checked in the service and by row-level security).
      can(['read', 'create', 'update'], 'Evidence');
      can(['read', 'create', 'delete'], 'EvidenceLink');
      break;
    case 'assessor':
      can('read', 'Applicability');
      // Sees what was submitted (and only that), reviews it and decides.
      can('read', ['Submission', 'Verdict', 'Finding', 'Comment', 'Decision']);
      can('update', 'Submission');
      can(['create', 'update'], ['Verdict', 'Finding', 'Decision']);
      can('create', 'Comment');
      can(['create', 'update'], 'Attestation');
      break;
    case 'observer':
      // Outcomes only: the decision summary, never evidence or the review itself.
      can('read', 'Decision');
      break;
  }
  return build();
}

export function assertWorkspaceCan(role: WorkspaceRole, action: Action, subject: Subject): void {
  if (!buildWorkspaceAbility(role).can(action, subject)) {
    throw new AccessError(AccessErrorCode.Forbidden, `A workspace ${role} may not ${action} ${subject}.`);
  }
}
