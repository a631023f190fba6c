/**
 * The catalog: frameworks, their requirement trees and crosswalk mappings, stored with
 * row-level security (built-ins shared, imported/custom ones per organization), plus the
 * database-free OSCAL and crosswalk formats and the built-in content they are seeded from.
 */
export * from './entities/framework.entity.js';
export * from './entities/mapping.entity.js';
export * from './entities/requirement.entity.js';
export * from './content/index.js';
export * from './oscal/index.js';
export * from './built-in-catalog.sync.js';
export * from './catalog.errors.js';
export * from './catalog.module.js';
export * from './catalog.service.js';
export * from './requirement-tree.js';
export { catalogEntities } from './entities.js';
export {
  frameworkControls,
  frameworkControlsPage,
  frameworksWithCodes,
  frameworkSummaries,
  requirementSummaries,
  type FrameworkSummary,
  type RequirementSummary,
} from './catalog.read-model.js';
