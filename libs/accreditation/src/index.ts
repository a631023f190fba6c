export { AccreditationError, AccreditationErrorCode } from './accreditation.errors.js';
export { AccreditationModule } from './accreditation.module.js';
export {
  ACCREDITATION_EVENTS,
  type AccreditationClaim,
  type AccreditationClaimNow,
  type AccreditationCurrent,
  type AccreditationStatusChangedPayload,
} from './accreditation.types.js';
export { AccreditationsService, type AccreditationView, type CoverageNeed, type DeclareAccreditationInput } from './accreditations.service.js';
export { ACCREDITATION_ARRANGEMENTS, type AccreditationArrangement, type BodyIdentifier, type BodyPublicKey } from './entities/accreditation-body.entity.js';
export type { AccreditationEventAction } from './entities/accreditation-event.entity.js';
export {
  ACCREDITATION_STANDARDS,
  ATTESTATION_STANDARDS,
  ACCREDITATION_STATUSES,
  ACCREDITATION_VERIFICATIONS,
  type AccreditationScope,
  type AccreditationStandard,
  type AccreditationStatus,
  type AccreditationVerification,
  type VerifiedBy,
} from './entities/accreditation.entity.js';
export { readTrustListFile, seedTrustList, trustListVersion } from './trust-list.data.js';
export { type AccreditationBodyInput, type TrustListFile, TrustListService } from './trust-list.service.js';
export { listedBodyArrangements } from './accreditation.read-model.js';

// Entities stay inside the lib. libs/schema takes the list for the DataSource; everyone else
// sees rows through read-model types (type-only: they cannot reach a repository or a relation).
export { accreditationEntities } from './entities.js';
export type { AccreditationBodyEntity as AccreditationBody } from './entities/accreditation-body.entity.js';
export type { AccreditationEventEntity as AccreditationEvent } from './entities/accreditation-event.entity.js';
export type { AccreditationSettingsEntity as AccreditationSettings } from './entities/accreditation-settings.entity.js';
