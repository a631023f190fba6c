/**
 * OSCAL and crosswalk formats of the catalog, free of the database and of Nest, so
 * the catalog service, jobs and scripts can all use them.
 *
 * Import:  `parseOscalJsonText(text, { maxBytes })` → `parseOscalCatalog(json, { maxRequirements })`
 *          (or `importOscalCatalogText` for both) → `ParsedFramework`: framework info plus
 *          `requirements` in pre-order (parents first; `parentIndex` points back into the
 *          list). Refusals throw `OscalImportError` (a `DomainError`) with `code`
 *          `invalid_json` | `not_oscal` | `too_large` | `invalid_structure` and `errors`
 *          naming JSON paths (`catalog.groups.0.controls.3.id`).
 * Export:  `exportOscalCatalog(framework, requirements)` → an OSCAL 1.1.2 catalog document
 *          that validates against the NIST catalog schema; refs survive a round trip.
 * Mappings: `parseMappingsCsv` / `toMappingsCsv` (RFC 4180, `MAPPING_CSV_COLUMNS`) and
 *          `parseMappingsJson` / `toMappingsJson`; refusals throw `MappingImportError`
 *          whose `errors` name the row and column (`rows.2.relation`).
 */
export type { ParsedFramework, ParsedFrameworkInfo, ParsedRequirement, RequirementKind, RequirementNode } from './catalog.types.js';
export {
  DEFAULT_MAX_OSCAL_BYTES,
  DEFAULT_MAX_REQUIREMENTS,
  importOscalCatalogText,
  parseOscalCatalog,
  parseOscalJsonText,
  slugify,
} from './oscal-catalog.parser.js';
export type { ParseOscalCatalogOptions, ParseOscalJsonTextOptions } from './oscal-catalog.parser.js';
export { exportOscalCatalog, nameBasedUuid, OSCAL_VERSION } from './oscal-catalog.exporter.js';
export type {
  ExportableFramework,
  ExportableRequirement,
  ExportOscalCatalogOptions,
  OscalCatalogDocument,
  OscalControlJson,
  OscalGroupJson,
} from './oscal-catalog.exporter.js';
export {
  DEFAULT_MAX_MAPPING_ROWS,
  MAPPING_CSV_COLUMNS,
  MAPPING_RELATIONS,
  parseMappingsCsv,
  parseMappingsJson,
  splitFrameworkKey,
  toMappingsCsv,
  toMappingsJson,
} from './mappings.js';
export type { MappingRelation, MappingRow, MappingsJsonDocument, ParseMappingsOptions } from './mappings.js';
export { MAX_REPORTED_ISSUES, MappingImportError, OscalImportError } from './oscal.errors.js';
export type { MappingImportErrorCode, OscalImportErrorCode } from './oscal.errors.js';
