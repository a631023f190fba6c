export * from './audit-checkpoints.service.js';
export * from './audit-hash.js';
export * from './audit.errors.js';
export * from './audit.module.js';
export * from './audit.service.js';
export * from './entities/audit-event.entity.js';
export { auditEntities } from './entities.js';
export { auditEventAbout, type AuditEventRecord } from './audit.read-model.js';
