export * from './entities/applicability.entity.js';
export * from './entities/participant.entity.js';
export * from './entities/workspace-framework.entity.js';
export * from './entities/workspace.entity.js';
export * from './workspace-access.js';
export * from './workspaces.errors.js';
export * from './workspaces.module.js';
export * from './workspaces.service.js';
export { workspacesEntities } from './entities.js';
