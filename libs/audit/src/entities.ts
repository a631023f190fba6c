import { AuditCheckpointKeyEntity } from './entities/audit-checkpoint-key.entity.js';
import { AuditCheckpointEntity } from './entities/audit-checkpoint.entity.js';
import { AuditEventEntity } from './entities/audit-event.entity.js';

/**
 * The audit lib's TypeORM entities, for the one DataSource libs/schema builds. This list is the
 * only way the entity classes leave the lib: other libs and apps read audit data through its
 * services and read-model types, never through its repositories.
 */
export const auditEntities = [AuditEventEntity, AuditCheckpointKeyEntity, AuditCheckpointEntity];
