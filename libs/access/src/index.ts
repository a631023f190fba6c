export { type AppAbility, assertCan, assertWorkspaceCan, buildAbility, buildWorkspaceAbility } from './ability.factory.js';
export { AccessError, AccessErrorCode } from './access.errors.js';
export { type Action, API_KEY_SCOPES, type ApiKeyScope, isApiKeyScope, type Permission, type Subject, type WorkspaceRole } from './permissions.js';
