export type { ParticipantStatus } from './entities/participant.entity.js';
export { WorkspacesError, WorkspacesErrorCode } from './workspaces.errors.js';
export { WorkspacesModule } from './workspaces.module.js';
export { type ParameterValueInput, type ParameterValueView, WorkspaceOscalService } from './workspace-oscal.service.js';
export { type ApplicabilityItem, type ApplicabilityRow, WORKSPACE_EVENTS, WorkspacesService, type WorkspaceView } from './workspaces.service.js';

// Entities stay inside the lib. libs/schema takes the list for the DataSource; everyone else
// sees rows through read-model types (type-only: they cannot reach a repository or a relation).
export { workspacesEntities } from './entities.js';
export type { ParticipantEntity as Participant } from './entities/participant.entity.js';
export { forgetWorkspaceContext, loadWorkspaceContext, workspaceContext, type WorkspaceContext } from './workspace-access.js';
export {
  applicabilityConcernsComponents,
  applicabilityCount,
  applicabilityStatements,
  organizationWorkspacesOnFramework,
  workspaceCountOnFramework,
  workspaceFrameworkIds,
  workspaceParameterValues,
  workspaceParticipantOrganizationIds,
  workspaceScope,
  type ApplicabilityStatement,
  type WorkspaceScope,
} from './workspaces.read-model.js';
export { addApplicabilityIfAbsent, addParameterValueIfAbsent, addWorkspaceFramework, removeWorkspaceFramework } from './workspaces.writes.js';
export { workspaceNames, type WorkspaceName } from './workspace-names.read-model.js';
