export { Confidentiality, EvidenceType } from './entities/evidence.entity.js';
export { EvidenceError, EvidenceErrorCode } from './evidence.errors.js';
export { EvidenceModule } from './evidence.module.js';
export {
  EVIDENCE_EVENTS,
  type EvidenceDetail,
  type EvidenceInput,
  type EvidenceListItem,
  EvidenceService,
  type OpenedVersion,
  type UploadInput,
} from './evidence.service.js';
export { FreshnessService, type IntegrityResult } from './freshness.service.js';
export {
  FLAGGED_EVIDENCE_LIMIT,
  type FlaggedEvidence,
  type FrameworkGapSummary,
  type GapAnalysis,
  gapAnalysisCsv,
  GapAnalysisService,
  type GapRow,
} from './gap-analysis.service.js';

// Entities stay inside the lib. libs/schema takes the list for the DataSource; everyone else
// sees rows through read-model types (type-only: they cannot reach a repository or a relation).
export { evidenceEntities } from './entities.js';
export type { EvidenceEntity as Evidence } from './entities/evidence.entity.js';
export type { EvidenceLinkEntity as EvidenceLink } from './entities/evidence-link.entity.js';
export type { EvidenceVersionEntity as EvidenceVersion } from './entities/evidence-version.entity.js';
export {
  evidenceDates,
  evidenceItems,
  evidenceLinkCount,
  evidenceLinksTo,
  evidenceNeedingRenewal,
  hasVisibleLinkedEvidence,
  linkedCurrentVersions,
  storedVersion,
  visibleVersionIds,
  workspaceEvidenceLinkTargets,
  type EvidenceDates,
  type EvidenceLinkRecord,
  type EvidenceNeedingRenewal,
  type LinkedEvidenceVersion,
  type StoredEvidenceVersion,
} from './evidence.read-model.js';
export { addEvidenceLinkIfAbsent } from './evidence.writes.js';
export { EVIDENCE_FRESHNESS, evidenceFreshness, type EvidenceFreshness } from './evidence-freshness.js';
export { requirementEvidence, requirementGapRow, type CurrentVersionRecord, type RequirementEvidenceRecord } from './requirement-evidence.read-model.js';
export { PREVIEW_BINARY_BYTES, PREVIEW_TEXT_BYTES, previewContentSecurityPolicy, previewContentType, previewKind, type PreviewKind } from './preview.js';
