/** What can be done. `manage` means every action. */
export type Action = 'manage' | 'create' | 'read' | 'update' | 'delete';

/** What it can be done to. Grows with each domain. */
export type Subject = 'Organization' | 'Member' | 'Invitation' | 'ApiKey' | 'AuditEvent' | 'all';

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
} as const satisfies Record<string, { description: string; grants: readonly Permission[] }>;

export type ApiKeyScope = keyof typeof API_KEY_SCOPES;

export function isApiKeyScope(s: string): s is ApiKeyScope {
  return Object.prototype.hasOwnProperty.call(API_KEY_SCOPES, s);
}
