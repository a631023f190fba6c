export * from './compliance.js';
export * from './entities/bid.entity.js';
export * from './entities/tender.entity.js';
export * from './procurement.errors.js';
export * from './procurement.module.js';
export * from './procurement.service.js';
export { procurementEntities } from './entities.js';
