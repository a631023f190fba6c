import { AttestationEntity } from './entities/attestation.entity.js';
import { SigningKeyEntity } from './entities/signing-key.entity.js';
import { StatusListEntity } from './entities/status-list.entity.js';

/**
 * The attestations lib's TypeORM entities, for the one DataSource libs/schema builds. This list is the
 * only way the entity classes leave the lib: other libs and apps read attestations data through its
 * services and read-model types, never through its repositories.
 */
export const attestationsEntities = [AttestationEntity, SigningKeyEntity, StatusListEntity];
