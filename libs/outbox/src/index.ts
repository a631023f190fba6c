export * from './entities/outbox-event.entity.js';
export * from './outbox.module.js';
export * from './outbox.service.js';
export { outboxEntities } from './entities.js';
