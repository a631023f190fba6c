export { AuditCheckpointsService, type CheckpointHead, type CheckpointStatement, type PublicCheckpointKey } from './audit-checkpoints.service.js';
export { AUDIT_HASH_VERSION, auditEventHash, type HashedAuditFields } from './audit-hash.js';
export { AuditError, AuditErrorCode } from './audit.errors.js';
export { AuditModule } from './audit.module.js';
export { auditVerificationRuns, ChainVerifyWorkers } from './chain-verify-workers.js';
export { type ChainBreak, type ChainBreakReason, MAX_BREAKS_LISTED } from './chain-walk.js';
export {
  type AuditEventNames,
  type AuditEventView,
  type AuditFilter,
  type AuditProjection,
  type AuditRecord,
  AuditService,
  type AuditStream,
  type ChainVerification,
  type SignedCheckpoint,
} from './audit.service.js';
export type { AuditStreamType } from './entities/audit-event.entity.js';

// Entities stay inside the lib. libs/schema takes the list for the DataSource; everyone else
// sees rows through read-model types (type-only: they cannot reach a repository or a relation).
export { auditEntities } from './entities.js';
export type { AuditEventEntity as AuditEvent } from './entities/audit-event.entity.js';
export { auditEventAbout, type AuditEventRecord } from './audit.read-model.js';
