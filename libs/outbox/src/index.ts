export { OutboxModule } from './outbox.module.js';
export { type OutboxMessage, OutboxService } from './outbox.service.js';

// Entities stay inside the lib. libs/schema takes the list for the DataSource; everyone else
// sees rows through read-model types (type-only: they cannot reach a repository or a relation).
export { outboxEntities } from './entities.js';
