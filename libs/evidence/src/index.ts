export * from './entities/evidence-link.entity.js';
export * from './entities/evidence-version.entity.js';
export * from './entities/evidence.entity.js';
export * from './entities/integrity-check.entity.js';
export * from './evidence.errors.js';
export * from './evidence.module.js';
export * from './evidence.service.js';
export * from './freshness.service.js';
export * from './gap-analysis.service.js';
export * from './media-types.js';
export { evidenceEntities } from './entities.js';
export {
  evidenceDates,
  hasVisibleLinkedEvidence,
  linkedCurrentVersions,
  storedVersion,
  visibleVersionIds,
  type EvidenceDates,
  type LinkedEvidenceVersion,
  type StoredEvidenceVersion,
} from './evidence.read-model.js';
export { EVIDENCE_FRESHNESS, evidenceFreshness, type EvidenceFreshness } from './evidence-freshness.js';
