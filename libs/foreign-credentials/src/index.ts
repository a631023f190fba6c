/**
 * Credentials from other issuers (W3C VC 2.0, vc+jwt): import by URL or upload, verification
 * through did:web / JWKS behind the SSRF guard, status lists, validity, and recognition through
 * the accreditation trust list. Other libs read recognised credentials through the read model.
 */
export { comparableName, type AssessedItem, type AssessedItemKind, type CredentialFramework, type StatusEntry } from './credential-check.js';
export { didWebDocumentUrl } from './did-web.js';
export { FOREIGN_CREDENTIAL_STATUSES, type ForeignCredentialStatus } from './entities/foreign-credential.entity.js';
export { ForeignCredentialsError, ForeignCredentialsErrorCode } from './foreign-credentials.errors.js';
export { ForeignCredentialsModule } from './foreign-credentials.module.js';
export { recognisedForeignCredentials, type RecognisedForeignCredential } from './foreign-credentials.read-model.js';
export { assessedItemsLabel, offeringCoverage, type OfferingCoverage, type OfferingToCover } from './offering-coverage.js';
export { FOREIGN_CREDENTIAL_EVENTS, ForeignCredentialsService, type ImportForeignCredentialInput } from './foreign-credentials.service.js';

// Entities stay inside the lib. libs/schema takes the list for the DataSource; everyone else
// sees rows through read-model types (type-only: they cannot reach a repository or a relation).
export { foreignCredentialsEntities } from './entities.js';
export type { ForeignCredentialEntity as ForeignCredential } from './entities/foreign-credential.entity.js';
