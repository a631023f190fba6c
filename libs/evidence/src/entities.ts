import { EvidenceLinkEntity } from './entities/evidence-link.entity.js';
import { EvidenceVersionEntity } from './entities/evidence-version.entity.js';
import { EvidenceEntity } from './entities/evidence.entity.js';
import { IntegrityCheckEntity } from './entities/integrity-check.entity.js';

/**
 * The evidence lib's TypeORM entities, for the one DataSource libs/schema builds. This list is the
 * only way the entity classes leave the lib: other libs and apps read evidence data through its
 * services and read-model types, never through its repositories.
 */
export const evidenceEntities = [EvidenceLinkEntity, EvidenceVersionEntity, EvidenceEntity, IntegrityCheckEntity];
