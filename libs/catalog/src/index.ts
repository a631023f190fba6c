/**
 * The catalog: frameworks, their requirement trees and crosswalk mappings, stored with
 * row-level security (built-ins shared, imported/custom ones per organization). The OSCAL and
 * crosswalk formats and the built-in content stay inside the lib, behind CatalogService and the
 * seed step (syncBuiltInCatalog); other libs read frameworks and requirements through the
 * read-model functions below.
 */
export { builtInCatalogVersion, type BuiltInSyncResult, syncBuiltInCatalog } from './built-in-catalog.sync.js';
export { CatalogError, CatalogErrorCode } from './catalog.errors.js';
export { CatalogModule } from './catalog.module.js';
export {
  CatalogService,
  type CreateFrameworkInput,
  type CreateMappingInput,
  type ImportedFramework,
  type ImportOscalOptions,
  type LocalizedFramework,
  type LocalizedRequirement,
  type MappingImportResult,
  type MappingView,
} from './catalog.service.js';
export {
  frameworkSourceLanguages,
  frameworkTitleTranslations,
  type FrameworkLocaleTranslations,
  type FrameworkTextTranslation,
  type RequirementTextTranslation,
} from './catalog-translations.js';
export { COMPONENT_KINDS, type ComponentKind, EVIDENCE_TYPES, type EvidenceType } from './content/vocabulary.js';
export { FRAMEWORK_SOURCES, type FrameworkSource } from './entities/framework.entity.js';
export type { RequirementKind } from './oscal/catalog.types.js';
export { MAPPING_RELATIONS, type MappingRelation } from './oscal/mappings.js';
export { MappingImportError, type MappingImportErrorCode, OscalImportError, type OscalImportErrorCode } from './oscal/oscal.errors.js';

// Entities stay inside the lib. libs/schema takes the list for the DataSource; everyone else
// sees rows through read-model types (type-only: they cannot reach a repository or a relation).
export { catalogEntities } from './entities.js';
// Lossless OSCAL (structures, profiles, control ids for assessment exports): see docs/oscal.md.
export { OscalProfileService } from './oscal-profile.service.js';
export {
  oscalCatalogDocument,
  oscalControlRefs,
  oscalControlView,
  oscalParameterIds,
  type OscalControlRef,
  type OscalControlView,
} from './oscal-fidelity.store.js';
export { nameBasedUuid, OSCAL_VERSION } from './oscal/oscal-catalog.exporter.js';
export type { FrameworkEntity as Framework } from './entities/framework.entity.js';
export type { RequirementEntity as Requirement } from './entities/requirement.entity.js';
export {
  crosswalkMappingCount,
  frameworkControls,
  frameworkControlsPage,
  frameworkControlTexts,
  frameworkIdByCodeAndVersion,
  frameworkRecord,
  frameworkRequirementIds,
  FRAMEWORK_SUMMARIES_SQL,
  frameworkSummaryFromRow,
  frameworksOwnedBy,
  frameworksWithCodes,
  frameworkStandings,
  frameworkSummaries,
  requirementPlacements,
  requirementSummaries,
  type ControlText,
  type FrameworkRecord,
  type FrameworkStanding,
  type FrameworkSummary,
  type RequirementPlacement,
  type RequirementSummary,
} from './catalog.read-model.js';
export { deleteOwnFramework, retireOwnFramework, updateOwnFrameworkMetadata } from './catalog.writes.js';
export { crosswalkRows, requirementDetails, type CrosswalkRow, type RequirementDetail } from './crosswalk.read-model.js';
export { requirementText, type RequirementText } from './requirement-text.read-model.js';
export {
  localizedFrameworkSummaries,
  localizedRequirementTitles,
  localizedRequirementTitleSql,
  localizedRowTitle,
  type LocalizedFrameworkSummary,
} from './localized-titles.read-model.js';
