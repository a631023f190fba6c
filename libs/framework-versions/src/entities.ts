import { FrameworkVersionMappingEntity } from './entities/framework-version-mapping.entity.js';
import { WorkspaceFrameworkMoveEntity } from './entities/workspace-framework-move.entity.js';

/** The framework-versions lib's entities, for the one DataSource libs/schema builds. */
export const frameworkVersionsEntities = [FrameworkVersionMappingEntity, WorkspaceFrameworkMoveEntity];
