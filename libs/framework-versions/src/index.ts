/**
 * Framework versions: version-to-version mappings (OSCAL 1.2 relationship vocabulary), the
 * change-impact report, workspace moves that carry applicability, parameter values, evidence
 * links and the verdict history forward, framework metadata, retirement and guarded deletion.
 */
export type { CarriedVerdict, MoveCarried } from './entities/workspace-framework-move.entity.js';
export { FrameworkVersionsError, FrameworkVersionsErrorCode } from './framework-versions.errors.js';
export { FrameworkVersionsModule } from './framework-versions.module.js';
export {
  type ChangeImpactReport,
  type FrameworkMetadataPatch,
  type FrameworkRef,
  FrameworkVersionsService,
  type VersionMappingView,
  type WorkspaceImpact,
} from './framework-versions.service.js';
export { CARRYING_RELATIONSHIPS, VERSION_RELATIONSHIPS, type VersionDiff, type VersionMappingEntry, type VersionRelationship } from './version-diff.js';

// Entities stay inside the lib. libs/schema takes the list for the DataSource; everyone else
// sees rows through read-model types (type-only: they cannot reach a repository or a relation).
export { frameworkVersionsEntities } from './entities.js';
export type { FrameworkVersionMappingEntity as FrameworkVersionMapping } from './entities/framework-version-mapping.entity.js';
export type { WorkspaceFrameworkMoveEntity as WorkspaceFrameworkMove } from './entities/workspace-framework-move.entity.js';
