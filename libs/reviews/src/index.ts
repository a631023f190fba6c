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
export * from './decision-readiness.js';
export * from './entities/decision.entity.js';
export * from './entities/finding-response.entity.js';
export * from './entities/finding.entity.js';
export * from './entities/review-comment.entity.js';
export * from './entities/submission-entry.entity.js';
export * from './entities/submission-manifest.entity.js';
export * from './entities/submission.entity.js';
export * from './entities/verdict.entity.js';
export * from './findings-due.service.js';
export * from './manifest.js';
export * from './reviews.errors.js';
export * from './reviews.module.js';
export * from './reviews.service.js';
export * from './submissions.service.js';
export { reviewsEntities } from './entities.js';
export { decidedSubmissionRecord, openFindingRecords, type DecidedSubmissionRecord, type FindingRecord } from './reviews.read-model.js';
