import { ApplicabilityEntity } from './entities/applicability.entity.js';
import { ParameterValueEntity } from './entities/parameter-value.entity.js';
import { ParticipantEntity } from './entities/participant.entity.js';
import { WorkspaceFrameworkEntity } from './entities/workspace-framework.entity.js';
import { WorkspaceEntity } from './entities/workspace.entity.js';

/**
 * The workspaces lib's TypeORM entities, for the one DataSource libs/schema builds. This list is the
 * only way the entity classes leave the lib: other libs and apps read workspaces data through its
 * services and read-model types, never through its repositories.
 */
export const workspacesEntities = [ApplicabilityEntity, ParameterValueEntity, ParticipantEntity, WorkspaceFrameworkEntity, WorkspaceEntity];
