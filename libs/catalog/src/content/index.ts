/**
 * Built-in catalog content, shipped as JSON under `libs/catalog/data/` and read with
 * `fs` (the folder is found from the sources and from `dist/` alike):
 *
 * - `loadBuiltInFrameworks()` → `BuiltInFramework[]`: Attesta's Digital Service Export
 *   Readiness baseline (`attesta-dser@1.0`, our own text, with expected evidence types
 *   and component kinds per requirement) and the structure only (refs + our own short
 *   titles, `structureOnly: true`) of ISO/IEC 20000-1:2018, ISO/IEC 27001:2022 Annex A
 *   and ISO/IEC 42001:2023 Annex A. Requirements are in pre-order like an OSCAL import.
 * - `loadBuiltInMappings()` → `MappingRow[]`: crosswalks from the baseline to each of
 *   them, frameworks named `code@version` (see `frameworkKey`).
 *
 * - `loadBuiltInTranslations()` → `BuiltInTranslation[]`: their titles (and statements) in
 *   the portal's other languages, from `data/translations/`.
 *
 * All throw `BuiltInContentError` if the shipped files are broken; a seeding job should
 * upsert by framework code + version and requirement ref.
 */
export { BuiltInContentError, frameworkKey, loadBuiltInFrameworks, loadBuiltInMappings, resolveCatalogDataDir } from './built-in-content.js';
export type { BuiltInFramework, BuiltInRequirement, LoadBuiltInContentOptions } from './built-in-content.js';
export { loadBuiltInTranslations, type BuiltInTranslation } from './built-in-translations.js';
export { COMPONENT_KINDS, EVIDENCE_TYPES } from './vocabulary.js';
export type { ComponentKind, EvidenceType } from './vocabulary.js';
