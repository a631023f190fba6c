/** What can be done. `manage` means every action. */
export type Action = 'manage' | 'create' | 'read' | 'update' | 'delete';

/** What it can be done to. Grows with each domain. */
export type Subject =
  | 'Organization'
  | 'Member'
  | 'Invitation'
  | 'ApiKey'
  | 'AuditEvent'
  | 'Offering'
  | 'Workspace'
  | 'Participant'
  | 'Applicability'
  | 'Framework'
  | 'Mapping'
  | 'Evidence'
  | 'EvidenceLink'
  | 'GapAnalysis'
  | 'Attestation'
  | 'SigningKey'
  | 'Submission'
  | 'Verdict'
  | 'Finding'
  | 'Decision'
  | 'Comment'
  | 'Tender'
  | 'Bid'
  | 'ConformityCheck'
  | 'WebhookEndpoint'
  | 'WebhookDelivery'
  | 'Accreditation'
  | 'AccreditationSettings'
  | 'Person'
  | 'ForeignCredential'
  | 'all';

/** A participant organization's role in one assessment workspace. */
export type WorkspaceRole = 'owner' | 'contributor' | 'assessor' | 'observer';

export interface Permission {
  action: Action;
  subject: Subject;
}

/**
 * API-key scopes and the permissions each grants. Keys never manage members or keys:
 * those stay with people.
 */
