/**
 * The review workflow: frozen submissions (manifest, digest, Merkle proofs, verification,
 * the submitted files), verdicts, findings with corrective actions, comment threads and
 * decisions (four-eyes optional).
 *
 * For the attestations lib: `ReviewsService.decisionForAttestation(actor, workspaceId,
 * decisionId)` returns an `AttestableDecision` — the decision (outcome, status `final` or
 * `pending_confirmation`, scope statement, validFrom/validUntil as ISO dates, conditions,
 * the assessor organization that is the issuer), the submission it decides (number,
 * manifest digest and Merkle root), the workspace, the offering and its component
 * versions frozen in the manifest (with any compatible range the assessor recorded), the
 * frameworks and markets of the decision's scope (not the workspace's), and the dates of
 * the frozen evidence relied on. Issue only from `status: 'final'` and a positive outcome. `REVIEW_EVENTS.decisionTaken` (`decision.taken`) is the outbox event
 * announcing a final decision; its payload carries `decisionId`. The contract only grows.
 */
export type { DecisionReadiness } from './decision-readiness.js';
export { DECISION_OUTCOMES, type DecisionOutcome, type DecisionStatus } from './entities/decision.entity.js';
export type { FindingResponseKind } from './entities/finding-response.entity.js';
export { FINDING_SEVERITIES, type FindingSeverity, type FindingStatus } from './entities/finding.entity.js';
export type { ManifestEntryContent, ManifestEvidence } from './entities/submission-entry.entity.js';
export { SUBMISSION_STATUSES, type SubmissionStatus } from './entities/submission.entity.js';
export { VERDICT_OUTCOMES, type VerdictOutcome } from './entities/verdict.entity.js';
export { FindingsDueService } from './findings-due.service.js';
export { leafHash, verifyInclusion } from './manifest.js';
export { ReviewsError, ReviewsErrorCode } from './reviews.errors.js';
export {
  type ActionEvidence,
  type ActionFinding,
  type ActionItems,
  type ActionRef,
  type ActionRequirement,
  type ActionVerdict,
  AWAITING_REVIEW_STATUSES,
  ReviewReadsService,
  type RequirementVerdictRecord,
  type RequirementView,
  type ReviewProgress,
  type ReviewQueueItem,
  type SubmissionProgress,
} from './review-reads.service.js';
export { ReviewsModule } from './reviews.module.js';
export {
  type AttestableDecision,
  type DecidedComponent,
  type DecisionCondition,
  type DecisionInput,
  type DecisionView,
  type DecisionViewStatus,
  type DecisionReadinessView,
  type FindingDetail,
  type FindingInput,
  type FrozenComponent,
  type ReliedEvidenceSummary,
  ReviewsService,
} from './reviews.service.js';
export {
  type EntriesQuery,
  type EntryProof,
  type ManifestVerification,
  type OpenedPreview,
  type PreviewPlan,
  REVIEW_EVENTS,
  SubmissionsService,
  type SubmissionView,
} from './submissions.service.js';

// Entities stay inside the lib. libs/schema takes the list for the DataSource; everyone else
// sees rows through read-model types (type-only: they cannot reach a repository or a relation).
export { reviewsEntities } from './entities.js';
export type { FindingEntity as Finding } from './entities/finding.entity.js';
export type { FindingResponseEntity as FindingResponse } from './entities/finding-response.entity.js';
export type { ReviewCommentEntity as ReviewComment } from './entities/review-comment.entity.js';
export type { SubmissionEntryEntity as SubmissionEntry } from './entities/submission-entry.entity.js';
export type { VerdictEntity as Verdict } from './entities/verdict.entity.js';
export {
  decidedSubmissionRecord,
  openFindingRecords,
  verdictCountOnRequirements,
  verdictsOnRequirements,
  type DecidedSubmissionRecord,
  type FindingRecord,
  type VerdictRow,
} from './reviews.read-model.js';
export {
  latestSubmissionNumber,
  oscalOpenFindings,
  oscalSubmissionRecord,
  type OscalFindingRecord,
  type OscalFindingResponse,
  type OscalSubmissionRecord,
} from './oscal.read-model.js';
