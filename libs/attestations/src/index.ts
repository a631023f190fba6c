export { AttestationsError, AttestationsErrorCode } from './attestations.errors.js';
export { AttestationsModule } from './attestations.module.js';
export {
  ATTESTATION_EVENTS,
  type AttestationLineage,
  type AttestationListQuery,
  AttestationsService,
  type IssueOptions,
  type PublicAttestation,
  type ScopeReduction,
} from './attestations.service.js';
export type { DecisionSnapshot } from './credential.js';
export type { LanguageText } from './credential-languages.js';
export { publicAttestationUrl } from './did.js';
export { ATTESTATION_STATUSES, type AttestationStatus } from './entities/attestation.entity.js';
export type { SigningKeyStatus } from './entities/signing-key.entity.js';
export { OscalExportService } from './oscal-export.service.js';
export { type IssuerProfile, type PublicSigningKey, SIGNING_KEY_EVENTS, SigningKeysService } from './signing-keys.service.js';
export { type PublishedStatusList, StatusListsService } from './status-lists.service.js';
export { PUBLIC_STATUSES, statusNow, type PublicStatus } from './public-status.js';
export { type SupplierTrustPage, type TrustedAttestation, TRUST_PAGE_LIMIT, TrustService } from './trust.service.js';
export {
  type AttestationLink,
  type IssuerAccreditation,
  issuerAccreditation,
  type VerificationReason,
  type VerificationReasonCode,
  type VerificationResult,
  VerificationService,
} from './verification.service.js';
export { attestationCountCitingFramework, workspaceAttestationsCitingFramework } from './attestations.read-model.js';

// Entities stay inside the lib. libs/schema takes the list for the DataSource; everyone else
// sees rows through read-model types (type-only: they cannot reach a repository or a relation).
export { attestationsEntities } from './entities.js';
export type { AttestationEntity as Attestation } from './entities/attestation.entity.js';
