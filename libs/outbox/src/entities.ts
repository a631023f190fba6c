import { OutboxEventEntity } from './entities/outbox-event.entity.js';

/**
 * The outbox lib's TypeORM entities, for the one DataSource libs/schema builds. This list is the
 * only way the entity classes leave the lib: other libs and apps read outbox data through its
 * services and read-model types, never through its repositories.
 */
export const outboxEntities = [OutboxEventEntity];