export const API_KEY_SCOPES = {
  'organization:read': { description: 'Read the organization profile', grants: [{ action: 'read', subject: 'Organization' }] },
  'members:read': { description: 'List members', grants: [{ action: 'read', subject: 'Member' }] },
  'audit:read': { description: 'Read and verify audit streams', grants: [{ action: 'read', subject: 'AuditEvent' }] },
  'offerings:read': { description: 'Read offerings and their components', grants: [{ action: 'read', subject: 'Offering' }] },
  'offerings:write': {
    description: 'Create and change offerings (manufacturers)',
    grants: [
      { action: 'read', subject: 'Offering' },
      { action: 'create', subject: 'Offering' },
      { action: 'update', subject: 'Offering' },
    ],
  },
  'workspaces:read': {
    description: 'Read workspaces, participants and applicability',
    grants: [
      { action: 'read', subject: 'Workspace' },
      { action: 'read', subject: 'Participant' },
      { action: 'read', subject: 'Applicability' },
    ],
  },
  'evidence:read': {
    description: 'Read evidence metadata, download files your organization may see, read gap analyses',
    grants: [
      { action: 'read', subject: 'Evidence' },
      { action: 'read', subject: 'EvidenceLink' },
      { action: 'read', subject: 'GapAnalysis' },
    ],
  },
  'evidence:write': {
    description: 'Upload evidence and link it to requirements',
    grants: [
      { action: 'read', subject: 'Evidence' },
      { action: 'create', subject: 'Evidence' },
      { action: 'update', subject: 'Evidence' },
      { action: 'read', subject: 'EvidenceLink' },
      { action: 'create', subject: 'EvidenceLink' },
      { action: 'delete', subject: 'EvidenceLink' },
    ],
  },
  'foreign-credentials:read': {
    description: 'Read the credentials from other issuers your organization imported, with their check results',
    grants: [{ action: 'read', subject: 'ForeignCredential' }],
  },
  'foreign-credentials:write': {
    description: 'Import credentials from other issuers (by URL or upload), re-check and remove them',
    grants: [
      { action: 'read', subject: 'ForeignCredential' },
      { action: 'create', subject: 'ForeignCredential' },
      { action: 'update', subject: 'ForeignCredential' },
      { action: 'delete', subject: 'ForeignCredential' },
    ],
  },
  'tenders:read': {
    description: 'Read tenders and the bids on your own tenders with their compliance reports',
    grants: [
      { action: 'read', subject: 'Tender' },
      { action: 'read', subject: 'Bid' },
    ],
  },
  'tenders:write': {
    description: 'Publish tenders (procurers)',
    grants: [
      { action: 'read', subject: 'Tender' },
      { action: 'create', subject: 'Tender' },
    ],
  },
  'conformity:read': {
    description: 'Run conformity checks of offerings against frameworks and markets',
    grants: [{ action: 'read', subject: 'ConformityCheck' }],
  },
  'workspaces:write': {
    description: 'Change workspaces and their statement of applicability',
    grants: [
      { action: 'read', subject: 'Workspace' },
      { action: 'update', subject: 'Workspace' },
      { action: 'read', subject: 'Participant' },
      { action: 'read', subject: 'Applicability' },
      { action: 'update', subject: 'Applicability' },
    ],
  },
  'reviews:read': {
    description: 'Read submissions and their manifests, verdicts, findings, comments and decisions your organization may see',
    grants: [
      { action: 'read', subject: 'Submission' },
      { action: 'read', subject: 'Verdict' },
      { action: 'read', subject: 'Finding' },
      { action: 'read', subject: 'Comment' },
      { action: 'read', subject: 'Decision' },
    ],
  },
  'reviews:write': {
    description: 'Submit, review, answer findings, comment and decide (the workspace role decides which)',
    grants: [
      { action: 'read', subject: 'Submission' },
      { action: 'create', subject: 'Submission' },
      { action: 'update', subject: 'Submission' },
      { action: 'read', subject: 'Verdict' },
      { action: 'create', subject: 'Verdict' },
      { action: 'update', subject: 'Verdict' },
      { action: 'read', subject: 'Finding' },
      { action: 'create', subject: 'Finding' },
      { action: 'update', subject: 'Finding' },
      { action: 'read', subject: 'Comment' },
      { action: 'create', subject: 'Comment' },
      { action: 'read', subject: 'Decision' },
      { action: 'create', subject: 'Decision' },
      { action: 'update', subject: 'Decision' },
    ],
  },
  'attestations:read': {
    description: 'Read the attestations of workspaces your organization takes part in',
    grants: [{ action: 'read', subject: 'Attestation' }],
  },
  'attestations:write': {
    description: 'Assessors: issue, suspend, reinstate, withdraw and re-scope attestations',
    grants: [
      { action: 'read', subject: 'Attestation' },
      { action: 'create', subject: 'Attestation' },
      { action: 'update', subject: 'Attestation' },
    ],
  },
  'webhooks:read': {
    description: "Read the organization's webhook endpoints and their delivery log",
    grants: [
      { action: 'read', subject: 'WebhookEndpoint' },
      { action: 'read', subject: 'WebhookDelivery' },
    ],
  },
  'webhooks:write': {
    description: 'Register, change, delete webhook endpoints, rotate their secrets and replay deliveries',
    grants: [
      { action: 'read', subject: 'WebhookEndpoint' },
      { action: 'create', subject: 'WebhookEndpoint' },
      { action: 'update', subject: 'WebhookEndpoint' },
      { action: 'delete', subject: 'WebhookEndpoint' },
      { action: 'read', subject: 'WebhookDelivery' },
      { action: 'create', subject: 'WebhookDelivery' },
    ],
  },
  'accreditations:read': {
    description:
      "Read the organization's accreditations (assessors) or the accreditations naming its body (accreditation bodies), and the accreditation settings",
    grants: [
      { action: 'read', subject: 'Accreditation' },
      { action: 'read', subject: 'AccreditationSettings' },
    ],
  },
  'accreditations:write': {
    description:
      "Assessors: declare accreditations, present the body's credentials, change the settings. Accreditation bodies: confirm, suspend, withdraw, reinstate",
    grants: [
      { action: 'read', subject: 'Accreditation' },
      { action: 'create', subject: 'Accreditation' },
      { action: 'update', subject: 'Accreditation' },
      { action: 'read', subject: 'AccreditationSettings' },
      { action: 'update', subject: 'AccreditationSettings' },
    ],
  },
  'personnel:read': {
    description: "Read the organization's roster: people, certifications, assignments and expiring certifications",
    grants: [{ action: 'read', subject: 'Person' }],
  },
  'personnel:write': {
    description: 'Add, import and change people, certifications and assignments (erasure stays with owners and admins)',
    grants: [
      { action: 'read', subject: 'Person' },
      { action: 'create', subject: 'Person' },
      { action: 'update', subject: 'Person' },
    ],
  },
  'catalog:read': {
    description: 'Read frameworks, requirements and crosswalk mappings; export them',
    grants: [
      { action: 'read', subject: 'Framework' },
      { action: 'read', subject: 'Mapping' },
    ],
  },
  'catalog:write': {
    description: "Import and create the organization's own frameworks and crosswalk mappings",
    grants: [
      { action: 'read', subject: 'Framework' },
      { action: 'create', subject: 'Framework' },
      { action: 'read', subject: 'Mapping' },
      { action: 'create', subject: 'Mapping' },
    ],
  },
} as const satisfies Record<string, { description: string; grants: readonly Permission[] }>;

export type ApiKeyScope = keyof typeof API_KEY_SCOPES;

export function isApiKeyScope(s: string): s is ApiKeyScope {
  return Object.prototype.hasOwnProperty.call(API_KEY_SCOPES, s);
}
